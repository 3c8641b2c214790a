"""The family's plan: referrals to offers on the sociale kaart, and "who can help?"."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from stap0_desktop.domain.assessment import ChecklistRun, Level
from stap0_desktop.services.kaart import Referral
from stap0_desktop.services.operations import ChangeSet
from stap0_desktop.ui.checklist.trend_dialog import level_label
from stap0_desktop.ui.common.hinted_list import HintedList
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.common.refresh_when_shown import RefreshWhenShown
from stap0_desktop.ui.common.wrapped_label import WrappedLabel
from stap0_desktop.ui.documents.html_parts import esc
from stap0_desktop.ui.shell.session import QtSession


class ReferralsPanel(QWidget):
    error = Signal(object)

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralsPanel")
        self._session = session
        self._family_id: int | None = None
        self.referrals: list[Referral] = []
        self.list = HintedList(self.tr(
            "No referrals on the plan yet. Who can help? finds them on the sociale kaart."))
        self.list.setObjectName("familyReferrals")
        self.list.setAccessibleName(self.tr("Referrals on the family's plan"))
        self.list.setWordWrap(True)
        # Who coordinates, once agreed after a match (1 gezin, 1 plan, 1 regisseur).
        self.regie = WrappedLabel(hidden_when_empty=True)
        self.regie.setObjectName("planRegisseur")
        # A file handed over: what came with it (the sender's judgement, the plan, the
        # parents' reaction), as it came.
        self.handed_over = WrappedLabel(hidden_when_empty=True)
        self.handed_over.setObjectName("planHandedOver")
        helpers = QPushButton(self.tr("Who can help?…"))
        helpers.setAccessibleName(self.tr("Offers on the sociale kaart for this family"))
        helpers.clicked.connect(lambda: self.who_can_help())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.regie)
        layout.addWidget(self.handed_over)
        layout.addWidget(self.list, 1)
        layout.addWidget(helpers)
        self._later = RefreshWhenShown(self, self._read_again)
        session.bridge.changed.connect(self._on_changed)

    def _read_again(self) -> None:
        if self._family_id is not None:
            self.show_family(self._family_id)

    def show_family(self, family_id: int) -> None:
        self._family_id = family_id
        self._later.done()
        kaart = self._session.kaart
        self._session.bridge.run(lambda: kaart.referrals(family_id),
                                 lambda rows: self._fill(family_id, rows), self.error.emit)

    def show_loaded(self, family_id: int, referrals: list[Referral]) -> None:
        """What the family's file brought (read with it, not again)."""
        self._family_id = family_id
        self._later.done()
        self._fill(family_id, referrals)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._family_id is not None and changes.kaart and self._family_id in changes.families:
            self._later.request()

    def _fill(self, family_id: int, referrals: list[Referral]) -> None:
        if family_id != self._family_id:
            return
        self.referrals = referrals
        self.list.clear()
        if not referrals:
            self.list.addItem(self.tr("No referrals yet. Who can help? finds the offers that "
                                      "fit this family."))
        for referral in reversed(referrals):
            entry = referral.entry
            contact = entry.phone or entry.email
            made = shown_date(datetime.fromisoformat(referral.created_at).astimezone().date())
            self.list.addItem(f"{made}  {entry.offer} — "
                              f"{entry.organisation}" + (f" ({contact})" if contact else ""))

    def show_regie(self, lines: list[str]) -> None:
        """The agreed regisseurs of the family's matches (the sharing tab read them)."""
        self.regie.setText("<br>".join(f"<b>{esc(line)}</b>" for line in lines))

    def show_provenance(self, provenance: dict[str, object] | None) -> None:
        if not provenance:
            self.handed_over.setText("")
            return
        lines = [self.tr("Handed over by {sender} on {date}.").format(
            sender=provenance.get("from", "?"),
            date=shown_date(date.fromisoformat(str(provenance.get("sent_on")))))]
        checklist = provenance.get("checklist")
        if isinstance(checklist, dict):
            level = checklist.get("judgement")
            lines.append(self.tr("Their judgement: {level} — {reason}").format(
                level=level_label(Level(level)) if level else "—",
                reason=checklist.get("reason", "")))
        for referral in provenance.get("referrals") or []:  # type: ignore[attr-defined]
            lines.append(self.tr("Referred: {offer} — {organisation}").format(
                offer=referral.get("offer", ""), organisation=referral.get("organisation", "")))
        if provenance.get("reaction"):
            lines.append(self.tr("The parents' reaction: “{reaction}”").format(
                reaction=provenance["reaction"]))
        self.handed_over.setText("<br>".join(esc(line) for line in lines))

    def who_can_help(self, run: ChecklistRun | None = None) -> None:
        family_id = self._family_id
        if family_id is None:
            return
        if run is not None:
            self._session.windows.who_can_help(family_id, run)
            return
        checklists = self._session.checklists

        def latest(runs: list[ChecklistRun]) -> None:
            self._session.windows.who_can_help(family_id, runs[-1] if runs else None)

        self._session.bridge.run(lambda: checklists.runs(family_id), latest, self.error.emit)
