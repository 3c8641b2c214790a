"""One family's file: members, a timeline of home visits, and notes with the editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.models import Member, MemberRole, Note, Visit
from stap0_desktop.services.caseload import FamilyFile
from stap0_desktop.services.operations import ChangeSet
from stap0_desktop.ui.family_checklists import ChecklistsPanel
from stap0_desktop.ui.family_referrals import ReferralsPanel
from stap0_desktop.ui.family_signals import SignalsPanel
from stap0_desktop.ui.member_dialog import MemberDialog
from stap0_desktop.ui.note_editor import NoteEditor
from stap0_desktop.ui.relation_dialog import RelationDialog, relation_label
from stap0_desktop.ui.session import Session
from stap0_desktop.ui.visit_dialog import VisitDialog, visit_kind_label

ID_ROLE = Qt.ItemDataRole.UserRole


class FamilyView(QWidget):
    error = Signal(object)

    def __init__(self, session: Session, autosave_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyView")
        self._session = session
        self._file: FamilyFile | None = None
        self._current_visit: int | None = None
        self.title = QLabel()
        self.title.setObjectName("familyTitle")
        self.address = QLabel()
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Members"))
        self.members.itemActivated.connect(self._edit_member)
        self.visits = QListWidget()
        self.visits.setAccessibleName(self.tr("Home visits"))
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.currentItemChanged.connect(self._open_note)
        for view in (self.members, self.visits, self.notes):
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.members.setWordWrap(True)
        self.editor = NoteEditor(session.bridge, session.caseload, autosave_ms)
        self.editor.saved.connect(self._note_saved)
        add_member = QPushButton(self.tr("Add member"))
        add_member.clicked.connect(self.add_member)
        edit_member = QPushButton(self.tr("Edit"))
        edit_member.clicked.connect(lambda: self._edit_member(self.members.currentItem()))
        relate = QPushButton(self.tr("Relation…"))
        relate.setAccessibleName(self.tr("Add a relation between two members"))
        relate.clicked.connect(self.add_relation)
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
        self.checklists.signal_requested.connect(self.share_run)
        self.new_visit_button = QPushButton(self.tr("New home visit…"))
        self.new_visit_button.clicked.connect(self.new_visit)
        missed = QPushButton(self.tr("Did not come…"))
        missed.setAccessibleName(self.tr("The family did not come without notice"))
        missed.clicked.connect(self.missed_appointment)
        new_note = QPushButton(self.tr("New note"))
        new_note.clicked.connect(self.new_note)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Members</b>")))
        left.addWidget(self.members, 2)
        row = QHBoxLayout()
        row.addWidget(add_member)
        row.addWidget(edit_member)
        row.addWidget(relate)
        left.addLayout(row)
        left.addWidget(QLabel(self.tr("<b>Home visits</b>")))
        left.addWidget(self.visits, 2)
        visit_row = QHBoxLayout()
        visit_row.addWidget(self.new_visit_button, 1)
        visit_row.addWidget(missed)
        left.addLayout(visit_row)
        left.addWidget(self.tabs, 3)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Notes</b>")))
        right.addWidget(self.notes, 1)
        right.addWidget(new_note, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.editor, 3)
        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.address, 1, 0, 1, 2)
        grid.addWidget(self.sharing.notices, 2, 0, 1, 2)   # match notices: in plain sight
        grid.addLayout(left, 3, 0)
        grid.addLayout(right, 3, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        session.bridge.changed.connect(self._on_changed)

    @property
    def family_id(self) -> int | None:
        return self._file.family.id if self._file else None

    def load(self, family_id: int) -> None:
        self._session.bridge.run(
            lambda: self._session.caseload.open_family(family_id), self.show_file,
            self.error.emit)

    def show_file(self, file: FamilyFile) -> None:
        switching = self.family_id != file.family.id
        self._file = file
        family = file.family
        self.title.setText(f"<h2>{_escape(family.name)}</h2>")
        self.address.setText(", ".join(p for p in (family.street_address,
                                                  f"{family.postcode} {family.city}".strip()) if p))
        self.members.clear()
        names = {m.id: m.display_name or self.tr("unborn child") for m in file.members}
        relations: dict[int, list[str]] = {}
        for relation in file.relations:
            relations.setdefault(relation.from_member_id, []).append(
                f"{relation_label(relation.kind)} {names.get(relation.to_member_id, '?')}")
        for member in file.members:
            text = self._member_text(member, names)
            if member.id in relations:
                text += " (" + ", ".join(relations[member.id]) + ")"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, member.id)
            self.members.addItem(item)
        self.visits.clear()
        for visit in file.visits:
            self.visits.addItem(self._visit_item(visit))
        if switching:
            self.editor.clear()
            self._fill_notes(file.notes)
            assert family.id is not None
            self.checklists.show_family(family.id)
            self.sharing.show_family(family.id)
            self.referrals.show_family(family.id)

    def _member_text(self, member: Member, names: dict[int | None, str]) -> str:
        if member.role is MemberRole.UNBORN:
            assert member.expected_date is not None
            return self.tr("Unborn child — expected {date} (mother: {mother})").format(
                date=member.expected_date.strftime("%d-%m-%Y"),
                mother=names.get(member.mother_id, "?"))
        role = {MemberRole.PARENT: self.tr("parent"), MemberRole.CHILD: self.tr("child"),
                MemberRole.ADULT_CLIENT: self.tr("adult client")}[member.role]
        parts = [member.display_name, role]
        if member.birth_date:
            parts.append(member.birth_date.strftime("%d-%m-%Y"))
        if member.bsn:
            parts.append(self.tr("BSN {bsn}").format(bsn=member.bsn))
        return " — ".join(parts)

    def _visit_item(self, visit: Visit) -> QListWidgetItem:
        item = QListWidgetItem(f"{visit.visit_date:%d-%m-%Y}  {visit_kind_label(visit.kind)}"
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
        stamp = note.updated_at.astimezone().strftime("%d-%m %H:%M") if note.updated_at else ""
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
        if self._file is None or self._file.family.id is None:
            return
        dialog = VisitDialog(self._file.family.id, self._session.owner_name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        visit = dialog.build_visit()
        self._session.bridge.run(lambda: self._session.caseload.add_visit(visit),
                                 lambda stored: self.new_note(stored.id), self.error.emit)

    def missed_appointment(self) -> None:
        """Niet verschenen zonder bericht: the Apeldoorn route starts with a home visit."""
        if self._file is None or self._file.family.id is None:
            return
        answer = QMessageBox.question(self, self.tr("Did not come without notice"), self.tr(
            "The family missed an appointment without notice. Start the route: a home visit "
            "first; if it is refused without a good explanation and no other help is "
            "involved, a next step follows. It appears under the due follow-ups."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        family_id, route = self._file.family.id, self._session.route
        self._session.bridge.run(lambda: route.missed_appointment(family_id, date.today()),
                                 None, self.error.emit)

    def add_member(self) -> None:
        self._member_dialog(None)

    def _edit_member(self, item: QListWidgetItem | None) -> None:
        if item is None or self._file is None:
            return
        member = next((m for m in self._file.members if m.id == item.data(ID_ROLE)), None)
        self._member_dialog(member)

    def _member_dialog(self, member: Member | None) -> None:
        if self._file is None or self._file.family.id is None:
            return
        parents = [m for m in self._file.members
                   if m.role in (MemberRole.PARENT, MemberRole.ADULT_CLIENT)]
        dialog = MemberDialog(parents, member, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_member is None:
            return
        result = dialog.result_member
        family_id = self._file.family.id
        caseload = self._session.caseload
        if member is None:
            self._session.bridge.run(lambda: caseload.add_member(family_id, result), None,
                                     self.error.emit)
        else:
            self._session.bridge.run(lambda: caseload.update_member(result), None,
                                     self.error.emit)

    def add_relation(self) -> None:
        if self._file is None or len(self._file.members) < 2:
            return
        current = self.members.currentItem()
        first = next((m for m in self._file.members
                      if current is not None and m.id == current.data(ID_ROLE)), None)
        dialog = RelationDialog(self._file.members, first, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_relation is None:
            return
        relation = dialog.result_relation
        caseload = self._session.caseload
        self._session.bridge.run(lambda: caseload.add_relation(relation), None, self.error.emit)

    def _on_changed(self, changes: ChangeSet) -> None:
        family_id = self.family_id
        if family_id is None or family_id not in changes.families:
            return
        if changes.members or changes.visits:
            self.load(family_id)
        elif changes.checklists:
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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
