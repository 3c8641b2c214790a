"""The vault: a data folder holding one professional's encrypted caseload.

Files in the folder:
* ``vault.db`` (+ ``-wal``/``-shm``): SQLCipher 4, keyed with a random 256-bit data key;
* ``keyslots.json``: that data key, wrapped by the passphrase and optionally sealed to
  the organisation's recovery key;
* ``stap0.lock``: the process id of the one process that has the vault open (the lock
  itself is on the folder; see folder_lock);
* ``switch-journal.json``: only while a new or restored vault is being switched in.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

import stap0_desktop
from stap0_desktop.domain.access import AccessAction, AccessContext, AccessEvent, ClientIdType
from stap0_desktop.domain.models import Professional
from stap0_desktop.storage import access_log, housekeeping, keyslots, migrations, vault_switch
from stap0_desktop.storage.connection import (
    Connection,
    close_without_checkpoint,
    open_connection,
    open_read_only_guard,
    translate_error,
)
from stap0_desktop.storage.database import Database, Transaction
from stap0_desktop.storage.errors import (
    KeySlotsMissing,
    NoRecoverySlot,
    NotAVault,
    SwitchJournalDamaged,
    VaultAlreadyExists,
    VaultDamaged,
    VaultError,
    VaultNotFound,
)
from stap0_desktop.storage.folder_lock import FolderLock
from stap0_desktop.storage.keyslots import Argon2Params, KeySlotFile
from stap0_desktop.storage.layout import DB_NAME, JOURNAL_NAME, SLOTS_NAME, VaultPaths
from stap0_desktop.storage.recovery_keys import RecoveryPrivateKey, RecoveryPublicKey
from stap0_desktop.storage.secret import SecretBytes


@dataclass
class CheckReport:
    cipher_errors: list[str] = field(default_factory=list)
    integrity_errors: list[str] = field(default_factory=list)
    log: access_log.LogVerdict | None = None

    @property
    def ok(self) -> bool:
        log_ok = self.log is not None and self.log.ok
        return not self.cipher_errors and not self.integrity_errors and log_ok


def _context(owner: Professional, workstation: str | None) -> AccessContext:
    return AccessContext(
        user_id=owner.user_id, user_name=owner.name, user_role=owner.role,
        workstation=workstation or socket.gethostname(),
        source_system=f"Stap 0 {stap0_desktop.__version__}",
    )


class Vault:
    """An unlocked vault. Close it (or use ``with``) to wipe the key and free the folder."""

    def __init__(
        self, paths: VaultPaths, lock: FolderLock, db: Database, key: SecretBytes,
        slots: KeySlotFile, owner: Professional,
    ) -> None:
        self.paths = paths
        self._lock = lock
        self.db = db
        self._key = key
        self.slots = slots
        self.owner = owner
        self.housekeeping = housekeeping.Housekeeping()

    # -- opening -------------------------------------------------------------------
    @classmethod
    def create(
        cls, folder: Path, passphrase: SecretBytes, owner: Professional, *,
        kdf: Argon2Params | None = None, recovery: RecoveryPublicKey | None = None,
        workstation: str | None = None,
    ) -> Vault:
        """Make a new vault: all of it, or (a full disk, a crash) nothing at all."""
        paths = VaultPaths(folder)
        keyslots.check_passphrase_length(passphrase)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = FolderLock(folder)
        lock.acquire()
        key = SecretBytes.random()
        try:
            housekeeping.tidy(folder)
            if paths.exists():
                raise VaultAlreadyExists(folder=str(folder))
            vault_id = keyslots.new_vault_id()
            slot = keyslots.wrap_with_passphrase(
                key, passphrase, kdf or keyslots.calibrate_argon2(), vault_id
            )
            slots = keyslots.new_slot_file(vault_id, slot)
            if recovery is not None:
                slots = slots.model_copy(update={"recovery": recovery.seal(key, vault_id)})
            _stage_and_switch_in(paths, key, slots, vault_id, owner)
            conn = open_connection(paths.db, key)
        except BaseException as exc:
            key.wipe()
            lock.release()
            if isinstance(exc, sqlcipher3.Error):
                raise translate_error(exc) from None
            raise
        return cls(paths, lock, Database(conn, _context(owner, workstation)), key, slots, owner)

    @classmethod
    def open(
        cls, folder: Path, passphrase: SecretBytes, *, workstation: str | None = None
    ) -> Vault:
        def unwrap(slots: KeySlotFile) -> SecretBytes:
            return keyslots.unwrap_with_passphrase(slots.passphrase_slot(), passphrase,
                                                   slots.vault_id)

        vault = cls._open_with(folder, unwrap, workstation)
        if vault.slots.passphrase_slot().text_form is None:  # from before NFC: rewrite it
            with contextlib.suppress(VaultError, OSError):  # the old slot still opens
                vault._rewrap(passphrase, None, event="nfc")
        return vault

    @classmethod
    def recover(
        cls, folder: Path, private_key: RecoveryPrivateKey, new_passphrase: SecretBytes, *,
        kdf: Argon2Params | None = None, workstation: str | None = None,
    ) -> Vault:
        """Open with the organisation's recovery key and set a new passphrase."""
        keyslots.check_passphrase_length(new_passphrase)

        def unwrap(slots: KeySlotFile) -> SecretBytes:
            if slots.recovery is None:
                raise NoRecoverySlot()
            return private_key.open(slots.recovery, slots.vault_id)

        vault = cls._open_with(folder, unwrap, workstation)
        try:
            vault._rewrap(new_passphrase, kdf, event="recovered")
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _open_with(
        cls, folder: Path, unwrap: Callable[[KeySlotFile], SecretBytes],
        workstation: str | None,
    ) -> Vault:
        paths = VaultPaths(folder)
        if not paths.exists():
            raise VaultNotFound(folder=str(folder))
        lock = FolderLock(folder)
        lock.acquire()
        key: SecretBytes | None = None
        conn: Connection | None = None
        try:
            tidied = _tidy(folder)
            if not paths.slots.exists():
                raise KeySlotsMissing(path=str(paths.slots))
            slots = keyslots.read_slot_file(paths.slots)
            key = unwrap(slots)
            conn = open_connection(paths.db, key)
            found = migrations.check_not_too_new(conn)
            if found >= 1:
                _check_vault_id(conn, slots.vault_id)
            migrations.migrate(conn)
            owner = _read_owner(conn)
        except BaseException as exc:
            if conn is not None and key is not None:
                if isinstance(exc, (sqlcipher3.Error, VaultDamaged, NotAVault)):
                    close_without_checkpoint(conn, paths.db, key)  # keep the WAL out
                else:
                    conn.close()
            if key is not None:
                key.wipe()
            lock.release()
            if isinstance(exc, sqlcipher3.Error):
                raise translate_error(exc) from None
            raise
        vault = cls(paths, lock, Database(conn, _context(owner, workstation)), key, slots, owner)
        vault.housekeeping = tidied
        return vault

    # -- use -------------------------------------------------------------------------
    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Transaction]:
        with self.db.transaction(write=write) as tx:
            yield tx

    def compact(self) -> None:
        """See :meth:`Database.compact`: after an erasure nothing of it stays in the file."""
        self.db.compact()

    @property
    def vault_id(self) -> str:
        return self.slots.vault_id

    def change_passphrase(
        self, current: SecretBytes, new: SecretBytes, kdf: Argon2Params | None = None
    ) -> None:
        """Check the current passphrase, then rewrite only the key-slot file, atomically."""
        keyslots.check_passphrase_length(new)
        keyslots.unwrap_with_passphrase(self.slots.passphrase_slot(), current,
                                        self.vault_id).wipe()
        self._rewrap(new, kdf, event="passphrase")

    def set_recovery_key(self, public: RecoveryPublicKey) -> None:
        slots = self.slots.model_copy(update={"recovery": public.seal(self._key, self.vault_id)})
        self._write_slots(slots, event="recovery")

    def _rewrap(self, new: SecretBytes, kdf: Argon2Params | None, event: str) -> None:
        params = kdf or (self.slots.passphrase.params if self.slots.passphrase
                         else keyslots.calibrate_argon2())
        slot = keyslots.wrap_with_passphrase(self._key, new, params, self.vault_id)
        self._write_slots(self.slots.with_passphrase(slot), event=event)

    def remove_passphrase_slot(self, revoked_at: str) -> None:
        """The CJG revoked this laptop (its signed word): the passphrase opens it no more;
        the organisation's recovery key still does (``stap0 vault recover``)."""
        self._write_slots(self.slots.without_passphrase(revoked_at), event="revoked")

    def _write_slots(self, slots: KeySlotFile, event: str) -> None:
        with self.transaction() as tx:
            tx.log(AccessAction.UPDATE, client_id="", client_id_type=ClientIdType.NONE,
                   object_type="keyslots", object_id=event)
            keyslots.write_slot_file(self.paths.slots, slots)
        self.slots = slots

    def data_key_copy(self) -> SecretBytes:
        """A copy of the data key for backup; the caller wipes it."""
        return self._key.copy()

    def check(self) -> CheckReport:
        """SQLCipher's page authentication, SQLite's integrity check and the log chain."""
        report = CheckReport()
        try:
            with self.db.transaction(write=False) as tx:
                cipher_rows = tx.fetchall("PRAGMA cipher_integrity_check")
                report.cipher_errors = [str(r[0]) for r in cipher_rows]
                rows = [str(r[0]) for r in tx.fetchall("PRAGMA integrity_check")]
                report.integrity_errors = [] if rows == ["ok"] else rows
                report.log = access_log.verify(tx.conn)
        except VaultError as exc:  # the check itself met a page it cannot read
            report.integrity_errors.append(exc.detail or exc.code)
        if not report.ok:
            self.db.damaged = True
        return report

    def verify_log(self) -> access_log.LogVerdict:
        with self.transaction() as tx:
            verdict = access_log.verify(tx.conn)
            tx.log(AccessAction.READ, client_id="", client_id_type=ClientIdType.NONE,
                   object_type="access_log", object_id="verify")
        return verdict

    def read_access_log(self, client_id: str | None = None, limit: int = 1000) -> list[AccessEvent]:
        """Reading the log is itself logged."""
        with self.transaction() as tx:
            events = access_log.read_events(tx.conn, client_id, limit)
            tx.log(AccessAction.READ, client_id=client_id or "",
                   client_id_type=ClientIdType.NONE, object_type="access_log",
                   object_id=len(events))
        return events

    # -- closing ---------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return not self._key.wiped

    def close(self) -> None:
        guard = None
        if self.db.damaged and not self._key.wiped:
            guard = open_read_only_guard(self.paths.db, self._key)
        self.db.close()
        if guard is not None:
            guard.close()
        self._key.wipe()
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _tidy(folder: Path) -> housekeeping.Housekeeping:
    try:
        return housekeeping.tidy(folder)
    except ValueError as exc:
        raise SwitchJournalDamaged(str(exc), path=str(folder / JOURNAL_NAME)) from None


def _stage_and_switch_in(
    paths: VaultPaths, key: SecretBytes, slots: KeySlotFile, vault_id: str, owner: Professional
) -> None:
    """Build the new vault under staged names, then switch it in (see vault_switch)."""
    staged_db = paths.folder / vault_switch.staged_name(DB_NAME)
    staged_slots = paths.folder / vault_switch.staged_name(SLOTS_NAME)
    try:
        conn = open_connection(staged_db, key, create=True, wal=False)
        try:
            migrations.migrate(conn)
            _write_meta(conn, vault_id, owner)
        finally:
            conn.close()
        keyslots.write_slot_file(staged_slots, slots)
    except BaseException:
        vault_switch.discard(staged_db, staged_slots)
        raise
    vault_switch.commit(paths.folder, staged_db, staged_slots, "init")


def _write_meta(conn: Connection, vault_id: str, owner: Professional) -> None:
    values = {
        "vault_id": vault_id, "owner_user_id": owner.user_id, "owner_name": owner.name,
        "owner_role": owner.role, "owner_organisation": owner.organisation,
        "owner_phone": owner.phone,
        "created_by": f"Stap 0 {stap0_desktop.__version__}",
    }
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO vault_meta (key, value) VALUES (?, ?)", list(values.items()))
    conn.execute("COMMIT")


def _meta(conn: Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM vault_meta")}


def _check_vault_id(conn: Connection, vault_id: str) -> None:
    if _meta(conn).get("vault_id") != vault_id:
        raise NotAVault("database belongs to another vault")


def _read_owner(conn: Connection) -> Professional:
    meta = _meta(conn)
    try:
        return Professional(
            user_id=meta["owner_user_id"], name=meta["owner_name"], role=meta["owner_role"],
            organisation=meta.get("owner_organisation", ""), phone=meta.get("owner_phone", ""),
        )
    except KeyError:
        raise VaultError("vault has no owner record") from None
