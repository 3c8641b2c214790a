"""The CJG's access log (NEN 7513): one row per access or refusal, append-only in the
database (triggers), and hash-chained: each row's ``row_hash`` is the SHA-256 of the
previous row's link and this row's fields, so a row changed or removed around the
database's guard breaks the chain (``stap0-cjg verify-log``). Rows from before the chain
(``row_hash`` empty) are counted apart.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class LogRow:
    """One NEN 7513 access-log row of the server."""

    action: str
    user_id: str
    role: str
    client_id: str
    object_id: str
    occurred_at: str
    outcome: str = "success"
    workstation: str = ""

    def fields(self) -> dict[str, str]:
        """The row as stored (and hashed), with a fresh event id."""
        return {"event_id": uuid.uuid4().hex, "action": self.action,
                "occurred_at": self.occurred_at, "outcome": self.outcome,
                "user_id": self.user_id, "user_role": self.role, "purpose": "zorgverlening",
                "workstation": self.workstation, "client_id": self.client_id,
                "client_id_type": "STAP0-PERSONKEY", "object_id": self.object_id,
                "source_system": "Stap 0 CJG"}


_COLUMNS = ("event_id, action, occurred_at, outcome, user_id, user_role, purpose,"
            " workstation, client_id, client_id_type, object_id, source_system")
LOG_FIELDS = tuple(_COLUMNS.replace(" ", "").split(","))
_LOG_SQL = ("INSERT INTO access_log (" + _COLUMNS + ", prev_hash, row_hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def log_hash(prev_hash: str, fields: dict[str, str]) -> str:
    """One link of the access log's chain: SHA-256 over the previous link and the row."""
    text = prev_hash + "\n" + "\x1f".join(fields[name] for name in LOG_FIELDS)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def append_log(c: Any, rows: list[LogRow], serialise: str) -> None:
    """Append rows to the hash chain (one appender at a time, across processes)."""
    if not rows:
        return
    c.execute(serialise)
    last = c.execute("SELECT row_hash FROM access_log ORDER BY seq DESC LIMIT 1").fetchone()
    prev = str(last[0]) if last else ""
    values = []
    for row in rows:
        fields = row.fields()
        link = log_hash(prev, fields)
        values.append((*(fields[name] for name in LOG_FIELDS), prev, link))
        prev = link
    c.executemany(_LOG_SQL, values)


@dataclass
class LogCheck:
    rows: int = 0               # chained rows that verify
    unchained: int = 0          # older rows, from before the chain
    broken_at: int | None = None
    last_hash: str = ""


def verify_chain(c: Any) -> LogCheck:
    """Walk the chain in one transaction ``c``: the first row whose link does not follow."""
    check = LogCheck()
    prev = ""
    cursor = c.execute("SELECT seq, " + _COLUMNS + ", prev_hash, row_hash"
                       " FROM access_log ORDER BY seq")
    for row in cursor:
        seq, fields = int(row[0]), dict(zip(LOG_FIELDS, map(str, row[1:-2]), strict=True))
        if not row[-1] and not check.rows:  # written before the chain existed
            check.unchained += 1
            continue
        if str(row[-2]) != prev or log_hash(prev, fields) != str(row[-1]):
            check.broken_at = seq
            break
        prev = str(row[-1])
        check.rows += 1
    check.last_hash = prev
    return check
