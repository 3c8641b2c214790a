"""Archiving a family, deleting what was entered, and erasure on request (AVG art. 17).

The erasure test reads the vault file the way SQLCipher does — every page decrypted with
the data key, free pages and the WAL included — so "gone" means gone from the file, not
only from the tables.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

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
from stap0_desktop.domain.outbox import SignalState
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage.vault import Vault
from tests.builders import TODAY, sharing_consent, signal_family

PAGE, RESERVE = 4096, 80  # SQLCipher 4: 16-byte IV and 64-byte HMAC at the end of a page


def _decrypted(path: Path, key: bytes, offset: int = 0, stride: int = PAGE) -> bytes:
    """Every page of a SQLCipher file (or the pages of a WAL's frames) in plain text."""
    data = path.read_bytes() if path.exists() else b""
    plain = bytearray()
    for start in range(offset, len(data) - PAGE + 1, stride):
        page = data[start + stride - PAGE:start + stride]
        first = start == 0 and offset == 0
        body = page[16 if first else 0:PAGE - RESERVE]
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain += decryptor.update(body) + decryptor.finalize()
    return bytes(plain)


def _everything_in_the_files(vault: Vault) -> bytes:
    with vault.data_key_copy() as key:
        raw = bytes(key.buffer)
    db = vault.paths.db
    wal = db.with_name(db.name + "-wal")
    return _decrypted(db, raw) + _decrypted(wal, raw, offset=32, stride=24 + PAGE)


def test_the_reader_sees_what_the_vault_holds(vault: Vault) -> None:
    canary = f"Kanarie{uuid.uuid4().hex}"
    CaseloadService(vault).create_family(Family(name=f"Gezin {canary}"))
    assert canary.encode() in _everything_in_the_files(vault)  # else the test proves nothing


def test_erasure_leaves_nothing_of_the_family_in_the_file(vault: Vault) -> None:
    canary = f"Kanarie{uuid.uuid4().hex}"
    caseload = CaseloadService(vault)
    family_id, member_ids, _run = signal_family(vault)
    caseload.update_member(caseload.open_family(family_id).value.members[0].model_copy(
        update={"given_name": f"Saar{canary}"}))
    visit = caseload.add_visit(Visit(family_id=family_id, kind=VisitKind.PRENATAL,
                                     visit_date=TODAY, professional="Tess")).value
    for index in range(50):
        caseload.save_note(Note(family_id=family_id, visit_id=visit.id,
                                body=f"{canary} woont met {index} katten " * 20))
    other = caseload.create_family(Family(name="Gezin Blijft")).value
    assert other.id is not None
    caseload.save_note(Note(family_id=other.id, body="Blijft staan"))
    assert canary.encode() in _everything_in_the_files(vault)
    signals = SignalService(vault)
    basis = signals.record_basis(sharing_consent(family_id, member_ids)).value
    assert basis.id is not None
    held = signals.queue(basis.id, signals.compose(_run, basis.id).value).value
    unsent = signals.queue(basis.id, signals.compose(_run, basis.id).value).value
    vault.db.conn.execute("UPDATE outbox SET state = 'received' WHERE id = ?", (held,))

    assert caseload.erase_family(family_id).value == 1          # one signal to withdraw
    files = _everything_in_the_files(vault)
    assert canary.encode() not in files and b"Verhoeven" not in files
    # NEN 7513: the access log keeps whose data was accessed (the BSN) — and only it.
    with vault.transaction() as tx:
        logged = tx.fetchone("SELECT count(*) FROM access_log WHERE client_id = '999990019'")
    assert logged is not None and int(str(logged[0])) > 0
    assert caseload.search(canary[:12]).value == []
    assert b"Blijft staan" in files                              # the others stay
    with vault.transaction() as tx:
        for table in ("member", "visit", "note", "checklist_run", "sharing_basis", "outbox"):
            assert tx.fetchone(f"SELECT count(*) FROM {table} WHERE family_id = ?",  # noqa: S608
                               (family_id,)) == (0,), table
        assert tx.fetchone("SELECT count(*) FROM note_fts WHERE note_fts MATCH ?",
                           (f'"{canary}"',)) == (0,)
    withdrawals = OutboxService(vault).withdrawals().value
    assert [w.envelope_id for w in withdrawals] == [held]          # never sent: nothing owed
    assert unsent not in {w.envelope_id for w in withdrawals}
    events = vault.read_access_log(limit=10_000)
    uid = next(e.client_id for e in events if e.object_type == "family_erasure")
    assert any(e.action is AccessAction.DELETE for e in events if e.client_id == uid)


def test_an_owed_withdrawal_is_sealed_logged_and_then_forgotten(vault: Vault) -> None:
    family_id, member_ids, run_id = signal_family(vault)
    signals, outbox = SignalService(vault), OutboxService(vault)
    basis = signals.record_basis(sharing_consent(family_id, member_ids)).value
    assert basis.id is not None
    held = signals.queue(basis.id, signals.compose(run_id, basis.id).value).value
    vault.db.conn.execute("UPDATE outbox SET state = 'received' WHERE id = ?", (held,))
    CaseloadService(vault).erase_family(family_id)
    assert outbox.status().value.waiting == 1
    outbox.store_withdrawal_sealed([(held, "sealed-text")])
    assert outbox.withdrawals().value[0].sealed == "sealed-text"
    outbox.withdrawal_received(held, "{}")
    assert outbox.withdrawals().value == [] and outbox.status().value.waiting == 0
    exports = [e for e in vault.read_access_log(limit=10_000)
               if e.action is AccessAction.EXPORT and e.object_id == held]
    assert "signal_withdrawal" in {e.object_type for e in exports}


def test_an_archived_family_leaves_the_daily_list_and_comes_back(vault: Vault) -> None:
    caseload = CaseloadService(vault)
    kept = caseload.create_family(Family(name="Gezin Actief")).value
    closed = caseload.create_family(Family(name="Gezin Gesloten")).value
    assert closed.id is not None
    stored = caseload.set_archived(closed.id, True).value
    assert stored.archived_at is not None
    assert [f.name for f in caseload.list_families().value] == [kept.name]
    every = caseload.list_families(archived=True).value
    assert {f.name: f.archived for f in every} == {"Gezin Actief": False, "Gezin Gesloten": True}
    assert caseload.open_family(closed.id).value.family.name == "Gezin Gesloten"
    caseload.set_archived(closed.id, False)
    assert len(caseload.list_families().value) == 2
    kinds = [e.object_type for e in vault.read_access_log(limit=100)]
    assert "family_archived" in kinds and "family_reopened" in kinds


def test_deleting_a_visit_takes_its_notes_and_logs_each(vault: Vault) -> None:
    caseload = CaseloadService(vault)
    family = caseload.create_family(Family(name="Gezin Jansen")).value
    assert family.id is not None
    visit = caseload.add_visit(Visit(family_id=family.id, kind=VisitKind.OTHER,
                                     visit_date=TODAY, professional="Tess")).value
    assert visit.id is not None
    note = caseload.save_note(Note(family_id=family.id, visit_id=visit.id, body="bij bezoek")).value
    loose = caseload.save_note(Note(family_id=family.id, body="los")).value
    changes = caseload.delete_visit(visit.id).changes
    assert changes.visits == {visit.id} and changes.notes == {note.id}
    file = caseload.open_family(family.id).value
    assert file.visits == [] and [n.id for n in file.notes] == [loose.id]
    deleted = {(e.object_type, e.object_id) for e in vault.read_access_log(limit=100)
               if e.action is AccessAction.DELETE}
    assert {("visit", str(visit.id)), ("note", str(note.id))} <= deleted


def test_removing_a_relation(vault: Vault) -> None:
    caseload = CaseloadService(vault)
    family = caseload.create_family(Family(name="Gezin Jansen")).value
    assert family.id is not None
    mother = caseload.add_member(family.id, Member(role=MemberRole.PARENT, given_name="Els")).value
    child = caseload.add_member(family.id, Member(role=MemberRole.CHILD, given_name="Bo")).value
    assert mother.id and child.id
    relation = Relation(from_member_id=mother.id, to_member_id=child.id,
                        kind=RelationKind.PARENT_OF)
    caseload.add_relation(relation)
    caseload.remove_relation(relation)
    assert caseload.open_family(family.id).value.relations == []


def test_withdrawn_signal_state_is_untouched_by_archiving(vault: Vault) -> None:
    family_id, member_ids, run_id = signal_family(vault)
    signals = SignalService(vault)
    basis = signals.record_basis(sharing_consent(family_id, member_ids)).value
    assert basis.id is not None
    envelope = signals.queue(basis.id, signals.compose(run_id, basis.id).value).value
    CaseloadService(vault).set_archived(family_id, True)
    assert [r.state for r in signals.outbox(family_id).value if r.id == envelope] == [
        SignalState.WAITING]
