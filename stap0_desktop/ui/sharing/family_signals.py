"""A family's consent records, its signals with their states, and the CJG's match notices
(the other professionals' contact details) — with recording, signalling and withdrawing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.assessment import ChecklistRun, Level
from stap0_desktop.domain.consent import PURPOSE, SharingBasis
from stap0_desktop.domain.models import Member
from stap0_desktop.domain.notices import Notice
from stap0_desktop.domain.outbox import OutboxRow, SignalState
from stap0_desktop.i18n.messages import describe, describe_envelope_refusal
from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.coordination import CoordinationService
from stap0_desktop.services.files import VaultError
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.services.signals import FamilySharing
from stap0_desktop.ui.common.hinted_list import HintedList
from stap0_desktop.ui.common.icons import action_icon
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.common.refresh_when_shown import RefreshWhenShown
from stap0_desktop.ui.documents.consent_print import consent_printout_html
from stap0_desktop.ui.documents.reports import ask_pdf_path, write_pdf
from stap0_desktop.ui.sharing.consent_dialog import ConsentDialog
from stap0_desktop.ui.sharing.match_banner import BannerScroll, MatchBanner
from stap0_desktop.ui.sharing.regie_dialogs import ContactDialog, RegisseurDialog
from stap0_desktop.ui.sharing.regie_texts import agreed_line
from stap0_desktop.ui.sharing.signal_dialog import SignalDialog, describe_basis
from stap0_desktop.ui.sharing.signal_preview import state_label
from stap0_desktop.ui.shell.session import QtSession

ID_ROLE = Qt.ItemDataRole.UserRole


def recipient_for(session: QtSession) -> str:
    status = session.sync.status
    if status is not None and status.municipality:
        return translate("Signals", "the CJG of {municipality}").format(
            municipality=status.municipality)
    return translate("Signals", "the CJG")


class SignalsPanel(QWidget):
    error = Signal(object)
    regie_changed = Signal(list)     # the agreed regisseurs, in words (for the Plan tab)

    def __init__(self, session: QtSession, members: Callable[[], list[Member]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signalsPanel")
        self._session = session
        self._members = members
        self._family_id: int | None = None
        self.sharing: FamilySharing | None = None
        self._marked: tuple[int, frozenset[str]] | None = None  # the matches marked seen
        self.opened: SignalDialog | None = None   # the signal being composed
        self.opened_regie: RegisseurDialog | None = None
        self.bases = HintedList(self.tr(
            "No consent recorded yet. Consent… records what the parents agree to share."))
        self.bases.setObjectName("sharingBases")
        self.bases.setAccessibleName(self.tr("Consent and legal bases"))
        self.bases.setWordWrap(True)
        self.signals = HintedList(self.tr(
            "No signals to the CJG. Signal to the CJG… sends one, with the parents' "
            "consent."))
        self.signals.setObjectName("familySignals")
        self.signals.setAccessibleName(self.tr("Signals to the CJG"))
        self.signals.setWordWrap(True)
        # Two rows each at the least (they grow with the room there is): with a match
        # banner above, the file must still fit 1280×720 (1920×1080 at 150 %).
        for listing in (self.bases, self.signals):
            listing.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 12)
        self.notices = MatchBanner()
        # At the top of the family's file, whichever tab is shown: always in its layout.
        self.notices_host = QWidget()
        host = QVBoxLayout(self.notices_host)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(BannerScroll(self.notices))
        self.notices.contact_requested.connect(self.record_contact)
        self.notices.propose_requested.connect(self.propose_regisseur)
        self.notices.accept_requested.connect(self.accept_proposal)
        self.consent_button = QPushButton(self.tr("Consent…"))
        self.consent_button.setAccessibleName(self.tr("Record consent or a legal basis"))
        self.consent_button.clicked.connect(lambda: self.record_consent())
        self.signal_button = QPushButton(action_icon("signals"), self.tr("Signal to the CJG…"))
        self.signal_button.clicked.connect(lambda: self.start_signal())
        self.withdraw_button = QPushButton(self.tr("Withdraw consent"))
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.print_button = QPushButton(self.tr("Printout…"))
        self.print_button.setAccessibleName(self.tr("Printout for the parents"))
        self.print_button.clicked.connect(lambda: self.print_consent())
        self.end_button = QPushButton(self.tr("End signal"))
        self.end_button.clicked.connect(self.end_signal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bases, 1)
        row = QHBoxLayout()
        for button in (self.consent_button, self.withdraw_button, self.print_button):
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(self.signals, 1)
        row = QHBoxLayout()
        row.addWidget(self.signal_button, 1)
        row.addWidget(self.end_button)
        layout.addLayout(row)
        self._later = RefreshWhenShown(self, self._read_again)
        session.bridge.changed.connect(self._on_changed)

    # -- data ------------------------------------------------------------------------
    def _read_again(self) -> None:
        if self._family_id is not None:
            self.show_family(self._family_id)

    def show_family(self, family_id: int) -> None:
        self._family_id = family_id
        self._later.done()
        signals = self._session.signals
        self._session.bridge.run(lambda: signals.for_family(family_id),
                                 lambda sharing: self._fill(family_id, sharing), self.error.emit)

    def show_loaded(self, family_id: int, sharing: FamilySharing) -> None:
        """What the family's file brought (read with it, not again)."""
        self._family_id = family_id
        self._later.done()
        self._fill(family_id, sharing)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._family_id in changes.families_gone:
            self._family_id = None  # erased: nothing of it to show any more
        elif self._family_id is not None and changes.matches \
                and (not changes.families or self._family_id in changes.families) \
                and self.notices_host.isVisible():
            self._read_again()      # the matches sit at the top of the file, on every tab
        elif self._family_id is not None and changes.outbox:
            self._later.request()

    def _fill(self, family_id: int, sharing: FamilySharing) -> None:
        if family_id != self._family_id:
            return
        self.sharing = sharing
        self.bases.clear()
        for basis in reversed(sharing.bases):
            item = QListWidgetItem(describe_basis(basis))
            item.setData(ID_ROLE, basis.id)
            self.bases.addItem(item)
        self.signals.clear()
        for row in sharing.signals:
            text = self.tr("{date} — {state} — until {ends}").format(
                date=shown_date(row.payload.signalled_on),
                state=state_label(row.state), ends=shown_date(row.ends_on))
            if row.state is SignalState.REFUSED and row.error:
                text += " — " + self.tr("reason: {reason}").format(
                    reason=describe_envelope_refusal(row.error))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            self.signals.addItem(item)
        organisation = self._session.owner.organisation
        self.notices.show_matches(sharing, organisation)
        self.regie_changed.emit([line for notice in sharing.notices if not notice.ended
                                 if (line := agreed_line(sharing.regie(notice, organisation)))])
        self.mark_seen_if_shown()
        self.withdraw_button.setEnabled(any(b.withdrawn_at is None for b in sharing.bases))
        self.print_button.setEnabled(bool(sharing.bases))
        self.end_button.setEnabled(any(r.state in (SignalState.WAITING, SignalState.SENDING,
                                                   SignalState.RECEIVED)
                                       for r in sharing.signals))

    def mark_seen_if_shown(self) -> None:
        """Matches on screen now are seen: their mark in the list and status bar goes."""
        family_id, sharing = self._family_id, self.sharing
        if family_id is None or sharing is None or not sharing.notices \
                or not self.notices.isVisible():
            return
        shown = (family_id, frozenset(n.match_id for n in sharing.notices))
        if shown == self._marked:
            return  # marked already: no write transaction on every reload of the file
        self._marked = shown
        signals = self._session.signals
        self._session.bridge.run(lambda: signals.mark_matches_seen(family_id), None,
                                 self.error.emit)

    def _selected_basis(self) -> SharingBasis | None:
        if self.sharing is None:
            return None
        item = self.bases.currentItem()
        wanted = item.data(ID_ROLE) if item is not None else None
        valid = [b for b in self.sharing.bases if b.withdrawn_at is None]
        chosen = [b for b in self.sharing.bases if b.id == wanted]
        return chosen[0] if chosen else (valid[-1] if valid else None)

    # -- actions ---------------------------------------------------------------------
    def record_consent(self) -> ConsentDialog | None:
        if self._family_id is None:
            return None
        dialog = ConsentDialog(self._session, self._family_id, self._members(),
                               recipient_for(self._session), self.window())
        dialog.setModal(True)
        dialog.show()
        return dialog

    def start_signal(self, run: ChecklistRun | None = None) -> None:
        """A signal from the latest checklist judged raised or high (consent first)."""
        family_id = self._family_id
        if family_id is None:
            return
        checklists = self._session.checklists
        self._session.bridge.run(lambda: checklists.runs(family_id),
                                 lambda runs: self._signal_from(run, runs), self.error.emit)

    def _signal_from(self, run: ChecklistRun | None, runs: list[ChecklistRun]) -> None:
        judged = [r for r in runs if r.judgement and r.judgement.level is not Level.LOW]
        chosen = run or (judged[-1] if judged else None)
        if chosen is None:
            self.error.emit(self.tr("A signal starts from a checklist with your judgement "
                                    "'raised' or 'high'. Fill one in first."))
            return
        bases = [b for b in (self.sharing.bases if self.sharing else [])
                 if b.valid_on(date.today()) and b.purpose == PURPOSE]
        if not bases:
            consent = self.record_consent()
            if consent is None:
                return
            consent.accepted.connect(lambda: self._open_signal(
                chosen, [consent.saved] if consent.saved else []))
            return
        self._open_signal(chosen, bases)

    def _open_signal(self, run: ChecklistRun, bases: list[SharingBasis]) -> SignalDialog:
        dialog = SignalDialog(self._session, run, bases, self._members(), self.window())
        dialog.resize(900, 560)
        dialog.setModal(True)
        dialog.show()
        self.opened = dialog
        return dialog

    def withdraw_consent(self) -> None:
        basis = self._selected_basis()
        if basis is None or basis.id is None or basis.withdrawn_at is not None:
            return
        answer = QMessageBox.question(self, self.tr("Withdraw consent"), self.tr(
            "Withdraw this consent? Signals not sent yet are deleted; signals the CJG "
            "received are withdrawn there as soon as there is a connection."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        basis_id, by, signals = basis.id, basis.given_by or basis.recorded_by, self._session.signals
        self._session.bridge.run(lambda: signals.withdraw(basis_id, by), None, self.error.emit)

    def end_signal(self) -> None:
        item = self.signals.currentItem()
        if item is None:
            return
        envelope_id, signals = str(item.data(ID_ROLE)), self._session.signals
        self._session.bridge.run(lambda: signals.withdraw_signal(envelope_id), None,
                                 self.error.emit)

    # -- after a match -------------------------------------------------------------------
    def record_contact(self, notice: Notice) -> ContactDialog:
        dialog = ContactDialog(notice, self.window())
        dialog.accepted.connect(lambda: self._queue_step(lambda c: c.record_contact(
            notice.envelope_id, notice.match_id, dialog.chosen or date.today())))
        dialog.setModal(True)
        dialog.show()
        return dialog

    def propose_regisseur(self, notice: Notice) -> None:
        """Who coordinates: the kaart's organisations are read first (off the UI thread)."""
        kaart = self._session.kaart
        self._session.bridge.run(kaart.organisations,
                                 lambda found: self._open_proposal(notice, found),
                                 self.error.emit)

    def _open_proposal(self, notice: Notice, organisations: list[tuple[str, str]]) -> None:
        dialog = RegisseurDialog(notice, self._session.owner.organisation, organisations,
                                 self.window())

        def propose() -> None:
            if dialog.chosen is not None:
                regisseur, until = dialog.chosen
                self._queue_step(lambda c: c.propose(notice.envelope_id, notice.match_id,
                                                     regisseur, until, date.today()))

        dialog.accepted.connect(propose)
        dialog.setModal(True)
        dialog.show()
        self.opened_regie = dialog

    def accept_proposal(self, notice: Notice, proposal_id: str) -> None:
        self._queue_step(lambda c: c.accept(notice.envelope_id, notice.match_id, proposal_id,
                                            date.today()))

    def _queue_step(self, step: Callable[[CoordinationService], OpResult[str]]) -> None:
        """A step goes into the outbox; the background sync sends it as soon as it can
        (what changed wakes it)."""
        coordination = self._session.coordination
        self._session.bridge.run(lambda: step(coordination), None, self.error.emit)

    def print_consent(self, path: Path | None = None) -> None:
        """The printout for the parents, as PDF (after the warning); the export is logged."""
        basis = self._selected_basis()
        if basis is None or basis.id is None:
            return
        target = path or ask_pdf_path(self, "toestemming-cjg.pdf")
        if target is None:
            return
        basis_id, signals = basis.id, self._session.signals
        titles = self._session.domain_titles()
        data_folder = self._session.data_folder

        def write(found: tuple[SharingBasis, list[OutboxRow]]) -> None:
            try:
                write_pdf(consent_printout_html(found[0], found[1], titles), target,
                          self.tr("Consent"), data_folder=data_folder)
            except VaultError as exc:
                self.error.emit(self.tr("The PDF could not be written: {reason}").format(
                    reason=describe(exc)))

        self._session.bridge.run(lambda: signals.printout(basis_id), write, self.error.emit)

