"""The family's own actions: edit its name and address, hand the file over to another
professional, close the file (archive) or open it again, and erase it on the parents'
request."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from stap0_desktop.domain.handover import DirectoryEntry, FileParts
from stap0_desktop.domain.models import Family
from stap0_desktop.services.operations import OpResult
from stap0_desktop.ui.family.erase_dialog import EraseFamilyDialog
from stap0_desktop.ui.family.family_dialog import FamilyDialog
from stap0_desktop.ui.family.undo_bar import UndoBar
from stap0_desktop.ui.sharing.handover_dialog import HandoverDialog
from stap0_desktop.ui.shell.session import QtSession


class FamilyMenu(QPushButton):
    error = Signal(object)
    notice = Signal(str)  # what happened, for the status bar

    def __init__(self, session: QtSession, undo: UndoBar, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Family"), parent)
        self.setObjectName("familyMenu")
        self.setAccessibleName(self.tr("Actions for this family"))
        self._session = session
        self._undo = undo
        self._family: Family | None = None
        self.opened: HandoverDialog | None = None
        menu = QMenu(self)
        self.edit_action = menu.addAction(self.tr("Edit name and address…"))
        self.edit_action.triggered.connect(self.edit)
        self.handover_action = menu.addAction(self.tr("Hand over…"))
        self.handover_action.triggered.connect(lambda: self.hand_over())
        self.archive_action = menu.addAction(self.tr("Close the file (archive)"))
        self.archive_action.triggered.connect(self.toggle_archived)
        menu.addSeparator()
        self.erase_action = menu.addAction(self.tr("Erase on request (AVG)…"))
        self.erase_action.triggered.connect(self.erase)
        self.setMenu(menu)

    def show_family(self, family: Family) -> None:
        self._family = family
        self.archive_action.setText(self.tr("Open the file again") if family.archived_at
                                    else self.tr("Close the file (archive)"))

    def edit(self) -> None:
        if self._family is None:
            return
        dialog = FamilyDialog(self._family, self.window())
        self._session.bridge.run(self._session.kaart.wijken, dialog.offer_wijken)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_family is None:
            return
        changed, caseload = dialog.result_family, self._session.caseload
        self._session.bridge.run(lambda: caseload.update_family(changed), None,
                                 self.error.emit)

    def toggle_archived(self) -> None:
        family = self._family
        if family is None or family.id is None:
            return
        family_id, closing, caseload = family.id, family.archived_at is None, \
            self._session.caseload

        def done(_stored: object) -> None:
            if closing:
                self._undo.offer(
                    self.tr("{family}: file closed. It is out of the daily list; "
                            "“Show closed files” finds it.").format(family=family.name),
                    lambda: self._session.bridge.run(
                        lambda: caseload.set_archived(family_id, False), None,
                        self.error.emit))

        self._session.bridge.run(lambda: caseload.set_archived(family_id, closing), done,
                                 self.error.emit)

    def hand_over(self) -> None:
        """The file's parts and the CJG's directory are read first (off the UI thread)."""
        family = self._family
        if family is None or family.id is None:
            return
        family_id, handover = family.id, self._session.handover

        def gather() -> OpResult[tuple[FileParts, list[DirectoryEntry]]]:
            return OpResult((handover.parts(family_id).value, handover.directory().value))

        self._session.bridge.run(gather, lambda found: self._open_handover(family_id, *found),
                                 self.error.emit)

    def _open_handover(self, family_id: int, parts: FileParts,
                       directory: list[DirectoryEntry]) -> None:
        dialog = HandoverDialog(self._session, family_id, parts, directory, self.window())
        dialog.resize(1100, 640)
        dialog.setModal(True)
        self.opened = dialog

        def sent() -> None:
            receiver = dialog.receiver()
            if dialog.sent is not None and receiver is not None:
                self.notice.emit(self.tr("{family} is handed over to {receiver}: it goes at "
                                         "the next sync.").format(
                    family=dialog.sent.family.name, receiver=receiver.professional.name))

        dialog.accepted.connect(sent)
        dialog.show()

    def erase(self) -> EraseFamilyDialog | None:
        family = self._family
        if family is None or family.id is None:
            return None
        dialog = EraseFamilyDialog(family, self.window())
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.confirmed:
            return dialog
        family_id, name, caseload = family.id, family.name, self._session.caseload

        def erased(owed: int) -> None:
            text = self.tr("{family} is erased.").format(family=name)
            if owed:
                text += " " + self.tr("%n signal(s) will be withdrawn at the CJG at the next "
                                      "sync.", "", owed)
            self.notice.emit(text)

        self._session.bridge.run(lambda: caseload.erase_family(family_id), erased,
                                 self.error.emit)
        return dialog
