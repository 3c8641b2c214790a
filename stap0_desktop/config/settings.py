"""Preferences, each declared once with its type and default (never secrets or client data).

As in Picard, a setting is a typed declaration; reading goes through the declaration so a
missing or malformed stored value falls back to the default. Values live in QSettings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T", int, str, bool)
ENV_SETTINGS_FILE = "STAP0_SETTINGS_FILE"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()

    def coerce(self, raw: object) -> T:
        value: object
        try:
            if isinstance(self.default, bool):
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true")
            elif isinstance(self.default, int):
                value = int(str(raw))
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return self.default
        if isinstance(value, int) and not isinstance(value, bool):
            # Out of range is held to the range: an idle lock once set to 120 minutes
            # locks after the maximum, not after the (shorter) default nobody chose.
            if self.minimum is not None and value < self.minimum:
                value = self.minimum
            if self.maximum is not None and value > self.maximum:
                value = self.maximum
        if self.choices and value not in self.choices:
            return self.default
        return value


# At most 30 minutes: a laptop left open in a car or a waiting room locks itself (#16).
IDLE_LOCK_MINUTES = Setting("security/idle_lock_minutes", 5, minimum=1, maximum=30)
CLIPBOARD_CLEAR_SECONDS = Setting("security/clipboard_clear_seconds", 30, minimum=5, maximum=300)
LANGUAGE = Setting("ui/language", "nl", choices=("nl", "en"))
AUTOSAVE_DELAY_MS = Setting("editor/autosave_delay_ms", 800, minimum=200, maximum=10_000)
# The professional's own work contact, put in signals so that a match can reach them.


class Settings:
    """Typed access to QSettings. Tests pass a file path (or set ``STAP0_SETTINGS_FILE``)."""

    def __init__(self, path: Path | None = None) -> None:
        override = path or (Path(os.environ[ENV_SETTINGS_FILE])
                            if os.environ.get(ENV_SETTINGS_FILE) else None)
        if override is not None:
            self._store = QSettings(str(override), QSettings.Format.IniFormat)
        else:
            self._store = QSettings("Stap 0", "Stap 0")

    def get(self, setting: Setting[T]) -> T:
        raw = self._store.value(setting.key, setting.default)
        return setting.coerce(raw)

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, setting.coerce(value))
        self._store.sync()
