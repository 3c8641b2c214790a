"""The open connection, its transactions, and the rule that a damaged vault is not written.

All SQL runs through :class:`Database`; the stores (families, members, visits, notes)
receive a :class:`Transaction`. Access-log rows and "family changed" stamps collected
during a transaction are written in one go just before it commits, so they commit (or
roll back) together with the access they record.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3

from stap0_desktop.domain.access import AccessAction, AccessContext, ClientIdType
from stap0_desktop.storage import access_log
from stap0_desktop.storage.clock import now_text
from stap0_desktop.storage.connection import Connection, translate_error
from stap0_desktop.storage.errors import NotFound, VaultClosed, VaultDamaged


class Database:
    """One SQLCipher connection, used by one thread at a time (guarded by a lock)."""

    def __init__(self, conn: Connection, context: AccessContext) -> None:
        self._conn: Connection | None = conn
        self.context = context
        self.damaged = False
        self.transactions = 0   # begun so far: tests hold each user action to its count
        self._lock = threading.RLock()

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultClosed()
        return self._conn

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Transaction]:
        """``BEGIN IMMEDIATE`` (or deferred for reads); commit on success, else roll back.

        After any sign of damage the vault refuses to write until it is checked.
        """
        with self._lock:
            if write and self.damaged:
                raise VaultDamaged("refusing to write to a damaged vault")
            conn = self.conn
            self.transactions += 1
            try:
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            except sqlcipher3.Error as exc:
                raise self._fault(exc) from None
            try:
                tx = Transaction(conn, self.context)
                yield tx
                tx.flush()
                conn.execute("COMMIT")
            except sqlcipher3.Error as exc:
                _rollback(conn)
                raise self._fault(exc) from None
            except BaseException:
                _rollback(conn)
                raise

    def compact(self) -> None:
        """Rewrite every page of the file and empty the WAL (after an erasure), so that no
        freed page or old WAL frame keeps what was deleted."""
        with self._lock:
            if self.damaged:
                raise VaultDamaged("refusing to write to a damaged vault")
            conn = self.conn
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("VACUUM")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlcipher3.Error as exc:
                raise self._fault(exc) from None

    def _fault(self, exc: Exception) -> Exception:
        fault = translate_error(exc)
        if isinstance(fault, VaultDamaged):
            self.damaged = True
        return fault

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


class Transaction:
    """A handle inside one transaction, with access logging and small caches at hand."""

    def __init__(self, conn: Connection, context: AccessContext) -> None:
        self.conn = conn
        self.context = context
        self._events: list[access_log.PendingEvent] = []
        self._touched: set[int] = set()
        self._uids: dict[int, str] = {}

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> int:
        """Run a statement; return the last inserted rowid (for INSERTs)."""
        cursor = self.conn.execute(sql, params)
        return int(cursor.lastrowid or 0)

    def fetchone(self, sql: str, params: tuple[object, ...] = ()) -> tuple[object, ...] | None:
        row: tuple[object, ...] | None = self.conn.execute(sql, params).fetchone()
        return row

    def fetchall(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = self.conn.execute(sql, params).fetchall()
        return rows

    def family_uid(self, family_id: int) -> str:
        """The family's stable id (cached for the transaction); NotFound if it is gone."""
        uid = self._uids.get(family_id)
        if uid is None:
            row = self.fetchone("SELECT uid FROM family WHERE id = ?", (family_id,))
            if row is None:
                raise NotFound(kind="family", id=family_id)
            uid = self._uids[family_id] = str(row[0])
        return uid

    def remember_uid(self, family_id: int, uid: str) -> None:
        self._uids[family_id] = uid

    def forget_family(self, family_id: int) -> None:
        self._uids.pop(family_id, None)
        self._touched.discard(family_id)

    def touch(self, family_id: int) -> None:
        """Mark the family as changed; its ``updated_at`` is set once, at commit."""
        self._touched.add(family_id)

    def log(
        self,
        action: AccessAction,
        *,
        client_id: str,
        client_id_type: ClientIdType,
        object_type: str,
        object_id: object,
        outcome: str = "success",
    ) -> None:
        self._events.append(access_log.PendingEvent(
            action, client_id, client_id_type, object_type, str(object_id), outcome,
        ))

    def log_family(self, action: AccessAction, family_id: int, object_type: str,
                   object_id: object) -> None:
        """Log an access to one family's data, identified by the family's own id."""
        self.log(action, client_id=self.family_uid(family_id),
                 client_id_type=ClientIdType.FAMILY_UID, object_type=object_type,
                 object_id=object_id)

    def flush(self) -> None:
        if self._touched:
            now = now_text()
            self.conn.executemany(
                "UPDATE family SET updated_at = ? WHERE id = ?",
                [(now, family_id) for family_id in sorted(self._touched)],
            )
            self._touched.clear()
        if self._events:
            access_log.append_many(self.conn, self.context, self._events)
            self._events.clear()


def _rollback(conn: Connection) -> None:
    # Nothing to roll back when the transaction already ended with the error.
    with contextlib.suppress(sqlcipher3.Error):
        conn.execute("ROLLBACK")
