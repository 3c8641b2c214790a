"""Choosing a file to open or a place to save, without anything being remembered.

Qt's own dialog, never the platform's: it speaks the app's language (Qt's translations,
not the desktop's), and it keeps no recent-files list outside the app (GTK's
``recently-used.xbel``, Windows' MRU lists in the registry). A folder name can name a
family ("Gezin Jansen"), so the dialog starts without history and, once closed, Qt's own
memory of it (``lastVisited``, ``history`` in ``QtProject.conf``) is removed too.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_QT_SETTINGS_GROUP = "FileDialog"  # where QFileDialog keeps its state in QtProject.conf


def choose_file_to_open(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    return _ask(parent, title, name_filter, QFileDialog.AcceptMode.AcceptOpen, "")


def choose_file_to_save(parent: QWidget | None, title: str, suggested: str,
                        name_filter: str) -> Path | None:
    return _ask(parent, title, name_filter, QFileDialog.AcceptMode.AcceptSave, suggested)


def _ask(parent: QWidget | None, title: str, name_filter: str,
         mode: QFileDialog.AcceptMode, suggested: str) -> Path | None:
    dialog = QFileDialog(parent, title, str(Path.home()), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if mode is QFileDialog.AcceptMode.AcceptSave
                       else QFileDialog.FileMode.ExistingFile)
    dialog.setHistory([])
    if suggested:
        dialog.selectFile(suggested)
    try:
        chosen = dialog.selectedFiles() if dialog.exec() else []
    finally:
        shiboken6.delete(dialog)  # its destructor writes Qt's settings: remove them after
        forget_qt_file_dialog_state()
    return Path(chosen[0]) if chosen else None


def forget_qt_file_dialog_state() -> None:
    """Remove what QFileDialog wrote to Qt's shared settings (``~/.config/QtProject.conf``)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove(_QT_SETTINGS_GROUP)
    settings.sync()
