"""Creating or editing a family (gezin)."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.models import Family
from stap0_desktop.i18n.messages import describe
from stap0_desktop.ui.member_dialog import INVALID_STYLE


class FamilyDialog(QDialog):
    def __init__(self, family: Family | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit family") if family else self.tr("New family"))
        self._family = family
        self.result_family: Family | None = None
        self.name = QLineEdit(family.name if family else "")
        self.name.setAccessibleName(self.tr("Family name"))
        self.name.setPlaceholderText(self.tr("e.g. Gezin Jansen"))
        self.street = QLineEdit(family.street_address if family else "")
        self.street.setAccessibleName(self.tr("Street and number"))
        self.postcode = QLineEdit(family.postcode if family else "")
        self.postcode.setAccessibleName(self.tr("Postcode"))
        self.city = QLineEdit(family.city if family else "")
        self.city.setAccessibleName(self.tr("Place"))
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Family name"), self.name)
        form.addRow(self.tr("Street and number"), self.street)
        form.addRow(self.tr("Postcode"), self.postcode)
        form.addRow(self.tr("Place"), self.city)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        try:
            self.result_family = Family(
                id=self._family.id if self._family else None,
                uid=self._family.uid if self._family else None,
                name=self.name.text(), street_address=self.street.text(),
                postcode=self.postcode.text(), city=self.city.text(),
            )
        except ValidationError as exc:
            self.message.setText(describe(exc))
            self.name.setStyleSheet(INVALID_STYLE)
            self.name.setFocus()
            return
        self.accept()
