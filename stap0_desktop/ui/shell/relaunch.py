"""On lock, the app becomes a fresh process: nothing of the session stays in memory.

Python's heap, Qt's widgets and caches, SQLCipher's page cache: after a lock none of it
may still hold a note or the data key. Wiping each is guesswork; replacing the process is
not. The vault is saved and closed first, then the program ``exec``s itself with the same
data folder and language, straight into the unlock window, and — ids only — the family
and note to return to. On Linux and macOS the process keeps its id; on Windows ``exec``
starts the new process and the old one ends.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

Resume = tuple[int, int | None] | None


def program() -> list[str]:
    """How to start this program again: the frozen executable, or Python with the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "stap0_desktop"]


def relaunch_arguments(data_dir: Path, language: str, resume: Resume,
                       demo_folder: Path | None = None) -> list[str]:
    args = [*program(), "--data-dir", str(data_dir), "--lang", language, "--locked"]
    if demo_folder is not None:
        args += ["--demo-folder", str(demo_folder)]
    if resume is not None:
        family_id, note_id = resume
        args += ["--resume", f"{family_id}:{'' if note_id is None else note_id}"]
    return args


def parse_resume(text: str | None) -> Resume:
    """``"12:40"`` → (12, 40); ``"12:"`` → (12, None); anything else → None."""
    if not text or ":" not in text:
        return None
    family, _, note = text.partition(":")
    if not family.isdigit() or (note and not note.isdigit()):
        return None
    return int(family), int(note) if note else None


def exec_relauncher(data_dir: Path, language: Callable[[], str],
                    demo_folder: Path | None = None) -> Callable[[Resume], None]:
    """A relaunch for the app controller: replaces the process (returns only on failure)."""
    def relaunch(resume: Resume) -> None:
        args = relaunch_arguments(data_dir, language(), resume, demo_folder)
        sys.stdout.flush()
        sys.stderr.flush()
        try:
            os.execv(args[0], args)  # noqa: S606 - this very program, by its own path
        except OSError:
            return   # the in-process unlock window follows: locked, if less thoroughly
    return relaunch
