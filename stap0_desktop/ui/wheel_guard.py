"""The mouse wheel changes no value the professional did not pick.

Scrolling a form over a combo box, spin box, date field or slider used to change its
value (and so what is saved or sent) without a sign. Installed once on the application:
a value widget takes the wheel only while it has the keyboard focus; otherwise the wheel
goes to what holds it, so the form still scrolls."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

_VALUE_WIDGETS = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, _VALUE_WIDGETS):
            return False
        if watched.hasFocus():
            return False
        parent = watched.parentWidget()
        while isinstance(parent, _VALUE_WIDGETS):  # a spin box's own line edit, a combo's view
            parent = parent.parentWidget()
        if isinstance(parent, QWidget):
            QApplication.sendEvent(parent, event)
        return True
