"""Putting a whole vault in place — a new one (``vault init``) or a backup's (restore) —
so that a crash at any moment leaves the old vault or the new one, never neither.

The new database and key-slot file are first *staged* in the data folder, complete and
checked. Then a journal naming them is written atomically: that is the commit point.
After it, the old vault's files move into an aside folder, the staged files take their
names, and the journal is removed — each step a rename. Whoever holds the folder lock
next and finds a journal finishes the switch (every step can be repeated); staged files
without a journal are an attempt that never committed, and are removed.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from stap0_desktop.storage.layout import DB_NAME, JOURNAL_NAME, SLOTS_NAME
from sync.protocol.files import fsync_directory, write_atomically

# The files that make a vault, moved aside together (the database first).
VAULT_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", SLOTS_NAME)
STAGED_SUFFIX = ".staged"
_STAGED = re.compile(r"^\.(vault\.db|keyslots\.json)\.[0-9a-f]{12}\.staged$")
_ASIDE = re.compile(r"^replaced-\d{8}T\d{6}Z-[0-9a-f]{6}$")


class SwitchJournal(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: Literal[1] = 1
    reason: Literal["init", "restore"]
    staged_db: str = Field(pattern=_STAGED.pattern)
    staged_slots: str = Field(pattern=_STAGED.pattern)
    aside: str = Field(pattern=_ASIDE.pattern)


def staged_name(name: str) -> str:
    """A fresh name in the data folder for a staged copy of ``name``."""
    return f".{name}.{secrets.token_hex(6)}{STAGED_SUFFIX}"


def new_aside_name() -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"replaced-{stamp}-{secrets.token_hex(3)}"


def is_staged(name: str) -> bool:
    return _STAGED.match(name) is not None


def commit(
    folder: Path, staged_db: Path, staged_slots: Path, reason: Literal["init", "restore"]
) -> Path | None:
    """Switch the staged files in (the caller holds the folder lock and has checked them).

    Returns the folder the replaced vault was moved to, or None when there was none.
    """
    journal = SwitchJournal(reason=reason, staged_db=staged_db.name,
                            staged_slots=staged_slots.name, aside=new_aside_name())
    write_atomically(folder / JOURNAL_NAME, journal.model_dump_json().encode("utf-8"))
    return _finish(folder, journal)


def finish_interrupted(folder: Path) -> str | None:
    """Finish a switch a crash interrupted; returns its reason, or None when there was none.

    Raises ``ValueError`` for a journal that cannot be read (nothing is then touched).
    """
    path = folder / JOURNAL_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        journal = SwitchJournal.model_validate_json(raw)
    except ValidationError:
        raise ValueError(f"{path}: unreadable switch journal") from None
    _finish(folder, journal)
    return journal.reason


def _finish(folder: Path, journal: SwitchJournal) -> Path | None:
    staged_db, staged_slots = folder / journal.staged_db, folder / journal.staged_slots
    aside = folder / journal.aside
    if staged_db.exists():
        for name in VAULT_FILES:
            current = folder / name
            # Once the staged slots are in place, keyslots.json is the new one.
            if name == SLOTS_NAME and not staged_slots.exists():
                continue
            if current.exists():
                aside.mkdir(mode=0o700, exist_ok=True)
                os.replace(current, aside / name)
        if staged_slots.exists():
            os.replace(staged_slots, folder / SLOTS_NAME)
        os.replace(staged_db, folder / DB_NAME)
    elif not (folder / DB_NAME).exists():
        _roll_back(folder, aside)  # the staged database is gone: put the old vault back
    elif staged_slots.exists():
        os.replace(staged_slots, folder / SLOTS_NAME)
    fsync_directory(folder)
    (folder / JOURNAL_NAME).unlink()
    fsync_directory(folder)
    return aside if aside.is_dir() else None


def _roll_back(folder: Path, aside: Path) -> None:
    if not aside.is_dir():
        return
    for name in VAULT_FILES:
        if (aside / name).exists() and not (folder / name).exists():
            os.replace(aside / name, folder / name)
    with contextlib.suppress(OSError):
        aside.rmdir()


def discard(*paths: Path) -> None:
    """Remove staged files of an attempt that did not commit."""
    for path in paths:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{suffix}").unlink()
