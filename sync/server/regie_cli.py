"""``stap0-cjg regie rules``, ``matches --stalled`` and ``report``: the CJG's view of what
happens after a match — who coordinates, and which matches stall."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sync.protocol.files import write_atomically
from sync.protocol.models import ConnectionProfile
from sync.server.config import FolderProblem, check_folder
from sync.server.coordination_store import OpenMatch, Terms, terms_of
from sync.server.keys import PROFILE_FILE
from sync.server.profile_chain import current_policy
from sync.server.regie_report import as_csv, as_text, figures, month_bounds
from sync.server.regie_rules import RULES_FILE, RulesProblem, load_rules, parse_rules
from sync.server.report_pdf import report_pdf
from sync.server.repository import Repository

LogRead = Callable[[Repository, argparse.Namespace, str, int], None]


def add_parsers(sub: argparse._SubParsersAction) -> list[argparse.ArgumentParser]:  # type: ignore[type-arg]
    """``regie rules`` and ``report``; the operator-read commands are returned (they take
    ``--operator``)."""
    regie = sub.add_parser("regie", help="the municipality's rules that propose a regisseur")
    regie_cmds = regie.add_subparsers(dest="regie_command", required=True)
    rules = regie_cmds.add_parser("rules", help="check and install a rules file (TOML); "
                                                "without FILE: show the installed rules")
    rules.add_argument("file", type=Path, nargs="?")
    rules.add_argument("--dir", type=Path, required=True, help="the server folder")
    report = sub.add_parser("report", help="a month's figures on matches: text, CSV, PDF")
    report.add_argument("--month", required=True, help="YYYY-MM")
    report.add_argument("--lang", choices=("nl", "en"), default="nl")
    report.add_argument("--csv", type=Path, help="also write the figures as CSV here")
    report.add_argument("--pdf", type=Path, help="also write a one-page PDF here")
    return [report]


def terms(folder: Path) -> Terms:
    return terms_of(current_policy(folder))


def run_rules(folder: Path, source: Path | None) -> int:
    check_folder(folder)
    if source is None:
        try:
            installed = load_rules(folder)
        except RulesProblem as exc:
            raise FolderProblem(str(exc)) from None
        if installed is None:
            print("No rules: the CJG proposes no regisseur.")
            return 0
        for rule in installed.rules:
            print(f"{rule.id}\twhen {rule.when}\tpropose {rule.propose}\t{rule.why}")
        return 0
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise FolderProblem(f"{source}: {exc.strerror or exc}") from None
    try:
        parsed = parse_rules(data, str(source))
    except RulesProblem as exc:
        raise FolderProblem(str(exc)) from None
    write_atomically(folder / RULES_FILE, data, 0o644)
    print(f"{len(parsed.rules)} rules installed; restart serve to apply them.")
    return 0


def run_stalled(repo: Repository, folder: Path, args: argparse.Namespace,
                log_read: LogRead) -> int:
    today = datetime.now(UTC).date()
    found = repo.stalled(today, terms(folder))
    log_read(repo, args, "stalled", len(found))
    rows = [_listed(match, why, today) for match, why in found]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        print("\t".join(str(value) for value in row.values()))
    if not rows:
        print("No stalled matches.", file=sys.stderr)
    return 0


def _listed(match: OpenMatch, why: str, today: object) -> dict[str, object]:
    return {"match_id": match.match_id, "matched_at": match.matched_at, "why": why,
            "working_days": match.working_days(today),  # type: ignore[arg-type]
            "organisations": " / ".join(match.organisations),
            "contact": [c or "" for c in match.contact],
            "escalated_on": match.escalated_on or ""}


def run_report(repo: Repository, folder: Path, args: argparse.Namespace,
               log_read: LogRead) -> int:
    try:
        first, after = month_bounds(args.month)
    except ValueError as exc:
        raise FolderProblem(str(exc)) from None
    today = datetime.now(UTC).date()
    if first > today:
        raise FolderProblem(f"--month: {args.month} has not begun yet")
    municipality = ConnectionProfile.model_validate_json(
        (folder / PROFILE_FILE).read_bytes()).municipality
    month = figures(args.month, repo.matches_made_in(first, after), today, terms(folder))
    log_read(repo, args, f"report:{args.month}", month.made)
    print(as_text(month, municipality, args.lang), end="")
    if args.csv:
        write_atomically(args.csv, as_csv(month, args.lang).encode("utf-8-sig"), 0o600)
        print(f"CSV: {args.csv}")
    if args.pdf:
        write_atomically(args.pdf, report_pdf(month, municipality, args.lang), 0o600)
        print(f"PDF: {args.pdf}")
    return 0
