"""What the process itself must not give away: no core dump with a session in it.

Linux: ``RLIMIT_CORE`` 0 (no core file) and ``prctl(PR_SET_DUMPABLE, 0)`` (no core
through a pipe handler, and other processes of the same user may not read this one's
memory). Windows has no core files; a crash dump is written only by Windows Error
Reporting when ``LocalDumps`` is configured, which the municipality's IT keeps off for
this program (docs in the README). Set again in every process, since ``exec`` resets it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def forbid_core_dumps() -> list[str]:
    """Apply what the platform offers; return what was applied (for the tests)."""
    applied: list[str] = []
    if sys.platform == "win32":
        return applied
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        applied.append("rlimit_core")
    except (ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
            applied.append("not_dumpable")
    return applied


def is_dumpable() -> bool:
    """Linux only: whether the process may still be dumped (True elsewhere)."""
    if not sys.platform.startswith("linux"):
        return True
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
