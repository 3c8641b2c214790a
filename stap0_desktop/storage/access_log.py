"""The NEN 7513 access log: append-only (triggers) and hash-chained.

Each row's hash covers the previous row's hash and all of its own fields, so a changed,
inserted or removed row breaks the chain; the head row (last seq and hash) catches a
removed tail. Rows are written in the same transaction as the access they record.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from stap0_desktop.domain.access import AccessAction, AccessContext, AccessEvent, ClientIdType
from stap0_desktop.storage.connection import Connection

GENESIS = "0" * 64
_FIELDS = (
    "seq", "event_id", "action", "occurred_at", "outcome", "user_id", "user_name",
    "user_role", "purpose", "workstation", "client_id", "client_id_type", "object_type",
    "object_id", "source_system",
)
_COLUMNS = ", ".join((*_FIELDS, "prev_hash", "row_hash"))


def _row_hash(prev_hash: str, values: tuple[object, ...]) -> str:
    digest = hashlib.sha256(prev_hash.encode("ascii"))
    for value in values:
        text = str(value).encode("utf-8")
        digest.update(len(text).to_bytes(4, "big"))
        digest.update(text)
    return digest.hexdigest()


def utc_now_text() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class PendingEvent:
    """An access recorded during a transaction, written when the transaction commits."""

    action: AccessAction
    client_id: str
    client_id_type: ClientIdType
    object_type: str
    object_id: str
    outcome: str = "success"


def append_many(conn: Connection, context: AccessContext, events: list[PendingEvent]) -> int:
    """Chain and insert ``events`` inside the caller's transaction; return the last seq."""
    last_seq, last_hash = conn.execute(
        "SELECT last_seq, last_hash FROM access_log_head WHERE one = 1"
    ).fetchone()
    seq = int(last_seq)
    prev_hash = str(last_hash) or GENESIS
    occurred_at = utc_now_text()
    rows = []
    for event in events:
        seq += 1
        values = (
            seq, uuid.uuid4().hex, event.action.value, occurred_at, event.outcome,
            context.user_id, context.user_name, context.user_role, context.purpose,
            context.workstation, event.client_id, event.client_id_type.value,
            event.object_type, event.object_id, context.source_system,
        )
        row_hash = _row_hash(prev_hash, values)
        rows.append((*values, prev_hash, row_hash))
        prev_hash = row_hash
    conn.executemany(
        f"INSERT INTO access_log ({_COLUMNS}) VALUES ({', '.join('?' * (len(_FIELDS) + 2))})",
        rows,
    )
    conn.execute(
        "UPDATE access_log_head SET last_seq = ?, last_hash = ? WHERE one = 1", (seq, prev_hash)
    )
    return seq


@dataclass(frozen=True)
class LogVerdict:
    ok: bool
    rows: int
    first_bad_seq: int | None = None
    problem: str = ""


def verify(conn: Connection) -> LogVerdict:
    """Walk the whole chain; report the first row that was changed, inserted or removed."""
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    for row in conn.execute(f"SELECT {_COLUMNS} FROM access_log ORDER BY seq"):
        values, stored_prev, stored_hash = row[: len(_FIELDS)], row[-2], row[-1]
        seq = int(values[0])
        if seq != expected_seq:
            return LogVerdict(False, count, expected_seq, "missing")
        if stored_prev != prev_hash:
            return LogVerdict(False, count, seq, "chain")
        if _row_hash(prev_hash, tuple(values)) != stored_hash:
            return LogVerdict(False, count, seq, "changed")
        prev_hash = stored_hash
        expected_seq += 1
        count += 1
    last_seq, last_hash = conn.execute(
        "SELECT last_seq, last_hash FROM access_log_head WHERE one = 1"
    ).fetchone()
    if int(last_seq) != count or (count and last_hash != prev_hash):
        return LogVerdict(False, count, count + 1, "missing")
    return LogVerdict(True, count)


def read_events(
    conn: Connection, client_id: str | None = None, limit: int = 1000
) -> list[AccessEvent]:
    sql = f"SELECT {_COLUMNS} FROM access_log"
    params: tuple[object, ...] = ()
    if client_id is not None:
        sql += " WHERE client_id = ?"
        params = (client_id,)
    sql += " ORDER BY seq DESC LIMIT ?"
    rows = conn.execute(sql, (*params, limit)).fetchall()
    names = (*_FIELDS, "prev_hash", "row_hash")
    return [AccessEvent.model_validate(dict(zip(names, row, strict=True))) for row in rows]
