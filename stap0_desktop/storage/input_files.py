"""Files a person names on the command line or in a dialog: read them, or write beside
them, with one clear reason when that cannot be done — never a traceback, never a hang
on a FIFO, never more read than the cap allows (a device reports size 0)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from stap0_desktop.storage.errors import DestinationInVault, DiskFull, InputFileProblem

_REASONS = {
    errno.ENOENT: "missing",
    errno.EISDIR: "folder",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EROFS: "read_only",
    errno.ELOOP: "loop",
    errno.ENOTDIR: "not_folder",
    errno.EEXIST: "exists",
    errno.ENAMETOOLONG: "name_too_long",
    errno.ENXIO: "not_regular",
}


def problem_from_os_error(exc: OSError, path: Path | str | None = None) -> Exception:
    """The user-facing fault for an OSError met on ``path`` (or the path it names)."""
    where = str(path if path is not None else (exc.filename or ""))
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(str(exc), path=where)
    return InputFileProblem(str(exc), path=where, reason=_REASONS.get(exc.errno or 0, "io"))


def read_input(path: Path, max_bytes: int) -> bytes:
    """The whole content of a regular file of at most ``max_bytes``."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise problem_from_os_error(exc, path) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputFileProblem("a folder", path=str(path), reason="folder")
        if not stat.S_ISREG(mode):
            raise InputFileProblem("not a regular file", path=str(path), reason="not_regular")
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(1 << 20, max_bytes + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise InputFileProblem("too large", path=str(path), reason="too_large",
                                       limit=max_bytes)
        return b"".join(chunks)
    except OSError as exc:
        raise problem_from_os_error(exc, path) from None
    finally:
        os.close(fd)


def check_regular_input(path: Path) -> None:
    """Refuse what is not a readable regular file, before a long operation starts."""
    if _regular_file(path, path) is None:
        raise InputFileProblem("missing", path=str(path), reason="missing")
    if not os.access(path, os.R_OK):
        raise InputFileProblem("not readable", path=str(path), reason="permission")


def is_inside(path: Path, folder: Path) -> bool:
    """``path`` is ``folder`` or lies in it (links followed; a hard link to a file in it
    counts too)."""
    try:
        target, root = path.resolve(), folder.resolve()
    except (OSError, RuntimeError):
        return False
    if target == root or root in target.parents:
        return True
    if target.exists() and root.is_dir():
        try:
            return any(os.path.samefile(target, entry) for entry in root.iterdir()
                       if entry.is_file())
        except OSError:
            return False
    return False


def check_output(path: Path, vault_folder: Path | None = None) -> None:
    """Refuse a destination that cannot be written as a whole file, or that lies in the
    vault's own folder (a backup there could replace the vault it copies)."""
    if vault_folder is not None and is_inside(path, vault_folder):
        raise DestinationInVault(path=str(path))
    try:
        resolved = path.resolve()
    except RuntimeError:  # a symlink loop (Python before 3.13)
        raise InputFileProblem("symlink loop", path=str(path), reason="loop") from None
    except OSError as exc:
        raise problem_from_os_error(exc, path) from None
    parent = resolved.parent
    if not parent.exists():
        raise InputFileProblem("no such folder", path=str(path), reason="no_folder")
    if not parent.is_dir():
        raise InputFileProblem("parent not a folder", path=str(path), reason="not_folder")
    if not os.access(parent, os.W_OK):
        raise InputFileProblem("folder not writable", path=str(path), reason="permission")
    _regular_file(resolved, path)  # a new file is fine; an existing one must be regular


def _regular_file(target: Path, named: Path) -> os.stat_result | None:
    """The status of ``target`` when it is a regular file, None when there is none;
    refused (naming ``named``, as the person gave it) when it is anything else."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise problem_from_os_error(exc, named) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputFileProblem("a folder", path=str(named), reason="folder")
    if not stat.S_ISREG(info.st_mode):
        raise InputFileProblem("not a regular file", path=str(named), reason="not_regular")
    return info


def check_output_folder(folder: Path, vault_folder: Path | None = None) -> None:
    """Refuse an output folder that is a file, lies in the vault's folder or is not writable
    (it may not exist yet: its parent must then be writable)."""
    if vault_folder is not None and is_inside(folder, vault_folder):
        raise DestinationInVault(path=str(folder))
    try:
        resolved = folder.resolve()
    except RuntimeError:
        raise InputFileProblem("symlink loop", path=str(folder), reason="loop") from None
    if resolved.exists() and not resolved.is_dir():
        raise InputFileProblem("not a folder", path=str(folder), reason="not_folder")
