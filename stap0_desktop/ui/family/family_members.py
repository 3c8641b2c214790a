"""The members of a family, their relations, and adding, editing or removing them.

Enter edits the chosen member, Delete removes them (after asking); the context menu also
removes a relation. The panel is told the family's file and reports through ``error``.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.models import Member, MemberRole
from stap0_desktop.services.caseload import FamilyFile
from stap0_desktop.ui.common.hinted_list import HintedList
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.family.family_removals import Removals, add_row_action
from stap0_desktop.ui.family.member_dialog import MemberDialog
from stap0_desktop.ui.family.relation_dialog import RelationDialog, relation_label
from stap0_desktop.ui.shell.session import QtSession

ID_ROLE = Qt.ItemDataRole.UserRole


class MembersPanel(QWidget):
    error = Signal(object)
    file_changed = Signal(object)   # FamilyFile: this panel's own change, shown without reading

    def __init__(self, session: QtSession, removals: Removals,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._removals = removals
        self._file: FamilyFile | None = None
        self.list = HintedList(self.tr(
            "No members yet. Add member: the parents first, then the children."))
        self.list.setAccessibleName(self.tr("Members"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._edit_member)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        add_row_action(self.list, self.tr("Remove member…"), self.remove_member,
                       context_menu=False)
        add_member = QPushButton(self.tr("Add member"))
        add_member.clicked.connect(self.add_member)
        edit_member = QPushButton(self.tr("Edit"))
        edit_member.clicked.connect(lambda: self._edit_member(self.list.currentItem()))
        relate = QPushButton(self.tr("Relation…"))
        relate.setAccessibleName(self.tr("Add a relation between two members"))
        relate.clicked.connect(self.add_relation)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Members</b>")))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(add_member)
        row.addWidget(edit_member)
        row.addWidget(relate)
        layout.addLayout(row)

    def show_file(self, file: FamilyFile) -> None:
        self._file = file
        self.list.clear()
        names = self._names()
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
            self.list.addItem(item)

    def _names(self) -> dict[int | None, str]:
        members = self._file.members if self._file else []
        return {m.id: m.display_name or self.tr("unborn child") for m in members}

    def _member_text(self, member: Member, names: dict[int | None, str]) -> str:
        if member.role is MemberRole.UNBORN:
            assert member.expected_date is not None
            return self.tr("Unborn child — expected {date} (mother: {mother})").format(
                date=shown_date(member.expected_date),
                mother=names.get(member.mother_id, "?"))
        role = {MemberRole.PARENT: self.tr("parent"), MemberRole.CHILD: self.tr("child"),
                MemberRole.ADULT_CLIENT: self.tr("adult client")}[member.role]
        parts = [member.display_name, role]
        if member.birth_date:
            parts.append(shown_date(member.birth_date))
        if member.bsn:
            parts.append(self.tr("BSN {bsn}").format(bsn=member.bsn))
        return " — ".join(parts)

    def current(self) -> Member | None:
        item = self.list.currentItem()
        if item is None or self._file is None:
            return None
        return next((m for m in self._file.members if m.id == item.data(ID_ROLE)), None)

    # -- adding and editing ----------------------------------------------------------
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
        dialog = MemberDialog(parents, member, self.window())
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_member is None:
            return
        result = dialog.result_member
        family_id = self._file.family.id
        caseload = self._session.caseload
        if member is None:
            self._session.bridge.run(lambda: caseload.add_member(family_id, result),
                                     self._stored, self.error.emit, initiator=self)
        else:
            self._session.bridge.run(lambda: caseload.update_member(result), self._stored,
                                     self.error.emit, initiator=self)

    def _stored(self, member: Member) -> None:
        """The member as stored (with its id): the file shows it without reading again."""
        file = self._file
        if file is None or member.family_id != file.family.id:
            return
        kept = [m for m in file.members if m.id != member.id]
        at = next((i for i, m in enumerate(file.members) if m.id == member.id), len(kept))
        self.file_changed.emit(replace(file, members=[*kept[:at], member, *kept[at:]]))

    def add_relation(self) -> None:
        if self._file is None or len(self._file.members) < 2:
            return
        dialog = RelationDialog(self._file.members, self.current(), self.window())
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_relation is None:
            return
        relation = dialog.result_relation
        caseload = self._session.caseload
        self._session.bridge.run(lambda: caseload.add_relation(relation), None, self.error.emit)

    # -- removing --------------------------------------------------------------------
    def _menu(self, position: QPoint) -> None:
        member = self.current()
        if member is None or self._file is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self._member_dialog(member))
        menu.addActions(self.list.actions())
        names = self._names()
        for relation in self._file.relations:
            if member.id in (relation.from_member_id, relation.to_member_id):
                first, second = (names.get(relation.from_member_id, "?"),
                                 names.get(relation.to_member_id, "?"))
                action = menu.addAction(
                    self.tr("Remove relation: {first} {kind} {second}…").format(
                        first=first, kind=relation_label(relation.kind), second=second))
                action.triggered.connect(functools.partial(
                    self._removals.remove_relation, relation, first, second))
        menu.exec(self.list.viewport().mapToGlobal(position))

    def remove_member(self) -> None:
        member = self.current()
        if member is None or self._file is None:
            return
        relations = sum(1 for r in self._file.relations
                        if member.id in (r.from_member_id, r.to_member_id))
        self._removals.remove_member(member, relations)
