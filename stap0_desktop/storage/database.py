"""The open connection, its transactions, and the rule that a damaged vault is not written.

All SQL runs through :class:`Database`; the stores (families, visits, notes) receive one.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3

from stap0_desktop.domain.access import AccessAction, AccessContext, ClientIdType
from stap0_desktop.storage import access_log
from stap0_desktop.storage.connection import Connection, translate_error
from stap0_desktop.storage.errors import VaultClosed, VaultDamaged


class Database:
    """One SQLCipher connection, used by one thread at a time (guarded by a lock)."""

    def __init__(self, conn: Connection, context: AccessContext) -> None:
        self._conn: Connection | None = conn
        self.context = context
        self.damaged = False
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
            try:
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            except sqlcipher3.Error as exc:
                raise self._fault(exc) from None
            try:
                yield Transaction(conn, self.context)
                conn.execute("COMMIT")
            except sqlcipher3.Error as exc:
                _rollback(conn)
                raise self._fault(exc) from None
            except BaseException:
                _rollback(conn)
                raise

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
    """A cursor-like handle inside one transaction, with access logging at hand."""

    def __init__(self, conn: Connection, context: AccessContext) -> None:
        self.conn = conn
        self.context = context

    def execute(self, sql: str, params: tuple[object, ...] | dict[str, object] = ()) -> object:
        return self.conn.execute(sql, params)

    def fetchone(self, sql: str, params: tuple[object, ...] = ()) -> tuple[object, ...] | None:
        row: tuple[object, ...] | None = self.conn.execute(sql, params).fetchone()
        return row

    def fetchall(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = self.conn.execute(sql, params).fetchall()
        return rows

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
        access_log.append(
            self.conn, self.context, action,
            client_id=client_id, client_id_type=client_id_type,
            object_type=object_type, object_id=str(object_id), outcome=outcome,
        )


def _rollback(conn: Connection) -> None:
    # Nothing to roll back when the transaction already ended with the error.
    with contextlib.suppress(sqlcipher3.Error):
        conn.execute("ROLLBACK")
