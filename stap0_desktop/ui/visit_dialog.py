"""A new home visit: kind, date and place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from stap0_desktop.domain.models import Visit, VisitKind
from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.form_dialog import FormDialog


def visit_kind_label(kind: VisitKind) -> str:
    return {
        VisitKind.PRENATAL: translate("VisitKind", "Prenatal home visit"),
        VisitKind.DEBT_COUNSELLING: translate("VisitKind", "Debt counselling visit"),
        VisitKind.FOLLOW_UP: translate("VisitKind", "Follow-up visit"),
        VisitKind.OTHER: translate("VisitKind", "Other visit"),
    }[kind]


class VisitDialog(FormDialog):
    def __init__(self, family_id: int, professional: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New home visit"), parent)
        self._family_id = family_id
        self._professional = professional
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of visit"))
        for kind in VisitKind:
            self.kind.addItem(visit_kind_label(kind), kind)
        self.when = QDateEdit(QDate.currentDate())
        self.when.setAccessibleName(self.tr("Date"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd-MM-yyyy")
        self.place = QLineEdit(self.tr("at home"))
        self.place.setAccessibleName(self.tr("Place"))
        self.add_rows([(self.tr("Kind"), self.kind), (self.tr("Date"), self.when),
                       (self.tr("Place"), self.place)])

    def build_visit(self) -> Visit:
        day = self.when.date()
        return Visit(
            family_id=self._family_id, kind=self.kind.currentData(),
            visit_date=date(day.year(), day.month(), day.day()),
            professional=self._professional, place=self.place.text(),
        )
