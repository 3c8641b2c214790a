"""A wrapped label asks for the height its text needs at the width it has — growing when
it is narrowed (no line cut off, seen at 150 %) and shrinking when it is widened again (no
empty line left behind, seen in the settings at 100 %)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from stap0_desktop.ui.common.wrapped_label import WrappedLabel

TEXT = ("Bij een match ziet een andere professional precies dit. Klopt het? Er gaat niets "
        "naar het CJG voordat u het bevestigt.")


def test_the_height_follows_the_width_both_ways(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = WrappedLabel(TEXT)
    QVBoxLayout(holder).addWidget(label)
    line = label.fontMetrics().lineSpacing()
    holder.resize(160, 400)
    holder.show()
    qtbot.waitUntil(lambda: label.width() > 0)
    narrow = label.minimumHeight()
    assert narrow >= 3 * line and label.height() >= label.heightForWidth(label.width())
    holder.resize(1200, 400)
    qtbot.waitUntil(lambda: label.width() > 1000)
    assert label.minimumHeight() < narrow and label.minimumHeight() <= 2 * line
    label.setText("Kort.")
    assert label.minimumHeight() <= line + 2
