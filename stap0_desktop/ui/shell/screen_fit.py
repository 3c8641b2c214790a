"""No window is taller or wider than the screen it opens on.

A laptop at 1366×768, or a 1920×1080 screen at 150 % (1280×720 logical), minus a taskbar,
leaves less room than the sizes the windows ask for: the checklist asked for 760 pixels
and its status line fell below the screen. Installed once on the application, this
shrinks every window, when it is first shown, to the available part of its screen (the
frame's title bar included) and moves it into view; long forms scroll inside.

A small dialog is widened so that its title can be read: the window manager cut
"Gezinslid toevoegen — Stap 0" to "Gezinslid toe… gen — Stap 0" over a three-field form.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 32  # the window manager's frame above the window (not known before it is shown)
TITLE_ROOM = 130  # beside the title: the window's icon and the frame's three buttons
_WINDOW_KINDS = (Qt.WindowType.Window, Qt.WindowType.Dialog)


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    return QSize(min(wanted.width(), available.width()),
                 min(wanted.height(), available.height() - TITLE_BAR))


def title_width(window: QWidget) -> int:
    """The width at which the window manager shows the whole title (in a bold title font,
    as most frames draw it), with the application's name Qt adds to it."""
    title = window.windowTitle()
    name = QGuiApplication.applicationDisplayName()
    if name and name not in title:
        title = f"{title} — {name}"
    font = QFont(window.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(title) + TITLE_ROOM


def widen_for_title(window: QWidget) -> None:
    wanted = min(title_width(window), window.maximumWidth())
    if window.windowTitle() and window.width() < wanted:
        window.resize(wanted, window.height())


def fit_to(window: QWidget, available: QRect) -> None:
    """Shrink ``window`` into ``available`` (a screen's free area) and move it inside."""
    size = fitted_size(window.size(), available)
    if size != window.size():
        window.resize(size)
    x = min(max(window.x(), available.left()), available.right() + 1 - size.width())
    y = min(max(window.y(), available.top()), available.bottom() + 1 - size.height()
            - TITLE_BAR)
    if (x, y) != (window.x(), window.y()):
        window.move(x, max(y, available.top()))


class ScreenFit(QObject):
    EVENTS = (QEvent.Type.Show,)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self.handle(watched, event)

    def handle(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow() and watched.windowType() in _WINDOW_KINDS):
            screen = watched.screen()
            if screen is not None:
                widen_for_title(watched)
                fit_to(watched, screen.availableGeometry())
        return False
