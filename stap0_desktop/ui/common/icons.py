"""The icons of the main actions: a small set drawn for Stap 0 (``resources/icons/actions``,
24×24 SVG line icons), the same on every platform and theme."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from stap0_desktop.config.paths import resources_dir

ACTION_ICONS = ("home", "family-new", "visit-new", "signals", "kaart", "search", "lock",
                "settings", "manual", "quit", "note-new", "checklist", "report", "delete",
                "sync")


def action_icon(name: str) -> QIcon:
    """The icon of one action by its name (one of ``ACTION_ICONS``)."""
    if name not in ACTION_ICONS:
        raise KeyError(name)
    return QIcon(str(resources_dir() / "icons" / "actions" / f"{name}.svg"))
