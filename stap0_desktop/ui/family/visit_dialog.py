"""A new home visit: for which family, kind, date and place.

The dialog always names the family the visit goes into. Opened from a family's file it
shows that family; opened with no family open it asks which (type to find it), and OK
waits until one is chosen — a visit never lands in whichever family was last highlighted.
"""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QLabel, QLineEdit, QWidget

from stap0_desktop.domain.models import Family, FamilySummary, Visit, VisitKind, family_label
from stap0_desktop.i18n.messages import describe
from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.common.form_dialog import FormDialog
from stap0_desktop.ui.common.qt_dates import field_format
from stap0_desktop.ui.documents.html_parts import esc


def visit_kind_label(kind: VisitKind) -> str:
    return {
        VisitKind.PRENATAL: translate("VisitKind", "Prenatal home visit"),
        VisitKind.DEBT_COUNSELLING: translate("VisitKind", "Debt counselling visit"),
        VisitKind.FOLLOW_UP: translate("VisitKind", "Follow-up visit"),
        VisitKind.OTHER: translate("VisitKind", "Other visit"),
    }[kind]


def distinct_labels(families: list[FamilySummary]) -> list[str]:
    """One label per family; the few that still read the same get a number."""
    labels = [family_label(f.name, f.city, f.street_address) for f in families]
    seen: dict[str, int] = {}
    for index, label in enumerate(labels):
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            labels[index] = f"{label} ({seen[label]})"
    return labels


class VisitDialog(FormDialog):
    def __init__(self, professional: str, family: Family | None = None,
                 families: list[FamilySummary] | None = None,
                 default_kind: VisitKind = VisitKind.PRENATAL,
                 parent: QWidget | None = None) -> None:
        """``family``: the open family; without it the professional picks from ``families``."""
        super().__init__(self.tr("New home visit"), parent)
        self._families = families or []
        self._labels = distinct_labels(self._families)
        self._family = family
        self._professional = professional
        self.result_visit: Visit | None = None
        self.family_choice: QComboBox | None = None
        if family is not None:
            family_field: QWidget = QLabel(
                f"<b>{esc(family_label(family.name, family.city, family.street_address))}"
                "</b>")
            family_field.setObjectName("visitFamily")
            self.setWindowTitle(self.tr("New home visit — {family}").format(family=family.name))
        else:
            family_field = self.family_choice = self._family_chooser()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of visit"))
        for kind in VisitKind:
            self.kind.addItem(visit_kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(default_kind))
        self.when = QDateEdit(QDate.currentDate())
        self.when.setAccessibleName(self.tr("Date"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(field_format())
        self.place = QLineEdit(self.tr("at home"))
        self.place.setAccessibleName(self.tr("Place"))
        self.add_rows([(self.tr("Family"), family_field), (self.tr("Kind"), self.kind),
                       (self.tr("Date"), self.when), (self.tr("Place"), self.place)])

    def _family_chooser(self) -> QComboBox:
        choice = QComboBox()
        choice.setObjectName("visitFamilyChoice")
        choice.setAccessibleName(self.tr("Family of this visit"))
        choice.setEditable(True)
        choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # One model call for the whole caseload (10,000 addItem calls would stall the window).
        choice.setModel(QStringListModel(self._labels, choice))
        completer = QCompleter(choice.model(), choice)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        choice.setCompleter(completer)
        choice.setCurrentIndex(-1)
        line = choice.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type to find the family"))
        return choice

    @property
    def family_id(self) -> int | None:
        if self._family is not None or self.family_choice is None:
            return self._family.id if self._family is not None else None
        matches = self._matching(self.family_choice.currentText())
        return self._families[matches[0]].id if len(matches) == 1 else None

    def _matching(self, typed: str) -> list[int]:
        """The families the typed text names: its label exactly, else every label that
        contains it (as the list under the field shows them)."""
        text = typed.strip()
        if not text:
            return []
        if text in self._labels:
            return [self._labels.index(text)]
        folded = text.casefold()
        return [i for i, label in enumerate(self._labels) if folded in label.casefold()]

    def build_visit(self) -> Visit:
        family_id = self.family_id
        assert family_id is not None
        day = self.when.date()
        return Visit(
            family_id=family_id, kind=self.kind.currentData(),
            visit_date=date(day.year(), day.month(), day.day()),
            professional=self._professional, place=self.place.text(),
        )

    def _accept(self) -> None:
        if self.family_choice is not None:
            typed = self.family_choice.currentText().strip()
            matches = self._matching(typed)
            if len(matches) != 1:
                self.show_problem(self.tr(
                    "%n families match '{typed}': choose one from the list.", "",
                    len(matches)).format(typed=typed) if len(matches) > 1
                    else self.tr("Choose the family this visit is for."), self.family_choice)
                return
            self.family_choice.setCurrentIndex(matches[0])   # "Kaya": shown whole
        try:
            self.result_visit = self.build_visit()
        except ValidationError as exc:
            self.show_problem(describe(exc), self.when)
            return
        self.accept()

