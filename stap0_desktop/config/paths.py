"""Folders: the data folder from QStandardPaths (app "Stap 0"), overridable for tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from stap0_desktop import APP_NAME

ENV_DATA_DIR = "STAP0_DATA_DIR"
ENV_CHECKLISTS_DIR = "STAP0_CHECKLISTS_DIR"
ENV_ERROR_LOG = "STAP0_ERROR_LOG"


def _per_user(location: QStandardPaths.StandardLocation) -> Path:
    """The platform's per-user folder of that kind for the app."""
    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(location))


def default_data_dir() -> Path:
    """``$STAP0_DATA_DIR`` when set, else the platform's per-user app data folder."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    return _per_user(QStandardPaths.StandardLocation.AppDataLocation)


def default_error_log() -> Path:
    """``$STAP0_ERROR_LOG`` when set, else ``errors.log`` in the per-user cache folder."""
    override = os.environ.get(ENV_ERROR_LOG)
    if override:
        return Path(override).expanduser()
    return _per_user(QStandardPaths.StandardLocation.CacheLocation) / "errors.log"


def resources_dir() -> Path:
    """The shipped ``resources/`` folder: in a frozen bundle, in the source tree, or where a
    wheel puts it (``stap0_desktop/_resources``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    source = Path(__file__).resolve().parents[2] / "resources"
    if (source / "checklists").is_dir():
        return source
    return Path(__file__).resolve().parents[1] / "_resources"


def checklists_dir() -> Path:
    """The checklist definitions: ``$STAP0_CHECKLISTS_DIR`` when set, else the shipped ones."""
    override = os.environ.get(ENV_CHECKLISTS_DIR)
    return Path(override) if override else resources_dir() / "checklists"


def demo_kaart_path() -> Path:
    """The fictional sociale kaart of Demostad that the demo loads."""
    return resources_dir() / "kaart" / "demostad.json"


def demo_rules_path() -> Path:
    """The fictional municipality's regie rules that the demo CJG proposes by."""
    return resources_dir() / "regie" / "demostad.toml"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def manual_path(language: str) -> Path:
    """The short offline manual (F1) in ``language`` (Dutch, else English)."""
    name = "handleiding_nl.html" if language == "nl" else "manual_en.html"
    return resources_dir() / "help" / name
