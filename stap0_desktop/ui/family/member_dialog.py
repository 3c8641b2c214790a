"""Adding or editing a family member, with the BSN checked as you type."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QWidget,
)

from stap0_desktop.domain.bsn import BsnProblem, bsn_problem, normalise_bsn
from stap0_desktop.domain.models import Member, MemberRole
from stap0_desktop.domain.person_names import number_in_name
from stap0_desktop.i18n.messages import describe
from stap0_desktop.ui.common.form_dialog import INVALID_STYLE, FormDialog, name_holds_no_number
from stap0_desktop.ui.common.qt_dates import field_format, pydate, qdate


class MemberDialog(FormDialog):
    def __init__(
        self, parents: list[Member], member: Member | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Edit member") if member else self.tr("Add member"), parent)
        self._member = member
        self.result_member: Member | None = None
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role, label in ((MemberRole.PARENT, self.tr("Parent or carer")),
                            (MemberRole.CHILD, self.tr("Child")),
                            (MemberRole.UNBORN, self.tr("Unborn child")),
                            (MemberRole.ADULT_CLIENT, self.tr("Adult client"))):
            self.role.addItem(label, role)
        self.given = QLineEdit()
        self.given.setAccessibleName(self.tr("Given name"))
        self.family_name = QLineEdit()
        self.family_name.setAccessibleName(self.tr("Family name"))
        self.bsn = QLineEdit()
        self.bsn.setAccessibleName(self.tr("BSN"))
        self.bsn.setPlaceholderText(self.tr("optional, 9 digits"))
        self.bsn_status = QLabel()
        self.bsn_status.setObjectName("bsnStatus")
        self.birth_known = QCheckBox(self.tr("Birth date known"))
        self.birth = QDateEdit()
        self.birth.setAccessibleName(self.tr("Birth date"))
        self.birth.setCalendarPopup(True)
        self.birth.setDisplayFormat(field_format())
        self.birth.setDate(QDate.currentDate())
        self.expected = QDateEdit()
        self.expected.setAccessibleName(self.tr("Expected date"))
        self.expected.setCalendarPopup(True)
        self.expected.setDisplayFormat(field_format())
        self.expected.setDate(QDate.currentDate().addMonths(4))
        self.mother = QComboBox()
        self.mother.setAccessibleName(self.tr("Mother"))
        # Never a default: the last parent added is not necessarily the pregnant one.
        self.mother.addItem(self.tr("— choose the mother —"), None)
        for candidate in parents:
            self.mother.addItem(candidate.display_name or self.tr("(no name)"), candidate.id)
        # The name first: typed at once it goes into the name (a name typed into the role
        # chose a role by its first letter — "Kees" made a parent a child).
        self.form.addRow(self.tr("Given name"), self.given)
        self.form.addRow(self.tr("Family name"), self.family_name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("BSN"), self.bsn)
        self.form.addRow("", self.bsn_status)
        self.form.addRow("", self.birth_known)
        self.form.addRow(self.tr("Birth date"), self.birth)
        self.form.addRow(self.tr("Expected date"), self.expected)
        self.form.addRow(self.tr("Mother"), self.mother)

        self.bsn.textChanged.connect(self._check_bsn)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.birth_known.toggled.connect(self.birth.setEnabled)
        if member is not None:
            self._load(member)
        self.birth.setEnabled(self.birth_known.isChecked())
        self._role_changed()

    def _load(self, member: Member) -> None:
        self.role.setCurrentIndex(self.role.findData(member.role))
        self.given.setText(member.given_name)
        self.family_name.setText(member.family_name)
        self.bsn.setText(member.bsn or "")
        if member.birth_date:
            self.birth_known.setChecked(True)
            self.birth.setDate(qdate(member.birth_date))
        if member.expected_date:
            self.expected.setDate(qdate(member.expected_date))
        if member.mother_id is not None:
            self.mother.setCurrentIndex(self.mother.findData(member.mother_id))

    def _role_changed(self) -> None:
        unborn = self.role.currentData() == MemberRole.UNBORN
        unborn_rows: tuple[QWidget, ...] = (self.expected, self.mother)
        born_rows: tuple[QWidget, ...] = (self.bsn, self.bsn_status, self.birth_known, self.birth)
        for widget in unborn_rows:
            self.form.setRowVisible(widget, unborn)
        for widget in born_rows:
            self.form.setRowVisible(widget, not unborn)

    def _check_bsn(self) -> None:
        text = normalise_bsn(self.bsn.text())
        if not text:
            self.bsn_status.setText("")
            self.bsn.setStyleSheet("")
            return
        problem = bsn_problem(text)
        if problem is not None and text.isdigit() and len(text) < 9:
            problem = BsnProblem.WRONG_LENGTH  # still typing: say how many digits are missing
        if problem is None:
            self.bsn_status.setText(self.tr("Valid BSN"))
            self.bsn.setStyleSheet("")
        else:
            texts = {
                BsnProblem.NOT_DIGITS: self.tr("A BSN has digits only."),
                BsnProblem.WRONG_LENGTH: self.tr("A BSN has 9 digits ({n} typed).").format(
                    n=len(text)),
                BsnProblem.ELFPROEF: self.tr("Not a valid BSN: it fails the elfproef."),
                BsnProblem.ALL_ZERO: self.tr("Not a valid BSN."),
            }
            self.bsn_status.setText(texts[problem])
            self.bsn.setStyleSheet(INVALID_STYLE)

    def build_member(self) -> Member:
        role = self.role.currentData()
        unborn = role == MemberRole.UNBORN
        return Member(
            id=self._member.id if self._member else None,
            family_id=self._member.family_id if self._member else None,
            role=role,
            given_name=self.given.text(),
            family_name=self.family_name.text(),
            bsn=None if unborn else (self.bsn.text() or None),
            birth_date=pydate(self.birth.date()) if self.birth_known.isChecked() and not unborn
            else None,
            expected_date=pydate(self.expected.date()) if unborn else None,
            mother_id=self.mother.currentData() if unborn else None,
        )

    def _accept(self) -> None:
        for plain in (self.given, self.family_name, self.birth, self.bsn, self.mother):
            plain.setStyleSheet("")
        unborn = self.role.currentData() == MemberRole.UNBORN
        if unborn and self.mother.count() > 1 and self.mother.currentData() is None:
            self.show_problem(self.tr("Choose the mother of the unborn child."), self.mother)
            return
        for name in (self.given, self.family_name):
            if number_in_name(name.text()):
                self.show_problem(name_holds_no_number(), name)
                return
        try:
            self.result_member = self.build_member()
        except ValidationError as exc:
            kind = str(exc.errors()[0]["type"])
            fields: dict[str, QWidget] = {"bsn_invalid": self.bsn,
                                          "birth_date_future": self.birth,
                                          "name_empty": self.given}
            self.show_problem(describe(exc), fields.get(kind))
            return
        self.accept()
