"""The local error log holds where the program went wrong — never what it worked on."""

from __future__ import annotations

import logging
from pathlib import Path

from stap0_desktop.config import error_log
from stap0_desktop.config.error_log import ErrorLog, configure_logging

CANARY = "999990019 Gezin Kanarie"   # a test-range BSN and a fictional family name


def _fails_with_the_canary_inside() -> None:
    family = {"name": CANARY}                     # a value in a frame: never written
    try:
        raise ValueError(f"no such member: {family['name']}")
    except ValueError as exc:
        raise RuntimeError(f"could not save {CANARY}") from exc


def test_an_error_is_written_as_its_types_and_frames_only(tmp_path: Path) -> None:
    log = ErrorLog(tmp_path / "logs" / "errors.log")
    try:
        _fails_with_the_canary_inside()
    except RuntimeError as exc:
        log.record(exc, "uncaught")
    text = log.path.read_text()
    assert "builtins.RuntimeError" in text and "caused by" in text and "builtins.ValueError" in text
    assert "tests/config/test_error_log.py:" in text and "_fails_with_the_canary_inside" in text
    assert "999990019" not in text and "Kanarie" not in text
    assert log.path.stat().st_mode & 0o077 == 0


def test_logging_writes_templates_without_their_arguments(tmp_path: Path) -> None:
    log = ErrorLog(tmp_path / "errors.log")
    root = logging.getLogger()
    before = (root.handlers[:], root.level)
    configure_logging(log)
    try:
        logging.getLogger("stap0.test").warning("could not open %s", CANARY)
        logging.getLogger("stap0.test").warning(ValueError(CANARY))   # an object as message
        try:
            _fails_with_the_canary_inside()
        except RuntimeError:
            logging.getLogger("stap0.test").error("round failed", exc_info=True)
        logging.getLogger("stap0.test").info("below the level: %s", "not written")
    finally:
        root.handlers, root.level = before
    text = log.path.read_text()
    assert "WARNING stap0.test: could not open %s" in text and "ERROR stap0.test: round failed" in text
    assert "WARNING stap0.test: ValueError" in text and "builtins.RuntimeError" in text
    assert "999990019" not in text and "Kanarie" not in text and "not written" not in text


def test_the_log_stays_small_and_keeps_the_newest_whole_entries(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(error_log, "MAX_BYTES", 2000)
    log = ErrorLog(tmp_path / "errors.log")
    for n in range(200):
        log.write([f"entry {n}"])
    text = log.path.read_text()
    assert log.path.stat().st_size <= 2000 + 100
    assert "entry 199" in text and "entry 0\n" not in text
    assert text.startswith("20")                    # a whole entry first, not half of one
