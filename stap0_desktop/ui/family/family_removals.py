"""Removing what was entered in a family's file: a member, a relation, a visit, a note.

Each asks first (naming what goes, Cancel the default) and is logged as a NEN 7513 "D" by
storage. A deleted note can be brought back from the undo bar for a short while.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QWidget

from stap0_desktop.domain.models import Member, Note, Relation, Visit
from stap0_desktop.ui.common.confirm import confirm_removal
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.family.relation_dialog import relation_label
from stap0_desktop.ui.family.undo_bar import UndoBar
from stap0_desktop.ui.family.visit_dialog import visit_kind_label
from stap0_desktop.ui.shell.session import QtSession


def add_row_action(view: QListWidget, text: str, slot: Callable[[], None], *,
                   context_menu: bool = True) -> QAction:
    """An action on the list's current row, on the Delete key (and in its context menu)."""
    action = QAction(text, view)
    action.setShortcut(QKeySequence.StandardKey.Delete)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    view.addAction(action)
    if context_menu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


class Removals(QObject):
    error = Signal(object)
    note_removed = Signal(int)     # the note's id: the view lets go of it
    note_restored = Signal(object)  # Note: undo brought it back

    def __init__(self, session: QtSession, window: Callable[[], QWidget], undo: UndoBar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._window = window
        self._undo = undo

    def remove_member(self, member: Member, relations: int) -> None:
        name = member.display_name or self.tr("the unborn child")
        text = self.tr("Remove {name} from this family?").format(name=name)
        if relations:
            text += " " + self.tr("Their relations go too (%n relation(s)).", "", relations)
        if not confirm_removal(self._window(), self.tr("Remove member"), text,
                               self.tr("Remove member")):
            return
        member_id, caseload = member.id, self._session.caseload
        assert member_id is not None
        self._session.bridge.run(lambda: caseload.delete_member(member_id), None,
                                 self.error.emit)

    def remove_relation(self, relation: Relation, first: str, second: str) -> None:
        described = f"{first} {relation_label(relation.kind)} {second}"
        if not confirm_removal(self._window(), self.tr("Remove relation"), self.tr(
                "Remove the relation “{relation}”? The members stay.").format(
                relation=described), self.tr("Remove relation")):
            return
        caseload = self._session.caseload
        self._session.bridge.run(lambda: caseload.remove_relation(relation), None,
                                 self.error.emit)

    def delete_visit(self, visit: Visit, notes: int) -> None:
        what = f"{visit_kind_label(visit.kind)} {shown_date(visit.visit_date)}"
        text = self.tr("Delete the visit “{visit}”?").format(visit=what)
        if notes:
            text += " " + self.tr("The %n note(s) written at this visit are deleted too.",
                                  "", notes)
        if not confirm_removal(self._window(), self.tr("Delete visit"), text,
                               self.tr("Delete visit")):
            return
        visit_id, caseload = visit.id, self._session.caseload
        assert visit_id is not None
        def deleted(gone: list[int]) -> None:
            for note_id in gone:
                self.note_removed.emit(note_id)

        self._session.bridge.run(lambda: caseload.delete_visit(visit_id), deleted,
                                 self.error.emit)

    def delete_note(self, note: Note) -> None:
        first_line = (note.body.strip().splitlines() or [""])[0]
        if len(first_line) > 60:
            first_line = first_line[:60].rstrip() + "…"
        if not confirm_removal(self._window(), self.tr("Delete note"), self.tr(
                "Delete the note “{start}”?").format(start=first_line or self.tr("(empty)")),
                self.tr("Delete note")):
            return
        note_id, caseload = note.id, self._session.caseload
        assert note_id is not None
        kept = note.model_copy(update={"id": None})  # what undo brings back

        def deleted(_none: object) -> None:
            self.note_removed.emit(note_id)
            self._undo.offer(self.tr("Note deleted."), lambda: self._session.bridge.run(
                lambda: caseload.save_note(kept), self.note_restored.emit, self.error.emit))

        self._session.bridge.run(lambda: caseload.delete_note(note_id), deleted,
                                 self.error.emit)
