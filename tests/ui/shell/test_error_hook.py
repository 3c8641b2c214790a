"""The one handler of uncaught errors: logged without client data, told in plain words,
once a minute at most; a thread's error is told on the UI thread."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from stap0_desktop.config.error_log import ErrorLog
from stap0_desktop.ui.shell.error_hook import ErrorHook

CANARY = "999990019"


def _raised(message: str) -> BaseException:
    try:
        raise LookupError(message)
    except LookupError as exc:
        return exc


def test_an_uncaught_error_is_logged_and_told_once_a_minute(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    now = [1000.0]
    hook = ErrorHook(ErrorLog(tmp_path / "errors.log"), show=told.append, clock=lambda: now[0])
    for _ in range(2):
        error = _raised(f"member {CANARY}")
        hook.on_error(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: len(told) == 1)
    assert "unexpected error" in told[0] and str(tmp_path / "errors.log") in told[0]
    assert CANARY not in told[0]
    now[0] += 61
    error = _raised(CANARY)
    hook.on_error(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: len(told) == 2)
    text = (tmp_path / "errors.log").read_text()
    assert text.count("builtins.LookupError") == 3 and CANARY not in text


def test_a_threads_error_is_told_on_the_ui_thread(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    told: list[tuple[str, bool]] = []
    hook = ErrorHook(ErrorLog(tmp_path / "errors.log"),
                     show=lambda text: told.append(
                         (text, threading.current_thread() is threading.main_thread())))
    before = (sys.excepthook, threading.excepthook)
    hook.install()
    try:
        worker = threading.Thread(target=lambda: {}[CANARY], name="stap0-test")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(told))
    finally:
        sys.excepthook, threading.excepthook = before
    assert told[0][1], "told from the worker thread"
    text = (tmp_path / "errors.log").read_text()
    assert "thread stap0-test" in text and "builtins.KeyError" in text and CANARY not in text
