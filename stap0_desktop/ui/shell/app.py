"""The application: first run or unlock, the main window, and locking.

:class:`AppController` is the state machine. Unlocking runs the key derivation on the
worker thread; locking saves what is being typed, closes every window that shows client
data, closes the vault (wiping its key) and shows the unlock window.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from stap0_desktop.config.settings import CLIPBOARD_CLEAR_SECONDS, IDLE_LOCK_MINUTES, Settings
from stap0_desktop.i18n.translator import current_language, translate
from stap0_desktop.services.data_folder import UnlockAttempts, VaultPaths
from stap0_desktop.ui.common.off_thread import OffThread
from stap0_desktop.ui.shell.app_events import AppEvents
from stap0_desktop.ui.shell.clipboard import ClipboardGuard
from stap0_desktop.ui.shell.idle import IdleWatcher, asleep_counting_clock
from stap0_desktop.ui.shell.screen_fit import ScreenFit
from stap0_desktop.ui.shell.session_watch import SessionLockWatcher
from stap0_desktop.ui.shell.unlock import UnlockWindow
from stap0_desktop.ui.shell.wheel_guard import WheelGuard

if TYPE_CHECKING:
    from stap0_desktop.domain.outbox import SyncStatus
    from stap0_desktop.services.session import RoundOutcome, Session
    from stap0_desktop.services.vaults import Argon2Params
    from stap0_desktop.ui.shell.first_run import FirstRunWindow
    from stap0_desktop.ui.shell.main_window import MainWindow
    from stap0_desktop.ui.shell.session import QtSession

# What unlocking needs; imported on a background thread while the passphrase is typed,
# so that the unlock window appears as fast as a bare window does.
_WORK_MODULES = (
    "stap0_desktop.services.session", "stap0_desktop.services.caseload",
    "stap0_desktop.ui.shell.main_window", "stap0_desktop.i18n.messages",
)


def _freeze_heap() -> None:
    """Once the caseload is shown: the objects that live as long as the session are moved
    out of the collector's way, so that a full collection — tens of milliseconds with a
    large caseload, on whichever thread allocates — never stalls the window. The young
    generations are collected first (quick), so that their garbage is not kept."""
    gc.collect(1)
    gc.freeze()


def _thaw_heap() -> None:
    gc.unfreeze()
    gc.collect()


def _preload() -> None:
    import importlib

    for name in _WORK_MODULES:
        importlib.import_module(name)


class AppController(QObject):
    def __init__(
        self, app: QApplication, data_dir: Path, settings: Settings, *,
        demo_passphrase: str | None = None, kdf: Argon2Params | None = None,
        clock: Callable[[], float] = asleep_counting_clock,
        relaunch: Callable[[tuple[int, int | None] | None], None] | None = None,
        resume: tuple[int, int | None] | None = None,
    ) -> None:
        super().__init__(app)
        self._off_thread = OffThread(self)
        self.app = app
        self.data_dir = data_dir
        self.settings = settings
        self.demo_passphrase = demo_passphrase
        self._kdf = kdf
        self.session: QtSession | None = None
        self.window: QWidget | None = None
        self.main_window: MainWindow | None = None
        self.attempts = UnlockAttempts(data_dir)
        self.idle = IdleWatcher(settings.get(IDLE_LOCK_MINUTES) * 60, clock, parent=self)
        self.idle.idle.connect(self.lock)
        self.idle.warning.connect(self._lock_countdown)
        self._resume = resume  # the family and note at lock (ids only)
        # The real app becomes a fresh process on lock (see relaunch.py); tests stay here.
        self._relaunch = relaunch
        self.wheel_guard = WheelGuard(self)
        self.screen_fit = ScreenFit(self)
        self.app_events = AppEvents(self)   # one filter on the application for all three
        for guard in (self.idle, self.wheel_guard, self.screen_fit):
            self.app_events.add(guard.EVENTS, guard.handle)
        self.app_events.install(app)
        self.clipboard = ClipboardGuard(settings.get(CLIPBOARD_CLEAR_SECONDS), self)
        app.applicationStateChanged.connect(self._state_changed)
        self.session_watch = SessionLockWatcher(self)
        self.session_watch.session_locked.connect(self.lock)
        self.session_watch.install(app)
        app.aboutToQuit.connect(self.shutdown)
        app.commitDataRequest.connect(self._save_typing)

    # -- states ------------------------------------------------------------------
    def start(self) -> None:
        if VaultPaths(self.data_dir).exists():
            self.show_unlock()
        else:
            from stap0_desktop.ui.shell.first_run import FirstRunWindow

            window = FirstRunWindow(self.data_dir)
            window.create_requested.connect(self._create)
            self._show(window)
        # After the first paint, so that the window does not wait for the imports.
        QTimer.singleShot(50, lambda: threading.Thread(
            target=_preload, name="stap0-preload", daemon=True).start())

    def _show(self, window: QWidget, size: tuple[int, int] = (640, 520)) -> None:
        old = self.window
        self.window = window
        window.resize(*size)
        window.show()
        window.raise_()
        window.activateWindow()
        if old is not None:
            old.close()
            old.deleteLater()

    def show_unlock(self) -> None:
        window = UnlockWindow(self.demo_passphrase)
        window.unlock_requested.connect(self._unlock)
        self._show(window)
        remaining = self.attempts.wait_remaining()
        if remaining > 0:
            window.show_error(translate("UnlockWindow", "Wait before trying again."), remaining)

    def _open_off_thread(self, make: Callable[[], Session],
                         on_failed: Callable[[BaseException], None]) -> None:
        """Create or open the session on a thread of its own (the key derivation takes a
        second); the session's own thread touches the vault from then on."""
        self._off_thread.run("stap0-open", make, self._opened, on_failed)

    # -- first run -------------------------------------------------------------------
    def _create(self, values: dict[str, object]) -> None:
        from stap0_desktop.domain.models import Professional
        from stap0_desktop.services.session import Session
        from stap0_desktop.services.vaults import SecretBytes
        from stap0_desktop.ui.shell.first_run import FirstRunWindow

        window = self.window
        assert isinstance(window, FirstRunWindow)
        window.set_busy(True)
        passphrase = SecretBytes.from_text(str(values["passphrase"]))
        owner = Professional(user_id=str(values["name"]), name=str(values["name"]),
                             role=str(values["role"]), organisation=str(values["organisation"]),
                             phone=str(values.get("phone", "")))
        recovery = values.get("recovery")
        self._open_off_thread(
            lambda: Session.create(self.data_dir, passphrase, owner, kdf=self._kdf,
                                   recovery_public_key=recovery if isinstance(
                                       recovery, Path) else None),
            lambda error: self._failed(window, error))

    # -- unlock ----------------------------------------------------------------------
    def _unlock(self, text: str) -> None:
        from stap0_desktop.i18n.messages import describe
        from stap0_desktop.services.session import Session
        from stap0_desktop.services.vaults import SecretBytes, UnlockThrottled, WrongPassphrase

        window = self.window
        assert isinstance(window, UnlockWindow)
        passphrase = SecretBytes.from_text(text)
        attempts = self.attempts

        def failed(error: BaseException) -> None:
            wait = 0.0
            if isinstance(error, WrongPassphrase):
                wait = attempts.state().delay()
            elif isinstance(error, UnlockThrottled):   # e.g. tries made on the command line
                wait = attempts.wait_remaining()
            window.show_error(describe(error), wait)

        self._open_off_thread(lambda: Session.open(self.data_dir, passphrase, attempts),
                              failed)

    def _failed(self, window: FirstRunWindow, error: BaseException) -> None:
        from stap0_desktop.i18n.messages import describe

        window.show_error(describe(error))

    def _opened(self, core: Session) -> None:
        from stap0_desktop.config.settings import AUTOSAVE_DELAY_MS
        from stap0_desktop.i18n.messages import describe_housekeeping
        from stap0_desktop.ui.shell.main_window import MainWindow
        from stap0_desktop.ui.shell.session import QtSession
        from stap0_desktop.ui.shell.settings_dialog import show_about

        self.attempts.reset()
        self.session = QtSession(core, demo=self.demo_passphrase is not None,
                               language=current_language(), parent=self,
                               settings=self.settings)
        with self.app_events.paused():  # built before it is shown: no guard needed yet
            main = MainWindow(self.session, self.settings.get(AUTOSAVE_DELAY_MS))
        main.lock_requested.connect(self.lock)
        main.settings_requested.connect(self.open_settings)
        main.about_requested.connect(lambda: show_about(main))
        main.caseload_shown.connect(_freeze_heap)
        self.main_window = main
        self._show(main, (1100, 720))
        self.session_watch.watch_window(main)
        tidied = describe_housekeeping(core.vault.housekeeping)  # e.g. a restore finished now
        if tidied:
            main.show_message(" ".join(tidied), 60_000)
        resume, self._resume = self._resume, None
        if resume is not None:
            main.resume(*resume)
        self.session.sync.round_finished.connect(self._sync_round)
        self.session.sync.status_changed.connect(self._apply_policy)
        self.session.sync.start()  # after the window's first reads, in the worker's order
        self.idle.timeout_s = self.settings.get(IDLE_LOCK_MINUTES) * 60
        self.idle.start()

    def _apply_policy(self, status: SyncStatus) -> None:
        """The CJG's policy caps the idle lock (the professional may choose shorter)."""
        minutes = self.settings.get(IDLE_LOCK_MINUTES)
        if status.idle_lock_max_minutes is not None:
            minutes = min(minutes, status.idle_lock_max_minutes)
        self.idle.timeout_s = minutes * 60

    def _sync_round(self, outcome: RoundOutcome) -> None:
        """The CJG revoked this laptop (its signed word, checked): say why, then lock —
        after which only the organisation's recovery key opens the vault."""
        if outcome.error != "revoked_ended" or self.main_window is None:
            return
        from PySide6.QtWidgets import QMessageBox

        from stap0_desktop.i18n.messages import describe_sync_problem

        QMessageBox.critical(self.main_window, translate("AppController", "Laptop revoked"),
                             describe_sync_problem("revoked_ended"))
        self.lock()

    # -- lock ------------------------------------------------------------------------
    def lock(self) -> None:
        """Save typing, close every client window, close the vault, show the unlock window
        (in a fresh process, where the app was started with a relaunch)."""
        if self.session is None:
            return
        self._close_session()
        if self._relaunch is not None:
            self._relaunch(self._resume)   # returns only if the new process could not start
        self.show_unlock()

    def _close_session(self) -> None:
        assert self.session is not None
        self.idle.stop()
        main, self.main_window = self.main_window, None
        if main is not None:
            main.flush()
            self._resume = main.where()  # ids only, in memory: back there after unlock
        self.session.windows.close_all()   # every window that may show client data
        session, self.session = self.session, None
        session.close()
        session.deleteLater()
        _thaw_heap()  # what the session held may now be collected (and overwritten)
        self.clipboard.clear_now()

    def _lock_countdown(self, seconds: int) -> None:
        if self.main_window is not None:
            self.main_window.show_lock_countdown(seconds)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock()

    def open_settings(self) -> None:
        from stap0_desktop.ui.sharing.cjg_connection import CjgConnectionBox
        from stap0_desktop.ui.shell.settings_dialog import SettingsDialog

        if self.main_window is not None and self.session is not None:
            SettingsDialog(self.settings, self.data_dir, self.main_window,
                           extra=CjgConnectionBox(self.session)).exec()
            self.idle.timeout_s = self.settings.get(IDLE_LOCK_MINUTES) * 60
            if self.session is not None and self.session.sync.status is not None:
                self._apply_policy(self.session.sync.status)

    def _save_typing(self, _manager: object = None) -> None:
        """The desktop session is ending (logout, shutdown): save what is being typed now,
        in case the process is ended without being asked to quit."""
        if self.main_window is not None:
            self.main_window.flush()

    def end_on_signal(self) -> None:
        """A shutdown, logout or kill: save and close as a lock does, without a question
        (a checklist with an unrecorded judgement records it), then leave the event loop.
        ``QApplication.quit`` would ask every window to close first, and that one asks."""
        self.shutdown()
        self.app.exit(0)

    def shutdown(self) -> None:
        """Quit: save typing, close the vault, leave nothing on the clipboard."""
        if self.session is not None:
            self._close_session()   # quitting: no unlock window, no new process
        self.clipboard.clear_now()
        self.app_events.remove()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
