"""Server storage behind one interface; this is the embedded SQLite engine.

Signals are matched through an indexed table of pseudonyms (protocol v2: made by the
laptops with the pseudonymisation service; the inbox holds no key to reverse them), so the
cost of matching does not grow with the inbox. A signal that ends leaves a tombstone.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from itertools import groupby
from pathlib import Path
from typing import Any

from sync.protocol.canonical import utc_second
from sync.server import coordination_store
from sync.server.access_log import LogCheck, LogRow, append_log, verify_chain
from sync.server.coordination_store import OpenMatch, Terms
from sync.server.engines import LATEST, MIGRATIONS, Engine, SqliteEngine, engine_for
from sync.server.match_queries import (
    ACTIVE_OTHERS_WITH_KEYS,
    MATCHES_FOR_DEVICE,
    NAMED_BY_DEVICE_ON_DAY,
    for_keys,
    roles_of,
)
from sync.server.matching import Shared, how
from sync.server.rows import (
    DEVICE_COLUMNS,
    Device,
    Incoming,
    MatchRow,
    StoredEnvelope,
    device_from_row,
    match_row,
)

INVITE_DAYS = 14
PURGE_EVERY_S = 60.0


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
        self._purged_at = float("-inf")      # nonces and rate counts (``_purge_when_due``)
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
        with self._lock, self._connection(self.engine.begin) as (conn, _begun):
            try:
                yield Tx(conn, self.engine)
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(Exception):  # a lost connection has no transaction
                    conn.execute("ROLLBACK")
                raise

    def _read_one(self, sql: str, params: tuple[Any, ...]) -> Any:
        """One statement's first row, read as a transaction of its own (no BEGIN and
        COMMIT: two round trips fewer on PostgreSQL)."""
        with self._lock, self._connection(self.engine.sql(sql), params) as (_conn, cursor):
            return cursor.fetchone()

    @contextmanager
    def _connection(self, first: str, params: tuple[Any, ...] = ()
                    ) -> Iterator[tuple[Any, Any]]:
        """A connection on which ``first`` ran, and its cursor. A pooled connection that
        PostgreSQL has cut (a restart) fails at that first statement, before anything is
        done: the pool drops it and the next one is tried, up to a fresh one."""
        for attempt in range(self.engine.pool_size + 1):
            with self.engine.connection() as conn:
                try:
                    cursor = conn.execute(first, params)
                except Exception as exc:
                    if attempt == self.engine.pool_size or not self.engine.lost(conn, exc):
                        raise
                    continue
                yield conn, cursor
                return

    def close(self) -> None:
        self.engine.close()

    # -- enrollment ------------------------------------------------------------------
    def add_invite(self, code: str, professional: str, organisation: str, now: str,
                   phone: str = "", email: str = "", role: str = "",
                   days: int = INVITE_DAYS, organisation_kind: str = "") -> str:
        """A one-time code, valid for ``days``; name, organisation, role and work contact
        are what the other professional is shown at a match (never anything a laptop says
        of itself). Returns when the code expires."""
        expires = utc_second(_moment(now) + timedelta(days=days))
        with self.tx() as c:
            c.execute("INSERT INTO invite (code_hash, professional, organisation, created_at,"
                      " phone, email, role, expires_at, organisation_kind)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (code_hash(code), professional, organisation, now, phone, email, role,
                       expires, organisation_kind))
        return expires

    def spend_invite(self, code: str, public_key: bytes, now: str) -> Device | str:
        """Enroll a device with a one-time code; an error code when that cannot be."""
        with self.tx() as c:
            row = c.execute("SELECT professional, organisation, spent_at, phone, email, role,"
                            " created_at, expires_at, organisation_kind FROM invite"
                            " WHERE code_hash = ?",
                            (code_hash(code),)).fetchone()
            if row is None:
                return "unknown_code"
            if row[2] is not None:
                return "spent_code"
            expires = _moment(row[7]) if row[7] else _moment(row[6]) + timedelta(INVITE_DAYS)
            if _moment(now) >= expires:
                return "expired_code"
            if c.execute("SELECT 1 FROM device WHERE public_key = ?", (public_key,)).fetchone():
                return "key_in_use"
            device_id = uuid.uuid4().hex
            c.execute("INSERT INTO device (id, public_key, professional, organisation,"
                      " enrolled_at, phone, email, role, organisation_kind)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (device_id, public_key, row[0], row[1], now, row[3], row[4], row[5],
                       row[8]))
            c.execute("UPDATE invite SET spent_at = ?, device_id = ? WHERE code_hash = ?",
                      (now, device_id, code_hash(code)))
            return Device(device_id, public_key, row[0], row[1], False, row[3], row[4], row[5],
                          organisation_kind=row[8])

    def device(self, device_id: str) -> Device | None:
        row = self._read_one(f"SELECT {DEVICE_COLUMNS} FROM device WHERE id = ?",
                             (device_id,))
        return None if row is None else device_from_row(row)

    def devices(self) -> list[Device]:
        with self.tx() as c:
            rows = c.execute(f"SELECT {DEVICE_COLUMNS} FROM device"
                             " ORDER BY enrolled_at").fetchall()
        return [device_from_row(r) for r in rows]

    def revoke(self, device_id: str, now: str) -> bool:
        """Revoke a device; its active signals end as if the CJG withdrew them."""
        with self.tx() as c:
            if c.execute("UPDATE device SET revoked_at = ? WHERE id = ? AND"
                         " revoked_at IS NULL", (now, device_id)).rowcount != 1:
                return False
            ids = [r[0] for r in c.execute("SELECT id FROM envelope WHERE device_id = ? AND"
                                           " kind = 'signal' AND status = 'active'",
                                           (device_id,)).fetchall()]
            for envelope_id in ids:
                _end(c, envelope_id, "revoked", now[:10])
            append_log(c, [LogRow("D", "cjg", "revoke", "", envelope_id, now)
                             for envelope_id in ids], self.engine.serialise_log)
            return True

    def admit(self, device_id: str, nonce: str, now: float, window: float) -> tuple[bool, int]:
        """One signed request of a device, in one transaction: (the nonce is new — False is
        a replay, the device's requests this minute so far)."""
        with self.tx() as c:
            self._purge_when_due(c, now, window)
            fresh = c.execute(
                "INSERT INTO nonce (device_id, nonce, seen_at) VALUES (?, ?, ?)"
                " ON CONFLICT DO NOTHING", (device_id, nonce, now)).rowcount == 1
            return bool(fresh), _count(c, f"device:{device_id}", now, 60)

    def count_request(self, bucket: str, now: float, window_s: int) -> int:
        """Count one request in ``bucket``'s current window; the window's count so far.
        In the database, so that every worker process shares the limit."""
        with self.tx() as c:
            self._purge_when_due(c, now)
            return _count(c, bucket, now, window_s)

    def _purge_when_due(self, c: Tx, now: float, window: float = 300.0) -> None:
        """Nonces older than two signature windows and rate counts older than an hour go,
        at most once a minute per process (not at every request): a nonce is refused as a
        replay only while its request's time is inside the window anyway."""
        if now - self._purged_at < PURGE_EVERY_S:
            return
        c.execute("DELETE FROM nonce WHERE seen_at < ?", (now - max(2 * window, 600.0),))
        c.execute("DELETE FROM rate_window WHERE window_start < ?", (int(now) - 4200,))
        self._purged_at = now

    # -- envelopes ---------------------------------------------------------------------
    def envelope(self, envelope_id: str) -> StoredEnvelope | None:
        with self.tx() as c:
            row = c.execute("SELECT id, device_id, kind, digest, receipt, status, payload,"
                            " received_at FROM envelope WHERE id = ?", (envelope_id,)).fetchone()
        return StoredEnvelope(*row) if row else None

    def store_withdrawal(self, envelope_id: str, device_id: str, digest: str,
                         received_at: str, receipt: str, target: str) -> bool:
        item = Incoming("withdrawal", envelope_id, device_id, digest, received_at, receipt,
                        target=target)
        return bool(self.store_batch([item])[envelope_id])

    def store_batch(self, items: list[Incoming], logs: list[LogRow] | None = None,
                    people: tuple[str, str, int] | None = None) -> dict[str, list[str]]:
        """Store verified envelopes and their log rows in one transaction; ``people``
        (device, day, count) adds the batch's new people to the device's day counter.

        For a signal: the envelopes it matches; for a withdrawal: [target] when withdrawn;
        for a coordination step: [] when applied, [code] when refused (nothing stored).
        """
        outcome: dict[str, list[str]] = {}
        logs = list(logs or [])
        with self.tx() as c:
            c.execute(self.engine.serialise_matching)
            if people and people[2]:
                c.execute("INSERT INTO people_count (device_id, day, people) VALUES (?, ?, ?)"
                          " ON CONFLICT (device_id, day) DO UPDATE"
                          " SET people = people_count.people + excluded.people", people)
            # Consecutive signals of one device are stored at once; withdrawals in order.
            for (kind, _device), group in groupby(items, lambda i: (i.kind, i.device_id)):
                if kind == "signal":
                    outcome.update(self._insert_signals(c, list(group)))
                elif kind == "coordination":
                    for item in group:
                        refused, row = coordination_store.apply_step(c, item)
                        outcome[item.envelope_id] = [] if refused is None else [refused]
                        logs.append(row)
                else:
                    for item in group:
                        outcome[item.envelope_id] = self._insert_withdrawal(c, item)
            append_log(c, logs, self.engine.serialise_log)
        return outcome

    def _insert_signals(self, c: Tx, run: list[Incoming]) -> dict[str, list[str]]:
        """One device's signals: their rows in one statement each, and the other
        professionals' active signals naming any of their pseudonyms in one lookup (a
        device's signals never match each other, so none of the run can match another).
        For each signal: the envelopes it matches."""
        device, professional = run[0].device_id, run[0].professional
        c.executemany("INSERT INTO envelope (id, device_id, kind, digest, received_at, receipt,"
                      " status, ends_on, payload, signalled_on, domains, judgement)"
                      " VALUES (?, ?, 'signal', ?, ?, ?, 'active', ?, '', ?, ?, ?)",
                      [(i.envelope_id, i.device_id, i.digest, i.received_at, i.receipt,
                        i.ends_on, i.signalled_on, i.domains, i.judgement) for i in run])
        c.executemany("INSERT INTO person_key (envelope_id, key, role, mother_of_unborn,"
                      " device_id, day) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                      [(i.envelope_id, k.pseudonym, k.role, int(k.mother_of_unborn),
                        i.device_id, i.received_at[:10])
                       for i in run for k in sorted(i.keys, key=lambda k: (k.pseudonym, k.role))])
        named: dict[str, list[tuple[str, str, str, bool]]] = {}
        for key, other, other_device, role, mother in for_keys(
                c, ACTIVE_OTHERS_WITH_KEYS, {k.pseudonym for i in run for k in i.keys},
                (device, *professional)):
            named.setdefault(str(key), []).append(
                (str(other), str(other_device), str(role), bool(mother)))
        outcome: dict[str, list[str]] = {}
        rows = []
        for item in run:
            shared: dict[str, list[Shared]] = {}
            devices: dict[str, str] = {}
            for mine in item.keys:
                for other, other_device, role, mother in named.get(mine.pseudonym, []):
                    devices[other] = other_device
                    shared.setdefault(other, []).append(
                        Shared(mine.role, role, mine.mother_of_unborn or mother))
            for other, found in shared.items():
                (a, a_device), (b, b_device) = sorted([(item.envelope_id, device),
                                                       (other, devices[other])])
                rows.append((a, b, a_device, b_device, item.received_at, uuid.uuid4().hex,
                             how(found)))
            outcome[item.envelope_id] = list(shared)
        c.executemany("INSERT INTO match (a, b, a_device, b_device, matched_at, match_id, how)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows)
        return outcome

    def _insert_withdrawal(self, c: Tx, item: Incoming) -> list[str]:
        c.execute("INSERT INTO envelope (id, device_id, kind, digest, received_at, receipt,"
                  " status, payload) VALUES (?, ?, 'withdrawal', ?, ?, ?, 'done', '')",
                  (item.envelope_id, item.device_id, item.digest, item.received_at,
                   item.receipt))
        active = c.execute("SELECT 1 FROM envelope WHERE id = ? AND device_id = ? AND"
                           " kind = 'signal' AND status = 'active'",
                           (item.target, item.device_id)).fetchone()
        if active is None:
            return []
        _end(c, item.target, "withdrawn", item.received_at[:10])
        return [item.target]

    def envelopes(self, ids: list[str]) -> dict[str, StoredEnvelope]:
        if not ids:
            return {}
        sql = ("SELECT id, device_id, kind, digest, receipt, status, payload, received_at"
               " FROM envelope"
               " WHERE id IN (" + ", ".join("?" * len(ids)) + ")")
        with self.tx() as c:
            rows = c.execute(sql, tuple(ids)).fetchall()
        return {r[0]: StoredEnvelope(*r) for r in rows}

    def expire(self, today: str) -> list[str]:
        with self.tx() as c:
            ids = [r[0] for r in c.execute("SELECT id FROM envelope WHERE kind = 'signal' AND"
                                           " status = 'active' AND ends_on < ?", (today,))]
            for envelope_id in ids:
                _end(c, envelope_id, "expired", today)
            append_log(c, [LogRow("D", "cjg", "purge", "", envelope_id, today)
                             for envelope_id in ids], self.engine.serialise_log)
            c.execute("DELETE FROM people_count WHERE day < ?", (_day_before(today),))
        return ids

    def people_named_today(self, device_id: str, day: str,
                           pseudonyms: set[str]) -> tuple[int, set[str]]:
        """How many distinct people this device has named on ``day`` (a counter: the
        device's day's volume is not re-read per batch, and a withdrawn probe still
        counts), and which of ``pseudonyms`` its signals of that day already name."""
        with self.tx() as c:
            row = c.execute("SELECT people FROM people_count WHERE device_id = ? AND day = ?",
                            (device_id, day)).fetchone()
            known = {str(r[0]) for r in for_keys(c, NAMED_BY_DEVICE_ON_DAY, pseudonyms,
                                                  (device_id, day))}
        return (int(row[0]) if row else 0), known

    def raise_alert(self, device_id: str, kind: str, count: int, now: str) -> None:
        """Once per device, kind and day."""
        with self.tx() as c:
            seen = c.execute("SELECT 1 FROM alert WHERE device_id = ? AND kind = ? AND"
                             " raised_at >= ?", (device_id, kind, now[:10])).fetchone()
            if seen is None:
                c.execute("INSERT INTO alert (raised_at, device_id, kind, count) VALUES"
                          " (?, ?, ?, ?)", (now, device_id, kind, count))

    def alerts(self) -> list[tuple[str, str, str, int]]:
        with self.tx() as c:
            rows = c.execute("SELECT raised_at, device_id, kind, count FROM alert"
                             " ORDER BY seq").fetchall()
        return [(str(a), str(b), str(k), int(n)) for a, b, k, n in rows]

    def matches_for_device(self, device_id: str, now: str,
                           ) -> tuple[list[MatchRow], dict[str, set[str]]]:
        """This device's active signals' matches, with the other side's enrolled contact
        and the match's coordination; an ended match (the other signal ended) is kept so
        that this side is told. With them, the roles each signal names (for the
        municipality's rules). The read and its log row are one transaction."""
        with self.tx() as c:
            rows = c.execute(MATCHES_FOR_DEVICE, (device_id, device_id)).fetchall()
            roles = roles_of(c, {str(r[i]) for r in rows if r[9] is None for i in (0, 11)})
            append_log(c, [LogRow("R", device_id, "device", "", f"matches:{len(rows)}", now)],
                       self.engine.serialise_log)
        return [match_row([str(v) if v is not None else None for v in r]) for r in rows], roles

    # -- coordination, at the CJG ---------------------------------------------------------
    def stalled(self, today: date, terms: Terms) -> list[tuple[OpenMatch, str]]:
        with self.tx() as c:
            return coordination_store.stalled_matches(c, today, terms)

    def escalate(self, today: date, terms: Terms, now: str) -> list[tuple[OpenMatch, str]]:
        """Escalate every stalled match once (both laptops are told), each logged."""
        with self.tx() as c:
            due = coordination_store.escalate(c, today, terms)
            append_log(c, [LogRow("U", "cjg", "escalate", "", f"match:{m.match_id}",
                                  now, outcome=f"success:{why}") for m, why in due],
                       self.engine.serialise_log)
        return due

    def matches_made_in(self, first: date, after_last: date) -> list[OpenMatch]:
        with self.tx() as c:
            return coordination_store.matches_made_in(c, first, after_last)

    def inbox_rows(self) -> list[dict[str, str | None]]:
        """For the CJG's own view: states, dates, domains and judgement (while active) and
        the enrolled professional — no person data."""
        with self.tx() as c:
            rows = c.execute(
                "SELECT e.id, e.device_id, e.status, e.judgement, d.professional,"
                " d.organisation, e.signalled_on, e.ends_on, e.domains FROM envelope e"
                " JOIN device d ON d.id = e.device_id WHERE e.kind = 'signal'"
                " ORDER BY e.received_at").fetchall()
        names = ("id", "device_id", "status", "judgement", "professional", "organisation",
                 "signalled_on", "ends_on", "domains")
        return [dict(zip(names, r, strict=True)) for r in rows]

    def inbox(self) -> list[StoredEnvelope]:
        with self.tx() as c:
            rows = c.execute("SELECT id, device_id, kind, digest, receipt, status, payload,"
                             " received_at FROM envelope WHERE kind = 'signal'"
                             " ORDER BY received_at")
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
            append_log(c, [row], self.engine.serialise_log)

    def access_log(self) -> list[dict[str, object]]:
        with self.tx() as c:
            cursor = c.execute("SELECT * FROM access_log ORDER BY seq")
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def verify_log(self) -> LogCheck:
        """Walk the chain: the first row whose link does not follow, if any."""
        with self.tx() as c:
            return verify_chain(c)


def _count(c: Tx, bucket: str, now: float, window_s: int) -> int:
    start = int(now) // window_s * window_s
    row = c.execute("INSERT INTO rate_window (bucket, window_start, count) VALUES (?, ?, 1)"
                    " ON CONFLICT (bucket, window_start) DO UPDATE SET"
                    " count = rate_window.count + 1 RETURNING count", (bucket, start)).fetchone()
    return int(row[0])


def _day_before(day: str) -> str:
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)




def _end(c: Tx, envelope_id: str, status: str, today: str) -> None:
    """A signal ends: only a content-free tombstone stays (id, device, dates, status,
    receipt digest); its people, domains and judgement go; its matches are marked ended so
    that the other side is told at its next sync."""
    c.execute("UPDATE envelope SET status = ?, domains = NULL, judgement = NULL WHERE id = ?",
              (status, envelope_id))
    c.execute("DELETE FROM person_key WHERE envelope_id = ?", (envelope_id,))
    c.execute("UPDATE match SET ended_on = ? WHERE (a = ? OR b = ?) AND ended_on IS NULL",
              (today, envelope_id, envelope_id))


def open_repository(url: str | None, default: Path) -> Repository:
    """``sqlite:PATH`` (or nothing: ``default``) or ``postgresql://…``."""
    return Repository(engine_for(url) if url else SqliteEngine(default))


def SqliteRepository(path: Path | str) -> Repository:
    return Repository(SqliteEngine(Path(path)))
