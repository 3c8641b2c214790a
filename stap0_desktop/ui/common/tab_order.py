"""Tab follows the layout, and a form starts in its first field.

Qt's default tab order is the order in which widgets were created; a dialog that builds
its buttons before its fields (or adds checkboxes later) then starts on OK, and a space
typed into what looks like a form presses it. These helpers derive the order from the
layout instead — top to bottom, left to right, into group boxes and scroll areas.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QWidget,
)


def widgets_in(item: QLayoutItem | QLayout | None) -> list[QWidget]:
    """The widgets of a layout (item) in layout order, inside containers too."""
    if item is None:
        return []
    layout = item if isinstance(item, QLayout) else item.layout()
    if layout is not None:
        return [w for i in range(layout.count()) for w in widgets_in(layout.itemAt(i))]
    widget = item.widget()
    if widget is None:
        return []
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        return [widget, *(widgets_in(inner.layout()) if inner is not None else [])]
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return [widget]
    return [widget, *widgets_in(widget.layout())]


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab should visit in ``root``, in layout order."""
    return [w for w in widgets_in(root.layout())
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None]


def follow_layout(root: QWidget) -> list[QWidget]:
    """Make Tab follow the layout of ``root``; returns the chain."""
    chain = tab_chain(root)
    for before, after in itertools.pairwise(chain):
        QWidget.setTabOrder(before, after)
    return chain


def start_in_first_field(root: QWidget) -> None:
    """Tab follows the layout and the keyboard starts in the first usable field (never in
    a dialog's buttons)."""
    chain = follow_layout(root)
    first = next((w for w in chain if w.isVisibleTo(root) and w.isEnabled()
                  and not _is_dialog_button(w)), None)
    if first is not None:
        first.setFocus(Qt.FocusReason.TabFocusReason)


def _is_dialog_button(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton) and isinstance(widget.parent(), QDialogButtonBox)


class FieldsFirstDialog(QDialog):
    """A dialog whose keyboard starts in its first field, with Tab following the layout."""

    _focus_placed = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focus_placed:
            self._focus_placed = True
            start_in_first_field(self)
