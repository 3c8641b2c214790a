"""The files of a data folder (kept light: the unlock window needs it before anything else)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DB_NAME = "vault.db"
SLOTS_NAME = "keyslots.json"
# Present only while a vault is being switched in (init, restore); see vault_switch.
JOURNAL_NAME = "switch-journal.json"
# Every backup file starts with this (then a format byte); see backup.
BACKUP_MAGIC_PREFIX = b"STAP0-BACKUP\x00"


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def slots(self) -> Path:
        return self.folder / SLOTS_NAME

    @property
    def journal(self) -> Path:
        return self.folder / JOURNAL_NAME

    def exists(self) -> bool:
        """A vault is here, or one was being put here when the computer stopped."""
        return self.db.exists() or self.slots.exists() or self.journal.exists()
