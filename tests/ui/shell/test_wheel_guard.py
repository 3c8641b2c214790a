"""The wheel changes a value only in a field the professional chose (ui/shell/wheel_guard.py):
not in the first field a dialog put the keyboard in, not in one it passes over."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from stap0_desktop.ui.common.tab_order import FieldsFirstDialog
from stap0_desktop.ui.shell.wheel_guard import WheelGuard


def _wheel(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                        QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def guarded() -> Iterator[WheelGuard]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    guard = WheelGuard()
    app.installEventFilter(guard)
    yield guard
    app.removeEventFilter(guard)


class _Form(FieldsFirstDialog):
    def __init__(self) -> None:
        super().__init__()
        self.role = QComboBox()
        self.role.addItems(["ouder", "kind", "ongeboren kind", "overig"])
        self.count = QSpinBox()
        self.count.setRange(0, 20)
        self.count.setValue(5)
        form = QFormLayout(self)
        form.addRow("Rol", self.role)
        form.addRow("Aantal", self.count)


def test_the_field_a_dialog_starts_in_is_not_changed_by_the_wheel(
    qtbot: QtBot, guarded: WheelGuard,
) -> None:
    """Found in a real window: the member dialog starts in its Rol combo box, and the
    first wheel notch over it changed the role."""
    dialog = _Form()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.role.hasFocus)
    for _ in range(3):
        _wheel(dialog.role)
        _wheel(dialog.count)
    assert (dialog.role.currentIndex(), dialog.count.value()) == (0, 5)


def test_a_field_clicked_tabbed_to_or_typed_in_takes_the_wheel(
    qtbot: QtBot, guarded: WheelGuard,
) -> None:
    dialog = _Form()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.role.hasFocus)
    QTest.mouseClick(dialog.count.lineEdit(), Qt.MouseButton.LeftButton)  # clicked
    assert dialog.count.hasFocus()
    _wheel(dialog.count)                        # a notch down
    assert dialog.count.value() == 4

    QTest.keyClick(dialog.count, Qt.Key.Key_Backtab)                       # tabbed to
    assert dialog.role.hasFocus()
    _wheel(dialog.role)
    assert dialog.role.currentIndex() == 1

    dialog.count.setFocus()                     # a program moves the focus: not chosen
    before = dialog.count.value()
    _wheel(dialog.count)
    assert dialog.count.value() == before
    QTest.keyClick(dialog.count, Qt.Key.Key_Up)                            # typed in
    assert dialog.count.value() == before + 1
    _wheel(dialog.count)
    assert dialog.count.value() == before
