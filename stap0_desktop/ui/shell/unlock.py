"""The unlock window: passphrase, clear messages, a growing delay after failed tries."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.ui.common.passphrase_field import show_passphrase_box


class UnlockWindow(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, demo_passphrase: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock")
        # Qt adds the application's name itself ("Vergrendeld — DEMO — Stap 0").
        self.setWindowTitle(self.tr("Locked") + (" — DEMO" if demo_passphrase else ""))
        title = QLabel(self.tr("<h2>Stap 0 is locked</h2>"))
        hint = QLabel(self.tr("Type your passphrase to open your vault."))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        forgot = QPushButton(self.tr("Passphrase forgotten?"))
        forgot.setFlat(True)
        forgot.setAccessibleName(self.tr("Passphrase forgotten?"))
        forgot.clicked.connect(self.explain_recovery)

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        if demo_passphrase:
            demo = QLabel(self.tr("Demo vault — passphrase: {p}").format(p=demo_passphrase))
            demo.setObjectName("demoPassphrase")
            demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(demo, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(row)
        self.show_passphrase = show_passphrase_box(self.passphrase)
        layout.addWidget(self.show_passphrase)
        layout.addWidget(self.message)
        layout.addWidget(forgot, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.passphrase.setFocus()

    def _submit(self) -> None:
        if not self.button.isEnabled() or not self.passphrase.text():
            return
        text = self.passphrase.text()
        self.passphrase.clear()
        self.set_busy(True)
        self.unlock_requested.emit(text)

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy and self._wait_left == 0)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Opening the vault…"))

    def show_error(self, text: str, wait_seconds: float = 0.0) -> None:
        self.set_busy(False)
        self.message.setText(text)
        self.passphrase.setFocus()
        if wait_seconds > 0:
            self._wait_left = int(wait_seconds + 0.999)
            self.button.setEnabled(False)
            self._base_message = text
            self._tick_text()
            self._countdown.start()

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        self._tick_text()
        if self._wait_left == 0:
            self._countdown.stop()
            self.button.setEnabled(True)

    def _tick_text(self) -> None:
        if self._wait_left > 0:
            self.message.setText(self._base_message + " " + self.tr(
                "Too many wrong tries: wait {s} seconds before the next one."
            ).format(s=self._wait_left))
        else:
            self.message.setText(self._base_message)

    def explain_recovery(self) -> None:
        QMessageBox.information(self, self.tr("Passphrase forgotten?"), self.tr(
            "Your passphrase is not stored anywhere, so nobody can tell it to you.\n\n"
            "If your organisation gave you a recovery key when the vault was made, its "
            "application administrator can open your vault with that key and let you set a "
            "new passphrase (stap0 vault recover). Bring this laptop to them.\n\n"
            "Without a recovery key the notes in this vault cannot be recovered."
        ))
