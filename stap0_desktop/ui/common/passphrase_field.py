"""A passphrase is typed hidden; "show passphrase" reveals it while the box is ticked
(a long sentence is easy to mistype unseen). Unticked again when the window closes: each
unlock window starts hidden."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit


def show_passphrase_box(*fields: QLineEdit) -> QCheckBox:
    box = QCheckBox(QCoreApplication.translate("PassphraseField", "Show passphrase"))
    box.setObjectName("showPassphrase")

    def toggled(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)

    box.toggled.connect(toggled)
    return box
