"""One background helper for every vault operation, returning what changed.

As in Anki, every change goes through :class:`OperationRunner`: a single worker thread
(the vault's connection is used by one thread at a time) that runs an operation and
returns an :class:`OpResult` holding its value and a :class:`ChangeSet`. The UI adapts
the returned future to a Qt signal; the CLI waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from stap0_desktop.storage.database import Transaction
    from stap0_desktop.storage.vault import Vault

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class ChangeSet:
    """Which parts of the caseload an operation touched, so views refresh only those."""

    family_list: bool = False
    families: frozenset[int] = field(default_factory=frozenset)
    members: frozenset[int] = field(default_factory=frozenset)
    visits: frozenset[int] = field(default_factory=frozenset)
    notes: frozenset[int] = field(default_factory=frozenset)
    checklists: frozenset[int] = field(default_factory=frozenset)
    follow_ups: bool = False
    outbox: bool = False  # signals' states, match notices, the sync status
    matches: bool = False  # match notices or coordination steps (the banner on the file)
    kaart: bool = False  # the sociale kaart, notes on it
    vault: bool = False  # key slots, settings, restore
    families_gone: frozenset[int] = field(default_factory=frozenset)  # deleted or erased

    @property
    def empty(self) -> bool:
        return not (
            self.family_list or self.families or self.members or self.visits or self.notes
            or self.checklists or self.follow_ups or self.outbox or self.kaart or self.vault
            or self.families_gone or self.matches
        )


NO_CHANGES = ChangeSet()


@dataclass(frozen=True)
class OpResult(Generic[T]):
    value: T
    changes: ChangeSet = NO_CHANGES


class VaultService:
    """A service whose operations are each one transaction on its vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _do(self, work: Callable[[Transaction], T], changes: ChangeSet | None = None,
            ) -> OpResult[T]:
        with self._vault.transaction() as tx:
            value = work(tx)
        return OpResult(value, changes or ChangeSet())


class OperationRunner:
    """Runs operations one at a time, in submission order, on a dedicated thread."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stap0-vault")

    def submit(self, operation: Callable[[], R]) -> Future[R]:
        return self._executor.submit(operation)

    def run(self, operation: Callable[[], R]) -> R:
        """Run and wait: for the command line, tests, and the background sync (whose
        thread is not the vault's)."""
        return self.submit(operation).result()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=False)


