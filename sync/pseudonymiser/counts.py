"""How many evaluations each device asked for per day — counts only, never an element.
The same table is the service's access log (NEN 7513: who, when, how many, outcome)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS daily (
        day TEXT NOT NULL, device_id TEXT NOT NULL, evaluated INTEGER NOT NULL,
        refused INTEGER NOT NULL, PRIMARY KEY (day, device_id))""",
    """CREATE TABLE IF NOT EXISTS access_log (
        seq INTEGER PRIMARY KEY, occurred_at TEXT NOT NULL, device_id TEXT NOT NULL,
        organisation TEXT NOT NULL, count INTEGER NOT NULL, outcome TEXT NOT NULL)""",
)


class Counts:
    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        for statement in _SCHEMA:
            self._conn.execute(statement)
        self._lock = threading.Lock()

    def take(self, day: str, device_id: str, organisation: str, count: int, now: str,
             per_device: int, all_devices: int) -> str | None:
        """Count ``count`` evaluations if both limits allow; the refusal code otherwise."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                row = self._conn.execute(
                    "SELECT evaluated FROM daily WHERE day = ? AND device_id = ?",
                    (day, device_id)).fetchone()
                mine = int(row[0]) if row else 0
                total = int(self._conn.execute(
                    "SELECT coalesce(sum(evaluated), 0) FROM daily WHERE day = ?",
                    (day,)).fetchone()[0])
                refused = ("pseudonym_limit" if mine + count > per_device
                           else "pseudonymiser_busy" if total + count > all_devices else None)
                taken = 0 if refused else count
                self._conn.execute(
                    "INSERT INTO daily (day, device_id, evaluated, refused) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (day, device_id) DO UPDATE SET"
                    " evaluated = evaluated + excluded.evaluated,"
                    " refused = refused + excluded.refused",
                    (day, device_id, taken, count - taken))
                self._conn.execute(
                    "INSERT INTO access_log (occurred_at, device_id, organisation, count,"
                    " outcome) VALUES (?, ?, ?, ?, ?)",
                    (now, device_id, organisation, count, refused or "success"))
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return refused

    def evaluated(self, day: str, device_id: str) -> int:
        with self._lock:
            row = self._conn.execute("SELECT evaluated FROM daily WHERE day = ? AND device_id"
                                     " = ?", (day, device_id)).fetchone()
        return int(row[0]) if row else 0

    def today(self, day: str) -> list[tuple[str, int, int]]:
        with self._lock:
            rows = self._conn.execute("SELECT device_id, evaluated, refused FROM daily"
                                      " WHERE day = ? ORDER BY device_id", (day,)).fetchall()
        return [(str(a), int(b), int(c)) for a, b, c in rows]

    def close(self) -> None:
        self._conn.close()
