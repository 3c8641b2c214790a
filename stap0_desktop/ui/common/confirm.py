"""Asking before something is removed: the action named on its button, Cancel the default.

Enter or Esc on a confirmation never removes anything; only the named button does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_removal(parent: QWidget, title: str, text: str, action: str) -> bool:
    """True only when the professional pressed the button labelled ``action``."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    remove = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is remove
