"""Families, members, visits and notes through the services, with their log rows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from stap0_desktop.domain.access import AccessAction
from stap0_desktop.domain.models import (
    Family,
    Member,
    MemberRole,
    Note,
    Relation,
    RelationKind,
    Visit,
    VisitKind,
)
from stap0_desktop.domain.snippets import MARK_END, MARK_START
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.services.operations import OperationRunner
from stap0_desktop.storage.errors import InvalidReference, NotFound
from stap0_desktop.storage.notes import fts_query
from stap0_desktop.storage.vault import Vault


@pytest.fixture
def service(vault: Vault) -> CaseloadService:
    return CaseloadService(vault)


def _family(service: CaseloadService, name: str = "Gezin Dijkstra") -> int:
    family = service.create_family(Family(name=name, city="Apeldoorn")).value
    assert family.id is not None
    return family.id


def _actions(vault: Vault) -> list[tuple[str, str]]:
    return [(e.action.value, e.object_type) for e in reversed(vault.read_access_log())]


def test_family_with_members_visits_and_notes(service: CaseloadService, vault: Vault) -> None:
    family_id = _family(service)
    mother = service.add_member(family_id, Member(
        role=MemberRole.PARENT, given_name="Iris", family_name="Dijkstra", bsn="999990019",
        birth_date=date(1996, 4, 2))).value
    child = service.add_member(family_id, Member(
        role=MemberRole.CHILD, given_name="Noah", family_name="Dijkstra",
        birth_date=date(2024, 1, 5))).value
    unborn = service.add_member(family_id, Member(
        role=MemberRole.UNBORN, family_name="Dijkstra", mother_id=mother.id,
        expected_date=date.today() + timedelta(days=100))).value
    assert mother.id and child.id
    service.add_relation(Relation(from_member_id=mother.id, to_member_id=child.id,
                                  kind=RelationKind.PARENT_OF))
    visit = service.add_visit(Visit(family_id=family_id, visit_date=date.today(),
                                    kind=VisitKind.PRENATAL, place="thuis")).value
    result = service.save_note(Note(family_id=family_id, visit_id=visit.id, body="Eerste notitie"))
    assert result.changes.notes == frozenset({result.value.id})
    assert result.changes.family_list

    file = service.open_family(family_id).value
    assert [m.role for m in file.members] == [MemberRole.PARENT, MemberRole.UNBORN,
                                              MemberRole.CHILD]
    assert unborn.mother_id == mother.id
    assert file.relations[0].kind is RelationKind.PARENT_OF
    assert file.visits[0].kind is VisitKind.PRENATAL
    assert file.notes[0].body == "Eerste notitie"
    summary = service.list_families().value
    assert summary[0].member_count == 3 and summary[0].last_visit == date.today()


def test_a_handed_over_note_keeps_its_day_until_it_is_edited_here(
        service: CaseloadService) -> None:
    """A note that came with a handover shows the day it was written there and sorts by
    it among the notes written here; once edited here it is a note of today."""
    family_id = _family(service)
    here = service.save_note(Note(family_id=family_id, body="Hier geschreven")).value
    came = service.save_note(Note(family_id=family_id, body="Meegekomen",
                                  written_on=date(2026, 3, 2))).value
    assert came.written_on == date(2026, 3, 2) and here.written_on is None
    notes = service.open_family(family_id).value.notes
    assert [(n.body, n.written_on) for n in notes] == [
        ("Hier geschreven", None), ("Meegekomen", date(2026, 3, 2))]   # newest first
    edited = service.save_note(came.model_copy(update={"body": "Meegekomen, aangevuld"})).value
    assert edited.written_on is None
    notes = service.open_family(family_id).value.notes
    assert [(n.body, n.written_on) for n in notes] == [
        ("Meegekomen, aangevuld", None), ("Hier geschreven", None)]


def test_every_access_writes_a_log_row(service: CaseloadService, vault: Vault) -> None:
    family_id = _family(service)
    note = service.save_note(Note(family_id=family_id, body="tekst")).value
    service.save_note(note.model_copy(update={"body": "nieuwe tekst"}))
    service.open_family(family_id)
    service.search("tekst")
    service.delete_note(note.id or 0)
    service.delete_family(family_id)
    actions = _actions(vault)
    assert ("C", "family") in actions
    assert ("C", "note") in actions and ("U", "note") in actions and ("D", "note") in actions
    assert ("R", "family") in actions and ("R", "note") in actions
    assert ("D", "family") in actions
    events = vault.read_access_log()
    newest = events[0]
    assert newest.action is AccessAction.READ and newest.object_type == "access_log"
    family_events = [e for e in events if e.object_type == "family"]
    assert all(e.client_id_type.value == "STAP0-GEZIN" for e in family_events)
    assert all(e.user_id == "tverpleeg" and e.workstation and e.purpose for e in events)
    assert all(e.occurred_at.tzinfo is not None and e.occurred_at.microsecond == 0
               for e in events)


def test_member_with_bsn_is_logged_by_bsn(service: CaseloadService, vault: Vault) -> None:
    family_id = _family(service)
    service.add_member(family_id, Member(role=MemberRole.CHILD, given_name="Sem",
                                         bsn="999990019"))
    member_events = [e for e in vault.read_access_log() if e.object_type == "member"]
    assert member_events[0].client_id == "999990019"
    assert member_events[0].client_id_type.value == "BSN"


def test_invalid_member_input_is_refused_before_storage(service: CaseloadService) -> None:
    with pytest.raises(ValidationError):
        Member(role=MemberRole.CHILD, given_name="Lina", bsn="123456789")


def test_unborn_child_must_be_linked_to_a_parent_of_the_same_family(
    service: CaseloadService,
) -> None:
    first = _family(service, "Gezin Kaya")
    second = _family(service, "Gezin Smit")
    other_mother = service.add_member(second, Member(role=MemberRole.PARENT,
                                                     given_name="Esra")).value
    unborn = Member(role=MemberRole.UNBORN, expected_date=date.today() + timedelta(days=30),
                    mother_id=other_mother.id)
    with pytest.raises(InvalidReference):
        service.add_member(first, unborn)
    with pytest.raises(InvalidReference):
        service.add_member(first, unborn.model_copy(update={"mother_id": None}))


def test_note_cannot_hang_on_another_familys_visit(service: CaseloadService) -> None:
    first = _family(service, "Gezin Kaya")
    second = _family(service, "Gezin Smit")
    visit = service.add_visit(Visit(family_id=second, visit_date=date.today(),
                                    kind=VisitKind.OTHER)).value
    with pytest.raises(InvalidReference):
        service.save_note(Note(family_id=first, visit_id=visit.id, body="x"))


def test_missing_things_raise_not_found(service: CaseloadService) -> None:
    with pytest.raises(NotFound):
        service.open_family(404)
    with pytest.raises(NotFound):
        service.save_note(Note(family_id=404, body="x"))


def test_search_folds_diacritics_ranks_and_marks(service: CaseloadService) -> None:
    family_id = _family(service, "Gezin Yilmaz")
    service.save_note(Note(family_id=family_id, body="Gesprek over financiële zorgen en de café"))
    service.save_note(Note(family_id=family_id, body="Financiele zorgen, financiele zorgen!"))
    service.save_note(Note(family_id=family_id, body="Niets over geld"))
    hits = service.search("financiele").value
    assert len(hits) == 2
    assert hits[0].score <= hits[1].score  # bm25: lower is better
    assert f"{MARK_START}financiële{MARK_END}" in hits[1].snippet
    assert service.search("cafe").value[0].family_name == "Gezin Yilmaz"
    assert service.search("finan").value  # prefix search while typing


@pytest.mark.parametrize("query", ['"', "AND", "zorgen NEAR(", "body:x", "*", "'; DROP TABLE note"])
def test_search_input_is_never_fts_syntax(service: CaseloadService, query: str) -> None:
    family_id = _family(service)
    service.save_note(Note(family_id=family_id, body="and near body drop table note zorgen"))
    service.search(query)  # no exception, whatever the user types
    assert '"' not in fts_query(query).replace('"*', "").replace(' "', "").lstrip('"')


def test_operations_run_on_one_background_thread(vault: Vault) -> None:
    import threading

    service = CaseloadService(vault)
    runner = OperationRunner()
    try:
        seen: list[str] = []

        def op() -> object:
            seen.append(threading.current_thread().name)
            return service.create_family(Family(name="Gezin Vos"))

        first = runner.submit(op)  # type: ignore[arg-type]
        second = runner.submit(op)  # type: ignore[arg-type]
        assert first.result().value.id == 1 and second.result().value.id == 2
        assert all(name.startswith("stap0-vault") for name in seen)
    finally:
        runner.shutdown()


def test_search_ranks_within_the_most_recent_window(
    service: CaseloadService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stap0_desktop.storage import notes as notes_module

    monkeypatch.setattr(notes_module, "RANK_WINDOW", 3)
    family_id = _family(service)
    best_but_old = service.save_note(Note(family_id=family_id, body="huur huur huur huur")).value
    for index in range(4):
        service.save_note(Note(family_id=family_id, body=f"notitie {index} over de huur en meer"))
    hits = service.search("huur").value
    assert 3 <= len(hits) < 5  # about the window: the oldest match falls outside
    assert best_but_old.id not in [hit.note_id for hit in hits]
    monkeypatch.setattr(notes_module, "RANK_WINDOW", 100)
    assert service.search("huur").value[0].note_id == best_but_old.id


def test_family_list_in_name_order_with_a_first_screenful(service: CaseloadService) -> None:
    for name in ("Gezin Visser", "gezin bakker", "Gezin Smit", "Gezin Aydin"):
        _family(service, name)
    names = [f.name for f in service.list_families().value]
    assert names == ["Gezin Aydin", "gezin bakker", "Gezin Smit", "Gezin Visser"]
    assert [f.name for f in service.list_families(limit=2).value] == names[:2]
    assert [f.name for f in service.list_families("smi").value] == ["Gezin Smit"]
