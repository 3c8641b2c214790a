"""The two storage engines of the CJG server: embedded SQLite and PostgreSQL (psycopg 3).

The SQL is written once (``?`` placeholders, ``ON CONFLICT DO NOTHING``); an engine
connects, translates placeholders and supplies its own column types in the schema.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

# Versioned migrations: (version, statements). Each runs once, in one transaction, on
# either engine; ``{BYTES}`` and ``{SERIAL}`` become the engine's own types.
_V1_INBOX = (
    """CREATE TABLE IF NOT EXISTS invite (
        code_hash TEXT PRIMARY KEY, professional TEXT NOT NULL, organisation TEXT NOT NULL,
        created_at TEXT NOT NULL, spent_at TEXT, device_id TEXT)""",
    """CREATE TABLE IF NOT EXISTS device (
        id TEXT PRIMARY KEY, public_key {BYTES} NOT NULL UNIQUE, professional TEXT NOT NULL,
        organisation TEXT NOT NULL, enrolled_at TEXT NOT NULL, revoked_at TEXT)""",
    """CREATE TABLE IF NOT EXISTS nonce (
        device_id TEXT NOT NULL, nonce TEXT NOT NULL, seen_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (device_id, nonce))""",
    """CREATE TABLE IF NOT EXISTS envelope (
        id TEXT PRIMARY KEY, device_id TEXT NOT NULL, kind TEXT NOT NULL, digest TEXT NOT NULL,
        received_at TEXT NOT NULL, receipt TEXT NOT NULL, status TEXT NOT NULL,
        ends_on TEXT, payload TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS envelope_device ON envelope(device_id)",
    "CREATE INDEX IF NOT EXISTS envelope_active_end ON envelope(status, ends_on)",
    """CREATE TABLE IF NOT EXISTS person_key (
        envelope_id TEXT NOT NULL REFERENCES envelope(id) ON DELETE CASCADE,
        key TEXT NOT NULL, PRIMARY KEY (key, envelope_id))""",
    "CREATE INDEX IF NOT EXISTS person_key_envelope ON person_key(envelope_id)",
    """CREATE TABLE IF NOT EXISTS match (
        a TEXT NOT NULL, b TEXT NOT NULL, matched_at TEXT NOT NULL, PRIMARY KEY (a, b))""",
    "CREATE INDEX IF NOT EXISTS match_b ON match(b)",
    """CREATE TABLE IF NOT EXISTS access_log (
        seq {SERIAL}, event_id TEXT NOT NULL, action TEXT NOT NULL,
        occurred_at TEXT NOT NULL, outcome TEXT NOT NULL, user_id TEXT NOT NULL,
        user_role TEXT NOT NULL, purpose TEXT NOT NULL, workstation TEXT NOT NULL,
        client_id TEXT NOT NULL, client_id_type TEXT NOT NULL, object_id TEXT NOT NULL,
        source_system TEXT NOT NULL)""",
)

# Protocol v2: pseudonyms instead of keyed BSN hashes, least data per signal, matches
# that end rather than vanish, contact from the device record. What v1 stored of payloads
# and person keys is deleted.
_V2_PSEUDONYMS = (
    "DELETE FROM match",
    "DELETE FROM person_key",
    "UPDATE envelope SET payload = ''",
    "ALTER TABLE envelope ADD COLUMN signalled_on TEXT",
    "ALTER TABLE envelope ADD COLUMN domains TEXT",
    "ALTER TABLE envelope ADD COLUMN judgement TEXT",
    "ALTER TABLE person_key ADD COLUMN role TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE person_key ADD COLUMN mother_of_unborn INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE match ADD COLUMN match_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE match ADD COLUMN how TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE match ADD COLUMN ended_on TEXT",
    "ALTER TABLE invite ADD COLUMN phone TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE invite ADD COLUMN email TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE device ADD COLUMN phone TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE device ADD COLUMN email TEXT NOT NULL DEFAULT ''",
)

# Against a device used as an oracle: alerts (the count of distinct people is read from
# the device's active signals of the day, so nothing more is stored).
_V3_ORACLE_LIMIT = (
    "CREATE INDEX IF NOT EXISTS envelope_device_received ON envelope(device_id, received_at)",
    """CREATE TABLE IF NOT EXISTS alert (
        seq {SERIAL}, raised_at TEXT NOT NULL, device_id TEXT NOT NULL, kind TEXT NOT NULL,
        count INTEGER NOT NULL)""",
)

# The auditor's inbox: invites that expire and carry the professional's role, rate limits
# that all worker processes share, and an access log that is append-only (refused by the
# database itself) and hash-chained (``stap0-cjg verify-log``).
_APPEND_ONLY_SQLITE = (
    """CREATE TRIGGER IF NOT EXISTS access_log_no_{what} BEFORE {what} ON access_log
    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END""")
_V4_AUDIT = (
    "ALTER TABLE invite ADD COLUMN expires_at TEXT",
    "ALTER TABLE invite ADD COLUMN role TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE device ADD COLUMN role TEXT NOT NULL DEFAULT ''",
    """CREATE TABLE IF NOT EXISTS rate_window (
        bucket TEXT NOT NULL, window_start BIGINT NOT NULL, count INTEGER NOT NULL,
        PRIMARY KEY (bucket, window_start))""",
    "ALTER TABLE access_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE access_log ADD COLUMN row_hash TEXT NOT NULL DEFAULT ''",
    {"sqlite": _APPEND_ONLY_SQLITE.format(what="UPDATE"),
     "postgresql": """CREATE OR REPLACE FUNCTION stap0_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$ BEGIN
        RAISE EXCEPTION 'the access log is append-only'; END $$"""},
    {"sqlite": _APPEND_ONLY_SQLITE.format(what="DELETE"),
     "postgresql": """CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE
        ON access_log FOR EACH ROW EXECUTE FUNCTION stap0_append_only()"""},
    {"postgresql": """CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
        FOR EACH STATEMENT EXECUTE FUNCTION stap0_append_only()"""},
)

# A device's active signals by status (revoking a device ends them; the match query used
# this first, until version 7).
_V5_MATCH_QUERY = (
    "CREATE INDEX IF NOT EXISTS envelope_device_status ON envelope(device_id, status)",
    "DROP INDEX IF EXISTS envelope_device",
)

# The oracle limit counts a device's new people per day in a counter (device, day, count —
# no pseudonym), instead of re-reading the device's whole day for every batch. Rows older
# than yesterday go with the daily expiry.
_V6_PEOPLE_COUNT = (
    """CREATE TABLE IF NOT EXISTS people_count (
        device_id TEXT NOT NULL, day TEXT NOT NULL, people INTEGER NOT NULL,
        PRIMARY KEY (device_id, day))""",
)

# ... but at 1M stored PostgreSQL guessed a device's signals from the average (2,400) and
# hashed the whole match table: each side of a match now names its device, indexed, so
# the query starts from the device's own matches whatever the guess.
_V7_MATCH_DEVICES = (
    "ALTER TABLE match ADD COLUMN a_device TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE match ADD COLUMN b_device TEXT NOT NULL DEFAULT ''",
    "UPDATE match SET a_device = (SELECT device_id FROM envelope WHERE id = match.a),"
    " b_device = (SELECT device_id FROM envelope WHERE id = match.b)",
    "CREATE INDEX IF NOT EXISTS match_a_device ON match(a_device)",
    "CREATE INDEX IF NOT EXISTS match_b_device ON match(b_device)",
)

# The oracle limit reads from the batch's pseudonyms now (version 6), not from the
# device's day: the index for that range only slowed every stored envelope.
_V8_UNUSED_INDEX = (
    "DROP INDEX IF EXISTS envelope_device_received",
)

# After a match: per match, when each side confirmed contact, the open proposal for a
# regisseur (until it is answered), the agreed regisseur (an organisation) and until when,
# and whether the CJG escalated it as stalled. Sides are a/b as in ``match``. A device's
# organisation kind (from the invite) lets the municipality's rules propose a regisseur.
_V9_COORDINATION = (
    "CREATE UNIQUE INDEX IF NOT EXISTS match_by_id ON match(match_id)",
    """CREATE TABLE IF NOT EXISTS coordination (
        match_id TEXT PRIMARY KEY, contact_a TEXT, contact_b TEXT,
        proposal_id TEXT, proposal_by TEXT, proposal_side TEXT, proposal_org TEXT,
        proposal_kaart TEXT, proposal_until TEXT, proposed_on TEXT,
        agreed_side TEXT, agreed_org TEXT, agreed_kaart TEXT, agreed_until TEXT,
        agreed_on TEXT, escalated_on TEXT)""",
    "ALTER TABLE invite ADD COLUMN organisation_kind TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE device ADD COLUMN organisation_kind TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX IF NOT EXISTS match_open ON match(ended_on, matched_at)",
)

# Warm handover: each device's KEM key for packages sealed to it, the sealed packages the
# inbox relays (ciphertext only, deleted once answered or after 30 days) and the receivers'
# signed receipts.
_V10_HANDOVER = (
    """CREATE TABLE IF NOT EXISTS handover_key (
        device_id TEXT PRIMARY KEY, suite TEXT NOT NULL, public_key TEXT NOT NULL,
        registered_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS handover (
        id TEXT PRIMARY KEY, from_device TEXT NOT NULL, to_device TEXT NOT NULL,
        received_at TEXT NOT NULL, expires_at TEXT NOT NULL, digest TEXT NOT NULL,
        sealed TEXT, state TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS handover_to ON handover(to_device, state)",
    "CREATE INDEX IF NOT EXISTS handover_from ON handover(from_device)",
    """CREATE TABLE IF NOT EXISTS handover_receipt (
        handover_id TEXT NOT NULL, outcome TEXT NOT NULL, receipt TEXT NOT NULL,
        PRIMARY KEY (handover_id, outcome))""",
)

# A pseudonym's rows name their device and day: matching skips the asking device's own
# rows, and the oracle limit finds the device's day, both inside one index on the
# pseudonym, without reading each row's envelope (a laptop that names the same family in
# many signals made both lookups grow with that family's history).
_V11_PERSON_KEY_DEVICE = (
    "ALTER TABLE person_key ADD COLUMN device_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE person_key ADD COLUMN day TEXT NOT NULL DEFAULT ''",
    "UPDATE person_key SET"
    " device_id = (SELECT device_id FROM envelope WHERE id = person_key.envelope_id),"
    " day = (SELECT substr(received_at, 1, 10) FROM envelope"
    " WHERE id = person_key.envelope_id)",
    "CREATE INDEX IF NOT EXISTS person_key_device_day ON person_key(key, device_id, day)",
)

Statement = str | dict[str, str]
MIGRATIONS: tuple[tuple[int, tuple[Statement, ...]], ...] = (
    (1, _V1_INBOX),
    (2, _V2_PSEUDONYMS),
    (3, _V3_ORACLE_LIMIT),
    (4, _V4_AUDIT),
    (5, _V5_MATCH_QUERY),
    (6, _V6_PEOPLE_COUNT),
    (7, _V7_MATCH_DEVICES),
    (8, _V8_UNUSED_INDEX),
    (9, _V9_COORDINATION),
    (10, _V10_HANDOVER),
    (11, _V11_PERSON_KEY_DEVICE),
)
LATEST = MIGRATIONS[-1][0]


class Engine:
    name = "engine"
    begin = "BEGIN"
    serialise_matching = "SELECT 1"   # a statement that orders concurrent matching
    serialise_log = "SELECT 1"        # one that orders appends to the hash-chained log
    pool_size = 0                     # pooled connections that may have been cut
    _types: ClassVar[dict[str, str]] = {}

    def open(self) -> None:
        raise NotImplementedError

    def lost(self, conn: Any, exc: Exception) -> bool:
        """Whether ``exc`` says the connection itself is gone (not the statement)."""
        return False

    def connection(self) -> AbstractContextManager[Any]:
        """A connection for one transaction (autocommit; the caller sends BEGIN)."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def sql(self, text: str) -> str:
        return text

    def statements(self, version: int) -> list[str]:
        """A migration's statements for this engine (a dict: per engine, or none)."""
        found = dict(MIGRATIONS)[version]
        texts = [s if isinstance(s, str) else s.get(self.name) for s in found]
        return [text.format(**self._types) if isinstance(found[i], str) else text
                for i, text in enumerate(texts) if text is not None]


@dataclass
class SqliteEngine(Engine):
    path: Path
    name = "sqlite"
    begin = "BEGIN IMMEDIATE"     # one writer at a time: matching sees every earlier signal
    _types: ClassVar[dict[str, str]] = {"BYTES": "BLOB", "SERIAL": "INTEGER PRIMARY KEY"}

    _conn: Any = None

    def open(self) -> None:
        conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        self._conn = conn

    @contextmanager
    def connection(self) -> Iterator[Any]:
        yield self._conn  # one file, one connection (the repository serialises its use)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()


@dataclass
class PostgresEngine(Engine):
    url: str
    name = "postgresql"
    # One matcher at a time across server processes, for the rest of the transaction.
    serialise_matching = "SELECT pg_advisory_xact_lock(7513)"
    serialise_log = "SELECT pg_advisory_xact_lock(7514)"
    pool_size = 2
    _types: ClassVar[dict[str, str]] = {
        "BYTES": "BYTEA", "SERIAL": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"}

    _pool: Any = None

    def open(self) -> None:
        """A small pool. A connection PostgreSQL has cut (a restart, a dropped
        connection) fails at its transaction's first statement and is dropped, and the
        repository tries the next (``lost``): the server carries on by itself, without a
        check round trip before every transaction."""
        from psycopg_pool import ConnectionPool

        # Every query of the inbox is a few index lookups: parallel workers only add their
        # start (7 ms of a 10 ms match query at 1M stored, bench/cjg.py), so none.
        self._pool = ConnectionPool(
            self.url, kwargs={"autocommit": True,
                              "options": "-c max_parallel_workers_per_gather=0"},
            min_size=1, max_size=self.pool_size, open=False,
            timeout=10.0, reconnect_timeout=3600.0,
            name="stap0-cjg")
        try:
            self._pool.open(wait=True, timeout=10.0)
        except Exception:
            self._pool.close()
            raise

    def connection(self) -> AbstractContextManager[Any]:
        borrowed: AbstractContextManager[Any] = self._pool.connection()
        return borrowed

    def lost(self, conn: Any, exc: Exception) -> bool:
        import psycopg

        return isinstance(exc, psycopg.OperationalError) and bool(conn.broken or conn.closed)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()

    def sql(self, text: str) -> str:
        return text.replace("%", "%%").replace("?", "%s")


def engine_for(url: str) -> Engine:
    if url.startswith("sqlite:"):
        return SqliteEngine(Path(url.removeprefix("sqlite:")))
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresEngine(url)
    raise ValueError("use sqlite:PATH or postgresql://…")
