"""The app's side of the background sync: starts the worker for an unlocked session,
turns its reports into Qt signals on the UI thread, and enrolls off the UI thread.

The worker's own thread does the network; whatever it needs from the vault goes through
the session's vault thread (``runner.run``). Nothing here blocks the UI thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from stap0_desktop.domain.outbox import SyncStatus
from stap0_desktop.services.kaart import KaartService
from stap0_desktop.services.operations import ChangeSet, OperationRunner
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.ui.operations import OperationBridge
from sync.client.sync_client import SyncClient
from sync.client.transport import parse_profile
from sync.client.worker import RoundOutcome, SyncWorker


class SyncController(QObject):
    status_changed = Signal(object)       # SyncStatus
    round_finished = Signal(object)       # RoundOutcome
    _reported = Signal(object)
    _answer = Signal(object, object)      # (callback, value)

    def __init__(self, outbox: OutboxService, kaart: KaartService, runner: OperationRunner,
                 bridge: OperationBridge, parent: QObject | None = None, *,
                 timeout_s: float = 15.0, interval_s: float = 120.0) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._status_source = outbox                        # used through the bridge
        # The round runs on the sync thread; its vault calls go to the vault's thread.
        self.client = SyncClient(outbox, timeout=timeout_s, kaart=kaart, run=runner.run)
        self.worker = SyncWorker(self.client.sync, report=self._safe_report,
                                 interval_s=interval_s)
        self.status: SyncStatus | None = None
        self.last: RoundOutcome | None = None
        self._reported.connect(self._on_round, Qt.ConnectionType.QueuedConnection)
        self._answer.connect(lambda callback, value: callback(value),
                             Qt.ConnectionType.QueuedConnection)
        bridge.changed.connect(self._on_changed)

    def _safe_report(self, outcome: RoundOutcome) -> None:
        with contextlib.suppress(RuntimeError):  # the session was closed meanwhile
            self._reported.emit(outcome)

    def start(self) -> None:
        self.worker.start()
        self.refresh_status()

    def sync_now(self) -> None:
        if self.worker.running:
            self.worker.wake()
        else:
            self.worker.start()

    def stop(self) -> None:
        self.worker.stop()

    def refresh_status(self) -> None:
        self._bridge.run(self._status_source.status, self._set_status)

    def _set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def _on_round(self, outcome: RoundOutcome) -> None:
        self.last = outcome
        self.round_finished.emit(outcome)
        summary = outcome.summary
        kaart = summary is not None and summary.kaart_version is not None
        matches = summary is not None and summary.matches_changed
        self._bridge.changed.emit(ChangeSet(outbox=True, kaart=kaart, family_list=matches))
        self.refresh_status()

    def _on_changed(self, changes: ChangeSet) -> None:
        # A signal queued or withdrawn for a family: try to send it now.
        if changes.outbox and changes.families:
            self.sync_now()

    # -- connecting ------------------------------------------------------------------
    def connect_cjg(self, profile_text: str, code: str, on_done: Callable[[Any], None],
                    on_error: Callable[[BaseException], None]) -> None:
        """Import the profile and enroll with the one-time code, on a thread of its own."""
        def work() -> None:
            try:
                profile = parse_profile(profile_text)
                enrolled = self.client.enroll(code, profile_text)
            except Exception as exc:  # shown to the user, never lost
                self._answer.emit(on_error, exc)
                return
            self._answer.emit(on_done, (profile, enrolled))
            self.refresh_status()   # nothing is sent before the professional confirmed

        threading.Thread(target=work, name="stap0-enroll", daemon=True).start()

    def confirm_enrollment(self) -> None:
        """The professional checked who the CJG enrolled: send what waits."""
        def confirmed(_done: bool) -> None:
            self.refresh_status()
            self.sync_now()
        self._bridge.run(self._status_source.confirm_enrollment, confirmed)

    def forget_enrollment(self) -> None:
        self._bridge.run(self._status_source.forget_enrollment,
                         lambda _none: self.refresh_status())
