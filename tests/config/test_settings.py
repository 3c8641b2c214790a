"""Settings: typed, with defaults; a stored value out of range is held to the range."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from stap0_desktop.config.settings import AUTOSAVE_DELAY_MS, IDLE_LOCK_MINUTES, LANGUAGE, Settings


def test_the_idle_lock_is_at_most_thirty_minutes_whatever_is_stored(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue(IDLE_LOCK_MINUTES.key, 120)       # what an older version allowed
    raw.sync()
    settings = Settings(path)
    assert settings.get(IDLE_LOCK_MINUTES) == 30
    settings.set(IDLE_LOCK_MINUTES, 0)
    assert settings.get(IDLE_LOCK_MINUTES) == 1
    settings.set(IDLE_LOCK_MINUTES, 12)
    assert settings.get(IDLE_LOCK_MINUTES) == 12


def test_malformed_values_fall_back_to_the_default(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue(AUTOSAVE_DELAY_MS.key, "snel")
    raw.setValue(LANGUAGE.key, "fr")
    raw.sync()
    settings = Settings(path)
    assert settings.get(AUTOSAVE_DELAY_MS) == AUTOSAVE_DELAY_MS.default
    assert settings.get(LANGUAGE) == "nl"
