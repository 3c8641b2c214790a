"""Creating or editing a family (gezin)."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from stap0_desktop.domain.models import Family
from stap0_desktop.domain.person_names import number_in_name
from stap0_desktop.domain.postcode import normal_postcode
from stap0_desktop.i18n.messages import describe
from stap0_desktop.ui.common.form_dialog import FormDialog, name_holds_no_number


class FamilyDialog(FormDialog):
    def __init__(self, family: Family | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Edit family") if family else self.tr("New family"), parent)
        self._family = family
        self.result_family: Family | None = None
        self.name = QLineEdit(family.name if family else "")
        self.name.setAccessibleName(self.tr("Family name"))
        self.name.setPlaceholderText(self.tr("e.g. Gezin Jansen"))
        self.street = QLineEdit(family.street_address if family else "")
        self.street.setAccessibleName(self.tr("Street and number"))
        self.postcode = QLineEdit(family.postcode if family else "")
        self.postcode.setAccessibleName(self.tr("Postcode"))
        self.city = QLineEdit(family.city if family else "")
        self.city.setAccessibleName(self.tr("Place"))
        self.wijk = QLineEdit(family.wijk if family else "")
        self.wijk.setAccessibleName(self.tr("Neighbourhood"))
        self.wijk.setPlaceholderText(self.tr("as on the sociale kaart, e.g. Noord"))
        self.add_rows([(self.tr("Family name"), self.name),
                       (self.tr("Street and number"), self.street),
                       (self.tr("Postcode"), self.postcode), (self.tr("Place"), self.city),
                       (self.tr("Neighbourhood"), self.wijk)])

    def offer_wijken(self, places: list[tuple[str, str]]) -> None:
        """The kaart's wijken (gemeente, wijk) as completions, so the names match."""
        names = sorted({wijk for _gemeente, wijk in places if wijk}, key=str.casefold)
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.wijk.setCompleter(completer)

    def _accept(self) -> None:
        if number_in_name(self.name.text()):
            self.show_problem(name_holds_no_number(), self.name)
            return
        postcode = normal_postcode(self.postcode.text())
        if postcode is None:
            self.show_problem(self.tr("A postcode is four digits and two letters, e.g. "
                                      "1071 LP."), self.postcode)
            return
        try:
            self.result_family = Family(
                id=self._family.id if self._family else None,
                uid=self._family.uid if self._family else None,
                name=self.name.text(), street_address=self.street.text(),
                postcode=postcode, city=self.city.text(), wijk=self.wijk.text(),
            )
        except ValidationError as exc:
            self.show_problem(describe(exc), self.name)
            return
        self.accept()
