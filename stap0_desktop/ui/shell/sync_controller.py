"""The window's side of the background sync: the session's worker, its reports turned
into Qt signals on the UI thread, and enrollment off the UI thread.

The worker's own thread does the network; whatever it needs from the vault goes through
the session's vault thread. Nothing here blocks the UI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from stap0_desktop.domain.outbox import SyncStatus
from stap0_desktop.services.cjg_connection import ProfileSummary, enroll
from stap0_desktop.services.operations import ChangeSet
from stap0_desktop.services.session import RoundOutcome, Session
from stap0_desktop.ui.common.bridge import OperationBridge
from stap0_desktop.ui.common.off_thread import OffThread


class SyncController(QObject):
    status_changed = Signal(object)       # SyncStatus
    round_finished = Signal(object)       # RoundOutcome
    _reported = Signal(object)

    def __init__(self, session: Session, bridge: OperationBridge,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._bridge = bridge
        self.status: SyncStatus | None = None
        self.last: RoundOutcome | None = None
        self._reported.connect(self._on_round, Qt.ConnectionType.QueuedConnection)
        self._off_thread = OffThread(self)
        session.on_round(self._safe_report)
        bridge.changed.connect(self._on_changed)

    def _safe_report(self, outcome: RoundOutcome) -> None:
        with contextlib.suppress(RuntimeError):  # the window's side was closed meanwhile
            self._reported.emit(outcome)

    def start(self) -> None:
        self._session.sync_worker.start()
        self.refresh_status()

    def sync_now(self) -> None:
        worker = self._session.sync_worker
        if worker.running:
            worker.wake()
        else:
            worker.start()

    def stop(self) -> None:
        self._session.sync_worker.stop()

    def refresh_status(self) -> None:
        self._bridge.run(self._session.outbox.status, self._set_status)

    def _set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def _on_round(self, outcome: RoundOutcome) -> None:
        """The status line always; the views only hear what the round changed (the
        session publishes that)."""
        self.last = outcome
        self.round_finished.emit(outcome)
        self.refresh_status()

    def _on_changed(self, changes: ChangeSet) -> None:
        # A signal queued or withdrawn for a family: try to send it now (the round ends
        # with a fresh status line). A handover answered: its count on the line changes.
        if changes.outbox and changes.families:
            self.sync_now()
        elif changes.outbox:
            self.refresh_status()

    # -- connecting ------------------------------------------------------------------
    def connect_cjg(self, profile_text: str, code: str,
                    on_done: Callable[[ProfileSummary], None],
                    on_error: Callable[[BaseException], None]) -> None:
        """Import the profile and enroll with the one-time code, on a thread of its own."""
        def enrolled(profile: ProfileSummary) -> None:
            on_done(profile)
            self.refresh_status()   # nothing is sent before the professional confirmed

        client = self._session.sync_client
        self._off_thread.run("stap0-enroll", lambda: enroll(client, profile_text, code),
                             enrolled, on_error)

    def confirm_enrollment(self) -> None:
        """The professional checked who the CJG enrolled: send what waits."""
        def confirmed(_done: bool) -> None:
            self.refresh_status()
            self.sync_now()
        self._bridge.run(self._session.outbox.confirm_enrollment, confirmed)

    def forget_enrollment(self) -> None:
        self._bridge.run(self._session.outbox.forget_enrollment,
                         lambda _none: self.refresh_status())

