"""Notes and their full-text search (FTS5 inside the encrypted database)."""

from __future__ import annotations

import re

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.domain.models import Note, NoteHit
from stap0_desktop.storage.clock import now_text, parse_time
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.errors import InvalidReference, NotFound
from stap0_desktop.storage.families import family_uid, touch_family

# Matches are wrapped in these control characters; the UI turns them into highlighting.
MARK_START = "\x02"
MARK_END = "\x03"
_COLUMNS = "id, family_id, visit_id, body, created_at, updated_at"
_WORD = re.compile(r"\w+", re.UNICODE)


def _from_row(row: tuple[object, ...]) -> Note:
    return Note(
        id=int(str(row[0])), family_id=int(str(row[1])),
        visit_id=int(str(row[2])) if row[2] is not None else None, body=str(row[3]),
        created_at=parse_time(row[4]), updated_at=parse_time(row[5]),
    )


def _log(tx: Transaction, action: AccessAction, family_id: int, note_id: object) -> None:
    tx.log(action, client_id=family_uid(tx, family_id), client_id_type=ClientIdType.FAMILY_UID,
           object_type="note", object_id=note_id)


def get_note(tx: Transaction, note_id: int, *, log: bool = True) -> Note:
    row = tx.fetchone(f"SELECT {_COLUMNS} FROM note WHERE id = ?", (note_id,))
    if row is None:
        raise NotFound(kind="note", id=note_id)
    note = _from_row(row)
    if log:
        _log(tx, AccessAction.READ, note.family_id, note_id)
    return note


def save_note(tx: Transaction, note: Note) -> Note:
    """Insert a new note or update an existing one; returns it as stored."""
    if note.visit_id is not None:
        row = tx.fetchone("SELECT family_id FROM visit WHERE id = ?", (note.visit_id,))
        if row is None or int(str(row[0])) != note.family_id:
            raise InvalidReference(field="visit_id", reason="other_family")
    now = now_text()
    if note.id is None:
        family_uid(tx, note.family_id)
        tx.execute(
            "INSERT INTO note (family_id, visit_id, body, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (note.family_id, note.visit_id, note.body, now, now),
        )
        row = tx.fetchone("SELECT last_insert_rowid()")
        assert row is not None
        note_id, action = int(str(row[0])), AccessAction.CREATE
    else:
        old = get_note(tx, note.id, log=False)
        if old.family_id != note.family_id:
            raise InvalidReference(field="family_id", reason="moved")
        tx.execute(
            "UPDATE note SET body = ?, visit_id = ?, updated_at = ? WHERE id = ?",
            (note.body, note.visit_id, now, note.id),
        )
        note_id, action = note.id, AccessAction.UPDATE
    touch_family(tx, note.family_id)
    _log(tx, action, note.family_id, note_id)
    return get_note(tx, note_id, log=False)


def delete_note(tx: Transaction, note_id: int) -> None:
    old = get_note(tx, note_id, log=False)
    _log(tx, AccessAction.DELETE, old.family_id, note_id)
    tx.execute("DELETE FROM note WHERE id = ?", (note_id,))


def list_notes(tx: Transaction, family_id: int, visit_id: int | None = None) -> list[Note]:
    sql = f"SELECT {_COLUMNS} FROM note WHERE family_id = ?"
    params: tuple[object, ...] = (family_id,)
    if visit_id is not None:
        sql += " AND visit_id = ?"
        params = (family_id, visit_id)
    rows = tx.fetchall(sql + " ORDER BY updated_at DESC, id DESC", params)
    _log(tx, AccessAction.READ, family_id, "list")
    return [_from_row(r) for r in rows]


def fts_query(text: str) -> str:
    """A safe FTS5 expression: every word of the input as a quoted prefix term, all required.

    FTS5 operators typed by the user (AND, NEAR, quotes, colons) are treated as words.
    """
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words[:16])


SEARCH_SQL = """
    SELECT n.id, n.family_id, f.name, n.visit_id, n.updated_at,
           snippet(note_fts, 0, ?, ?, '…', 14), bm25(note_fts)
    FROM note_fts
    JOIN note n ON n.id = note_fts.rowid
    JOIN family f ON f.id = n.family_id
    WHERE note_fts MATCH ?
    ORDER BY bm25(note_fts)
    LIMIT ?"""


def search_notes(tx: Transaction, text: str, limit: int = 50) -> list[NoteHit]:
    """Ranked hits with snippets; each family shown is a logged read."""
    expression = fts_query(text)
    if not expression:
        return []
    rows = tx.fetchall(SEARCH_SQL, (MARK_START, MARK_END, expression, limit))
    hits = [
        NoteHit(
            note_id=int(str(r[0])), family_id=int(str(r[1])), family_name=str(r[2]),
            visit_id=int(str(r[3])) if r[3] is not None else None,
            updated_at=parse_time(r[4]), snippet=str(r[5]), score=float(str(r[6])),
        )
        for r in rows
    ]
    for family_id in dict.fromkeys(hit.family_id for hit in hits):
        _log(tx, AccessAction.READ, family_id, "search")
    return hits
