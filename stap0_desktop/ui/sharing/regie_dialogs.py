"""After a match: "contact made on…" and "who coordinates, until when?".

What these dialogs send is content-free: a date, a side (me, the other professional) or
an organisation's name — chosen from the sociale kaart or typed — and a term. The form
says so, and refuses what does not look like an organisation's name (a phone number, an
e-mail address), with the reason, keeping what was typed.
"""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import ValidationError
from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QRadioButton, QWidget

from stap0_desktop.domain.coordination import Regisseur
from stap0_desktop.domain.notices import Notice
from stap0_desktop.ui.common.form_dialog import FormDialog
from stap0_desktop.ui.common.qt_dates import date_field, pydate
from stap0_desktop.ui.documents.html_parts import esc
from stap0_desktop.ui.sharing.regie_texts import kind_label

LONGEST_ROLE = timedelta(days=2 * 365)
DEFAULT_ROLE = timedelta(days=182)


class ContactDialog(FormDialog):
    """The day contact with the other professional was made (today, or earlier)."""

    def __init__(self, notice: Notice, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contact made — {name}").format(name=notice.name), parent)
        today = date.today()
        matched = date.fromisoformat(notice.matched_at[:10])
        self.when = date_field(today, earliest=min(matched, today) - timedelta(days=365),
                               latest=today)
        self.when.setAccessibleName(self.tr("Contact made on"))
        self.add_rows([(self.tr("With"), QLabel(f"<b>{esc(notice.name)}</b> "
                                                f"({esc(notice.organisation)})")),
                       (self.tr("Contact made on"), self.when)])
        self.message.setText(self.tr(
            "Only the date goes to the CJG; it tells {name} and you both see it.").format(
            name=notice.name))
        self.chosen: date | None = None

    def _accept(self) -> None:
        self.chosen = pydate(self.when.date())
        self.accept()


class RegisseurDialog(FormDialog):
    """Propose who coordinates: me, the other professional, or a third organisation."""

    def __init__(self, notice: Notice, own_organisation: str,
                 kaart_organisations: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Propose a regisseur — {name}").format(name=notice.name),
                         parent)
        self._kaart = dict(kaart_organisations)     # organisation → a kaart entry's key
        self.mine = QRadioButton(self.tr("Me — {organisation}").format(
            organisation=own_organisation))
        self.yours = QRadioButton(self.tr("{name} — {organisation}").format(
            name=notice.name, organisation=notice.organisation))
        self.third = QRadioButton(self.tr("Another organisation:"))
        self.sides = QButtonGroup(self)
        for button in (self.mine, self.yours, self.third):
            self.sides.addButton(button)
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        # What is typed is not made a list item (a wrong name would stay on offer).
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.addItems([name for name, _key in kaart_organisations])
        self.organisation.setCurrentText("")
        line = self.organisation.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("from the sociale kaart, or type its name"))
            line.textEdited.connect(lambda _t: self.third.setChecked(True))
        self.organisation.activated.connect(lambda _i: self.third.setChecked(True))
        today = date.today()
        self.until = date_field(today + DEFAULT_ROLE, earliest=today + timedelta(days=1),
                                latest=today + LONGEST_ROLE)
        self.until.setAccessibleName(self.tr("Regisseur until"))
        self._preselect(notice)
        self.add_rows([(self.tr("Regisseur"), self.mine), ("", self.yours),
                       ("", self.third), ("", self.organisation),
                       (self.tr("Until"), self.until)])
        hint = self.tr("Only the organisation and the date go to the CJG — never a name of "
                       "the family. {name} accepts or proposes otherwise.").format(
            name=notice.name)
        suggestion = notice.coordination.suggestion
        if suggestion is not None:
            hint = " ".join(part for part in (self.tr("The municipality proposes: {who}.").format(
                who=suggestion.organisation or kind_label(suggestion.organisation_kind)),
                suggestion.why, hint) if part)
        self.message.setText(hint)
        self.chosen: tuple[Regisseur, date] | None = None

    def _preselect(self, notice: Notice) -> None:
        """The municipality's proposal when it names one of the two; else nothing chosen
        (the professional chooses, the form does not)."""
        suggestion = notice.coordination.suggestion
        if suggestion is not None and suggestion.side == "mine":
            self.mine.setChecked(True)
        elif suggestion is not None and suggestion.side == "yours":
            self.yours.setChecked(True)

    def _accept(self) -> None:
        until = pydate(self.until.date())
        if self.mine.isChecked() or self.yours.isChecked():
            self.chosen = (Regisseur(side="mine" if self.mine.isChecked() else "yours"), until)
            self.accept()
            return
        if not self.third.isChecked():
            self.show_problem(self.tr("Choose who coordinates."), self.mine)
            return
        name = " ".join(self.organisation.currentText().split())
        try:
            regisseur = Regisseur(side="third", organisation=name,
                                  kaart_key=self._kaart.get(name))
        except ValidationError:
            self.show_problem(self.tr(
                "Type an organisation's name (at least two letters; no phone number, "
                "e-mail address or other number of five digits or more)."), self.organisation)
            return
        self.chosen = (regisseur, until)
        self.accept()
