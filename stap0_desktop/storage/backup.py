"""Encrypted backup and restore of a whole vault, as one file.

Layout: ``MAGIC``, a 4-byte header length, a JSON header (format, vault id, schema
version, size and SHA-256 of the database part, and the key slots as they were), the
SHA-256 of that header (so a damaged header is told apart from a wrong passphrase), then
the database pages — still encrypted with the vault's data key. The backup therefore
opens with the passphrase (or recovery key) that was valid when it was made.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.storage import housekeeping, keyslots, migrations, vault_switch
from stap0_desktop.storage.connection import open_connection
from stap0_desktop.storage.errors import (
    BackupInvalid,
    DestinationInVault,
    NotAVault,
    VaultDamaged,
    VaultError,
)
from stap0_desktop.storage.folder_lock import FolderLock
from stap0_desktop.storage.input_files import (
    check_output,
    check_regular_input,
    is_inside,
    problem_from_os_error,
)
from stap0_desktop.storage.keyslots import KeySlotFile
from stap0_desktop.storage.layout import BACKUP_MAGIC_PREFIX, DB_NAME, JOURNAL_NAME, SLOTS_NAME
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault
from sync.protocol.files import fsync_directory, write_atomically

MAGIC = BACKUP_MAGIC_PREFIX + b"\x02"
_MAGIC_V1 = BACKUP_MAGIC_PREFIX + b"\x01"  # no header checksum: still read
_CHUNK = 1 << 20


class BackupHeader(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: int = Field(ge=1, le=1)
    created_at: datetime
    vault_id: str
    schema_version: int
    db_size: int = Field(ge=0)
    db_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    keyslots: KeySlotFile


def create_backup(vault: Vault, dest: Path) -> BackupHeader:
    """Write an encrypted backup of ``vault`` to ``dest`` (atomically); log the export and
    its outcome. A destination in the vault's own folder is refused before anything."""
    check_output(dest, vault.paths.folder)
    dest = dest.resolve()
    folder = vault.paths.folder
    tmp_db = folder / f".backup.{secrets.token_hex(6)}.db"
    tmp_out = housekeeping.backup_output_name(dest)
    marker = housekeeping.pending_marker(folder)
    try:
        write_atomically(marker, str(tmp_out).encode("utf-8"))
        header = _write_backup(vault, tmp_db, tmp_out)
        os.replace(tmp_out, dest)
        fsync_directory(dest.parent)
    except BaseException as exc:
        fault = problem_from_os_error(exc, dest) if isinstance(exc, OSError) else exc
        _log_export(vault, dest, outcome=f"failure:{getattr(fault, 'code', type(fault).__name__)}")
        if fault is not exc:
            raise fault from None
        raise
    finally:
        for leftover in (tmp_db, tmp_out, marker):
            with contextlib.suppress(OSError):
                leftover.unlink()
    _log_export(vault, dest, outcome="success")
    return header


def _write_backup(vault: Vault, tmp_db: Path, tmp_out: Path) -> BackupHeader:
    with vault.data_key_copy() as key:
        target = open_connection(tmp_db, key, create=True, wal=False)
        try:
            with vault.db.transaction(write=False) as tx:
                tx.conn.backup(target)
                version = migrations.schema_version(tx.conn)
        finally:
            target.close()
    digest, size = _sha256_file(tmp_db)
    header = BackupHeader(
        format=1, created_at=datetime.now(UTC).replace(microsecond=0),
        vault_id=vault.vault_id, schema_version=version, db_size=size, db_sha256=digest,
        keyslots=vault.slots,
    )
    header_bytes = json.dumps(header.model_dump(mode="json")).encode("utf-8")
    fd = os.open(tmp_out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, open(tmp_db, "rb") as db_file:
        out.write(MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes
                  + hashlib.sha256(header_bytes).digest())
        shutil.copyfileobj(db_file, out, _CHUNK)
        out.flush()
        os.fsync(out.fileno())
    return header


def _log_export(vault: Vault, dest: Path, outcome: str) -> None:
    with contextlib.suppress(VaultError), vault.transaction() as tx:
        tx.log(AccessAction.EXPORT, client_id="", client_id_type=ClientIdType.NONE,
               object_type="vault_backup", object_id=dest.name, outcome=outcome)


def _sha256_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def read_backup_header(handle: BinaryIO) -> BackupHeader:
    magic = handle.read(len(MAGIC))
    if magic not in (MAGIC, _MAGIC_V1):
        raise BackupInvalid("not a Stap 0 backup", reason="magic")
    length = int.from_bytes(handle.read(4), "big")
    if not 0 < length < 1 << 20:
        raise BackupInvalid("header length", reason="header")
    header_bytes = handle.read(length)
    if magic == MAGIC and hashlib.sha256(header_bytes).digest() != handle.read(32):
        raise BackupInvalid("header checksum", reason="header_damaged")
    try:
        return BackupHeader.model_validate(json.loads(header_bytes.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError, ValidationError, RecursionError):
        raise BackupInvalid("header unreadable", reason="header") from None


def restore_backup(source: Path, folder: Path, passphrase: SecretBytes) -> Path | None:
    """Restore ``source`` into ``folder``. An existing vault there is moved aside, not lost,
    and a crash at any point leaves the old vault or the restored one (see vault_switch).

    Returns the folder the replaced vault was moved to, or None when there was none.
    """
    if is_inside(source, folder):
        raise DestinationInVault(path=str(source))
    check_regular_input(source)
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise problem_from_os_error(exc, source) from None
    with handle, _naming(source):
        header = read_backup_header(handle)
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise problem_from_os_error(exc, folder) from None
        lock = FolderLock(folder)
        lock.acquire()
        staged_db = folder / vault_switch.staged_name(DB_NAME)
        staged_slots = folder / vault_switch.staged_name(SLOTS_NAME)
        try:
            housekeeping.tidy(folder)
            slots = header.keyslots
            key = keyslots.unwrap_with_passphrase(slots.passphrase_slot(), passphrase,
                                                  slots.vault_id)
            with key:
                _extract(handle, staged_db, header)
                _check_restored(staged_db, key, header)
            keyslots.write_slot_file(staged_slots, slots)
            return vault_switch.commit(folder, staged_db, staged_slots, "restore")
        except OSError as exc:
            raise problem_from_os_error(exc, folder) from None
        finally:
            if not (folder / JOURNAL_NAME).exists():  # after the commit point, keep them
                vault_switch.discard(staged_db, staged_slots)
            lock.release()


@contextlib.contextmanager
def _naming(source: Path) -> Iterator[None]:
    """A BackupInvalid raised inside names the backup file."""
    try:
        yield
    except BackupInvalid as exc:
        exc.params.setdefault("path", str(source))
        raise


def _extract(handle: BinaryIO, target: Path, header: BackupHeader) -> None:
    digest = hashlib.sha256()
    remaining = header.db_size
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        while remaining > 0:
            chunk = handle.read(min(_CHUNK, remaining))
            if not chunk:
                raise BackupInvalid("truncated", reason="truncated")
            digest.update(chunk)
            out.write(chunk)
            remaining -= len(chunk)
        out.flush()
        os.fsync(out.fileno())
    if handle.read(1) or digest.hexdigest() != header.db_sha256:
        raise BackupInvalid("checksum", reason="checksum")


def _check_restored(path: Path, key: SecretBytes, header: BackupHeader) -> None:
    try:
        conn = open_connection(path, key, wal=False)
    except (NotAVault, VaultDamaged):
        raise BackupInvalid("database part does not open", reason="database") from None
    try:
        migrations.check_not_too_new(conn)
        cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        if cipher or [r[0] for r in integrity] != ["ok"]:
            raise BackupInvalid("integrity", reason="integrity")
        meta = dict(conn.execute("SELECT key, value FROM vault_meta").fetchall())
        if meta.get("vault_id") != header.vault_id:
            raise BackupInvalid("vault id", reason="database")
    finally:
        conn.close()
