"""One process per data folder: an OS lock that dies with its process.

On Linux and macOS the lock is taken on the data folder itself (``flock`` on the
directory), which cannot be swapped for another behind the holder's back the way a lock
*file* can: deleting ``stap0.lock`` while it is held used to let a second writer lock a
new file of the same name. ``stap0.lock`` now only carries the holder's process id for
the message. On Windows a file that is open cannot be deleted, so the lock stays on
``stap0.lock`` (opened without FILE_SHARE_DELETE, as Python's ``open`` does).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from stap0_desktop.storage.errors import VaultInUse

LOCK_NAME = "stap0.lock"


class FolderLock:
    """Held while a vault is open. A crashed holder releases it automatically."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = _open_lock_target(self.folder, self.path)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise VaultInUse(pid=self._holder() or "?", folder=str(self.folder)) from None
        self._fd = fd
        with contextlib.suppress(OSError):
            _write_pid(self.path)

    def _holder(self) -> str:
        try:
            return self.path.read_text(encoding="ascii").strip()[:20]
        except (OSError, UnicodeDecodeError):
            return ""

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            _clear_pid(self.path)
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _open_lock_target(folder: Path, path: Path) -> int:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_BINARY, 0o600)

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _write_pid(path: Path) -> None:
        pass  # the locked byte is in this very file; its holder is not shown on Windows

    def _clear_pid(path: Path) -> None:
        pass

else:
    import fcntl

    def _open_lock_target(folder: Path, path: Path) -> int:
        return os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _write_pid(path: Path) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(str(os.getpid()))

    def _clear_pid(path: Path) -> None:
        path.unlink()
