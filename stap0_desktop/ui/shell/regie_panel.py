"""The overview's matches: what is due after each (contact, a regisseur) and who
coordinates where that is agreed — "Gezin Brouwer — regisseur: Schuldhulp Demostad until
01-06-2027". Due ones first, soonest first; Enter or a double click opens the family."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidgetItem, QVBoxLayout, QWidget

from stap0_desktop.services.coordination import MatchOverview
from stap0_desktop.services.operations import ChangeSet
from stap0_desktop.ui.common.hinted_list import HintedList
from stap0_desktop.ui.common.refresh_when_shown import RefreshWhenShown
from stap0_desktop.ui.sharing import regie_texts
from stap0_desktop.ui.shell.session import QtSession

FAMILY_ROLE = Qt.ItemDataRole.UserRole
_OVERDUE = QColor("#8a1c1c")


class RegiePanel(QWidget):
    family_chosen = Signal(int)
    error = Signal(object)

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regiePanel")
        self._session = session
        self.matches: list[MatchOverview] = []
        self.title = QLabel(self.tr("<b>After a match</b> (contact and who coordinates)"))
        self.list = HintedList(self.tr("No open matches."))
        self.list.setAccessibleName(self.tr("Matches: what is due and who coordinates"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._open_family)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self._later = RefreshWhenShown(self, self.refresh)
        session.bridge.changed.connect(self._on_changed)

    def refresh(self) -> None:
        coordination = self._session.coordination
        self._session.bridge.run(lambda: coordination.overview(date.today()), self._fill,
                                 self.error.emit)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.outbox or changes.follow_ups or changes.families_gone:
            self._later.request()

    def _fill(self, matches: list[MatchOverview]) -> None:
        today = date.today()
        self.matches = sorted(matches, key=lambda m: (
            m.due is None, m.due[1] if m.due else date.max, m.family_name))
        self.list.clear()
        for match in self.matches:
            item = QListWidgetItem(self._line(match, today))
            item.setData(FAMILY_ROLE, match.family_id)
            if match.due is not None and match.due[1] < today:
                item.setForeground(QBrush(_OVERDUE))
            self.list.addItem(item)

    def _line(self, match: MatchOverview, today: date) -> str:
        who = self.tr("{family} — with {name} ({organisation})").format(
            family=match.family_name, name=match.notice.name,
            organisation=match.notice.organisation)
        parts = [regie_texts.due_line(match.due, today),
                 regie_texts.agreed_line(match.regie), regie_texts.escalated_line(match.regie)]
        return who + ": " + "; ".join(p for p in parts if p)

    def _open_family(self, item: QListWidgetItem) -> None:
        family_id = item.data(FAMILY_ROLE)
        if isinstance(family_id, int):
            self.family_chosen.emit(family_id)
