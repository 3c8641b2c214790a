"""The mouse wheel changes no value the professional did not pick.

Scrolling a form over a combo box, spin box, date field or slider used to change its
value (and so what is saved or sent) without a sign. Installed once on the application:
a value widget takes the wheel only while it has the keyboard focus; otherwise the wheel
goes to what holds it, so the form still scrolls. And the wheel no longer *gives* the focus:
Qt's default policy for these widgets (WheelFocus) focuses them on a real wheel turn before
any filter sees it — seen in a real window, the guard then let every notch through — so
each one is polished to take the focus by click or Tab only.

Having the focus is not enough either: a dialog puts the keyboard in its first field, and
when that is a combo box (a member's role) the first wheel notch over it changed the role.
So the wheel goes to a value widget only once the professional chose it: clicked it, moved
to it with Tab, or typed in it — not when a program gave it the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_VALUE_WIDGETS = (QComboBox, QAbstractSpinBox, QAbstractSlider)


_TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_CHOSEN = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.ShortcutFocusReason)
_TABBED = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)


def _value_widget(watched: QObject) -> QWidget | None:
    """The value widget ``watched`` is, or is part of (a spin box's line edit)."""
    widget = watched if isinstance(watched, QWidget) else None
    while widget is not None and not isinstance(widget, _VALUE_WIDGETS):
        widget = widget.parentWidget()
    if widget is None or isinstance(widget, QScrollBar):
        return None
    return widget


class WheelGuard(QObject):
    EVENTS = (QEvent.Type.Polish, QEvent.Type.Wheel, QEvent.Type.FocusIn,
              QEvent.Type.FocusOut, QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chosen: QWidget | None = None   # the value widget the professional chose
        self._tabbing = False                 # a Tab key press is moving the focus

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self.handle(watched, event)

    def handle(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self._key(watched, event)
            return False
        if kind == QEvent.Type.MouseButtonPress:
            pressed = _value_widget(watched)
            if pressed is not None:
                self._chosen = pressed
            return False
        if kind == QEvent.Type.FocusIn:   # whoever gets it, a Tab press has done its work
            tabbed, self._tabbing = self._tabbing, False
        else:
            tabbed = False
        # A scroll bar's value is where the view is, not data: a scroll area hands it the
        # wheel, and it must take it (guarding it stopped every list and form scrolling).
        if not isinstance(watched, _VALUE_WIDGETS) or isinstance(watched, QScrollBar):
            return False
        if kind == QEvent.Type.Polish:
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._focus(watched, kind, event, tabbed)
            return False
        if kind != QEvent.Type.Wheel:
            return False
        if watched.hasFocus() and watched is self._chosen:
            return False
        parent = watched.parentWidget()
        while isinstance(parent, _VALUE_WIDGETS):  # a spin box's own line edit, a combo's view
            parent = parent.parentWidget()
        if isinstance(parent, QWidget):
            QApplication.sendEvent(parent, event)
        return True

    def _key(self, watched: QObject, event: QEvent) -> None:
        if not isinstance(event, QKeyEvent):
            return
        self._tabbing = event.key() in _TAB_KEYS
        if self._tabbing:
            return
        typed_in = _value_widget(watched)
        if typed_in is not None and typed_in.hasFocus():
            self._chosen = typed_in

    def _focus(self, widget: QWidget, kind: QEvent.Type, event: QEvent,
               tabbed: bool) -> None:
        reason = event.reason() if isinstance(event, QFocusEvent) else None
        if reason == Qt.FocusReason.PopupFocusReason:
            return   # a combo's list opened or closed: the same choice goes on
        if kind == QEvent.Type.FocusOut:
            if widget is self._chosen:
                self._chosen = None
            return
        if reason in _CHOSEN or (reason in _TABBED and tabbed):
            self._chosen = widget
