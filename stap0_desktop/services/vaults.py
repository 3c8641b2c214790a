"""Opening, creating and looking after a vault — the one way in for the screens and the
command line (the storage layer does the work; this is where the layers above reach it)."""

from __future__ import annotations

import math
from pathlib import Path

from stap0_desktop.storage.backup import create_backup, restore_backup
from stap0_desktop.storage.errors import UnlockThrottled, WrongPassphrase
from stap0_desktop.storage.keyslots import Argon2Params
from stap0_desktop.storage.layout import VaultPaths
from stap0_desktop.storage.recovery_keys import (
    RecoveryPrivateKey,
    generate_recovery_pair,
    load_recovery_private_key,
    load_recovery_public_key,
    write_recovery_pair,
)
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.unlock_attempts import UnlockAttempts
from stap0_desktop.storage.vault import Vault

__all__ = [
    "Argon2Params",
    "RecoveryPrivateKey",
    "SecretBytes",
    "UnlockAttempts",
    "UnlockThrottled",
    "Vault",
    "VaultPaths",
    "WrongPassphrase",
    "create_backup",
    "generate_recovery_pair",
    "load_recovery_private_key",
    "load_recovery_public_key",
    "open_guarded",
    "restore_backup",
    "write_recovery_pair",
]


def open_guarded(data_dir: Path, passphrase: SecretBytes,
                 attempts: UnlockAttempts | None = None) -> Vault:
    """Open with the passphrase, counting wrong ones per data folder (a file beside the
    vault, so that neither a restart nor the command line resets the count): after the free
    tries each next try must wait longer. The window and ``stap0 vault …`` both come here."""
    attempts = attempts or UnlockAttempts(data_dir)
    wait = attempts.wait_remaining()
    if wait > 0:
        raise UnlockThrottled("wait", seconds=math.ceil(wait))
    try:
        vault = Vault.open(data_dir, passphrase)
    except WrongPassphrase:
        attempts.record_failure()
        raise
    attempts.reset()
    return vault
