"""``stap0 demo`` and ``stap0 search``."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from stap0_desktop.cli.prompt import ENV_PASSPHRASE, new_passphrase
from stap0_desktop.cli.usage import check_range
from stap0_desktop.cli.vault_access import open_session
from stap0_desktop.config.paths import checklists_dir
from stap0_desktop.demo.caseload import DemoCaseload
from stap0_desktop.demo.signals import queue_demo_signals
from stap0_desktop.domain.models import Professional
from stap0_desktop.domain.snippets import MARK_END, MARK_START
from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.checklists import load_library
from stap0_desktop.services.session import Session
from stap0_desktop.services.vaults import Argon2Params, VaultPaths

MAX_DEMO_FAMILIES = 100_000
MAX_SEARCH_LIMIT = 10_000


def _open_or_create(data_dir: Path, kdf: Argon2Params | None) -> Session:
    if VaultPaths(data_dir).exists():
        return open_session(data_dir)
    owner = Professional(user_id=getpass.getuser(), name="Demo Jeugdverpleegkundige",
                         role="jeugdverpleegkundige", organisation="CJG Demostad")
    return Session.create(data_dir, new_passphrase(ENV_PASSPHRASE), owner, kdf=kdf)


def run_demo(args: argparse.Namespace, data_dir: Path, kdf: Argon2Params | None) -> int:
    check_range("--families", args.families, 0, MAX_DEMO_FAMILIES)
    check_range("--notes-per-family", args.notes_per_family, 0, 100)
    check_range("--signals", args.signals, 0, MAX_DEMO_FAMILIES)
    with _open_or_create(data_dir, kdf) as session:
        checklists = load_library(checklists_dir()).latest()
        summary = DemoCaseload(seed=args.seed, checklists=checklists).write(
            session.vault, args.families, args.notes_per_family)
        queued = queue_demo_signals(session.vault, args.signals) if args.signals > 0 else 0
    print(translate("Cli", "Demo: {families} families, {members} members, {visits} visits, "
                           "{notes} notes (fictional).").format(
        families=summary.families, members=summary.members, visits=summary.visits,
        notes=summary.notes))
    if args.signals > 0:
        print(translate("Cli", "{n} fictional consented signals are waiting in the outbox.")
              .format(n=queued))
    return 0


def run_search(args: argparse.Namespace, data_dir: Path) -> int:
    check_range("--limit", args.limit, 1, MAX_SEARCH_LIMIT)
    with open_session(data_dir) as session:   # searched on the session's vault thread
        caseload = session.caseload
        hits = session.runner.run(lambda: caseload.search(args.query, args.limit)).value
    for hit in hits:
        snippet = hit.snippet.replace(MARK_START, "«").replace(MARK_END, "»").replace("\n", " ")
        print(f"{hit.family_name}\t{hit.updated_at:%Y-%m-%d}\t{snippet}")
    if not hits:
        print(translate("Cli", "No notes found."), file=sys.stderr)
    return 0
