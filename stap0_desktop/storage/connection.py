"""Opening a SQLCipher connection with the settings every connection must have."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import Any

import sqlcipher3

from stap0_desktop.storage.atomic import create_private_file
from stap0_desktop.storage.errors import DiskFull, NotAVault, StorageIOError, VaultDamaged
from stap0_desktop.storage.secret import SecretBytes

SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26

LOW_DISK_BYTES = 256 * 1024  # below this, an I/O error while opening is taken as a full disk
CACHE_KIB = 16 * 1024  # decrypted page cache: fewer page decryptions on search

# What every connection is pinned to; tests read these back.
PINNED = {
    # Off, as SQLCipher's own default since 4.5.0: it cost 2-7x here and guarded little
    # while the same text is in Python's heap and Qt's widgets. What it was meant to give,
    # nothing of the session in memory once locked, is the lock's job (README: "Locked
    # means gone from memory").
    "cipher_memory_security": "0",
    "temp_store": 2,  # MEMORY
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "cipher_log_level": "NONE",
}

Connection = Any  # sqlcipher3 ships no type information


def open_connection(
    path: Path, key: SecretBytes, *, create: bool = False, wal: bool = True
) -> Connection:
    """Open and key a connection. The key is passed raw (``x'..'``), never as SQL text.

    An existing file is first opened read-only to check the key: a file the key does not
    open (another file put in its place, a damaged header) is never opened for writing,
    so SQLite never checkpoints a WAL into it. An open that fails writes nothing.
    """
    if not path.exists():
        if not create:
            raise NotAVault("database file missing", path=str(path))
        create_private_file(path)
        return _open_writable(path, key, wal)
    _probe(path, key)
    return _open_writable(path, key, wal)


def _open_writable(path: Path, key: SecretBytes, wal: bool) -> Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        _key(conn, key, path)
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        wanted = "wal" if wal else "delete"
        mode = conn.execute(f"PRAGMA journal_mode = {wanted}").fetchone()[0]
        if str(mode).lower() != wanted:
            raise StorageIOError("cannot switch to WAL", mode=mode)
        conn.execute("PRAGMA synchronous = FULL")
    except sqlcipher3.Error as exc:
        conn.close()
        raise translate_error(exc) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _key(conn: Connection, key: SecretBytes, path: Path, *, raw_errors: bool = False) -> None:
    # Order matters: logging off and memory security pinned *before* the key is set.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA cipher_memory_security = OFF")
    with key.raw_key_literal() as literal:
        conn.set_key(literal.buffer)
    try:
        cursor = conn.execute("SELECT count(*) FROM sqlite_master")
        cursor.fetchall()
        cursor.close()  # no statement may stay open: it would hold a read lock
    except sqlcipher3.DatabaseError as exc:
        if raw_errors:
            raise
        if _is_not_a_database(exc):
            raise NotAVault("key does not open this file", path=str(path)) from None
        raise _storage_fault(exc, path) from None


def _is_not_a_database(exc: Exception) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return (isinstance(code, int) and code & 0xFF == SQLITE_NOTADB) or (
        "not a database" in str(exc).lower())


def _storage_fault(exc: Exception, path: Path) -> Exception:
    """A fault met while opening: an I/O error on a (nearly) full disk is a full disk —
    SQLite cannot create the -wal or -shm file there and says only "disk I/O error"."""
    fault = translate_error(exc)
    if isinstance(fault, StorageIOError | VaultDamaged) or fault is exc:
        with contextlib.suppress(OSError):
            if shutil.disk_usage(path.parent).free < LOW_DISK_BYTES:
                return DiskFull(str(exc), path=str(path))
    return fault


def _probe(path: Path, key: SecretBytes) -> None:
    """Check the key against the file before any writable connection exists.

    First the file alone (``immutable``: no -wal or -shm is opened, created or changed),
    so a stranger in the vault's place is refused without touching anything. A file that
    the key opens but that is only consistent together with its WAL (a checkpoint cut
    short by a full disk) is then checked the ordinary read-only way.
    """
    try:
        _open_read_only(path, key, immutable=True).close()
    except sqlcipher3.DatabaseError as exc:
        if _is_not_a_database(exc):
            raise NotAVault("key does not open this file", path=str(path)) from None
        if "malformed" not in str(exc).lower():
            raise _storage_fault(exc, path) from None
        _open_read_only(path, key).close()


def _open_read_only(path: Path, key: SecretBytes, *, immutable: bool = False) -> Connection:
    options = "mode=ro&immutable=1" if immutable else "mode=ro"
    conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?{options}", uri=True,
                              isolation_level=None, check_same_thread=False)
    try:
        _key(conn, key, path, raw_errors=immutable)
    except sqlcipher3.Error as exc:
        conn.close()
        if immutable:
            raise
        raise translate_error(exc) from None
    except BaseException:
        conn.close()
        raise
    return conn


def open_read_only_guard(path: Path, key: SecretBytes) -> Connection | None:
    """A read-only connection that, held while the main one closes, keeps SQLite from
    checkpointing the WAL into a database file found damaged (a read-only connection
    never checkpoints). The WAL stays beside the file; nothing is written into it."""
    try:
        return _open_read_only(path, key)
    except (NotAVault, VaultDamaged, StorageIOError, sqlcipher3.Error):
        return None


def close_without_checkpoint(conn: Connection, path: Path, key: SecretBytes) -> None:
    """Close a connection whose open failed half-way, leaving the files as they were."""
    guard = open_read_only_guard(path, key)
    conn.close()
    if guard is not None:
        guard.close()


def read_pinned(conn: Connection) -> dict[str, object]:
    """The current value of each pinned setting, for checks and tests."""
    return {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in PINNED}


def translate_error(exc: Exception) -> Exception:
    """Turn a SQLite error into the storage fault a user can be told about."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary == SQLITE_FULL or "database or disk is full" in text:
        return DiskFull(str(exc))
    corrupt = "malformed" in text or "not a database" in text
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or corrupt:
        return VaultDamaged(str(exc))
    if primary == SQLITE_IOERR or "disk i/o error" in text:
        return StorageIOError(str(exc))
    return exc
