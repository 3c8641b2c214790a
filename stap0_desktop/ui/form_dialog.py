"""A small form dialog: labelled fields, a message line for what is wrong, OK and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

INVALID_STYLE = "border: 2px solid #b00020;"


class FormDialog(QDialog):
    """Subclasses add rows to :attr:`form` and implement :meth:`_accept`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def add_rows(self, rows: list[tuple[str, QWidget]]) -> None:
        for label, widget in rows:
            self.form.addRow(label, widget)

    def show_problem(self, text: str, field: QWidget | None = None) -> None:
        self.message.setText(text)
        if field is not None:
            field.setStyleSheet(INVALID_STYLE)
            field.setFocus()

    def _accept(self) -> None:
        self.accept()
