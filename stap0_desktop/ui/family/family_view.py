"""One family's file: members, a timeline of home visits, and notes with the editor."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.models import Note, Visit
from stap0_desktop.domain.roles import default_visit_kind
from stap0_desktop.services.caseload import FamilyFile, FamilyPeople
from stap0_desktop.services.operations import ChangeSet
from stap0_desktop.ui.checklist.family_checklists import ChecklistsPanel
from stap0_desktop.ui.common.hinted_list import HintedList
from stap0_desktop.ui.common.icons import action_icon
from stap0_desktop.ui.common.qt_dates import shown_date, shown_stamp
from stap0_desktop.ui.documents.html_parts import esc
from stap0_desktop.ui.family.family_members import MembersPanel
from stap0_desktop.ui.family.family_menu import FamilyMenu
from stap0_desktop.ui.family.family_referrals import ReferralsPanel
from stap0_desktop.ui.family.family_removals import Removals, add_row_action
from stap0_desktop.ui.family.note_editor import NoteEditor
from stap0_desktop.ui.family.undo_bar import UndoBar
from stap0_desktop.ui.family.visit_dialog import VisitDialog, visit_kind_label
from stap0_desktop.ui.sharing.family_signals import SignalsPanel
from stap0_desktop.ui.shell.session import QtSession

ID_ROLE = Qt.ItemDataRole.UserRole


class _Body(QWidget):
    """The file's lists and tabs: they ask for no more than their least, and take what
    room is left — so that the match banner above gets its lines before they grow."""

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()


class FamilyView(QWidget):
    error = Signal(object)
    notice = Signal(str)  # for the status bar

    def __init__(self, session: QtSession, autosave_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyView")
        self._session = session
        self._file: FamilyFile | None = None
        self._current_visit: int | None = None
        self._pending_note: tuple[int, list[str]] | None = None
        self.title = QLabel()
        self.title.setObjectName("familyTitle")
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.address.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.visits = HintedList(self.tr(
            "No home visits yet. New home visit… (Ctrl+Shift+N) starts one and its note."))
        self.visits.setAccessibleName(self.tr("Home visits"))
        self.notes = HintedList(self.tr("No notes yet. New note, or start a home visit."))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.currentItemChanged.connect(self._open_note)
        for view in (self.visits, self.notes):
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.editor = NoteEditor(session.bridge, session.caseload, autosave_ms)
        self.editor.saved.connect(self._note_saved)
        self.undo = UndoBar()
        self.family_menu = FamilyMenu(session, self.undo)
        self.family_menu.error.connect(self.error.emit)
        self.family_menu.notice.connect(self.notice.emit)
        self.removals = Removals(session, self.window, self.undo, self)
        self.removals.error.connect(self.error.emit)
        self.removals.note_removed.connect(self._note_removed)
        self.removals.note_restored.connect(self._note_saved)
        self.members = MembersPanel(session, self.removals)
        self.members.error.connect(self.error.emit)
        self.members.file_changed.connect(self.show_file)
        add_row_action(self.visits, self.tr("Delete visit…"), self._delete_visit)
        add_row_action(self.notes, self.tr("Delete note…"), self.delete_note)
        self.checklists = ChecklistsPanel(session)
        self.checklists.error.connect(self.error.emit)
        self.sharing = SignalsPanel(session, lambda: self._file.members if self._file else [])
        self.sharing.error.connect(self.error.emit)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("familyTabs")
        self.tabs.addTab(self.checklists, self.tr("Checklists"))
        self.tabs.addTab(self.sharing, self.tr("Sharing with the CJG"))
        self.referrals = ReferralsPanel(session)
        self.referrals.error.connect(self.error.emit)
        self.tabs.addTab(self.referrals, self.tr("Plan"))
        self.sharing.regie_changed.connect(self.referrals.show_regie)
        self.checklists.signal_requested.connect(self.share_run)
        self.new_visit_button = QPushButton(action_icon("visit-new"), self.tr("New home visit…"))
        self.new_visit_button.clicked.connect(self.new_visit)
        missed = QPushButton(self.tr("Missed appointment…"))
        missed.setAccessibleName(self.tr("The family did not come without notice"))
        missed.clicked.connect(self.missed_appointment)
        new_note = QPushButton(action_icon("note-new"), self.tr("New note"))
        new_note.clicked.connect(self.new_note)
        delete_note = QPushButton(action_icon("delete"), self.tr("Delete note…"))
        delete_note.clicked.connect(self.delete_note)

        left = QVBoxLayout()
        left.addWidget(self.members, 3)  # a family of six shows whole
        left.addWidget(QLabel(self.tr("<b>Home visits</b>")))
        left.addWidget(self.visits, 1)
        visit_row = QHBoxLayout()
        visit_row.addWidget(self.new_visit_button, 1)
        visit_row.addWidget(missed)
        left.addLayout(visit_row)
        left.addWidget(self.tabs, 3)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Notes</b>")))
        right.addWidget(self.notes, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(new_note)
        note_row.addWidget(delete_note)
        note_row.addStretch(1)
        right.addLayout(note_row)
        right.addWidget(self.editor, 3)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.family_menu, 0, Qt.AlignmentFlag.AlignTop)
        grid = QGridLayout(self)
        grid.addLayout(title_row, 0, 0, 1, 2)
        grid.addWidget(self.address, 1, 0, 1, 2)
        grid.addWidget(self.undo, 2, 0, 1, 2)
        grid.addWidget(self.sharing.notices_host, 3, 0, 1, 2)   # matches: in plain sight
        body = _Body()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        grid.addWidget(body, 4, 0, 1, 2)
        session.bridge.changed.connect(self._on_changed)

    @property
    def family_id(self) -> int | None:
        return self._file.family.id if self._file else None

    def open_note(self, family_id: int, note_id: int, words: list[str]) -> None:
        """Open the family (if it is not open) at one note, the search words marked."""
        self._pending_note = (note_id, words)
        if self.family_id == family_id:
            self._show_pending_note()
        else:
            self.load(family_id)

    def _show_pending_note(self) -> None:
        pending, self._pending_note = self._pending_note, None
        if pending is None:
            return
        note_id, words = pending
        for row in range(self.notes.count()):
            if self.notes.item(row).data(ID_ROLE) == note_id:
                self.notes.setCurrentRow(row)  # opens it in the editor
                break
        if self.editor.note is not None and self.editor.note.id == note_id:
            self.editor.highlight(words)

    def load(self, family_id: int) -> None:
        self._session.bridge.run(
            lambda: self._session.caseload.open_family(family_id), self.show_file,
            self.error.emit)

    def _read_people_again(self, family_id: int) -> None:
        """A member or visit changed: only that part of the file is read again."""
        if self._file is None or self._file.family.id != family_id:
            self.load(family_id)
            return
        caseload = self._session.caseload

        def show(people: FamilyPeople) -> None:
            file = self._file
            if file is None or file.family.id != family_id:
                return   # another family is shown by now
            self.show_file(replace(file, family=people.family, members=people.members,
                                   relations=people.relations, visits=people.visits))

        self._session.bridge.run(lambda: caseload.family_people(family_id), show,
                                 self.error.emit)

    def show_file(self, file: FamilyFile) -> None:
        switching = self.family_id != file.family.id
        self._file = file
        family = file.family
        self.title.setText(f"<h2>{esc(family.name)}</h2>")
        address = ", ".join(p for p in (family.street_address,
                                        f"{family.postcode} {family.city}".strip()) if p)
        if family.wijk:
            wijk = self.tr("neighbourhood {name}").format(name=family.wijk)
            address = f"{address} · {wijk}" if address else wijk
        if file.provenance is not None:
            came = self.tr("handed over by {sender} on {date}").format(
                sender=str(file.provenance.get("from", "?")).split(",")[0],
                date=shown_date(date.fromisoformat(str(file.provenance.get("sent_on")))))
            address = f"{address} · {came}" if address else came
        if family.archived_at is not None:
            closed = self.tr("Closed file since {date}").format(
                date=shown_date(family.archived_at.astimezone().date()))
            address = f"{address} — {closed}" if address else closed
        self.address.setText(address)
        self.family_menu.show_family(family)
        self.members.show_file(file)
        self.visits.clear()
        for visit in file.visits:
            self.visits.addItem(self._visit_item(visit))
        # The checklist offered first fits the latest visit (a debt visit: the debt list).
        self.checklists.visit_kind = file.visits[0].kind if file.visits else None
        self.checklists.family_name = family.name
        if switching:
            self.editor.clear()
            self._fill_notes(file.notes)
            assert family.id is not None
            self.checklists.show_loaded(family.id, file.runs)  # read with the file: one
            self.sharing.show_loaded(family.id, file.sharing)  # transaction opens a family
            self.referrals.show_loaded(family.id, file.referrals)
            self.referrals.show_provenance(file.provenance)
        else:
            self.sharing.mark_seen_if_shown()  # back in a family whose matches came meanwhile
        self._show_pending_note()

    def _visit_item(self, visit: Visit) -> QListWidgetItem:
        item = QListWidgetItem(f"{shown_date(visit.visit_date)}  {visit_kind_label(visit.kind)}"
                               + (f" ({visit.place})" if visit.place else ""))
        item.setData(ID_ROLE, visit.id)
        return item

    def _fill_notes(self, notes: list[Note]) -> None:
        self.notes.blockSignals(True)
        self.notes.clear()
        for note in notes:
            self.notes.addItem(self._note_item(note))
        self.notes.blockSignals(False)
        self._notes = {note.id: note for note in notes}

    def _note_item(self, note: Note) -> QListWidgetItem:
        first_line = (note.body.strip().splitlines() or [self.tr("(empty note)")])[0][:80]
        if note.written_on is not None:  # written before a handover: only its day came
            stamp = self.tr("{day} (handed over)").format(day=shown_date(note.written_on))
        else:
            stamp = shown_stamp(note.updated_at) if note.updated_at else ""
        item = QListWidgetItem(f"{stamp}  {first_line}")
        item.setData(ID_ROLE, note.id)
        return item

    def _open_note(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        note = self._notes.get(item.data(ID_ROLE))
        if note is not None and (self.editor.note is None or self.editor.note.id != note.id):
            self.editor.edit(note)

    def _note_saved(self, note: Note) -> None:
        self._notes[note.id] = note
        for row in range(self.notes.count()):
            if self.notes.item(row).data(ID_ROLE) == note.id:
                self.notes.item(row).setText(self._note_item(note).text())
                return
        self.notes.blockSignals(True)
        self.notes.insertItem(0, self._note_item(note))
        self.notes.setCurrentRow(0)
        self.notes.blockSignals(False)

    def new_note(self, visit_id: int | None = None) -> None:
        if self._file is None or self._file.family.id is None:
            return
        self.editor.edit(Note(family_id=self._file.family.id, visit_id=visit_id or None))
        self.notes.clearSelection()
        self.editor.text.setFocus()

    def new_visit(self) -> None:
        """A visit to the open family; the dialog names it."""
        if self._file is None or self._file.family.id is None:
            return
        dialog = VisitDialog(self._session.owner_name, family=self._file.family,
                             default_kind=default_visit_kind(self._session.owner_role),
                             parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_visit is not None:
            self.add_visit(dialog.result_visit)

    def add_visit(self, visit: Visit) -> None:
        """Store the visit and start its note (the family is open or being opened)."""
        self._session.bridge.run(lambda: self._session.caseload.add_visit(visit),
                                 lambda stored: self.new_note(stored.id), self.error.emit)

    def missed_appointment(self) -> None:
        """Niet verschenen zonder bericht: the Apeldoorn route starts with a home visit."""
        if self._file is None or self._file.family.id is None:
            return
        answer = QMessageBox.question(self, self.tr("Missed appointment without notice"), self.tr(
            "The family missed an appointment without notice. Start the route: a home visit "
            "first; if it is refused without a good explanation and no other help is "
            "involved, a next step follows. It appears under the due follow-ups."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        family_id, route = self._file.family.id, self._session.route
        self._session.bridge.run(lambda: route.missed_appointment(family_id, date.today()),
                                 None, self.error.emit)

    # -- removing ------------------------------------------------------------------
    def _delete_visit(self) -> None:
        item = self.visits.currentItem()
        if item is None or self._file is None:
            return
        visit = next((v for v in self._file.visits if v.id == item.data(ID_ROLE)), None)
        if visit is not None:
            written = sum(1 for n in self._notes.values() if n.visit_id == visit.id)
            self.removals.delete_visit(visit, written)

    def delete_note(self) -> None:
        """The note in the editor (or the one chosen in the list)."""
        self.editor.flush()  # a note being typed gets its id first
        note = self.editor.note
        item = self.notes.currentItem()
        if note is None or note.id is None:
            note = self._notes.get(item.data(ID_ROLE)) if item is not None else None
        if note is None or note.id is None:
            if self.editor.note is not None:
                self.editor.clear()  # a new, empty note: nothing stored to delete
            return
        self.removals.delete_note(note)

    def _note_removed(self, note_id: int) -> None:
        if self.editor.note is not None and self.editor.note.id == note_id:
            self.editor.clear()
        self._notes.pop(note_id, None)
        for row in range(self.notes.count()):
            if self.notes.item(row).data(ID_ROLE) == note_id:
                self.notes.blockSignals(True)
                self.notes.takeItem(row)
                self.notes.blockSignals(False)
                return

    def _on_changed(self, changes: ChangeSet) -> None:
        family_id = self.family_id
        if family_id is not None and family_id in changes.families_gone:
            self._file = None
            self.editor.clear()
            return
        if family_id is None or family_id not in changes.families:
            return
        if self._session.bridge.initiated_by(self.members):
            return   # the members panel showed its own change (file_changed)
        if changes.members or changes.visits:
            self._read_people_again(family_id)
        elif changes.checklists:
            if not self.checklists.editing(changes.checklists):
                self.checklists.show_family(family_id)
        elif changes.outbox or changes.kaart:
            return  # the sharing and plan panels refresh themselves
        elif not changes.notes:
            self.load(family_id)  # the family itself or its relations

    def share_run(self, run: object) -> None:
        """From the route to action: prepare the signal for this checklist."""
        self.tabs.setCurrentWidget(self.sharing)
        self.sharing.start_signal(run)  # type: ignore[arg-type]

    def flush(self) -> None:
        self.editor.flush()

