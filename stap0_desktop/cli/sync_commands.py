"""``stap0 cjg enroll`` and ``stap0 sync``: the connection to the CJG, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from stap0_desktop.cli.vault_access import open_session
from stap0_desktop.i18n.messages import describe_sync_problem
from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.files import read_input
from stap0_desktop.services.outbox import OutboxService
from sync.client.sync_client import SyncError
from sync.protocol.crypto import fingerprint, unb64
from sync.protocol.models import Professional


def run(args: argparse.Namespace, data_dir: Path) -> int:
    enrolling = args.command == "cjg" and args.cjg_command == "enroll"
    profile_text = _read_profile(args.profile) if enrolling else ""
    with open_session(data_dir) as session:
        outbox, client = session.outbox, session.sync_client
        if args.command == "cjg" and not enrolling:
            return _confirm_or_forget(outbox, args.cjg_command)
        try:
            if enrolling:
                profile = client.import_profile(profile_text)
                print(translate("Cli", "The CJG's fingerprint: {fingerprint} — compare it with "
                                       "the one the CJG gave you.").format(
                    fingerprint=fingerprint(unb64(profile.receipt_public_key))))
                enrolled = client.enroll(args.code)
                print(translate("Cli", "Enrolled with {municipality} as {name} ({org}).").format(
                    municipality=profile.municipality, name=enrolled.professional.name,
                    org=enrolled.professional.organisation))
                print(translate("Cli", "At a match, another professional sees: {who}.").format(
                    who=enrolled.professional.summary()))
                print(translate("Cli", "Check this. If it is right: stap0 cjg confirm. If not: "
                                       "stap0 cjg forget, and ask the CJG for a new code with "
                                       "the right details. Nothing is sent before you confirm."))
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
    if summary.handovers_sent or summary.handovers_received:
        print(translate("Cli", "Handovers: sent {sent}, arrived {arrived} ('stap0 handover "
                               "list').").format(sent=summary.handovers_sent,
                                                 arrived=summary.handovers_received))
    if summary.kaart_version is not None:
        print(translate("Cli", "A new sociale kaart from the CJG: version {version}.").format(
            version=summary.kaart_version))
    if summary.kaart_problem:
        print(describe_sync_problem(summary.kaart_problem), file=sys.stderr)
    if summary.notices_dropped:
        print(describe_sync_problem("bad_notice"), file=sys.stderr)
    if summary.unverified:
        print(translate("Cli", "{n} answers from the CJG had a receipt that does not verify; "
                               "those signals are sent again next time.").format(
            n=summary.unverified), file=sys.stderr)
        return 1
    return 0


def _confirm_or_forget(outbox: OutboxService, command: str) -> int:
    connection = outbox.connection().value
    if connection is None or connection.device_id is None:
        print(describe_sync_problem("not_enrolled"), file=sys.stderr)
        return 1
    if command == "forget":
        outbox.forget_enrollment()
        print(translate("Cli", "This laptop's enrollment is forgotten. Ask the CJG to revoke "
                               "device {device} and for a new code.").format(
            device=connection.device_id))
        return 0
    outbox.confirm_enrollment()
    who = Professional.model_validate_json(connection.identity_json).summary() if (
        connection.identity_json) else ""
    print(translate("Cli", "Confirmed: signals from this laptop go to the CJG as {who}.").format(
        who=who or connection.device_id))
    return 0


def _read_profile(path: Path) -> str:
    """The profile file, read before the vault is opened (a bad path never holds the lock)."""
    try:
        return read_input(path, 1 << 20).decode("utf-8")
    except UnicodeDecodeError:
        raise SyncError("bad_profile", "not UTF-8") from None
