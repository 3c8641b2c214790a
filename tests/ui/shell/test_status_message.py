"""The main window's passing message is shown whole next to the sync state."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from stap0_desktop.ui.shell.status_message import MAX_LINES, StatusMessage

LONG = ("Gezin Bakker is overgedragen aan Bram Schuldhulp (demo): het gaat bij de "
        "volgende synchronisatie.")


def _window(qtbot: QtBot, width: int) -> tuple[QMainWindow, StatusMessage]:
    window = QMainWindow()
    qtbot.addWidget(window)
    message = StatusMessage(window.statusBar())
    sync = QLabel("2 nieuwe matches van het CJG  Gesynchroniseerd 07-12 10:44 · "
                  "1 overdracht te beantwoorden")
    window.statusBar().addPermanentWidget(sync)
    window.resize(width, 400)
    window.show()
    qtbot.waitExposed(window)
    return window, message


def _settled(qtbot: QtBot, message: StatusMessage) -> None:
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()) or
                    message.height() == message.fontMetrics().lineSpacing() * MAX_LINES)


def test_a_long_message_wraps_instead_of_being_cut_off(qtbot: QtBot) -> None:
    window, message = _window(qtbot, 1100)
    line = message.fontMetrics().lineSpacing()
    one_line_bar = window.statusBar().height()
    message.show_message(LONG, 30_000)
    _settled(qtbot, message)
    assert message.fontMetrics().horizontalAdvance(LONG) > message.width()   # it needs two
    assert message.height() >= message.heightForWidth(message.width())       # and has them
    assert message.height() >= 2 * line
    assert window.statusBar().height() < one_line_bar + 2 * line   # one line more, no more
    message.show_message("Opgeslagen.", 30_000)
    qtbot.waitUntil(lambda: message.height() == line)


def test_a_message_goes_after_its_time_and_the_bar_is_one_line_again(qtbot: QtBot) -> None:
    _shown, message = _window(qtbot, 900)
    line = message.fontMetrics().lineSpacing()
    message.show_message(LONG, 50)
    _settled(qtbot, message)
    assert message.height() > line
    qtbot.waitUntil(lambda: message.text() == "" and message.height() == line)
