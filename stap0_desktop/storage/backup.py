"""Encrypted backup and restore of a whole vault, as one file.

Layout: ``MAGIC``, a 4-byte header length, a JSON header (format, vault id, schema
version, size and SHA-256 of the database part, and the key slots as they were), then
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
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.storage import keyslots, migrations
from stap0_desktop.storage.atomic import fsync_directory
from stap0_desktop.storage.connection import open_connection
from stap0_desktop.storage.errors import BackupInvalid, NotAVault, VaultDamaged
from stap0_desktop.storage.folder_lock import FolderLock
from stap0_desktop.storage.keyslots import KeySlotFile
from stap0_desktop.storage.layout import VaultPaths
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault

MAGIC = b"STAP0-BACKUP\x00\x01"
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


def _temp_beside(path: Path, suffix: str) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}{suffix}")


def create_backup(vault: Vault, dest: Path) -> BackupHeader:
    """Write an encrypted backup of ``vault`` to ``dest`` (atomically); log the export."""
    dest = dest.resolve()
    tmp_db = _temp_beside(dest, ".db")
    tmp_out = _temp_beside(dest, ".tmp")
    try:
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
            out.write(MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes)
            shutil.copyfileobj(db_file, out, _CHUNK)
            out.flush()
            os.fsync(out.fileno())
        with vault.transaction() as tx:
            tx.log(AccessAction.EXPORT, client_id="", client_id_type=ClientIdType.NONE,
                   object_type="vault_backup", object_id=dest.name)
        os.replace(tmp_out, dest)
        fsync_directory(dest.parent)
        return header
    finally:
        for leftover in (tmp_db, tmp_out):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _sha256_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def read_backup_header(handle: BinaryIO) -> BackupHeader:
    if handle.read(len(MAGIC)) != MAGIC:
        raise BackupInvalid("not a Stap 0 backup", reason="magic")
    length = int.from_bytes(handle.read(4), "big")
    if not 0 < length < 1 << 20:
        raise BackupInvalid("header length", reason="header")
    try:
        return BackupHeader.model_validate(json.loads(handle.read(length).decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError, ValidationError):
        raise BackupInvalid("header unreadable", reason="header") from None


def restore_backup(source: Path, folder: Path, passphrase: SecretBytes) -> Path | None:
    """Restore ``source`` into ``folder``. An existing vault there is moved aside, not lost.

    Returns the folder the replaced vault was moved to, or None when there was none.
    """
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise BackupInvalid(str(exc), reason="unreadable") from None
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = FolderLock(folder)
    lock.acquire()
    tmp_db = _temp_beside(folder / "vault.db", ".restore")
    try:
        with handle:
            header = read_backup_header(handle)
            slots = header.keyslots
            key = keyslots.unwrap_with_passphrase(slots.passphrase, passphrase, slots.vault_id)
            with key:
                _extract(handle, tmp_db, header)
                _check_restored(tmp_db, key, header)
        paths = VaultPaths(folder)
        replaced = _move_aside(paths) if paths.exists() else None
        keyslots.write_slot_file(paths.slots, slots)
        os.replace(tmp_db, paths.db)
        fsync_directory(folder)
        return replaced
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp_db.unlink()
        lock.release()


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
        # Make the restored file a WAL database like every vault.
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def _move_aside(paths: VaultPaths) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = paths.folder / f"replaced-{stamp}-{secrets.token_hex(3)}"
    aside.mkdir(mode=0o700)
    for name in ("vault.db", "vault.db-wal", "vault.db-shm", "keyslots.json"):
        source = paths.folder / name
        if source.exists():
            os.replace(source, aside / name)
    fsync_directory(paths.folder)
    return aside
