"""The mouse wheel changes no value the professional did not pick.

Scrolling a form over a combo box, spin box, date field or slider used to change its
value (and so what is saved or sent) without a sign. Installed once on the application:
a value widget takes the wheel only while it has the keyboard focus; otherwise the wheel
goes to what holds it, so the form still scrolls. And the wheel no longer *gives* the focus:
Qt's default policy for these widgets (WheelFocus) focuses them on a real wheel turn before
any filter sees it — seen in a real window, the guard then let every notch through — so
each one is polished to take the focus by click or Tab only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_VALUE_WIDGETS = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    EVENTS = (QEvent.Type.Polish, QEvent.Type.Wheel)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self.handle(watched, event)

    def handle(self, watched: QObject, event: QEvent) -> bool:
        # A scroll bar's value is where the view is, not data: a scroll area hands it the
        # wheel, and it must take it (guarding it stopped every list and form scrolling).
        if not isinstance(watched, _VALUE_WIDGETS) or isinstance(watched, QScrollBar):
            return False
        if event.type() == QEvent.Type.Polish:
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if event.type() != QEvent.Type.Wheel:
            return False
        if watched.hasFocus():
            return False
        parent = watched.parentWidget()
        while isinstance(parent, _VALUE_WIDGETS):  # a spin box's own line edit, a combo's view
            parent = parent.parentWidget()
        if isinstance(parent, QWidget):
            QApplication.sendEvent(parent, event)
        return True
