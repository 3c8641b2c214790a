"""Tidying a data folder when it is opened (under its lock): finish a vault switch that a
crash interrupted, and remove what killed writes left behind — temp key-slot files,
staged databases that never committed, the plain-page copies and half-written output of
interrupted backups. Each is encrypted, but a full-size copy of a caseload should not
linger, nor fill the disk."""

from __future__ import annotations

import contextlib
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from stap0_desktop.storage import vault_switch
from stap0_desktop.storage.layout import BACKUP_MAGIC_PREFIX

_STALE = re.compile(
    r"^\.(keyslots\.json|vault\.db|switch-journal\.json|backup)\.[0-9a-f]+"
    r"\.(tmp|staged|restore|db)(-wal|-shm|-journal)?$"
)
PENDING_PREFIX = ".pending-backup."
# The half-written output of a backup, beside its destination.
_BACKUP_OUTPUT = re.compile(r"^\..+\.[0-9a-f]{12}\.backup-tmp$")


@dataclass(frozen=True)
class Housekeeping:
    finished_switch: str | None = None  # "init" or "restore" when one was finished now
    stale_removed: int = 0


def tidy(folder: Path) -> Housekeeping:
    finished = vault_switch.finish_interrupted(folder)
    removed = 0
    for entry in list(folder.iterdir()):
        name = entry.name
        if _STALE.match(name) and entry.is_file():
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
                removed += 1
        elif name.startswith(PENDING_PREFIX):
            removed += _remove_backup_output(entry)
    return Housekeeping(finished, removed)


def pending_marker(folder: Path) -> Path:
    """A new marker naming a backup's half-written output, until it is renamed in place."""
    return folder / f"{PENDING_PREFIX}{secrets.token_hex(6)}"


def backup_output_name(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.{secrets.token_hex(6)}.backup-tmp")


def _remove_backup_output(marker: Path) -> int:
    removed = 0
    try:
        target = Path(marker.read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError):
        target = None
    if target is not None and _BACKUP_OUTPUT.match(target.name) and target.is_file():
        is_backup = False
        with contextlib.suppress(OSError), open(target, "rb") as handle:
            is_backup = handle.read(len(BACKUP_MAGIC_PREFIX)) in (BACKUP_MAGIC_PREFIX, b"")
        if is_backup:
            with contextlib.suppress(OSError):
                target.unlink()
                removed = 1
    with contextlib.suppress(OSError):
        marker.unlink()
    return removed
