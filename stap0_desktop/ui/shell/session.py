"""The window's side of an unlocked session: the Qt adapter around the one Qt-free
session (``services/session.py``).

It adds what only the window needs — the bridge that brings operation results back to the
UI thread, the sync controller's Qt signals, the language and the checklist library
shown — and passes the services through. Changes the session publishes (a sync round's)
reach the views through the bridge's ``changed`` signal, on the UI thread.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from stap0_desktop.config.settings import Settings
from stap0_desktop.domain.models import Professional
from stap0_desktop.services.checklists import Library
from stap0_desktop.services.operations import ChangeSet
from stap0_desktop.services.session import Session
from stap0_desktop.ui.common.bridge import OperationBridge
from stap0_desktop.ui.shell.navigator import Navigator
from stap0_desktop.ui.shell.sync_controller import SyncController


class QtSession(QObject):
    _published = Signal(object)   # a ChangeSet from another thread, to the UI thread

    def __init__(
        self, core: Session, demo: bool = False, language: str = "nl",
        parent: QObject | None = None, *, settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.runner = core.runner
        self.demo = demo
        self.bridge = OperationBridge(core.runner, self)
        self.caseload = core.caseload
        self.checklists = core.checklists
        self.route = core.route
        self.reports = core.reports
        self.signals = core.signals
        self.kaart = core.kaart
        self.coordination = core.coordination
        self.handover = core.handover
        self.settings = settings or Settings()
        self.sync = SyncController(core, self.bridge, self)  # started by the app
        self.windows = Navigator(self)  # the main window attaches itself
        self.language = language
        self.library: Library | None = None
        self._published.connect(self.bridge.changed.emit, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = core.changes.subscribe(self._publish)

    def _publish(self, changes: ChangeSet) -> None:
        with contextlib.suppress(RuntimeError):   # the window's side was closed meanwhile
            self._published.emit(changes)

    def domain_titles(self) -> dict[str, str]:
        """Every checklist domain code with its title, for showing codes to people."""
        if self.library is None:
            return {}
        return {d.code: d.title.get(self.language)
                for definition in self.library.latest() for d in definition.domains}

    @property
    def data_folder(self) -> Path:
        """The vault's folder: no export may be written into it."""
        return self.core.data_folder

    @property
    def owner(self) -> Professional:
        return self.core.owner

    @property
    def owner_name(self) -> str:
        return self.core.owner.name

    @property
    def owner_role(self) -> str:
        return self.core.owner.role

    def close(self) -> None:
        """Lock: forget callbacks, then close the session (sync stopped, vault closed on
        its own thread, key wiped)."""
        self._unsubscribe()
        self.sync.stop()
        self.bridge.cancel_all()
        self.core.close()
