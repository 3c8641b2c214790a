"""What the sync client needs from the laptop's vault, as small ports the app's services
implement (``OutboxService``, ``KaartService``): the client never imports them, nor the
vault's storage.

Every call answers with something that carries a ``value`` (the services' ``OpResult``).
The calls go through a ``VaultRun``: the app passes its vault thread's ``run`` so that the
background round, on a thread of its own, touches the vault only on the thread that owns
it; the command line and tests call straight through.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from types import TracebackType
from typing import Protocol, TypeVar

from stap0_desktop.domain.coordination import CoordinationStep
from stap0_desktop.domain.notices import Notice
from stap0_desktop.domain.outbox import OutboxRow, SyncStatus, WithdrawalRow
from sync.protocol.kaart_entry import KaartEntry

T_co = TypeVar("T_co", covariant=True)
R = TypeVar("R")


class Answer(Protocol[T_co]):
    """A vault call's answer (what it changed, the services' ``ChangeSet``, the client
    leaves to the app)."""

    @property
    def value(self) -> T_co: ...


class Changes(Protocol):
    @property
    def outbox(self) -> bool: ...

    @property
    def family_list(self) -> bool: ...


class NoticesStored(Protocol):
    """How many notices are stored; whether they changed, and a match came or went."""

    @property
    def value(self) -> int: ...

    @property
    def changes(self) -> Changes: ...


class DeviceKey(Protocol):
    """The device's signing key in a buffer its user wipes (on leaving the ``with``)."""

    @property
    def buffer(self) -> bytearray: ...

    def __enter__(self) -> DeviceKey: ...

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None: ...


class StoredConnection(Protocol):
    @property
    def profile_json(self) -> str: ...

    @property
    def device_id(self) -> str | None: ...

    @property
    def device_key(self) -> DeviceKey | None: ...

    @property
    def confirmed(self) -> bool: ...


class OutboxPort(Protocol):
    """The connection to the CJG, the outbox of signals and withdrawals, the notices."""

    def connection(self, with_key: bool = False) -> Answer[StoredConnection | None]: ...

    def save_profile(self, profile_json: str) -> object: ...

    def save_connection(self, profile_json: str, device_id: str, device_key: bytearray,
                        identity_json: str | None = None) -> object: ...

    def update_profile(self, profile_json: str) -> object: ...

    def save_lease(self, lease_json: str) -> object: ...

    def end_for_revocation(self, revoked_at: str) -> object: ...

    def expire(self, today: date | None = None) -> Answer[tuple[int, int]]: ...

    def pending(self, limit: int = 100, today: date | None = None,
                after: int = 0) -> Answer[list[OutboxRow]]: ...

    def store_sealed(self, sealed: list[tuple[str, str]]) -> object: ...

    def record_results(self, received: list[tuple[str, str]], refused: list[tuple[str, str]],
                       problems: list[tuple[str, str]]) -> object: ...

    def reseal(self, envelope_ids: list[str]) -> object: ...

    def withdrawals(self, limit: int = 100, after: int = 0) -> Answer[list[WithdrawalRow]]: ...

    def store_withdrawal_sealed(self, sealed: list[tuple[str, str]]) -> object: ...

    def withdrawal_received(self, envelope_id: str, receipt_json: str) -> object: ...

    def coordination_pending(self, limit: int = 100,
                             after: int = 0) -> Answer[list[CoordinationStep]]: ...

    def store_coordination_sealed(self, sealed: list[tuple[str, str]]) -> object: ...

    def coordination_results(self, received: list[tuple[str, str]],
                             refused: list[tuple[str, str]],
                             problems: list[tuple[str, str]]) -> object: ...

    def reseal_coordination(self, step_ids: list[str]) -> object: ...

    def replace_notices(self, notices: list[Notice]) -> NoticesStored: ...

    def record_attempt(self, error: str | None) -> object: ...

    def status(self) -> Answer[SyncStatus]: ...


class PendingHandover(Protocol):
    """A package to send: its id, receiver, the package's JSON, and the sealed text once
    sealed (resent byte for byte)."""

    @property
    def id(self) -> str: ...

    @property
    def to_device(self) -> str: ...

    @property
    def package(self) -> str: ...

    @property
    def sealed(self) -> str | None: ...

    @property
    def seq(self) -> int: ...


class HandoverPort(Protocol):
    """Warm handover in the vault: this laptop's KEM key, the CJG's directory, the packages
    it sends and receives, and the answers it owes. Wire formats as JSON text."""

    def handover_key(self) -> Answer[tuple[str, str, bool] | None]: ...

    def handover_private(self) -> Answer[DeviceKey | None]: ...

    def save_handover_key(self, suite: str, private: bytearray, public: str) -> object: ...

    def handover_key_sent(self) -> object: ...

    def directory_digest(self) -> Answer[str | None]: ...

    def replace_directory(self, entries: list[tuple[str, str, str, str, str]],
                          digest: str) -> object: ...

    def directory_entry(self, device_id: str) -> Answer[str | None]: ...

    def handovers_pending(self, limit: int = 20,
                          after: int = 0) -> Answer[Sequence[PendingHandover]]: ...

    def store_handover_sealed(self, handover_id: str, sealed: str) -> object: ...

    def handover_result(self, handover_id: str, receipt: str | None,
                        error: str | None) -> object: ...

    def reseal_handover(self, handover_id: str) -> object: ...

    def known_incoming(self) -> Answer[set[str]]: ...

    def store_incoming(self, handover_id: str, from_device: str, from_name: str, digest: str,
                       package: str | None, problem: str | None) -> object: ...

    def answers_pending(self) -> Answer[list[tuple[str, str, str, str, str]]]: ...

    def answer_sent(self, handover_id: str, outcome: str) -> object: ...

    def apply_handover_status(self, handover_id: str, state: str, answered_at: str | None,
                              warm_contact: str | None) -> Answer[bool]: ...

    def withdrawals_out(self) -> Answer[list[str]]: ...

    def withdrawal_done(self, handover_id: str, withdrawn: bool) -> object: ...

    def withdrawn_incoming(self, handover_id: str) -> Answer[bool]: ...


class KaartPort(Protocol):
    """Where the CJG's published sociale kaart is kept."""

    def publication(self) -> Answer[tuple[int, str, dict[str, list[str]]] | None]: ...

    def apply_publication(self, entries: list[KaartEntry], version: int,
                          published_at: str) -> object: ...


class VaultRun(Protocol):
    """Runs one vault call where the vault may be touched, and gives its answer."""

    def __call__(self, call: Callable[[], R], /) -> R: ...


def run_here(call: Callable[[], R]) -> R:
    """Straight through: for the command line and tests, on the vault's own thread."""
    return call()
