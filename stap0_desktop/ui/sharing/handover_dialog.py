"""Overdragen…: hand a family's file over to another professional — chosen from the CJG's
directory (searchable offline) — with exactly the parts chosen, the parents' consent for
this transfer and their own reaction. The right half previews exactly what travels; notes
go only when ticked one by one."""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import ValidationError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.consent import BasisKind, ConsentCapacity, ConsentMethod, SharingBasis
from stap0_desktop.domain.consent_text import (
    HANDOVER_TEXT_VERSION,
    ConsentText,
    handover_consent_text,
)
from stap0_desktop.domain.handover import (
    PURPOSE_HANDOVER,
    DirectoryEntry,
    FileParts,
    HandoverChoice,
    HandoverPackage,
    receiver_name,
)
from stap0_desktop.i18n.messages import describe
from stap0_desktop.ui.common.qt_dates import date_field, pydate
from stap0_desktop.ui.common.tab_order import FieldsFirstDialog
from stap0_desktop.ui.documents.handover_html import package_html
from stap0_desktop.ui.sharing.consent_dialog import member_label
from stap0_desktop.ui.shell.session import QtSession

ID_ROLE = Qt.ItemDataRole.UserRole
CONSENT_DAYS = 30


class HandoverDialog(FieldsFirstDialog):
    def __init__(self, session: QtSession, family_id: int, parts: FileParts,
                 directory: list[DirectoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Hand over — {family}").format(family=parts.family.name))
        self._session, self._family_id, self._parts = session, family_id, parts
        self._directory = directory
        self.sent: HandoverPackage | None = None
        self.recorded = False       # the consent only, for the caseload later
        self.find_receiver = QLineEdit()
        self.find_receiver.setPlaceholderText(self.tr("name, organisation or role"))
        self.find_receiver.setAccessibleName(self.tr("Find the receiving professional"))
        self.find_receiver.textChanged.connect(self._filter)
        self.receiver_list = QListWidget()
        self.receiver_list.setAccessibleName(self.tr("Receiving professional"))
        self.receiver_list.currentItemChanged.connect(lambda *_: self._changed())
        self.receiver_list.setWordWrap(True)
        self.receiver_list.setMaximumHeight(5 * self.fontMetrics().lineSpacing() + 12)
        self.members = [self._box(member_label(m), True, m.id) for m in parts.members]
        self.checklist = self._box(self.tr("The latest checklist: its summary and your "
                                           "judgement"), parts.latest_run is not None)
        self.checklist.setEnabled(parts.latest_run is not None)
        self.plan = self._box(self.tr("The plan: referrals and who coordinates"), True)
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notes (only those ticked go)"))
        for note in parts.notes:
            first = (note.body.strip().splitlines() or [""])[0][:80]
            item = QListWidgetItem(first)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)      # never all notes by default
            item.setData(ID_ROLE, note.id)
            self.notes.addItem(item)
        self.notes.itemChanged.connect(lambda _i: self._changed())
        for listing in (self.receiver_list, self.notes):
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.given_by = QLineEdit()
        self.given_by.setAccessibleName(self.tr("Consent given by"))
        self.given_by.textChanged.connect(lambda _t: self._changed())
        self.capacity = QComboBox()
        for capacity, label in ((ConsentCapacity.PARENT, self.tr("parent with authority")),
                                (ConsentCapacity.GUARDIAN, self.tr("guardian")),
                                (ConsentCapacity.SELF, self.tr("the client themself"))):
            self.capacity.addItem(label, capacity)
        self.method = QComboBox()
        for method, label in ((ConsentMethod.SPOKEN, self.tr("spoken")),
                              (ConsentMethod.SIGNED, self.tr("signed"))):
            self.method.addItem(label, method)
        self.valid_until = date_field(date.today() + timedelta(days=CONSENT_DAYS),
                                      earliest=date.today(),
                                      latest=date.today() + timedelta(days=365))
        self.consent_text = QTextBrowser()
        self.consent_text.setAccessibleName(self.tr("The text the parents read"))
        self.consent_text.setMinimumHeight(90)
        self.reaction = QPlainTextEdit()
        self.reaction.setAccessibleName(self.tr("The parents' own reaction"))
        self.reaction.setPlaceholderText(self.tr("In their own words (goes along unchanged)"))
        self.reaction.setMaximumHeight(80)
        self.reaction.textChanged.connect(self._changed)
        self.preview = QTextBrowser()
        self.preview.setObjectName("handoverPreview")
        self.preview.setAccessibleName(self.tr("Exactly what travels"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1c00")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("Hand over"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.consent_only = self.buttons.addButton(
            self.tr("Record the consent only"), QDialogButtonBox.ButtonRole.ActionRole)
        self.consent_only.setToolTip(self.tr("For handing over the whole caseload later "
                                             "(File ▸ Hand over the caseload…)"))
        self.consent_only.clicked.connect(lambda: self.hand_over(consent_only=True))
        self.buttons.accepted.connect(self.hand_over)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh_preview)
        self._filter("")
        self._changed()

    def _box(self, text: str, checked: bool, member_id: int | None = None) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(checked)
        box.setProperty("member_id", member_id)
        box.toggled.connect(lambda _on: self._changed())
        return box

    def _layout(self) -> None:
        what = QVBoxLayout()
        for box in (*self.members, self.checklist, self.plan):
            what.addWidget(box)
        what.addWidget(QLabel(self.tr("Notes — only those you tick go:")))
        what.addWidget(self.notes)
        what_box = QGroupBox(self.tr("What goes"))
        what_box.setLayout(what)
        consent = QFormLayout()
        consent.addRow(self.tr("Given by"), self.given_by)
        consent.addRow(self.tr("As"), self.capacity)
        consent.addRow(self.tr("How"), self.method)
        consent.addRow(self.tr("Valid until"), self.valid_until)
        consent.addRow(self.consent_text)
        consent_box = QGroupBox(self.tr("The parents' consent for this handover"))
        consent_box.setLayout(consent)
        form = QVBoxLayout()
        form.addWidget(QLabel(self.tr("To:")))
        form.addWidget(self.find_receiver)
        form.addWidget(self.receiver_list)
        form.addWidget(what_box)
        form.addWidget(consent_box)
        form.addWidget(QLabel(self.tr("The parents' own reaction:")))
        form.addWidget(self.reaction)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # the keyboard starts in "To:"
        # The form never narrower than its widest line (a check box does not wrap): the
        # preview on the right gives way instead.
        scroll.setMinimumWidth(inner.minimumSizeHint().width() + 2 * scroll.frameWidth()
                               + scroll.verticalScrollBar().sizeHint().width())
        columns = QHBoxLayout()
        columns.addWidget(scroll, 1)
        right = QVBoxLayout()
        heading = QLabel(self.tr("<b>Exactly what travels</b> (sealed to the "
                                 "receiver's laptop; the CJG cannot read it)"))
        heading.setWordWrap(True)
        right.addWidget(heading)
        right.addWidget(self.preview, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # -- what is chosen ------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        words = text.strip().lower()
        chosen = self.receiver()
        self.receiver_list.clear()
        for entry in self._directory:
            who = entry.professional
            line = ", ".join(p for p in (who.name, who.role, who.organisation) if p)
            if words and words not in line.lower():
                continue
            item = QListWidgetItem(line)
            item.setData(ID_ROLE, entry.device_id)
            self.receiver_list.addItem(item)
            if chosen is not None and entry.device_id == chosen.device_id:
                self.receiver_list.setCurrentItem(item)
        if not self._directory:
            self.message.setText(self.tr("The CJG's directory is empty here: synchronise "
                                         "once with a connection, then try again."))

    def receiver(self) -> DirectoryEntry | None:
        item = self.receiver_list.currentItem()
        wanted = item.data(ID_ROLE) if item is not None else None
        return next((e for e in self._directory if e.device_id == wanted), None)

    def choice(self) -> HandoverChoice:
        notes = {int(self.notes.item(i).data(ID_ROLE)) for i in range(self.notes.count())
                 if self.notes.item(i).checkState() == Qt.CheckState.Checked}
        return HandoverChoice(
            member_ids=frozenset(int(b.property("member_id")) for b in self.members
                                 if b.isChecked()),
            checklist=self.checklist.isChecked(), plan=self.plan.isChecked(),
            note_ids=frozenset(notes), reaction=self.reaction.toPlainText())

    def consent(self) -> SharingBasis:
        """The consent record this dialog would store (ValidationError when incomplete)."""
        receiver = self.receiver()
        choice = self.choice()
        text = self._text(receiver)
        return SharingBasis(
            family_id=self._family_id, kind=BasisKind.CONSENT,
            member_ids=sorted(choice.member_ids), purpose=PURPOSE_HANDOVER,
            recipient=receiver_name(receiver) if receiver else "?",
            given_by=self.given_by.text().strip(), capacity=self.capacity.currentData(),
            method=self.method.currentData(), text_version=HANDOVER_TEXT_VERSION,
            text_sha256=text.sha256, text_shown=text.text,
            recorded_by=self._session.owner_name, valid_until=pydate(self.valid_until.date()))

    def _text(self, receiver: DirectoryEntry | None) -> ConsentText:
        choice = self.choice()
        what = [self.tr("the members chosen, with names, dates of birth and BSNs")]
        if choice.checklist and self.checklist.isEnabled():
            what.append(self.tr("the latest checklist's summary and judgement"))
        if choice.plan:
            what.append(self.tr("the plan (referrals, who coordinates)"))
        if choice.note_ids:
            what.append(self.tr("%n note(s) chosen one by one", "", len(choice.note_ids)))
        people = [member_label(m) for m in self._parts.members if m.id in choice.member_ids]
        return handover_consent_text(
            self._session.language, recipient=receiver_name(receiver) if receiver
            else self.tr("(choose the receiver)"), professional=self._session.owner_name,
            organisation=self._session.owner.organisation, people=people,
            what="; ".join(what), valid_until=pydate(self.valid_until.date()))

    def _changed(self) -> None:
        self.consent_text.setPlainText(self._text(self.receiver()).text)
        self._timer.start()

    def refresh_preview(self) -> None:
        try:
            consent = self.consent()
        except ValidationError:
            consent = None
        receiver = self.receiver()
        if consent is None or receiver is None:
            self.preview.setHtml("<p>" + self.tr("Choose the receiver, the members and who "
                                                 "gave consent: the preview follows.") + "</p>")
            return
        handover, choice = self._session.handover, self.choice()
        family_id, language = self._family_id, self._session.language
        self._session.bridge.run(
            lambda: handover.preview(family_id, choice, consent, language),
            lambda package: self.preview.setHtml(
                package_html(package, receiver.professional.summary())),
            lambda error: self.preview.setHtml(f"<p>{describe(error)}</p>"))

    # -- sending -------------------------------------------------------------------------
    def hand_over(self, consent_only: bool = False) -> None:
        """Record the consent and queue what was previewed (or the consent only)."""
        receiver = self.receiver()
        if receiver is None:
            self._problem(self.tr("Choose the professional who takes the file over."),
                          self.find_receiver)
            return
        if not self.choice().member_ids:
            self._problem(self.tr("Choose at least one member."))
            return
        try:
            consent = self.consent()
        except ValidationError:
            self._problem(self.tr("Record who gave consent for this handover (and as what, "
                                  "and how)."), self.given_by)
            return
        handover, choice = self._session.handover, self.choice()
        family_id, language = self._family_id, self._session.language

        def done(package: HandoverPackage) -> None:
            self.sent = package
            self.accept()

        def failed(error: BaseException) -> None:
            self.send_button.setEnabled(True)
            self._problem(describe(error))

        self.send_button.setEnabled(False)
        if consent_only:
            self.recorded = True
            self._session.bridge.run(lambda: handover.record_consent(consent),
                                     lambda _basis: self.accept(), failed)
            return
        self._session.bridge.run(
            lambda: handover.hand_over(family_id, choice, consent, receiver, language), done,
            failed)

    def _problem(self, text: str, field: QWidget | None = None) -> None:
        self.message.setText(text)
        if field is not None:
            field.setFocus()


__all__ = ["HandoverDialog"]
