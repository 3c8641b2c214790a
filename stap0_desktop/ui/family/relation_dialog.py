"""Linking two members of a family: parent of, carer of, partner of, sibling of."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from stap0_desktop.domain.models import Member, Relation, RelationKind
from stap0_desktop.domain.relations import relation_problem
from stap0_desktop.i18n.messages import describe_relation_problem
from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.common.form_dialog import FormDialog


def relation_label(kind: RelationKind) -> str:
    return {
        RelationKind.PARENT_OF: translate("RelationKind", "parent of"),
        RelationKind.CARER_OF: translate("RelationKind", "carer of"),
        RelationKind.PARTNER_OF: translate("RelationKind", "partner of"),
        RelationKind.SIBLING_OF: translate("RelationKind", "sibling of"),
    }[kind]


class RelationDialog(FormDialog):
    def __init__(self, members: list[Member], first: Member | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add relation"), parent)
        self.result_relation: Relation | None = None
        self.first = QComboBox()
        self.first.setAccessibleName(self.tr("Member"))
        self.second = QComboBox()
        self.second.setAccessibleName(self.tr("Related member"))
        for member in members:
            label = member.display_name or self.tr("Unborn child")
            self.first.addItem(label, member.id)
            self.second.addItem(label, member.id)
        if first is not None:
            self.first.setCurrentIndex(self.first.findData(first.id))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Relation"))
        for kind in RelationKind:
            self.kind.addItem(relation_label(kind), kind.value)
        # Reads as a sentence: "Sanne | is | parent of | Noor".
        self.add_rows([(self.tr("Member"), self.first), (self.tr("is"), self.kind),
                       ("", self.second)])
        self._roles = {m.id: m.role for m in members}
        for combo in (self.first, self.kind, self.second):
            combo.currentIndexChanged.connect(lambda _i: self.message.clear())

    def _accept(self) -> None:
        first, second = self.first.currentData(), self.second.currentData()
        problem = relation_problem(RelationKind(str(self.kind.currentData())),
                                   self._roles[first], self._roles[second],
                                   same=first == second)
        if problem is not None:
            self.show_problem(describe_relation_problem(problem))
            return
        self.result_relation = Relation(
            from_member_id=int(self.first.currentData()),
            to_member_id=int(self.second.currentData()),
            kind=RelationKind(str(self.kind.currentData())),
        )
        self.accept()
