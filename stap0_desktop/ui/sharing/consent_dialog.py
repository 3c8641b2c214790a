"""Recording consent (AVG art. 7 and 9) — or, instead, another legal basis with a reason.

The parents read the text on screen (it follows what is chosen: whose data, until when);
exactly that text, its version and its hash are stored with the record.
"""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.consent import (
    BasisKind,
    ConsentCapacity,
    ConsentMethod,
    LegalBasis,
    SharingBasis,
)
from stap0_desktop.domain.consent_text import ConsentText, consent_text
from stap0_desktop.domain.models import Member, MemberRole
from stap0_desktop.i18n.messages import describe
from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.common.form_dialog import INVALID_STYLE, save_then_accept
from stap0_desktop.ui.common.qt_dates import date_field, pydate, shown_date
from stap0_desktop.ui.common.tab_order import FieldsFirstDialog
from stap0_desktop.ui.shell.session import QtSession

MAX_VALID_DAYS = 2 * 365


def member_label(member: Member) -> str:
    """Name, role and year of birth (or the expected date), to tell members apart."""
    if member.role is MemberRole.UNBORN:
        expected = shown_date(member.expected_date) if member.expected_date else "?"
        return translate("ConsentDialog", "unborn child (expected {date})").format(date=expected)
    role = {MemberRole.PARENT: translate("ConsentDialog", "parent"),
            MemberRole.CHILD: translate("ConsentDialog", "child"),
            MemberRole.ADULT_CLIENT: translate("ConsentDialog", "adult client")}[member.role]
    born = f", {member.birth_date.year}" if member.birth_date else ""
    return f"{member.display_name} ({role}{born})"


class ConsentDialog(FieldsFirstDialog):
    def __init__(self, session: QtSession, family_id: int, members: list[Member],
                 recipient: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Consent to share the worry with the CJG"))
        self._session = session
        self._family_id = family_id
        self._members = [m for m in members if m.id is not None]
        self._recipient = recipient
        self.saved: SharingBasis | None = None
        self.kind_group = QButtonGroup(self)
        consent = QRadioButton(self.tr("The parents give consent"))
        other = QRadioButton(self.tr("Another legal basis (without consent)"))
        consent.setChecked(True)
        self.kind_group.addButton(consent, 0)
        self.kind_group.addButton(other, 1)
        self.kind_group.idToggled.connect(lambda _id, _on: self._kind_changed())
        kinds = QHBoxLayout()
        kinds.addWidget(consent)
        kinds.addWidget(other)
        kinds.addStretch(1)

        whose = QGroupBox(self.tr("Whose data"))
        whose_layout = QVBoxLayout(whose)
        self.member_boxes: list[tuple[QCheckBox, Member]] = []
        for member in self._members:
            box = QCheckBox(member_label(member))
            box.setChecked(True)
            box.toggled.connect(self._update_text)
            self.member_boxes.append((box, member))
            whose_layout.addWidget(box)

        today = date.today()
        self.valid_until = date_field(today + timedelta(days=365), today,
                                      today + timedelta(days=MAX_VALID_DAYS))
        self.valid_until.dateChanged.connect(self._update_text)

        self.consent_box = QGroupBox(self.tr("Consent"))
        self.given_by = QLineEdit(self._first_parent())
        self.given_by.setAccessibleName(self.tr("Consent given by"))
        self.given_by.textChanged.connect(lambda: self.given_by.setStyleSheet(""))
        self.capacity = QComboBox()
        capacities: tuple[tuple[str, ConsentCapacity], ...] = (
            (self.tr("parent with authority"), ConsentCapacity.PARENT),
            (self.tr("guardian"), ConsentCapacity.GUARDIAN),
            (self.tr("the client themself (16 or older)"), ConsentCapacity.SELF))
        for label, capacity in capacities:
            self.capacity.addItem(label, capacity)
        self.method = QComboBox()
        self.method.addItem(self.tr("spoken (recorded by me)"), ConsentMethod.SPOKEN)
        self.method.addItem(self.tr("signed"), ConsentMethod.SIGNED)
        self.text = QTextBrowser()
        self.text.setObjectName("consentText")
        self.text.setAccessibleName(self.tr("The text shown to the parents"))
        self.text.setMinimumHeight(220)
        consent_form = QFormLayout(self.consent_box)
        consent_form.addRow(self.tr("Given by"), self.given_by)
        consent_form.addRow(self.tr("As"), self.capacity)
        consent_form.addRow(self.tr("How"), self.method)
        consent_form.addRow(QLabel(self.tr("Let the parents read this text:")))
        consent_form.addRow(self.text)

        self.basis_box = QGroupBox(self.tr("Legal basis"))
        self.basis = QComboBox()
        bases: tuple[tuple[str, LegalBasis], ...] = (
            (self.tr("Statutory task (AVG art. 6(1)(e))"), LegalBasis.STATUTORY_TASK),
            (self.tr("Meldrecht (Wmo 2015 art. 5.2.6)"), LegalBasis.MELDRECHT),
            (self.tr("Vital interest (AVG art. 6(1)(d))"), LegalBasis.VITAL_INTEREST))
        for label, basis in bases:
            self.basis.addItem(label, basis)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Why this basis applies"))
        self.reason.setPlaceholderText(self.tr("Why does this basis apply, and why is there "
                                               "no consent?"))
        self.reason.setTabChangesFocus(True)
        self.reason.textChanged.connect(lambda: self.reason.setStyleSheet(""))
        basis_form = QFormLayout(self.basis_box)
        basis_form.addRow(self.tr("Basis"), self.basis)
        basis_form.addRow(self.tr("Reason"), self.reason)

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        recipient_line = QLabel(self.tr("Recipient: <b>{recipient}</b>").format(
            recipient=recipient.replace("<", "&lt;")))
        top = QFormLayout()
        top.addRow(self.tr("Valid until"), self.valid_until)
        layout = QVBoxLayout(self)
        layout.addLayout(kinds)
        layout.addWidget(recipient_line)
        layout.addWidget(whose)
        layout.addLayout(top)
        layout.addWidget(self.consent_box, 1)
        layout.addWidget(self.basis_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._kind_changed()
        self._update_text()

    def _first_parent(self) -> str:
        parent = next((m for m in self._members if m.role in (MemberRole.PARENT,
                                                              MemberRole.ADULT_CLIENT)), None)
        return parent.display_name if parent else ""

    @property
    def is_consent(self) -> bool:
        return self.kind_group.checkedId() == 0

    def _kind_changed(self) -> None:
        self.consent_box.setVisible(self.is_consent)
        self.basis_box.setVisible(not self.is_consent)

    def chosen_members(self) -> list[Member]:
        return [member for box, member in self.member_boxes if box.isChecked()]

    def shown_text(self) -> ConsentText:
        owner = self._session.owner
        return consent_text(
            self._session.language, recipient=self._recipient, professional=owner.name,
            organisation=owner.organisation, valid_until=pydate(self.valid_until.date()),
            people=[member_label(m) for m in self.chosen_members()])

    def _update_text(self) -> None:
        self.text.setPlainText(self.shown_text().text)

    def build_basis(self) -> SharingBasis:
        owner = self._session.owner
        common: dict[str, object] = dict(
            family_id=self._family_id, member_ids=[m.id for m in self.chosen_members()],
            recipient=self._recipient, recorded_by=owner.name,
            valid_until=pydate(self.valid_until.date()))
        if self.is_consent:
            shown = self.shown_text()
            return SharingBasis.model_validate({
                **common, "kind": BasisKind.CONSENT, "given_by": self.given_by.text().strip(),
                "capacity": self.capacity.currentData(), "method": self.method.currentData(),
                "text_version": shown.version, "text_sha256": shown.sha256,
                "text_shown": shown.text})
        return SharingBasis.model_validate({
            **common, "kind": BasisKind.LEGAL_BASIS, "legal_basis": self.basis.currentData(),
            "reason": self.reason.toPlainText().strip()})

    def save(self) -> None:
        if not self.chosen_members():
            self.message.setText(self.tr("Choose whose data the consent is about."))
            return
        try:
            basis = self.build_basis()
        except ValidationError as exc:
            kind = str(exc.errors()[0]["type"])
            if kind == "consent_incomplete":
                self.given_by.setStyleSheet(INVALID_STYLE)
                self.given_by.setFocus()
                self.message.setText(self.tr("Enter who gave consent."))
            elif kind == "reason_required":
                self.reason.setStyleSheet(INVALID_STYLE)
                self.reason.setFocus()
                self.message.setText(self.tr("A legal basis needs a written reason."))
            else:
                self.message.setText(describe(exc))
            return
        signals = self._session.signals
        save_then_accept(self, self._session.bridge, lambda: signals.record_basis(basis),
                         self.message, lambda stored: setattr(self, "saved", stored))


