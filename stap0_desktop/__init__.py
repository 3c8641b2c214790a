"""Stap 0: a desktop application for professionals who visit families at home."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("stap0-desktop")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

APP_NAME = "Stap 0"
