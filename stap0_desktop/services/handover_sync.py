"""What the sync client needs of the vault for warm handover (``sync.client.ports.
HandoverPort``): this laptop's KEM key, the directory, the packages to send and those that
arrived, the answers owed. Each call one transaction; what changes says so."""

from __future__ import annotations

from typing import TypeVar

from stap0_desktop.services.operations import ChangeSet, OpResult, VaultService
from stap0_desktop.storage import handovers
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.handovers import OutRow
from stap0_desktop.storage.secret import SecretBytes

T = TypeVar("T")
HANDOVERS_CHANGED = ChangeSet(outbox=True, follow_ups=True, family_list=True)


class HandoverSyncService(VaultService):
    def handover_key(self) -> OpResult[tuple[str, str, bool] | None]:
        def work(tx: Transaction) -> tuple[str, str, bool] | None:
            row = handovers.handover_key(tx)
            return None if row is None else (row.suite, row.public, row.sent)
        return self._do(work)

    def handover_private(self) -> OpResult[SecretBytes | None]:
        """The KEM private key, for opening what arrived (its user wipes it)."""
        def work(tx: Transaction) -> SecretBytes | None:
            row = handovers.handover_key(tx, with_private=True)
            return None if row is None else row.private
        return self._do(work)

    def save_handover_key(self, suite: str, private: bytearray, public: str) -> OpResult[None]:
        return self._do(lambda tx: handovers.save_handover_key(tx, suite, private, public))

    def handover_key_sent(self) -> OpResult[None]:
        return self._do(handovers.handover_key_sent)

    def directory_digest(self) -> OpResult[str | None]:
        return self._do(handovers.directory_digest)

    def replace_directory(self, entries: list[tuple[str, str, str, str, str]],
                          digest: str) -> OpResult[None]:
        return self._do(lambda tx: handovers.replace_directory(tx, entries, digest))

    def directory_entry(self, device_id: str) -> OpResult[str | None]:
        return self._do(lambda tx: handovers.directory_entry(tx, device_id))

    def handovers_pending(self, limit: int = 20, after: int = 0) -> OpResult[list[OutRow]]:
        return self._do(lambda tx: handovers.pending_out(tx, limit, after))

    def store_handover_sealed(self, handover_id: str, sealed: str) -> OpResult[None]:
        return self._do(lambda tx: handovers.store_out_sealed(tx, handover_id, sealed),
                        HANDOVERS_CHANGED)

    def handover_result(self, handover_id: str, receipt: str | None,
                        error: str | None) -> OpResult[None]:
        return self._do(lambda tx: handovers.out_result(tx, handover_id, receipt, error),
                        HANDOVERS_CHANGED)

    def reseal_handover(self, handover_id: str) -> OpResult[None]:
        return self._do(lambda tx: handovers.reseal_out(tx, handover_id))

    def known_incoming(self) -> OpResult[set[str]]:
        return self._do(handovers.known_in)

    def store_incoming(self, handover_id: str, from_device: str, from_name: str, digest: str,
                       package: str | None, problem: str | None) -> OpResult[None]:
        """A package as it arrived; one that did not open or verify is answered
        "unreadable" at once (the CJG deletes it; the sender is told so and can send it
        again)."""
        def work(tx: Transaction) -> None:
            handovers.store_in(tx, handover_id, from_device, from_name, digest, package,
                               problem)
            if package is None:
                handovers.queue_answer(tx, handover_id, "unreadable",
                                       handovers.get_in(tx, handover_id).received_at)  # type: ignore[union-attr]
        return self._do(work, HANDOVERS_CHANGED)

    def answers_pending(self) -> OpResult[list[tuple[str, str, str, str, str]]]:
        return self._do(handovers.answers_pending)

    def answer_sent(self, handover_id: str, outcome: str) -> OpResult[None]:
        return self._do(lambda tx: handovers.answer_sent(tx, handover_id, outcome))

    def withdrawals_out(self) -> OpResult[list[str]]:
        return self._do(handovers.withdrawals_out)

    def withdrawal_done(self, handover_id: str, withdrawn: bool) -> OpResult[None]:
        return self._do(lambda tx: handovers.withdrawal_done(tx, handover_id, withdrawn),
                        HANDOVERS_CHANGED)

    def withdrawn_incoming(self, handover_id: str) -> OpResult[bool]:
        """Its sender took it back: a copy fetched and not answered goes."""
        with self._vault.transaction() as tx:
            changed = handovers.withdrawn_in(tx, handover_id)
        return OpResult(changed, HANDOVERS_CHANGED if changed else ChangeSet())

    def apply_handover_status(self, handover_id: str, state: str, answered_at: str | None,
                              warm_contact: str | None) -> OpResult[bool]:
        with self._vault.transaction() as tx:
            changed = handovers.apply_status(tx, handover_id, state, answered_at,
                                             warm_contact)
        return OpResult(changed, HANDOVERS_CHANGED if changed else ChangeSet())
