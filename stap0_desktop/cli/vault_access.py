"""The command line's one way in to a vault: ask the passphrase, open, and say what the
open tidied (an interrupted init or restore finished, leftovers of killed backups)."""

from __future__ import annotations

import sys
from pathlib import Path

from stap0_desktop.cli.prompt import current_passphrase
from stap0_desktop.i18n.messages import describe_housekeeping
from stap0_desktop.services.session import Session
from stap0_desktop.services.vaults import Vault, open_guarded


def open_vault(data_dir: Path) -> Vault:
    """Ask, and open with the same back-off as the window: a stolen laptop can't be
    brute-forced through ``stap0 vault check`` either."""
    with current_passphrase() as passphrase:
        vault = open_guarded(data_dir, passphrase)
    _tell_housekeeping(vault)
    return vault


def open_session(data_dir: Path) -> Session:
    """The same, as a whole session (its services and the sync client): for the commands
    that work with the caseload, the kaart and the CJG rather than the vault itself."""
    session = Session.open(data_dir, current_passphrase())   # wiped once it is open
    _tell_housekeeping(session.vault)
    return session


def _tell_housekeeping(vault: Vault) -> None:
    for line in describe_housekeeping(vault.housekeeping):
        print(line, file=sys.stderr)
