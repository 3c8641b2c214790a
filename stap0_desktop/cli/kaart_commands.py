"""``stap0 kaart import FILE [--dry-run] [--good-rows]`` and ``stap0 kaart search``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from stap0_desktop.cli.usage import check_range
from stap0_desktop.cli.vault_access import open_session
from stap0_desktop.config.paths import checklists_dir
from stap0_desktop.domain.kaart import KaartQuery
from stap0_desktop.i18n.messages import describe_kaart_problem, describe_row_problem
from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.checklists import load_library
from stap0_desktop.services.kaart import read_export


def known_domains() -> set[str]:
    return {d.code for definition in load_library(checklists_dir()).latest()
            for d in definition.domains}


def run(args: argparse.Namespace, data_dir: Path) -> int:
    if args.kaart_command == "import":
        return _import(args, data_dir)
    return _search(args, data_dir)


def _import(args: argparse.Namespace, data_dir: Path) -> int:
    report = read_export(args.file, known_domains())
    if report.file_problem is not None:
        print(translate("Cli", "{file}: {problem} Nothing was imported.").format(
            file=args.file.name, problem=describe_kaart_problem(report.file_problem)),
            file=sys.stderr)
        return 1
    for problem in report.problems:
        where = translate("Cli", "line {line}").format(line=problem.line)
        column = f" ({problem.field})" if problem.field else ""
        print(f"{args.file.name}: {where}{column}: "
              f"{describe_row_problem(problem.code, problem.value)}",
              file=sys.stderr)
    bad = len({p.line for p in report.problems if p.code != "unknown_column"})
    print(translate("Cli", "{good} good rows, {bad} bad rows.").format(
        good=len(report.entries), bad=bad))
    if args.dry_run:
        return 0 if bad == 0 else 1
    if bad and not args.good_rows:
        print(translate("Cli", "Nothing was imported: mend the bad rows, or import the good "
                               "rows with --good-rows."), file=sys.stderr)
        return 1
    with open_session(data_dir) as session:
        changes = session.kaart.store(report.entries).value
    print(translate("Cli", "Imported: {added} new, {changed} changed, {same} unchanged.").format(
        added=len(changes.added), changed=len(changes.changed), same=changes.unchanged))
    return 0


def _search(args: argparse.Namespace, data_dir: Path) -> int:
    check_range("--age", args.age, 0, 120)
    try:
        query = KaartQuery(words=args.query, domains=args.domain, age=args.age,
                           pregnant=args.pregnant, wijk=args.wijk)
    except ValueError:
        print(translate("Cli", "The age must be between 0 and 120."), file=sys.stderr)
        return 2
    with open_session(data_dir) as session:
        hits = session.kaart.search(query).value
    if args.json:
        print(json.dumps([{**h.entry.model_dump(mode="json"), "fits": h.fits, "note": h.note}
                          for h in hits], indent=2, ensure_ascii=False))
        return 0
    for hit in hits:
        where = hit.entry.wijk or hit.entry.gemeente
        contact = hit.entry.phone or hit.entry.email
        print(f"{hit.entry.organisation} — {hit.entry.offer} ({where})\t{contact}")
    if not hits:
        print(translate("Cli", "No offers found."), file=sys.stderr)
    return 0
