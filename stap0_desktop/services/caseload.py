"""Caseload operations: families, members, visits, notes and search; archiving a family,
deleting what was entered, and erasing a family on request.

Each method runs one transaction (with its access-log rows) and returns an
:class:`OpResult`. Call them through an :class:`OperationRunner`, never on the UI thread.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass

from stap0_desktop.domain.assessment import ChecklistRun
from stap0_desktop.domain.models import (
    Family,
    FamilySummary,
    Member,
    Note,
    NoteHit,
    Relation,
    Visit,
)
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.services.signals import FamilySharing, family_sharing
from stap0_desktop.storage import checklist_runs, families, kaart_store, members, notes, visits
from stap0_desktop.storage.kaart_store import Referral
from stap0_desktop.storage.vault import Vault


@dataclass(frozen=True)
class FamilyFile:
    """Everything the family view shows, read in one transaction: its tabs too."""

    family: Family
    members: list[Member]
    relations: list[Relation]
    visits: list[Visit]
    notes: list[Note]
    runs: list[ChecklistRun]
    sharing: FamilySharing
    referrals: list[Referral]
    provenance: dict[str, object] | None = None   # handed over: from whom, when, what


@dataclass(frozen=True)
class FamilyPeople:
    """The part of a family's file that its members and visits make up."""

    family: Family
    members: list[Member]
    relations: list[Relation]
    visits: list[Visit]


def _family_changed(
    family_id: int, *, members: frozenset[int] = frozenset(),
    visits: frozenset[int] = frozenset(), notes: frozenset[int] = frozenset(),
) -> ChangeSet:
    return ChangeSet(
        family_list=True, families=frozenset({family_id}), members=members, visits=visits,
        notes=notes,
    )


class CaseloadService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # families --------------------------------------------------------------------
    def list_families(
        self, text: str = "", limit: int | None = None, *, archived: bool = False
    ) -> OpResult[list[FamilySummary]]:
        with self._vault.transaction() as tx:
            return OpResult(families.list_families(tx, text, limit, archived=archived))

    def family_summaries(self, ids: Collection[int], *,
                         archived: bool = False) -> OpResult[list[FamilySummary]]:
        """The list's rows of these families only (those that are in the list shown)."""
        with self._vault.transaction() as tx:
            return OpResult(families.list_families(tx, archived=archived, ids=ids))

    def create_family(self, family: Family) -> OpResult[Family]:
        with self._vault.transaction() as tx:
            stored = families.create_family(tx, family)
        assert stored.id is not None
        return OpResult(stored, _family_changed(stored.id))

    def update_family(self, family: Family) -> OpResult[Family]:
        with self._vault.transaction() as tx:
            stored = families.update_family(tx, family)
        assert stored.id is not None
        return OpResult(stored, _family_changed(stored.id))

    def set_archived(self, family_id: int, archived: bool) -> OpResult[Family]:
        with self._vault.transaction() as tx:
            stored = families.set_archived(tx, family_id, archived)
        return OpResult(stored, _family_changed(family_id))

    def delete_family(self, family_id: int) -> OpResult[None]:
        with self._vault.transaction() as tx:
            families.delete_family(tx, family_id)
        return OpResult(None, ChangeSet(family_list=True, families_gone=frozenset({family_id})))

    def erase_family(self, family_id: int) -> OpResult[int]:
        """AVG art. 17: the family's rows go, the file is rewritten so no freed page keeps
        them, and signals the CJG may hold are withdrawn at the next sync. Returns how many
        withdrawals are owed."""
        with self._vault.transaction() as tx:
            owed = families.erase_family(tx, family_id)
        self._vault.compact()
        return OpResult(owed, ChangeSet(family_list=True, families_gone=frozenset({family_id}),
                                        outbox=True, follow_ups=True))

    def get_family(self, family_id: int) -> OpResult[Family]:
        """The family's own record (no members, visits or notes); a read is logged."""
        with self._vault.transaction() as tx:
            return OpResult(families.get_family(tx, family_id))

    def open_family(self, family_id: int) -> OpResult[FamilyFile]:
        with self._vault.transaction() as tx:
            file = FamilyFile(
                family=families.get_family(tx, family_id),
                members=members.list_members(tx, family_id),
                relations=members.list_relations(tx, family_id),
                visits=visits.list_visits(tx, family_id),
                notes=notes.list_notes(tx, family_id),
                runs=checklist_runs.list_runs(tx, family_id),
                sharing=family_sharing(tx, family_id),
                referrals=kaart_store.referrals_for(tx, family_id),
                provenance=_provenance(families.provenance(tx, family_id)),
            )
        return OpResult(file)

    def family_people(self, family_id: int) -> OpResult[FamilyPeople]:
        """What a change to members or visits alters in the open file: the family (its
        counts), its members, relations and visits — not its notes, checklists, sharing
        or plan again."""
        with self._vault.transaction() as tx:
            return OpResult(FamilyPeople(
                family=families.get_family(tx, family_id),
                members=members.list_members(tx, family_id),
                relations=members.list_relations(tx, family_id),
                visits=visits.list_visits(tx, family_id)))

    # members ---------------------------------------------------------------------
    def add_member(self, family_id: int, member: Member) -> OpResult[Member]:
        with self._vault.transaction() as tx:
            stored = members.add_member(tx, family_id, member)
        assert stored.id is not None
        return OpResult(stored, _family_changed(family_id, members=frozenset({stored.id})))

    def update_member(self, member: Member) -> OpResult[Member]:
        with self._vault.transaction() as tx:
            stored = members.update_member(tx, member)
        assert stored.id is not None and stored.family_id is not None
        return OpResult(
            stored, _family_changed(stored.family_id, members=frozenset({stored.id}))
        )

    def delete_member(self, member_id: int) -> OpResult[None]:
        with self._vault.transaction() as tx:
            family_id = members.get_member(tx, member_id).family_id
            members.delete_member(tx, member_id)
        assert family_id is not None
        return OpResult(None, _family_changed(family_id, members=frozenset({member_id})))

    def add_relation(self, relation: Relation) -> OpResult[None]:
        with self._vault.transaction() as tx:
            members.add_relation(tx, relation)
            family_id = members.get_member(tx, relation.from_member_id).family_id
        assert family_id is not None
        return OpResult(None, _family_changed(family_id))

    def remove_relation(self, relation: Relation) -> OpResult[None]:
        with self._vault.transaction() as tx:
            family_id = members.get_member(tx, relation.from_member_id).family_id
            members.remove_relation(tx, relation)
        assert family_id is not None
        return OpResult(None, _family_changed(family_id))

    # visits and notes ------------------------------------------------------------
    def add_visit(self, visit: Visit) -> OpResult[Visit]:
        with self._vault.transaction() as tx:
            stored = visits.add_visit(tx, visit)
        assert stored.id is not None
        return OpResult(stored, _family_changed(visit.family_id, visits=frozenset({stored.id})))

    def delete_visit(self, visit_id: int) -> OpResult[list[int]]:
        """The visit and the notes written for it; returns those notes' ids."""
        with self._vault.transaction() as tx:
            family_id = visits.get_visit(tx, visit_id).family_id
            gone = frozenset(visits.delete_visit(tx, visit_id))
        return OpResult(sorted(gone), _family_changed(family_id, visits=frozenset({visit_id}),
                                                      notes=gone))

    def save_note(self, note: Note) -> OpResult[Note]:
        with self._vault.transaction() as tx:
            stored = notes.save_note(tx, note)
        assert stored.id is not None
        return OpResult(stored, _family_changed(note.family_id, notes=frozenset({stored.id})))

    def delete_note(self, note_id: int) -> OpResult[None]:
        with self._vault.transaction() as tx:
            family_id = notes.get_note(tx, note_id, log=False).family_id
            notes.delete_note(tx, note_id)
        return OpResult(None, _family_changed(family_id, notes=frozenset({note_id})))

    def search(self, text: str, limit: int = 50) -> OpResult[list[NoteHit]]:
        with self._vault.transaction() as tx:
            return OpResult(notes.search_notes(tx, text, limit))


def _provenance(text: str | None) -> dict[str, object] | None:
    return json.loads(text) if text else None
