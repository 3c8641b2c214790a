"""The overview's matches: what is due after each (contact, a regisseur) and who
coordinates where that is agreed — "Gezin Brouwer — regisseur: Schuldhulp Demostad until
01-06-2027". Due ones first, soonest first; Enter or a double click opens the family."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QListWidgetItem, QWidget

from stap0_desktop.services.coordination import MatchOverview
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.ui.sharing import regie_texts
from stap0_desktop.ui.shell.overview_panel import OVERDUE, OverviewPanel
from stap0_desktop.ui.shell.session import QtSession

FAMILY_ROLE = Qt.ItemDataRole.UserRole


class RegiePanel(OverviewPanel):
    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "regiePanel",
                         self.tr("<b>After a match</b> (contact and who coordinates)"),
                         self.tr("No open matches."),
                         self.tr("Matches: what is due and who coordinates"), parent)
        self.matches: list[MatchOverview] = []
        self.list.itemActivated.connect(self._open_family)

    def _read(self) -> OpResult[list[MatchOverview]]:
        return self._session.coordination.overview(date.today())

    def _concerns(self, changes: ChangeSet) -> bool:
        return bool(changes.outbox or changes.follow_ups or changes.families_gone)

    def _fill(self, matches: list[MatchOverview]) -> None:
        today = date.today()
        self.matches = sorted(matches, key=lambda m: (
            m.due is None, m.due[1] if m.due else date.max, m.family_name))
        self.list.clear()
        for match in self.matches:
            item = QListWidgetItem(self._line(match, today))
            item.setData(FAMILY_ROLE, match.family_id)
            if match.due is not None and match.due[1] < today:
                item.setForeground(QBrush(OVERDUE))
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
