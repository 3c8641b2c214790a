"""The vault folder's own file helpers: private files, and new files placed together
(one write of one file: ``sync.protocol.files``)."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from sync.protocol.files import fsync_directory


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (SQLite gives its -wal and -shm
    files the same mode as the database file)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def write_new_files_together(files: list[tuple[Path, bytes, int]]) -> None:
    """Write new files (path, data, mode) in one folder: all of them, or — a full disk, an
    existing file — none. Existing files are never replaced (``FileExistsError``)."""
    staged: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        for path, data, mode in files:
            if path.exists():
                raise FileExistsError(17, "File exists", str(path))
            tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
            staged.append((tmp, path))
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for tmp, path in staged:
            os.link(tmp, path)  # fails, rather than replaces, when the name is taken
            placed.append(path)
        if staged:
            fsync_directory(staged[0][1].parent)
    except BaseException:
        for path in placed:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    finally:
        for tmp, _path in staged:
            with contextlib.suppress(OSError):
                tmp.unlink()
