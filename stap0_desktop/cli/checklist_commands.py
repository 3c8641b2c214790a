"""``stap0 checklists validate | list``: the definitions, without opening a vault."""

from __future__ import annotations

import argparse
import json
import sys

from stap0_desktop.config.paths import checklists_dir
from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.checklists import load_files, load_library


def run(args: argparse.Namespace) -> int:
    if args.checklists_command == "validate":
        library = load_files(list(args.files)) if args.files else load_library(checklists_dir())
        for problem in library.problems:
            print(f"{problem.source}: {problem.field}: {problem.message}", file=sys.stderr)
        if library.problems:
            print(translate("Cli", "{n} problems found; those files are not used.").format(
                n=len(library.problems)), file=sys.stderr)
            return 1
        print(translate("Cli", "{n} checklist definitions are valid.").format(
            n=len(library.definitions)))
        return 0
    library = load_library(checklists_dir())
    rows = [
        {
            "id": d.id, "version": d.version, "title": d.title.nl,
            "audience": d.audience.nl, "domains": d.counts(),
        }
        for d in library.definitions
    ]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for row in rows:
            counts = row["domains"]
            assert isinstance(counts, dict)
            risk = sum(c["risk"] for c in counts.values())
            protective = sum(c["protective"] for c in counts.values())
            print(f"{row['id']}@{row['version']}\t{row['audience']}\t"
                  f"{risk} risk, {protective} protective")
    for problem in library.problems:
        print(f"{problem.source}: {problem.field}: {problem.message}", file=sys.stderr)
    return 1 if library.problems else 0
