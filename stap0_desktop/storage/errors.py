"""Storage faults, each with a stable code that the UI and CLI turn into a sentence.

Messages here are for logs and developers; the user's language lives in
``stap0_desktop.messages``. No message may contain client data.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of every storage fault the user can meet."""

    code = "vault_error"

    def __init__(self, detail: str = "", **params: object) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params = params


class VaultNotFound(VaultError):
    code = "vault_not_found"


class VaultAlreadyExists(VaultError):
    code = "vault_exists"


class VaultInUse(VaultError):
    """Another process has this data folder open (``params['pid']``)."""

    code = "vault_in_use"


class PassphraseTooShort(VaultError):
    code = "passphrase_too_short"


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"


class DeviceRevoked(VaultError):
    """The CJG revoked this laptop (``params['revoked_at']``): its passphrase slot is gone,
    only the organisation's recovery key opens the vault."""

    code = "device_revoked"


class UnlockThrottled(VaultError):
    """Too many wrong passphrases for this data folder: wait ``params['seconds']``."""

    code = "unlock_throttled"


class KeySlotsMissing(VaultError):
    code = "keyslots_missing"


class KeySlotsDamaged(VaultError):
    """The key-slot file cannot be read (``params['field']`` names what is wrong)."""

    code = "keyslots_damaged"


class NotAVault(VaultError):
    """The database file is not a Stap 0 vault, or it does not belong to these key slots."""

    code = "not_a_vault"


class VaultDamaged(VaultError):
    """A page failed its authentication check or the database is malformed."""

    code = "vault_damaged"


class SchemaTooNew(VaultError):
    """The vault was written by a newer Stap 0 (``params['found']``, ``params['known']``)."""

    code = "schema_too_new"


class DiskFull(VaultError):
    code = "disk_full"


class StorageIOError(VaultError):
    code = "storage_io"


class RecoveryKeyInvalid(VaultError):
    code = "recovery_key_invalid"


class NoRecoverySlot(VaultError):
    code = "no_recovery_slot"


class RecoveryFailed(VaultError):
    """The recovery key does not open this vault's recovery slot."""

    code = "recovery_failed"


class BackupInvalid(VaultError):
    code = "backup_invalid"


class NotFound(VaultError):
    """A family, member, visit or note that does not exist (any more)."""

    code = "not_found"


class VaultClosed(VaultError):
    code = "vault_closed"


class InvalidReference(VaultError):
    """A link to a member of another family, or to a member who cannot hold it."""

    code = "invalid_reference"


class SwitchJournalDamaged(VaultError):
    """The journal of an interrupted init or restore cannot be read (``params['path']``)."""

    code = "switch_journal_damaged"


class DestinationInVault(VaultError):
    """A backup, export or key file aimed into the vault's own folder (``params['path']``)."""

    code = "destination_in_vault"


class InputFileProblem(VaultError):
    """A file given to a command cannot be used: ``params['path']`` and ``params['reason']``
    (a code: missing, folder, permission, loop, not_regular, too_large, not_folder, exists,
    disk_full, io, nested)."""

    code = "input_file"
