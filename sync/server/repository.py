"""Server storage behind one interface; this is the embedded SQLite engine.

Signals are matched through a table of keyed person hashes (HMAC of each BSN with the
server's secret), indexed, so the cost of matching does not grow with the inbox.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sync.server.engines import LATEST, MIGRATIONS, Engine, SqliteEngine, engine_for


@dataclass(frozen=True)
class Device:
    id: str
    public_key: bytes
    professional: str
    organisation: str
    revoked: bool


@dataclass(frozen=True)
class StoredEnvelope:
    id: str
    device_id: str
    kind: str
    digest: str
    receipt: str
    status: str
    payload: str


@dataclass(frozen=True)
class Incoming:
    """A verified envelope, ready to store."""

    kind: str
    envelope_id: str
    device_id: str
    digest: str
    received_at: str
    receipt: str
    payload: str
    ends_on: str = ""
    keys: frozenset[str] = frozenset()
    professional: tuple[str, str] = ("", "")
    target: str = ""


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

    def values(self) -> tuple[str, ...]:
        return (uuid.uuid4().hex, self.action, self.occurred_at, self.outcome, self.user_id,
                self.role, self.workstation, self.client_id, self.object_id)


_LOG_SQL = ("INSERT INTO access_log (event_id, action, occurred_at, outcome, user_id, user_role,"
            " purpose, workstation, client_id, client_id_type, object_id, source_system)"
            " VALUES (?, ?, ?, ?, ?, ?, 'zorgverlening', ?, ?, 'STAP0-PERSONKEY', ?,"
            " 'Stap 0 CJG')")


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode("ascii")).hexdigest()


class Tx:
    """A transaction: SQL written once with ``?`` placeholders, run on either engine."""

    def __init__(self, conn: Any, engine: Engine) -> None:
        self._conn = conn
        self._engine = engine

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self._conn.execute(self._engine.sql(sql), params)

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self._conn.cursor().executemany(self._engine.sql(sql), rows)


class Repository:
    """Server storage on SQLite or PostgreSQL. One connection, serialised by a lock;
    every public method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        engine.open()
        try:
            self._migrate()
        except BaseException:
            engine.close()
            raise

    def _migrate(self) -> None:
        """Apply every migration the database does not have yet, each in a transaction."""
        with self.tx() as c:
            c.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = c.execute("SELECT max(version) FROM schema_version").fetchone()
        current = int(row[0]) if row and row[0] is not None else 0
        if current > LATEST:
            raise RuntimeError(f"database schema {current} is newer than this server ({LATEST})")
        for version, _ in MIGRATIONS:
            if version <= current:
                continue
            with self.tx() as c:
                for statement in self.engine.statements(version):
                    c.execute(statement)
                c.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))

    @property
    def schema_version(self) -> int:
        with self.tx() as c:
            row = c.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0])

    @contextmanager
    def tx(self) -> Iterator[Tx]:
        with self._lock, self.engine.connection() as conn:
            conn.execute(self.engine.begin)
            try:
                yield Tx(conn, self.engine)
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(Exception):  # a lost connection has no transaction
                    conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.engine.close()

    # -- enrollment ------------------------------------------------------------------
    def add_invite(self, code: str, professional: str, organisation: str, now: str) -> None:
        with self.tx() as c:
            c.execute("INSERT INTO invite (code_hash, professional, organisation, created_at)"
                      " VALUES (?, ?, ?, ?)", (code_hash(code), professional, organisation, now))

    def spend_invite(self, code: str, public_key: bytes, now: str) -> Device | str:
        """Enroll a device with a one-time code; an error code when that cannot be."""
        with self.tx() as c:
            row = c.execute("SELECT professional, organisation, spent_at FROM invite"
                            " WHERE code_hash = ?", (code_hash(code),)).fetchone()
            if row is None:
                return "unknown_code"
            if row[2] is not None:
                return "spent_code"
            if c.execute("SELECT 1 FROM device WHERE public_key = ?", (public_key,)).fetchone():
                return "key_in_use"
            device_id = uuid.uuid4().hex
            c.execute("INSERT INTO device (id, public_key, professional, organisation,"
                      " enrolled_at) VALUES (?, ?, ?, ?, ?)",
                      (device_id, public_key, row[0], row[1], now))
            c.execute("UPDATE invite SET spent_at = ?, device_id = ? WHERE code_hash = ?",
                      (now, device_id, code_hash(code)))
            return Device(device_id, public_key, row[0], row[1], False)

    def device(self, device_id: str) -> Device | None:
        with self.tx() as c:
            row = c.execute("SELECT id, public_key, professional, organisation, revoked_at"
                            " FROM device WHERE id = ?", (device_id,)).fetchone()
        return Device(row[0], bytes(row[1]), row[2], row[3], row[4] is not None) if row else None

    def devices(self) -> list[Device]:
        with self.tx() as c:
            rows = c.execute("SELECT id, public_key, professional, organisation, revoked_at"
                             " FROM device ORDER BY enrolled_at").fetchall()
        return [Device(r[0], bytes(r[1]), r[2], r[3], r[4] is not None) for r in rows]

    def revoke(self, device_id: str, now: str) -> bool:
        with self.tx() as c:
            return bool(c.execute("UPDATE device SET revoked_at = ? WHERE id = ? AND"
                                  " revoked_at IS NULL", (now, device_id)).rowcount == 1)

    def use_nonce(self, device_id: str, nonce: str, now: float, window: float) -> bool:
        """False when the nonce was seen before (a replay)."""
        with self.tx() as c:
            c.execute("DELETE FROM nonce WHERE seen_at < ?", (now - 2 * window,))
            inserted = c.execute(
                "INSERT INTO nonce (device_id, nonce, seen_at) VALUES (?, ?, ?)"
                " ON CONFLICT DO NOTHING", (device_id, nonce, now)).rowcount
            return bool(inserted == 1)

    # -- envelopes ---------------------------------------------------------------------
    def envelope(self, envelope_id: str) -> StoredEnvelope | None:
        with self.tx() as c:
            row = c.execute("SELECT id, device_id, kind, digest, receipt, status, payload"
                            " FROM envelope WHERE id = ?", (envelope_id,)).fetchone()
        return StoredEnvelope(*row) if row else None

    def store_signal(self, envelope_id: str, device_id: str, digest: str, received_at: str,
                     receipt: str, ends_on: str, payload: str, keys: set[str],
                     professional: tuple[str, str]) -> list[str]:
        """Store one signal with its person keys; the envelopes it matches."""
        item = Incoming("signal", envelope_id, device_id, digest, received_at, receipt,
                        payload, ends_on=ends_on, keys=frozenset(keys),
                        professional=professional)
        return self.store_batch([item])[envelope_id]

    def store_withdrawal(self, envelope_id: str, device_id: str, digest: str,
                         received_at: str, receipt: str, payload: str, target: str) -> bool:
        item = Incoming("withdrawal", envelope_id, device_id, digest, received_at, receipt,
                        payload, target=target)
        return bool(self.store_batch([item])[envelope_id])

    def store_batch(self, items: list[Incoming],
                    logs: list[LogRow] | None = None) -> dict[str, list[str]]:
        """Store verified envelopes and their log rows in one transaction.

        For a signal: the envelopes it matches; for a withdrawal: [target] when withdrawn.
        """
        outcome: dict[str, list[str]] = {}
        with self.tx() as c:
            c.execute(self.engine.serialise_matching)
            for item in items:
                if item.kind == "signal":
                    outcome[item.envelope_id] = self._insert_signal(c, item)
                else:
                    outcome[item.envelope_id] = self._insert_withdrawal(c, item)
            c.executemany(_LOG_SQL, [row.values() for row in logs or []])
        return outcome

    def _insert_signal(self, c: Tx, item: Incoming) -> list[str]:
        c.execute("INSERT INTO envelope (id, device_id, kind, digest, received_at, receipt,"
                  " status, ends_on, payload) VALUES (?, ?, 'signal', ?, ?, ?, 'active', ?, ?)",
                  (item.envelope_id, item.device_id, item.digest, item.received_at,
                   item.receipt, item.ends_on, item.payload))
        c.executemany("INSERT INTO person_key (envelope_id, key) VALUES (?, ?)",
                      [(item.envelope_id, key) for key in sorted(item.keys)])
        others: list[str] = []
        for key in sorted(item.keys):
            for (other,) in c.execute(
                "SELECT pk.envelope_id FROM person_key pk JOIN envelope e"
                " ON e.id = pk.envelope_id JOIN device d ON d.id = e.device_id"
                " WHERE pk.key = ? AND e.status = 'active' AND e.device_id <> ?"
                " AND NOT (d.professional = ? AND d.organisation = ?)",
                (key, item.device_id, *item.professional)):
                if other != item.envelope_id and other not in others:
                    others.append(other)
        c.executemany("INSERT INTO match (a, b, matched_at) VALUES (?, ?, ?)"
                      " ON CONFLICT DO NOTHING",
                      [(min(item.envelope_id, o), max(item.envelope_id, o), item.received_at)
                       for o in others])
        return others

    def _insert_withdrawal(self, c: Tx, item: Incoming) -> list[str]:
        c.execute("INSERT INTO envelope (id, device_id, kind, digest, received_at, receipt,"
                  " status, payload) VALUES (?, ?, 'withdrawal', ?, ?, ?, 'done', ?)",
                  (item.envelope_id, item.device_id, item.digest, item.received_at,
                   item.receipt, item.payload))
        changed = c.execute("UPDATE envelope SET status = 'withdrawn' WHERE id = ? AND"
                            " device_id = ? AND kind = 'signal' AND status = 'active'",
                            (item.target, item.device_id)).rowcount == 1
        if changed:
            c.execute("DELETE FROM match WHERE a = ? OR b = ?", (item.target, item.target))
            return [item.target]
        return []

    def envelopes(self, ids: list[str]) -> dict[str, StoredEnvelope]:
        if not ids:
            return {}
        sql = ("SELECT id, device_id, kind, digest, receipt, status, payload FROM envelope"
               " WHERE id IN (" + ", ".join("?" * len(ids)) + ")")
        with self.tx() as c:
            rows = c.execute(sql, tuple(ids)).fetchall()
        return {r[0]: StoredEnvelope(*r) for r in rows}

    def expire(self, today: str) -> list[str]:
        with self.tx() as c:
            ids = [r[0] for r in c.execute("SELECT id FROM envelope WHERE kind = 'signal' AND"
                                           " status = 'active' AND ends_on < ?", (today,))]
            for envelope_id in ids:
                c.execute("UPDATE envelope SET status = 'expired' WHERE id = ?", (envelope_id,))
                c.execute("DELETE FROM match WHERE a = ? OR b = ?", (envelope_id, envelope_id))
            c.executemany(_LOG_SQL, [LogRow("D", "cjg", "purge", "", envelope_id, today).values()
                                     for envelope_id in ids])
        return ids

    def matches_for_device(self, device_id: str) -> list[tuple[str, str, str, str]]:
        """(own envelope, other envelope, other's payload, matched_at) per match."""
        with self.tx() as c:
            rows = c.execute(
                "SELECT mine.id, other.id, other.payload, m.matched_at FROM envelope mine"
                " JOIN match m ON m.a = mine.id JOIN envelope other ON other.id = m.b"
                " WHERE mine.device_id = ?"
                " UNION ALL"
                " SELECT mine.id, other.id, other.payload, m.matched_at FROM envelope mine"
                " JOIN match m ON m.b = mine.id JOIN envelope other ON other.id = m.a"
                " WHERE mine.device_id = ? ORDER BY 4", (device_id, device_id)).fetchall()
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def inbox(self) -> list[StoredEnvelope]:
        with self.tx() as c:
            rows = c.execute("SELECT id, device_id, kind, digest, receipt, status, payload"
                             " FROM envelope WHERE kind = 'signal' ORDER BY received_at")
            return [StoredEnvelope(*r) for r in rows.fetchall()]

    def all_matches(self) -> list[tuple[str, str, str]]:
        with self.tx() as c:
            return [(r[0], r[1], r[2]) for r in c.execute(
                "SELECT a, b, matched_at FROM match ORDER BY matched_at").fetchall()]

    # -- access log ----------------------------------------------------------------------
    def log(self, action: str, user_id: str, role: str, client_id: str, object_id: str,
            now: str, outcome: str = "success", workstation: str = "") -> None:
        row = LogRow(action, user_id, role, client_id, object_id, now, outcome, workstation)
        with self.tx() as c:
            c.execute(_LOG_SQL, row.values())

    def access_log(self) -> list[dict[str, object]]:
        with self.tx() as c:
            cursor = c.execute("SELECT * FROM access_log ORDER BY seq")
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def open_repository(url: str | None, default: Path) -> Repository:
    """``sqlite:PATH`` (or nothing: ``default``) or ``postgresql://…``."""
    return Repository(engine_for(url) if url else SqliteEngine(default))


def SqliteRepository(path: Path | str) -> Repository:
    return Repository(SqliteEngine(Path(path)))
