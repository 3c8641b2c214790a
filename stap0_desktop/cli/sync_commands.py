"""``stap0 cjg enroll`` and ``stap0 sync``: the connection to the CJG, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from stap0_desktop.cli.vault_access import open_vault
from stap0_desktop.i18n.messages import describe_sync_problem
from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.files import read_input
from stap0_desktop.services.kaart import KaartService
from stap0_desktop.services.outbox import OutboxService
from sync.client import SyncClient, SyncError


def run(args: argparse.Namespace, data_dir: Path) -> int:
    profile_text = _read_profile(args.profile) if args.command == "cjg" else ""
    with open_vault(data_dir) as vault:
        client = SyncClient(OutboxService(vault), kaart=KaartService(vault))
        try:
            if args.command == "cjg":
                profile = client.import_profile(profile_text)
                enrolled = client.enroll(args.code)
                print(translate("Cli", "Enrolled with {municipality} as {name} ({org}).").format(
                    municipality=profile.municipality, name=enrolled.professional,
                    org=enrolled.organisation))
                return 0
            summary = client.sync()
        except SyncError as exc:
            if args.command == "cjg" and exc.code == "bad_profile":
                print(f"{args.profile}: {describe_sync_problem(exc.code)} ({exc.code})",
                      file=sys.stderr)
                return 1
            print(translate("Cli", "Not synchronised: {reason}").format(
                reason=f"{describe_sync_problem(exc.code)} ({exc.code})"), file=sys.stderr)
            return 1
    print(translate("Cli", "Sent {sent}, received by the CJG {received}, refused {refused}, "
                           "withdrawn {withdrawn}, still waiting {waiting}; match notices "
                           "{notices}.").format(
        sent=summary.sent, received=summary.received, refused=summary.refused,
        withdrawn=summary.withdrawn, waiting=summary.waiting, notices=summary.notices))
    if summary.kaart_version is not None:
        print(translate("Cli", "A new sociale kaart from the CJG: version {version}.").format(
            version=summary.kaart_version))
    if summary.kaart_problem:
        print(describe_sync_problem(summary.kaart_problem), file=sys.stderr)
    if summary.unverified:
        print(translate("Cli", "{n} answers from the CJG had a receipt that does not verify; "
                               "those signals are sent again next time.").format(
            n=summary.unverified), file=sys.stderr)
        return 1
    return 0


def _read_profile(path: Path) -> str:
    """The profile file, read before the vault is opened (a bad path never holds the lock)."""
    try:
        return read_input(path, 1 << 20).decode("utf-8")
    except UnicodeDecodeError:
        raise SyncError("bad_profile", "not UTF-8") from None
