"""Opening, creating and looking after a vault — the one way in for the screens and the
command line (the storage layer does the work; this is where the layers above reach it)."""

from __future__ import annotations

from stap0_desktop.storage.backup import create_backup, restore_backup
from stap0_desktop.storage.errors import WrongPassphrase
from stap0_desktop.storage.keyslots import Argon2Params
from stap0_desktop.storage.layout import VaultPaths
from stap0_desktop.storage.recovery_keys import (
    generate_recovery_pair,
    load_recovery_private_key,
    load_recovery_public_key,
    write_recovery_pair,
)
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault

__all__ = [
    "Argon2Params",
    "SecretBytes",
    "Vault",
    "VaultPaths",
    "WrongPassphrase",
    "create_backup",
    "generate_recovery_pair",
    "load_recovery_private_key",
    "load_recovery_public_key",
    "restore_backup",
    "write_recovery_pair",
]
