"""What the sync client needs from the vault: the connection, pending signals, states.

Protocol-agnostic: profiles and receipts are stored as the JSON text the sync layer gives.
"""

from __future__ import annotations

from stap0_desktop.domain.notices import Notice
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.storage import connection_store, sharing
from stap0_desktop.storage.connection_store import Connection
from stap0_desktop.storage.sharing import OutboxRow
from stap0_desktop.storage.vault import Vault


class OutboxService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def connection(self) -> OpResult[Connection | None]:
        with self._vault.transaction() as tx:
            return OpResult(connection_store.load(tx))

    def save_profile(self, profile_json: str) -> OpResult[None]:
        with self._vault.transaction() as tx:
            connection_store.save_profile(tx, profile_json)
        return OpResult(None, ChangeSet(vault=True))

    def save_enrollment(self, device_id: str, device_key: bytes) -> OpResult[None]:
        with self._vault.transaction() as tx:
            connection_store.save_enrollment(tx, device_id, device_key)
        return OpResult(None, ChangeSet(vault=True))

    def pending(self, limit: int = 100) -> OpResult[list[OutboxRow]]:
        with self._vault.transaction() as tx:
            return OpResult(sharing.pending(tx, limit))

    def replace_notices(self, notices: list[Notice]) -> OpResult[int]:
        with self._vault.transaction() as tx:
            count = sharing.replace_notices(tx, notices)
        return OpResult(count, ChangeSet(vault=True, family_list=True))

    def notices(self, family_id: int) -> OpResult[list[Notice]]:
        with self._vault.transaction() as tx:
            return OpResult(sharing.notices_for_family(tx, family_id))

    def mark(self, envelope_id: str, state: str, receipt: str | None = None,
             error: str | None = None) -> OpResult[None]:
        with self._vault.transaction() as tx:
            sharing.set_state(tx, envelope_id, state, receipt, error)
        return OpResult(None, ChangeSet(vault=True))
