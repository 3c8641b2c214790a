"""Notes and their full-text search (FTS5 inside the encrypted database)."""

from __future__ import annotations

import json
from datetime import date

from stap0_desktop.domain.access import AccessAction
from stap0_desktop.domain.models import Note, NoteHit
from stap0_desktop.domain.snippets import make_snippet, query_words
from stap0_desktop.storage.clock import now_text, parse_time
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.errors import InvalidReference, NotFound

_COLUMNS = "id, family_id, visit_id, body, created_at, updated_at, written_on"


def _from_row(row: tuple[object, ...]) -> Note:
    return Note(
        id=int(str(row[0])), family_id=int(str(row[1])),
        visit_id=int(str(row[2])) if row[2] is not None else None, body=str(row[3]),
        created_at=parse_time(row[4]), updated_at=parse_time(row[5]),
        written_on=date.fromisoformat(str(row[6])) if row[6] is not None else None,
    )


def _log(tx: Transaction, action: AccessAction, family_id: int, note_id: object) -> None:
    tx.log_family(action, family_id, "note", note_id)


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
        tx.family_uid(note.family_id)
        written_on = note.written_on.isoformat() if note.written_on else None
        note_id = tx.execute(
            "INSERT INTO note (family_id, visit_id, body, created_at, updated_at, written_on)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (note.family_id, note.visit_id, note.body, now, now, written_on),
        )
        action, created = AccessAction.CREATE, parse_time(now)
    else:
        row = tx.fetchone("SELECT family_id, created_at FROM note WHERE id = ?", (note.id,))
        if row is None:
            raise NotFound(kind="note", id=note.id)
        if int(str(row[0])) != note.family_id:
            raise InvalidReference(field="family_id", reason="moved")
        tx.execute(  # written here now: the day it was written elsewhere no longer holds
            "UPDATE note SET body = ?, visit_id = ?, updated_at = ?, written_on = NULL"
            " WHERE id = ?",
            (note.body, note.visit_id, now, note.id),
        )
        note_id, action, created = note.id, AccessAction.UPDATE, parse_time(row[1])
    tx.touch(note.family_id)
    _log(tx, action, note.family_id, note_id)
    return note.model_copy(update={
        "id": note_id, "created_at": created, "updated_at": parse_time(now),
        "written_on": note.written_on if action is AccessAction.CREATE else None})


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
    # A handed-over note by the day it was written there (a day sorts before its times).
    rows = tx.fetchall(sql + " ORDER BY coalesce(written_on, updated_at) DESC, id DESC", params)
    _log(tx, AccessAction.READ, family_id, "list")
    return [_from_row(r) for r in rows]


def fts_query(text: str) -> str:
    """A safe FTS5 expression: every word of the input as a quoted prefix term, all required.

    FTS5 operators typed by the user (AND, NEAR, quotes, colons) are treated as words.
    """
    return " ".join(f'"{w}"*' for w in query_words(text))


# Ranking scores every candidate, so a very common word in a large caseload would cost
# time in proportion to the caseload. Candidates are therefore the RANK_WINDOW most
# recently written matching notes (all of them when there are fewer), ranked by bm25.
# Snippets are made afterwards, for the shown hits only.
RANK_WINDOW = 1000

_COUNT_SQL = "SELECT count(*) FROM note_fts WHERE note_fts MATCH ? AND rowid >= ?"
_TOP_SQL = """
    SELECT rowid, bm25(note_fts) FROM note_fts
    WHERE note_fts MATCH ? AND rowid >= ? ORDER BY 2 LIMIT ?"""
_HIT_ROWS_SQL = """
    SELECT n.id, n.family_id, f.name, f.uid, n.visit_id, n.updated_at, n.body, f.city,
           f.street_address
    FROM note n JOIN family f ON f.id = n.family_id
    WHERE n.id IN (SELECT value FROM json_each(?))"""


def _count(tx: Transaction, expression: str, floor: int) -> int:
    row = tx.fetchone(_COUNT_SQL, (expression, floor))
    return int(str(row[0])) if row is not None else 0


def _window_floor(tx: Transaction, expression: str) -> int:
    """The lowest note id of (about) the RANK_WINDOW most recent matches; 0 for all.

    Counting matches is cheap in FTS5 while iterating them newest-first is not, so the
    floor is estimated from the overall hit rate and widened until the window is full.
    """
    total = _count(tx, expression, 0)
    if total <= RANK_WINDOW:
        return 0
    row = tx.fetchone("SELECT max(id) FROM note")
    newest = int(str(row[0])) if row is not None and row[0] is not None else 0
    span = max(1, newest * RANK_WINDOW // total)
    while span < newest:
        floor = newest - span
        if _count(tx, expression, floor) >= RANK_WINDOW:
            return floor
        span *= 2
    return 0


def search_notes(tx: Transaction, text: str, limit: int = 50) -> list[NoteHit]:
    """Ranked hits with snippets; each family shown is a logged read."""
    expression = fts_query(text)
    if not expression:
        return []
    floor = _window_floor(tx, expression)
    ranked = tx.fetchall(_TOP_SQL, (expression, floor, limit))
    if not ranked:
        return []
    scores = {int(str(rowid)): float(str(score)) for rowid, score in ranked}
    rows = tx.fetchall(_HIT_ROWS_SQL, (json.dumps(list(scores)),))
    words = query_words(text)
    hits = []
    for r in rows:
        family_id = int(str(r[1]))
        tx.remember_uid(family_id, str(r[3]))
        hits.append(NoteHit(
            note_id=int(str(r[0])), family_id=family_id, family_name=str(r[2]),
            visit_id=int(str(r[4])) if r[4] is not None else None,
            updated_at=parse_time(r[5]), snippet=make_snippet(str(r[6]), words),
            score=scores[int(str(r[0]))], family_city=str(r[7]), family_street=str(r[8]),
        ))
    hits.sort(key=lambda hit: (hit.score, -hit.note_id))
    for family_id in dict.fromkeys(hit.family_id for hit in hits):
        _log(tx, AccessAction.READ, family_id, "search")
    return hits
