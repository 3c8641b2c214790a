"""What the sync client needs from the vault: the connection, the outbox, the status.

Protocol-agnostic: profiles, sealed envelopes and receipts are stored as the JSON text the
sync layer gives. It implements the sync client's port (``sync.client.ports.OutboxPort``);
the app's background sync calls it through the vault thread's ``run``, so that the vault is
only ever touched by the thread that owns it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TypeVar

from stap0_desktop.domain.coordination import CoordinationStep
from stap0_desktop.domain.notices import Notice
from stap0_desktop.domain.outbox import OutboxRow, SyncStatus, WithdrawalRow
from stap0_desktop.services.operations import ChangeSet, OpResult, VaultService
from stap0_desktop.storage import connection_store, coordination_steps, handovers, outbox_store
from stap0_desktop.storage.connection_store import Connection
from stap0_desktop.storage.database import Transaction

T = TypeVar("T")
OUTBOX_CHANGED = ChangeSet(outbox=True)


class OutboxService(VaultService):
    # -- the connection ------------------------------------------------------------------
    def connection(self, with_key: bool = False) -> OpResult[Connection | None]:
        """The connection; ``with_key`` also the device key, for the one who signs (and
        wipes it)."""
        return self._do(lambda tx: connection_store.load(tx, with_key=with_key))

    def save_profile(self, profile_json: str) -> OpResult[None]:
        return self._do(lambda tx: connection_store.save_profile(tx, profile_json),
                        ChangeSet(vault=True, outbox=True))

    def save_enrollment(self, device_id: str, device_key: bytes | bytearray) -> OpResult[None]:
        return self._do(lambda tx: connection_store.save_enrollment(tx, device_id, device_key),
                        ChangeSet(vault=True, outbox=True))

    def save_connection(self, profile_json: str, device_id: str, device_key: bytes | bytearray,
                        identity_json: str | None = None) -> OpResult[None]:
        """A new profile and its enrollment, in one transaction (to be confirmed)."""
        def work(tx: Transaction) -> None:
            connection_store.save_profile(tx, profile_json)
            connection_store.save_enrollment(tx, device_id, device_key, identity_json)
        return self._do(work, ChangeSet(vault=True, outbox=True))

    def update_profile(self, profile_json: str) -> OpResult[None]:
        """A newer profile, signed by the CJG under the current one; enrollment kept."""
        return self._do(lambda tx: connection_store.update_profile(tx, profile_json),
                        ChangeSet(vault=True, outbox=True))

    def confirm_enrollment(self) -> OpResult[bool]:
        """The professional checked who the CJG enrolled: signals may go."""
        return self._do(connection_store.confirm_enrollment, ChangeSet(vault=True, outbox=True))

    def forget_enrollment(self) -> OpResult[None]:
        return self._do(connection_store.forget_enrollment, ChangeSet(vault=True, outbox=True))

    def save_lease(self, lease_json: str) -> OpResult[None]:
        """The CJG's lease, verified by the client: signals may be queued until it ends."""
        return self._do(lambda tx: connection_store.save_lease(tx, lease_json),
                        ChangeSet(outbox=True))

    def end_for_revocation(self, revoked_at: str) -> OpResult[None]:
        """The CJG revoked this laptop (its verified word): the enrollment is forgotten and
        the passphrase slot removed; only the organisation's recovery key opens it now."""
        # The slot first: should forgetting then fail, the next sync is told again.
        self._vault.remove_passphrase_slot(revoked_at)
        self._do(connection_store.forget_enrollment)
        return OpResult(None, ChangeSet(vault=True, outbox=True))

    # -- signals -------------------------------------------------------------------------
    def pending(self, limit: int = 100, today: date | None = None,
                after: int = 0) -> OpResult[list[OutboxRow]]:
        day = today or date.today()
        return self._do(lambda tx: outbox_store.pending(tx, day, limit, after))

    def store_sealed(self, sealed: list[tuple[str, str]]) -> OpResult[None]:
        return self._do(lambda tx: outbox_store.store_sealed(tx, sealed), OUTBOX_CHANGED)

    def record_results(self, received: list[tuple[str, str]], refused: list[tuple[str, str]],
                       problems: list[tuple[str, str]]) -> OpResult[None]:
        """A batch's answers in one transaction (see ``outbox_store.record_results``)."""
        return self._do(
            lambda tx: outbox_store.record_results(tx, received, refused, problems),
            OUTBOX_CHANGED)

    def reseal(self, envelope_ids: list[str]) -> OpResult[None]:
        return self._do(lambda tx: outbox_store.reseal(tx, envelope_ids), OUTBOX_CHANGED)

    def expire(self, today: date | None = None) -> OpResult[tuple[int, int]]:
        day = today or date.today()
        return self._do(lambda tx: outbox_store.expire(tx, day), OUTBOX_CHANGED)

    # -- withdrawals ---------------------------------------------------------------------
    def withdrawals(self, limit: int = 100, after: int = 0) -> OpResult[list[WithdrawalRow]]:
        return self._do(lambda tx: outbox_store.withdrawals(tx, limit, after))

    def store_withdrawal_sealed(self, sealed: list[tuple[str, str]]) -> OpResult[None]:
        return self._do(lambda tx: outbox_store.store_withdrawal_sealed(tx, sealed))

    def withdrawal_received(self, envelope_id: str, receipt_json: str) -> OpResult[None]:
        return self._do(
            lambda tx: outbox_store.withdrawal_received(tx, envelope_id, receipt_json),
            ChangeSet(outbox=True, matches=True))   # its matches are gone

    # -- coordination steps after a match ------------------------------------------------
    def coordination_pending(self, limit: int = 100,
                             after: int = 0) -> OpResult[list[CoordinationStep]]:
        return self._do(lambda tx: coordination_steps.pending(tx, limit, after))

    def store_coordination_sealed(self, sealed: list[tuple[str, str]]) -> OpResult[None]:
        return self._do(lambda tx: coordination_steps.store_sealed(tx, sealed), OUTBOX_CHANGED)

    def coordination_results(self, received: list[tuple[str, str]],
                             refused: list[tuple[str, str]],
                             problems: list[tuple[str, str]]) -> OpResult[None]:
        return self._do(
            lambda tx: coordination_steps.record_results(tx, received, refused, problems),
            ChangeSet(outbox=True, follow_ups=True, matches=True))

    def reseal_coordination(self, step_ids: list[str]) -> OpResult[None]:
        return self._do(lambda tx: coordination_steps.reseal(tx, step_ids), OUTBOX_CHANGED)

    # -- notices and status --------------------------------------------------------------
    def replace_notices(self, notices: list[Notice]) -> OpResult[int]:
        """The CJG's notices now: how many are stored; when they differ from before, the
        outbox changed, and when a match came or went the family list shows it."""
        with self._vault.transaction() as tx:
            before = outbox_store.unseen_matches(tx)
            stored, changed = outbox_store.replace_notices(tx, notices)
            family_list = changed and outbox_store.unseen_matches(tx) != before
        return OpResult(stored, ChangeSet(outbox=changed, family_list=family_list,
                                          follow_ups=changed, matches=changed))

    def notices(self, family_id: int) -> OpResult[list[Notice]]:
        return self._do(lambda tx: outbox_store.notices_for_family(tx, family_id))

    def record_attempt(self, error: str | None) -> OpResult[None]:
        return self._do(lambda tx: outbox_store.record_attempt(tx, error), OUTBOX_CHANGED)

    def status(self) -> OpResult[SyncStatus]:
        def work(tx: Transaction) -> SyncStatus:
            connection = connection_store.load(tx)
            municipality = ""
            if connection is not None:
                municipality = connection_store.municipality(connection)
            status = outbox_store.status(tx, municipality, connection is not None,
                                         connection is not None
                                         and connection.device_id is not None)
            if connection is None:
                return status
            status = replace(status, handovers_to_answer=handovers.to_answer(tx),
                             idle_lock_max_minutes=connection_store
                             .idle_lock_max_minutes(connection))
            if connection.device_id is None:
                return status
            return replace(status, confirmed=connection.confirmed,
                           identity_json=connection.identity_json,
                           lease_expires_at=connection_store.lease_expires_at(connection))
        return self._do(work)
