"""``stap0 handover``: family files handed over to this laptop, headless — list what
arrived and what was sent, accept (imported as a family), decline, confirm warm contact,
withdraw a file sent while it is not answered."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from stap0_desktop.cli.vault_access import open_session
from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.handover import HandoverService


def run(args: argparse.Namespace, data_dir: Path) -> int:
    with open_session(data_dir) as session:
        service: HandoverService = session.handover
        if args.handover_command == "list":
            return _list(service)
        if args.handover_command == "withdraw":
            return _withdraw(service, args.id)
        found = {r.row.id: r for r in service.received().value}
        chosen = found.get(args.id)
        if chosen is None:
            print(translate("Cli", "No handover with id {id} arrived here; 'stap0 handover "
                                   "list' shows them.").format(id=args.id), file=sys.stderr)
            return 1
        if args.handover_command == "accept":
            family_id = service.accept(args.id).value
            print(translate("Cli", "Imported as family {id}; the sender is told at the next "
                                   "sync.").format(id=family_id))
        elif args.handover_command == "decline":
            service.decline(args.id)
            print(translate("Cli", "Declined; the sender is told at the next sync."))
        else:
            service.warm_contact(args.id)
            print(translate("Cli", "Warm contact recorded; the sender is told at the next "
                                   "sync."))
    return 0


def _withdraw(service: HandoverService, handover_id: str) -> int:
    sent = {row.id: row.state for row in service.sent().value}
    if handover_id not in sent:
        print(translate("Cli", "No handover with id {id} was sent from here; 'stap0 handover "
                               "list' shows them.").format(id=handover_id), file=sys.stderr)
        return 1
    if sent[handover_id] in ("withdrawing", "withdrawn"):
        print(translate("Cli", "Withdrawn already."))
        return 0
    state = service.withdraw(handover_id).value
    if state is None:
        print(translate("Cli", "Too late: the receiver has answered (or it expired or was "
                               "refused); 'stap0 handover list' shows how."), file=sys.stderr)
        return 1
    print(translate("Cli", "Withdrawn; the CJG deletes it at the next sync.")
          if state == "withdrawing" else translate("Cli", "Withdrawn; it had not left."))
    return 0


def _list(service: HandoverService) -> int:
    for received in service.received().value:
        row, package = received.row, received.package
        family = package.family.name if package else translate("Cli", "(does not verify)")
        print(f"{row.id}\t{translate('Cli', 'received')}\t{row.state}\t{row.from_name}"
              f"\t{family}")
    for sent in service.sent().value:   # with why: refused, or declined as unreadable
        state = f"{sent.state} ({sent.error})" if sent.error else sent.state
        print(f"{sent.id}\t{translate('Cli', 'sent')}\t{state}\t{sent.to_name}")
    return 0
