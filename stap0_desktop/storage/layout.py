"""The files of a data folder (kept light: the unlock window needs it before anything else)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DB_NAME = "vault.db"
SLOTS_NAME = "keyslots.json"


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def slots(self) -> Path:
        return self.folder / SLOTS_NAME

    def exists(self) -> bool:
        return self.db.exists() or self.slots.exists()
