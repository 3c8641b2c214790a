"""Composing a signal: whom it concerns, the domains of the worry, until when — and, before
it goes, a preview of exactly the fields that will leave the laptop, as the CJG sees them.

Confirming puts that same payload in the outbox, in the transaction that checks the basis.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.assessment import ChecklistRun, domains_at_risk
from stap0_desktop.domain.consent import BasisKind, SharingBasis
from stap0_desktop.domain.models import Member
from stap0_desktop.domain.signal_draft import MAX_DAYS, member_id_of, unmatchable
from stap0_desktop.domain.signal_payload import SignalPayload
from stap0_desktop.i18n.messages import describe
from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.common.form_dialog import save_then_accept
from stap0_desktop.ui.common.qt_dates import date_field, pydate, shown_date
from stap0_desktop.ui.common.tab_order import FieldsFirstDialog, follow_layout
from stap0_desktop.ui.sharing.consent_dialog import member_label
from stap0_desktop.ui.sharing.signal_preview import preview_html
from stap0_desktop.ui.shell.session import QtSession


class SignalDialog(FieldsFirstDialog):
    def __init__(self, session: QtSession, run: ChecklistRun, bases: list[SharingBasis],
                 members: list[Member], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signalDialog")
        self.setWindowTitle(self.tr("Signal to the CJG"))
        self._session = session
        self._run = run
        self._members = {m.id: m for m in members if m.id is not None}
        self._bases = [b for b in bases if b.valid_on(date.today()) and b.id is not None]
        self.payload: SignalPayload | None = None
        self.queued: str | None = None
        language = session.language
        self._titles = {d.code: d.title.get(language) for d in run.definition.domains}

        self.basis = QComboBox()
        self.basis.setAccessibleName(self.tr("Consent or legal basis"))
        for basis in self._bases:
            self.basis.addItem(describe_basis(basis), basis.id)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self.members_box = QGroupBox(self.tr("Concerns"))
        self.members_layout = QVBoxLayout(self.members_box)
        self.member_boxes: list[tuple[QCheckBox, int]] = []
        domains_box = QGroupBox(self.tr("Domains of the worry"))
        domains_layout = QGridLayout(domains_box)
        at_risk = set(domains_at_risk(run))
        self.domain_boxes: list[tuple[QCheckBox, str]] = []
        for index, domain in enumerate(run.definition.domains):
            box = QCheckBox(domain.title.get(language))
            box.setChecked(domain.code in at_risk)
            box.toggled.connect(self._schedule_preview)
            self.domain_boxes.append((box, domain.code))
            domains_layout.addWidget(box, index // 2, index % 2)
        today = date.today()
        self.ends_on = date_field(today + timedelta(days=365), today + timedelta(days=1),
                                  today + timedelta(days=MAX_DAYS))
        self.ends_on.dateChanged.connect(self._schedule_preview)
        form = QFormLayout()
        form.addRow(self.tr("Basis"), self.basis)
        form.addRow(self.tr("Ends on"), self.ends_on)
        # No contact fields: at a match the CJG shows the name, organisation and work
        # contact given when this laptop was enrolled, never what a laptop says of itself.

        self.preview = QTextBrowser()
        self.preview.setObjectName("signalPreview")
        self.preview.setAccessibleName(self.tr("What the CJG will see"))
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("signalWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fff6d5; padding: 6px;")
        self.warning.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = QPushButton(self.tr("Put in the outbox"))
        self.send_button.setDefault(True)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.members_box)
        left.addWidget(domains_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>What the CJG will see</b>")))
        right.addWidget(self.preview, 1)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.warning, 1, 0, 1, 2)
        grid.addWidget(self.message, 2, 0, 1, 2)
        grid.addWidget(self.buttons, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_preview)
        self._basis_changed()

    def _current_basis(self) -> SharingBasis | None:
        index = self.basis.currentIndex()
        return self._bases[index] if 0 <= index < len(self._bases) else None

    def _basis_changed(self) -> None:
        for box, _ in self.member_boxes:
            self.members_layout.removeWidget(box)
            box.deleteLater()
        self.member_boxes = []
        basis = self._current_basis()
        for member_id in basis.member_ids if basis else []:
            member = self._members.get(member_id)
            if member is None:
                continue
            box = QCheckBox(member_label(member))
            box.setChecked(True)
            box.toggled.connect(self._schedule_preview)
            self.member_boxes.append((box, member_id))
            self.members_layout.addWidget(box)
        follow_layout(self)  # the new boxes come after the basis, before the domains
        self.refresh_preview()

    def _schedule_preview(self) -> None:
        self.send_button.setEnabled(False)
        self._timer.start()

    def refresh_preview(self) -> None:
        self.payload = None
        self.send_button.setEnabled(False)
        basis = self._current_basis()
        if basis is None or basis.id is None:
            self.message.setText(self.tr("There is no valid consent or legal basis: record "
                                         "one first."))
            self.preview.clear()
            return
        run_id, basis_id = self._run.id or 0, basis.id
        member_ids = [member_id for box, member_id in self.member_boxes if box.isChecked()]
        domains = [code for box, code in self.domain_boxes if box.isChecked()]
        days = (pydate(self.ends_on.date()) - date.today()).days
        signals = self._session.signals
        self._session.bridge.run(
            lambda: signals.compose(run_id, basis_id, member_ids=member_ids,
                                    domains=domains, days=days),
            self._show_preview, self._preview_failed)

    def _show_preview(self, payload: SignalPayload) -> None:
        self.payload = payload
        self.message.setText("")
        self.preview.setHtml(preview_html(payload, self._titles))
        self.send_button.setEnabled(True)
        self.warning.setText(" ".join(self._warnings(payload)))
        self.warning.setVisible(bool(self.warning.text()))

    def _warnings(self, payload: SignalPayload) -> list[str]:
        """What the professional should know before this goes in the outbox (it may)."""
        found = []
        status = self._session.sync.status
        if status is None or not status.connected:
            found.append(self.tr(
                "This laptop is not connected to a CJG yet: the signal waits in the outbox "
                "until you connect it in Settings (Ctrl+,)."))
        lost = [self._members[member_id_of(ref)] for ref in unmatchable(payload)
                if member_id_of(ref) in self._members]
        if lost:
            names = ", ".join(m.display_name or self.tr("the unborn child") for m in lost)
            found.append(self.tr(
                "The CJG cannot match %n person(s) without a BSN or a parent with one in "
                "this signal: {names}. Add the BSN if the parents gave it.", "",
                len(lost)).format(names=names))
        return found

    def _preview_failed(self, error: BaseException) -> None:
        self.preview.clear()
        self.message.setText(describe(error))

    def confirm(self) -> None:
        basis = self._current_basis()
        payload = self.payload
        if basis is None or basis.id is None or payload is None:
            return
        basis_id, signals = basis.id, self._session.signals
        save_then_accept(self, self._session.bridge, lambda: signals.queue(basis_id, payload),
                         self.message, lambda envelope_id: setattr(self, "queued", envelope_id))


def describe_basis(basis: SharingBasis) -> str:
    """One line for a consent or legal-basis record."""
    until = shown_date(basis.valid_until)
    if basis.kind is BasisKind.CONSENT:
        text = translate("Signals", "Consent of {name}, until {date}").format(
            name=basis.given_by, date=until)
    else:
        text = translate("Signals", "Legal basis ({basis}), until {date}").format(
            basis=basis.legal_basis.value if basis.legal_basis else "?", date=until)
    if basis.withdrawn_at is not None:
        text += " — " + translate("Signals", "withdrawn {date}").format(
            date=shown_date(basis.withdrawn_at.astimezone().date()))
    return text
