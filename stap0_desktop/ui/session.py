"""An unlocked session: the open vault, its worker thread and the services on it.

A session exists only between unlock and lock. Closing it drops pending callbacks,
closes the vault on the worker thread (wiping the key) and stops the thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from stap0_desktop.config.settings import Settings
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.services.checklists import ChecklistService, Library
from stap0_desktop.services.kaart import KaartService
from stap0_desktop.services.operations import OperationRunner, OpResult
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.services.reports import ReportService
from stap0_desktop.services.route import RouteService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.services.vaults import Vault
from stap0_desktop.ui.operations import OperationBridge
from stap0_desktop.ui.sync_controller import SyncController


class Session(QObject):
    def __init__(
        self, vault: Vault, runner: OperationRunner, demo: bool = False,
        language: str = "nl", parent: QObject | None = None, *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.runner = runner
        self.demo = demo
        self.bridge = OperationBridge(runner, self)
        self.caseload = CaseloadService(vault)
        self.checklists = ChecklistService(vault)
        self.route = RouteService(vault)
        self.reports = ReportService(vault)
        self.signals = SignalService(vault)
        self.kaart = KaartService(vault)
        self.settings = settings or Settings()
        self.sync = SyncController(OutboxService(vault), self.kaart, runner, self.bridge,
                                   self)  # started by the app
        self.language = language
        self.library: Library | None = None

    def domain_titles(self) -> dict[str, str]:
        """Every checklist domain code with its title, for showing codes to people."""
        if self.library is None:
            return {}
        return {d.code: d.title.get(self.language)
                for definition in self.library.latest() for d in definition.domains}

    @property
    def data_folder(self) -> Path:
        """The vault's folder: no export may be written into it."""
        return self.vault.paths.folder

    @property
    def owner_name(self) -> str:
        return self.vault.owner.name

    @property
    def owner_role(self) -> str:
        return self.vault.owner.role

    def close(self) -> None:
        """Lock: stop syncing, forget callbacks, close the vault on its own thread, wipe
        the key. A sync round still waiting for the network ends at its next vault call."""
        self.sync.stop()
        self.bridge.cancel_all()

        def close_vault() -> OpResult[None]:
            self.vault.close()
            return OpResult(None)

        self.runner.submit(close_vault).result(timeout=10)
        self.runner.shutdown()
