from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stap0_desktop.domain.models import FamilySummary
from stap0_desktop.ui.family.family_list import FamilyListPanel


def _row(id_: int, name: str, city: str, members: int, last: date | None) -> FamilySummary:
    return FamilySummary(id=id_, uid=f"u{id_}", name=name, city=city, member_count=members,
                         last_visit=last, updated_at=datetime.now(UTC))


def test_sort_and_filter(qtbot: QtBot) -> None:
    panel = FamilyListPanel()
    qtbot.addWidget(panel)
    panel.model.set_families([
        _row(1, "Gezin Visser", "Breda", 3, date(2026, 5, 1)),
        _row(2, "Gezin Bakker", "Arnhem", 5, None),
        _row(3, "Gezin Smit", "Apeldoorn", 2, date(2026, 9, 1)),
    ])
    names = lambda: [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]  # noqa: E731
    assert names() == ["Gezin Bakker", "Gezin Smit", "Gezin Visser"]
    panel.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert names() == ["Gezin Bakker", "Gezin Visser", "Gezin Smit"]
    panel.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert names() == ["Gezin Bakker", "Gezin Visser", "Gezin Smit"]
    qtbot.keyClicks(panel.filter, "bre")
    assert names() == ["Gezin Visser"]
    with qtbot.waitSignal(panel.family_chosen) as chosen:
        qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert chosen.args == [1]
