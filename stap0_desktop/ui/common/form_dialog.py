"""A small form dialog: labelled fields, a message line for what is wrong, OK and Cancel.

The keyboard starts in the first field and Tab follows the form from top to bottom, then
OK and Cancel: typing at once goes into a field, never into a button (a space would press
it). Enter anywhere submits through :meth:`FormDialog._accept`, which checks the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.i18n.messages import describe
from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.operations import OpResult
from stap0_desktop.ui.common.bridge import OperationBridge
from stap0_desktop.ui.common.tab_order import FieldsFirstDialog, tab_chain

T = TypeVar("T")
INVALID_STYLE = "border: 2px solid #b00020;"


class FormDialog(FieldsFirstDialog):
    """Subclasses add rows to :attr:`form` and implement :meth:`_accept`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def add_rows(self, rows: list[tuple[str, QWidget]]) -> None:
        # Text fields wide enough for a street, a name or their whole hint, not a sliver
        # ("zoals op de sociale kaart, bijv. …").
        wide = self.fontMetrics().averageCharWidth() * 34
        for label, widget in rows:
            if isinstance(widget, QLineEdit):
                metrics = widget.fontMetrics()
                hint = metrics.horizontalAdvance(widget.placeholderText())
                widget.setMinimumWidth(max(wide, hint + 4 * metrics.averageCharWidth()))
            self.form.addRow(label, widget)

    def fields(self) -> list[QWidget]:
        """The form's input widgets from top to bottom (labels and hidden rows left out)."""
        return [w for w in tab_chain(self) if w.parent() is not self.buttons]

    def show_problem(self, text: str, field: QWidget | None = None) -> None:
        self.message.setText(text)
        if field is not None:
            field.setStyleSheet(INVALID_STYLE)
            field.setFocus()

    def _accept(self) -> None:
        self.accept()


def name_holds_no_number() -> str:
    """Said when a name field holds a number (domain/person_names.py)."""
    return translate("FormDialog", "A name holds no number: a BSN goes under BSN, a date "
                                   "under Birth date.")


def save_then_accept(dialog: QDialog, bridge: OperationBridge,
                     operation: Callable[[], OpResult[T]], message: QLabel,
                     keep: Callable[[T], None]) -> None:
    """Run the dialog's save off the UI thread; on success keep the result and close, on
    failure say why in the dialog's message line (the dialog stays open, nothing lost)."""
    def saved(value: T) -> None:
        keep(value)
        dialog.accept()

    bridge.run(operation, saved, lambda error: message.setText(describe(error)))
