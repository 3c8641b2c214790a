"""The floor of the laptop benches: the vault's own schema and code path on an unencrypted
database (the same SQLite engine, no key), for the same data as the encrypted vault."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from stap0_desktop.domain.models import Professional
from stap0_desktop.storage import migrations
from stap0_desktop.storage.database import Database, Transaction
from stap0_desktop.storage.vault import _context, _write_meta


class PlainVault:
    """What services need of a vault (``transaction``), without encryption."""

    def __init__(self, path: Path, owner: Professional) -> None:
        new = not path.exists()
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        for pragma in ("temp_store = MEMORY", "foreign_keys = ON", "journal_mode = WAL",
                       "synchronous = FULL"):
            conn.execute(f"PRAGMA {pragma}")
        migrations.migrate(conn)
        if new:
            _write_meta(conn, "0" * 32, owner)
        self.db = Database(conn, _context(owner, "bench"))

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Transaction]:
        with self.db.transaction(write=write) as tx:
            yield tx

    def close(self) -> None:
        self.db.conn.close()
