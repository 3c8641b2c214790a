"""Erasing a family on request (AVG art. 17): say what goes and what stays, then ask for
the family's name typed out — a removal that cannot be undone is never one keystroke."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from stap0_desktop.domain.models import Family
from stap0_desktop.ui.common.form_dialog import FormDialog
from stap0_desktop.ui.documents.html_parts import esc


class EraseFamilyDialog(FormDialog):
    def __init__(self, family: Family, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Erase {family}").format(family=family.name), parent)
        self._family = family
        explanation = QLabel(self.tr(
            "<p>The parents asked for their data to be erased (AVG article 17). Everything "
            "of <b>{family}</b> is removed from this laptop: members, visits, notes, "
            "checklists, the plan, consent and signals. Signals the CJG holds are withdrawn "
            "at the next sync.</p><p>What stays: the access log (who opened which file "
            "when), as NEN 7513 requires. Backups made before today still hold the family "
            "until they are replaced.</p><p>This cannot be undone. Type the family's name "
            "to confirm.</p>").format(family=esc(family.name)))
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("The family's name, to confirm"))
        self.typed.setPlaceholderText(family.name)
        self.add_rows([(self.tr("Family name"), self.typed)])
        self.confirmed = False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Erase"))

    def _accept(self) -> None:
        if self.typed.text().strip().casefold() != self._family.name.strip().casefold():
            self.show_problem(self.tr("Type the family's name exactly as shown to erase it."),
                              self.typed)
            return
        self.confirmed = True
        self.accept()
