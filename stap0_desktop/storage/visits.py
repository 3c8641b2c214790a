"""Home visits (huisbezoeken) — each change logged."""

from __future__ import annotations

from stap0_desktop.domain.access import AccessAction
from stap0_desktop.domain.models import Visit, VisitKind
from stap0_desktop.storage.clock import date_text, now_text, parse_date
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.errors import NotFound

_COLUMNS = "id, family_id, visit_date, kind, professional, place"


def _from_row(row: tuple[object, ...]) -> Visit:
    visit_date = parse_date(row[2])
    assert visit_date is not None
    return Visit(
        id=int(str(row[0])), family_id=int(str(row[1])), visit_date=visit_date,
        kind=VisitKind(str(row[3])), professional=str(row[4]), place=str(row[5]),
    )


def _log(tx: Transaction, action: AccessAction, family_id: int, visit_id: object) -> None:
    tx.log_family(action, family_id, "visit", visit_id)


def get_visit(tx: Transaction, visit_id: int) -> Visit:
    row = tx.fetchone(f"SELECT {_COLUMNS} FROM visit WHERE id = ?", (visit_id,))
    if row is None:
        raise NotFound(kind="visit", id=visit_id)
    return _from_row(row)


def add_visit(tx: Transaction, visit: Visit) -> Visit:
    tx.family_uid(visit.family_id)
    now = now_text()
    new_id = tx.execute(
        "INSERT INTO visit (family_id, visit_date, kind, professional, place, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (visit.family_id, date_text(visit.visit_date), visit.kind.value, visit.professional,
         visit.place, now, now),
    )
    stored = visit.model_copy(update={"id": new_id})
    tx.touch(visit.family_id)
    _log(tx, AccessAction.CREATE, visit.family_id, stored.id)
    return stored


def update_visit(tx: Transaction, visit: Visit) -> Visit:
    if visit.id is None:
        raise NotFound(kind="visit", id=None)
    old = get_visit(tx, visit.id)
    tx.execute(
        "UPDATE visit SET visit_date = ?, kind = ?, professional = ?, place = ?, updated_at = ?"
        " WHERE id = ?",
        (date_text(visit.visit_date), visit.kind.value, visit.professional, visit.place,
         now_text(), visit.id),
    )
    _log(tx, AccessAction.UPDATE, old.family_id, visit.id)
    return get_visit(tx, visit.id)


def delete_visit(tx: Transaction, visit_id: int) -> list[int]:
    """The visit and the notes written for it (each deletion logged); returns their ids."""
    old = get_visit(tx, visit_id)
    note_ids = [int(str(r[0])) for r in tx.fetchall(
        "SELECT id FROM note WHERE visit_id = ?", (visit_id,))]
    for note_id in note_ids:
        tx.log_family(AccessAction.DELETE, old.family_id, "note", note_id)
    _log(tx, AccessAction.DELETE, old.family_id, visit_id)
    tx.execute("DELETE FROM visit WHERE id = ?", (visit_id,))
    tx.touch(old.family_id)
    return note_ids


def list_visits(tx: Transaction, family_id: int) -> list[Visit]:
    rows = tx.fetchall(
        f"SELECT {_COLUMNS} FROM visit WHERE family_id = ? ORDER BY visit_date DESC, id DESC",
        (family_id,),
    )
    return [_from_row(r) for r in rows]
