"""Families (gezinnen): create, read, update, archive, delete, erase, list — each logged."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any, cast

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.domain.models import Family, FamilySummary
from stap0_desktop.storage import handovers
from stap0_desktop.storage.clock import now_text, parse_date, parse_time
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.errors import NotFound
from stap0_desktop.storage.outbox_store import unseen_matches

_COLUMNS = ("id, uid, name, street_address, postcode, city, created_at, updated_at,"
            " archived_at, wijk")


def _log(tx: Transaction, action: AccessAction, uid: str, family_id: object) -> None:
    tx.log(action, client_id=uid, client_id_type=ClientIdType.FAMILY_UID,
           object_type="family", object_id=family_id)


def _from_row(row: tuple[object, ...]) -> Family:
    return Family(
        id=int(str(row[0])), uid=str(row[1]), name=str(row[2]), street_address=str(row[3]),
        postcode=str(row[4]), city=str(row[5]),
        created_at=parse_time(row[6]), updated_at=parse_time(row[7]),
        archived_at=parse_time(row[8]) if row[8] is not None else None, wijk=str(row[9]),
    )


def create_family(tx: Transaction, family: Family) -> Family:
    now = now_text()
    uid = family.uid or uuid.uuid4().hex
    new_id = tx.execute(
        "INSERT INTO family (uid, name, street_address, postcode, city, wijk, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, family.name, family.street_address, family.postcode, family.city, family.wijk,
         now, now),
    )
    tx.remember_uid(new_id, uid)
    _log(tx, AccessAction.CREATE, uid, new_id)
    created = parse_time(now)
    return family.model_copy(
        update={"id": new_id, "uid": uid, "created_at": created, "updated_at": created}
    )


def get_family(tx: Transaction, family_id: int, *, log: bool = True) -> Family:
    row = tx.fetchone(f"SELECT {_COLUMNS} FROM family WHERE id = ?", (family_id,))
    if row is None:
        raise NotFound(kind="family", id=family_id)
    family = _from_row(row)
    if log:
        _log(tx, AccessAction.READ, str(family.uid), family_id)
    return family


def update_family(tx: Transaction, family: Family) -> Family:
    if family.id is None:
        raise NotFound(kind="family", id=None)
    uid = tx.family_uid(family.id)
    tx.execute(
        "UPDATE family SET name = ?, street_address = ?, postcode = ?, city = ?, wijk = ?,"
        " updated_at = ? WHERE id = ?",
        (family.name, family.street_address, family.postcode, family.city, family.wijk,
         now_text(), family.id),
    )
    _log(tx, AccessAction.UPDATE, uid, family.id)
    return get_family(tx, family.id, log=False)


def set_archived(tx: Transaction, family_id: int, archived: bool) -> Family:
    """Close the file (out of the daily list, searchable on request) or open it again."""
    uid = tx.family_uid(family_id)
    tx.execute("UPDATE family SET archived_at = ? WHERE id = ?",
               (now_text() if archived else None, family_id))
    tx.touch(family_id)
    tx.log(AccessAction.UPDATE, client_id=uid, client_id_type=ClientIdType.FAMILY_UID,
           object_type="family_archived" if archived else "family_reopened",
           object_id=family_id)
    return get_family(tx, family_id, log=False)


def delete_family(tx: Transaction, family_id: int) -> None:
    uid = tx.family_uid(family_id)
    tx.execute("DELETE FROM family WHERE id = ?", (family_id,))
    tx.forget_family(family_id)
    _log(tx, AccessAction.DELETE, uid, family_id)


def erase_family(tx: Transaction, family_id: int) -> int:
    """Erasure on request (AVG art. 17): every row of the family goes — members, relations,
    visits, notes and their search index, checklists, plans, consent, signals. What stays
    is the access log, and the ids of signals the CJG may hold until it has confirmed
    their withdrawal. Returns how many withdrawals are owed to the CJG. The caller
    compacts the database afterwards, so that freed pages keep nothing either."""
    uid = tx.family_uid(family_id)
    now = now_text()
    held = [str(r[0]) for r in tx.fetchall(
        "SELECT id FROM outbox WHERE family_id = ? AND state IN"
        " ('sending', 'received', 'withdrawal_waiting')", (family_id,))]
    tx.conn.executemany(
        "INSERT OR IGNORE INTO erased_signal (id, family_uid, erased_at) VALUES (?, ?, ?)",
        [(envelope_id, uid, now) for envelope_id in held])
    handovers.forget_family_out(tx, family_id)   # what travelled is not kept here either
    tx.execute("DELETE FROM family WHERE id = ?", (family_id,))  # the rest cascades
    tx.forget_family(family_id)
    tx.log(AccessAction.DELETE, client_id=uid, client_id_type=ClientIdType.FAMILY_UID,
           object_type="family_erasure", object_id=family_id)
    return len(held)


_LIST_SQL = """
    SELECT f.id, f.uid, f.name, f.city, f.member_count, f.last_visit,
           f.updated_at, f.archived_at IS NOT NULL, f.street_address
    FROM family f"""  # the counts are kept with the family (migration 19)


def list_families(
    tx: Transaction, text: str = "", limit: int | None = None, *, archived: bool = False,
    ids: Collection[int] | None = None,
) -> list[FamilySummary]:
    """The caseload overview in name order (``limit``: the first screenful only);
    ``archived``: the closed files too; ``ids``: only these families (those a change
    touched, so the list need not be read again whole).

    The listing itself is one logged read.
    """
    sql = _LIST_SQL
    params: list[object] = []
    where = [] if archived else ["f.archived_at IS NULL"]
    if ids is not None:
        wanted = sorted(set(ids))
        where.append(f"f.id IN ({', '.join('?' * len(wanted))})" if wanted else "0")
        params.extend(wanted)
    if text.strip():
        pattern = f"%{text.strip()}%"
        where.append("(f.name LIKE ? OR f.city LIKE ? OR f.postcode LIKE ?)")
        params.extend([pattern, pattern, pattern])
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY f.name COLLATE NOCASE, f.id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = tx.fetchall(sql, tuple(params))
    unseen = unseen_matches(tx)
    tx.log(AccessAction.READ, client_id="", client_id_type=ClientIdType.NONE,
           object_type="family_list", object_id=len(rows))
    typed = cast("list[tuple[Any, ...]]", rows)  # our own schema's columns
    # STRICT columns come typed: only the dates are parsed.
    return [
        FamilySummary(r[0], r[1], r[2], r[3], r[4], parse_date(r[5]), parse_time(r[6]),
                      bool(r[7]), r[8], unseen.get(r[0], 0))
        for r in typed
    ]


def set_provenance(tx: Transaction, family_id: int, provenance: str) -> None:
    """Where a family came from: a warm handover's sender, date and summary (JSON)."""
    tx.execute("UPDATE family SET provenance = ? WHERE id = ?", (provenance, family_id))


def provenance(tx: Transaction, family_id: int) -> str | None:
    row = tx.fetchone("SELECT provenance FROM family WHERE id = ?", (family_id,))
    return None if row is None or row[0] is None else str(row[0])
