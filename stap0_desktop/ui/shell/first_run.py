"""First run: a short welcome that creates the vault, then straight into the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.passphrase import MIN_CHARS, Strength, strength
from stap0_desktop.domain.roles import DEBT_COUNSELLOR, OTHER_PROFESSIONAL, YOUTH_NURSE
from stap0_desktop.ui.common.file_dialogs import choose_file_to_open
from stap0_desktop.ui.common.passphrase_field import show_passphrase_box
from stap0_desktop.ui.common.wrapped_label import WrappedLabel
from sync.protocol.contact import phone_problem


class FirstRunWindow(QWidget):
    """Emits :attr:`create_requested` with the form's values once everything is valid."""

    create_requested = Signal(dict)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome"))  # Qt adds " — Stap 0"
        self.setObjectName("firstRun")
        title = QLabel(self.tr("<h2>Welcome to Stap 0</h2>"))
        intro = QLabel(self.tr(
            "Stap 0 keeps your notes about the families you visit in an encrypted vault on "
            "this laptop. Choose a passphrase: a sentence of at least {n} characters that "
            "you can remember. Nobody can open the vault without it — not even IT support."
        ).format(n=MIN_CHARS))
        intro.setWordWrap(True)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Your role"))
        for code, label in ((YOUTH_NURSE, self.tr("Youth nurse")),
                            (DEBT_COUNSELLOR, self.tr("Debt counsellor")),
                            (OTHER_PROFESSIONAL, self.tr("Other professional"))):
            self.role.addItem(label, code)
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Work phone"))
        self.phone.setPlaceholderText(self.tr("optional; printed on the parents' copy"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter_label = QLabel()
        self.recovery_path: Path | None = None
        self.recovery_label = WrappedLabel(self.tr("No recovery key chosen (optional)."))
        self.recovery_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose recovery key…"))
        choose.setAccessibleName(self.tr("Choose the organisation's recovery key file"))
        choose.clicked.connect(self._choose_recovery)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._submit)

        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Your role"), self.role)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Work phone"), self.phone)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat"), self.repeat)
        self.show_passphrase = show_passphrase_box(self.passphrase, self.repeat)
        form.addRow("", self.show_passphrase)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.meter_label, 1)
        form.addRow(self.tr("Strength"), meter_row)
        recovery_row = QHBoxLayout()
        recovery_row.addWidget(self.recovery_label, 1)
        recovery_row.addWidget(choose)
        form.addRow(self.tr("Recovery"), recovery_row)
        where = QLabel(self.tr("Data folder: {folder}").format(folder=data_dir))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(where)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        for field in (self.name, self.phone, self.passphrase, self.repeat):
            field.textChanged.connect(self._validate)
        for field in (self.name, self.organisation, self.phone, self.passphrase, self.repeat):
            field.returnPressed.connect(self._submit)  # Enter creates the vault when ready
        self.setTabOrder(self.name, self.role)
        self.setTabOrder(self.role, self.organisation)
        self.setTabOrder(self.organisation, self.phone)
        self.setTabOrder(self.phone, self.passphrase)
        self.setTabOrder(self.passphrase, self.repeat)
        self.setTabOrder(self.repeat, self.show_passphrase)
        self.setTabOrder(self.show_passphrase, choose)
        self.setTabOrder(choose, self.create_button)
        self._validate()

    def _strength_text(self, level: Strength) -> str:
        if level is Strength.TOO_SHORT:
            return self.tr("Too short: {n} of {minimum} characters").format(
                n=len(self.passphrase.text()), minimum=MIN_CHARS)
        if level is Strength.WEAK:
            return self.tr("Weak: add a few more words")
        if level is Strength.FAIR:
            return self.tr("Fair")
        if level is Strength.STRONG:
            return self.tr("Strong")
        return self.tr("Very strong")

    def _validate(self) -> None:
        level = strength(self.passphrase.text())
        self.meter.setValue(int(level))
        self.meter_label.setText(self._strength_text(level))
        problem = ""
        if not self.name.text().strip():
            problem = self.tr("Enter your name; it appears in the access log.")
        elif self.phone.text().strip() and phone_problem(self.phone.text()):
            problem = self.tr("This phone number cannot be right: a Dutch number has 10 "
                              "digits (06 12345678); abroad, start with +.")
        elif level is Strength.TOO_SHORT:
            problem = self.tr(
                "The passphrase needs at least {n} characters: a long sentence is both "
                "safer and easier to remember than a short complicated word."
            ).format(n=MIN_CHARS)
        elif self.repeat.text() and self.repeat.text() != self.passphrase.text():
            problem = self.tr("The two passphrases differ.")
        elif not self.repeat.text():
            problem = self.tr("Repeat the passphrase to be sure it is typed as you meant.")
        self.message.setText(problem)
        self.create_button.setEnabled(not problem)

    def _choose_recovery(self) -> None:
        path = choose_file_to_open(
            self, self.tr("Organisation recovery key"), self.tr("Recovery key (*.json)"))
        if path is not None:
            self.set_recovery_path(path)

    def set_recovery_path(self, path: Path | None) -> None:
        self.recovery_path = path
        self.recovery_label.setText(
            self.tr("Recovery key: {name}").format(name=path.name) if path
            else self.tr("No recovery key chosen (optional).")
        )

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.create_button.setEnabled(True)

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Creating the vault…"))

    def _submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        values = {
            "name": self.name.text().strip(),
            "role": self.role.currentData(),
            "organisation": self.organisation.text().strip(),
            "phone": self.phone.text().strip(),
            "passphrase": self.passphrase.text(),
            "recovery": self.recovery_path,
        }
        self.passphrase.clear()
        self.repeat.clear()
        self.create_requested.emit(values)
