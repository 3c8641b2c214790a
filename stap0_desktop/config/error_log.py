"""The local error log: where the program went wrong, never what it was working on.

An entry holds the time, where it was caught, the exception's type and the traceback's
frames (file, line, function) — no message, no source line, no value: a message can quote
what was typed or stored (a validation error quoting a field, a BSN in a path). Python's
logging goes here too, as the message *template* of each record without its arguments.
The file is the user's own (0600) and stays under 256 KB (the older half goes); where it
lives: ``config.paths.default_error_log``.
"""

from __future__ import annotations

import logging
import os
import threading
import traceback
from datetime import UTC, datetime
from pathlib import Path

MAX_BYTES = 256 * 1024
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def _where(filename: str) -> str:
    """A frame's file inside the program (relative), or only its name elsewhere."""
    path = Path(filename)
    try:
        return path.resolve().relative_to(_PACKAGE_ROOT).as_posix()
    except ValueError:
        return path.name


def describe(error: BaseException) -> list[str]:
    """Type and frames of ``error`` and of what caused it; nothing it carries."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        lines += [f"  {_where(f.filename)}:{f.lineno} in {f.name}"
                  for f in traceback.extract_tb(current.__traceback__)]
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append(" caused by")
    return lines


class ErrorLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def record(self, error: BaseException, where: str) -> None:
        lines = describe(error)
        self.write([f"{where}: {lines[0]}", *lines[1:]])

    def write(self, lines: list[str]) -> None:
        stamp = datetime.now(UTC).replace(microsecond=0).isoformat()
        entry = stamp + " " + "\n".join(lines) + "\n"
        with self._lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._keep_small()
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                with os.fdopen(fd, "a", encoding="utf-8") as out:
                    out.write(entry)
            except OSError:
                pass  # a full or read-only disk must not turn one error into two

    def _keep_small(self) -> None:
        if self.path.exists() and self.path.stat().st_size > MAX_BYTES:
            kept = self.path.read_bytes()[-MAX_BYTES // 2:]
            start = kept.find(b"\n20")  # at the start of a whole entry
            self.path.write_bytes(kept[start + 1:] if start >= 0 else b"")


class _TemplateOnly(logging.Handler):
    """A log record as its level, logger and message template (never the arguments)."""

    def __init__(self, log: ErrorLog) -> None:
        super().__init__(logging.WARNING)
        self._log = log

    def emit(self, record: logging.LogRecord) -> None:
        template = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
        lines = [f"{record.levelname} {record.name}: {template}"]
        if record.exc_info and record.exc_info[1] is not None:
            lines += describe(record.exc_info[1])
        self._log.write(lines)


def configure_logging(log: ErrorLog) -> None:
    """Warnings and errors of the program and its libraries into the error log only."""
    root = logging.getLogger()
    root.handlers = [_TemplateOnly(log)]
    root.setLevel(logging.WARNING)
