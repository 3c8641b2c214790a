"""Stap 0: a desktop application for professionals who visit families at home."""

from __future__ import annotations

APP_NAME = "Stap 0"


def __getattr__(name: str) -> str:
    # The version is read from the installed metadata only when asked for: importing
    # importlib.metadata costs more start-up time than the rest of this package.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("stap0-desktop")
        except PackageNotFoundError:  # a source tree that is not installed
            return "0.0.0+source"
    raise AttributeError(name)
