"""An unlocked vault and everything that works on it — the one way in, without Qt, for the
window and the command line alike.

``Session.open`` / ``create`` / ``recover`` give a session that owns the vault, the
operation runner (the one thread that touches the vault from then on), the services, the
sync client and its background worker (whose vault calls go through the runner), and a
plain change bus. The window wraps it in a thin Qt adapter (``ui/shell/session.py``); the command
line uses it as it is. ``close`` stops the sync, closes the vault on its own thread (wiping
the key) and stops the thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from stap0_desktop.domain.models import Professional
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.services.checklists import ChecklistService
from stap0_desktop.services.coordination import CoordinationService
from stap0_desktop.services.handover import HandoverService
from stap0_desktop.services.handover_sync import HandoverSyncService
from stap0_desktop.services.kaart import KaartService
from stap0_desktop.services.operations import ChangeSet, OperationRunner, OpResult
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.services.reports import ReportService
from stap0_desktop.services.route import RouteService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.services.vaults import (
    Argon2Params,
    RecoveryPrivateKey,
    SecretBytes,
    UnlockAttempts,
    Vault,
    load_recovery_public_key,
    open_guarded,
)
from sync.client.sync_client import PushSummary, SyncClient
from sync.client.worker import RoundOutcome, SyncWorker

__all__ = ["ChangeBus", "RoundOutcome", "Session", "round_changes"]

Listener = Callable[[ChangeSet], None]


class ChangeBus:
    """Who wants to hear what changed: each listener is called with a change set that is
    not empty, on the thread that published it (a Qt adapter queues it to its own)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Listen; call what is returned to stop."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return unsubscribe

    def publish(self, changes: ChangeSet) -> None:
        if changes.empty:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(changes)


SYNC_TIMEOUT_S = 15.0     # one request to the CJG
SYNC_INTERVAL_S = 120.0   # between rounds while nothing wakes the worker


def round_changes(summary: PushSummary | None) -> ChangeSet:
    """What a sync round changed for the views: nothing, when it sent, received and
    withdrew nothing and no notice or kaart came or went (a failed round: nothing)."""
    if summary is None:
        return ChangeSet()
    steps = bool(summary.coordinated or summary.coordination_refused
                 or summary.handovers_changed)
    outbox = bool(summary.sent or summary.received or summary.refused or summary.withdrawn
                  or summary.unverified or summary.notices_changed or steps)
    matches = summary.notices_changed or steps or bool(summary.withdrawn)
    return ChangeSet(outbox=outbox, kaart=summary.kaart_version is not None,
                     family_list=summary.matches_changed or summary.handovers_changed,
                     follow_ups=matches, matches=matches)   # what is due after a match


class Session:
    def __init__(self, vault: Vault, runner: OperationRunner | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.runner = runner or OperationRunner()
        self.changes = ChangeBus()
        self.caseload = CaseloadService(vault)
        self.checklists = ChecklistService(vault)
        self.route = RouteService(vault)
        self.reports = ReportService(vault)
        self.signals = SignalService(vault)
        self.kaart = KaartService(vault)
        self.coordination = CoordinationService(vault)
        self.outbox = OutboxService(vault)
        self.handover = HandoverService(vault)
        self.sync_client = SyncClient(self.outbox, timeout=SYNC_TIMEOUT_S, today=today,
                                      kaart=self.kaart, run=self.runner.run,
                                      handover=HandoverSyncService(vault))
        self._round_listeners: list[Callable[[RoundOutcome], None]] = []
        self._today = today
        self.sync_worker = SyncWorker(self._run_round, report=self._round_done,
                                      interval_s=SYNC_INTERVAL_S)

    # -- the ways in -----------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path, passphrase: SecretBytes,
             attempts: UnlockAttempts | None = None) -> Session:
        """With the passphrase (wrong ones counted per data folder, see ``open_guarded``).
        Blocks its caller (the key derivation takes a second): the window calls it off its
        own thread."""
        def open_vault() -> Vault:
            with passphrase:
                return open_guarded(data_dir, passphrase, attempts)
        return cls._started(open_vault)

    @classmethod
    def create(cls, data_dir: Path, passphrase: SecretBytes, owner: Professional, *,
               kdf: Argon2Params | None = None,
               recovery_public_key: Path | None = None) -> Session:
        """A new vault, optionally with the organisation's recovery key."""
        def create_vault() -> Vault:
            with passphrase:
                recovery = (load_recovery_public_key(recovery_public_key)
                            if recovery_public_key is not None else None)
                return Vault.create(data_dir, passphrase, owner, kdf=kdf, recovery=recovery)
        return cls._started(create_vault)

    @classmethod
    def recover(cls, data_dir: Path, recovery_key: RecoveryPrivateKey,
                new_passphrase: SecretBytes, *, kdf: Argon2Params | None = None) -> Session:
        """With the organisation's recovery key (read before the new passphrase is asked
        for, so a wrong file is said first), setting a new passphrase."""
        def recover_vault() -> Vault:
            with new_passphrase:
                return Vault.recover(data_dir, recovery_key, new_passphrase, kdf=kdf)
        return cls._started(recover_vault)

    @classmethod
    def _started(cls, make_vault: Callable[[], Vault]) -> Session:
        """The vault made on the runner's thread — the one that touches it from then on."""
        runner = OperationRunner()
        try:
            vault = runner.run(make_vault)
        except BaseException:
            runner.shutdown()
            raise
        return cls(vault, runner)

    # -- what it is --------------------------------------------------------------------
    @property
    def owner(self) -> Professional:
        return self.vault.owner

    @property
    def data_folder(self) -> Path:
        """The vault's folder: no export may be written into it."""
        return self.vault.paths.folder

    # -- the background sync -------------------------------------------------------------
    def on_round(self, listener: Callable[[RoundOutcome], None]) -> None:
        """Hear each round's outcome (on the sync thread)."""
        self._round_listeners.append(listener)

    def _run_round(self) -> PushSummary:
        """End what has ended first — offline too, so the views hear of it even when the
        CJG cannot be reached — then the round."""
        ended = self.runner.run(lambda: self.outbox.expire(self._today())).value
        if any(ended):
            self.changes.publish(ChangeSet(outbox=True))
        return self.sync_client.sync(expire=False)

    def _round_done(self, outcome: RoundOutcome) -> None:
        self.changes.publish(round_changes(outcome.summary))
        for listener in list(self._round_listeners):
            listener(outcome)

    # -- the end -----------------------------------------------------------------------
    def __enter__(self) -> Session:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop syncing, close the vault on its own thread (wiping the key), stop the
        thread. A sync round still waiting for the network ends at its next vault call."""
        self.sync_worker.stop()

        def close_vault() -> OpResult[None]:
            self.vault.close()
            return OpResult(None)

        if self.vault.is_open:
            self.runner.submit(close_vault).result(timeout=10)
        self.runner.shutdown()
