"""The windows beside the main window, in one place (as Anki's DialogManager): it opens
them, brings an open one to the front instead of opening it twice (a checklist run, the
kaart for a family, the outbox), keeps each one alive while it is open, and closes them
all on lock.

"Who can help?" — the sociale kaart for a family, with the domains at risk of its
checklist, the youngest child's age or the pregnancy, and its wijk — is opened here only,
from the checklist, the Plan tab, the route dialog and Ctrl+K alike.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from stap0_desktop.domain.assessment import ChecklistRun, FamilyFacts, domains_at_risk
from stap0_desktop.domain.kaart import KaartEntry
from stap0_desktop.services.operations import OpResult

if TYPE_CHECKING:
    from stap0_desktop.ui.kaart.kaart_window import KaartWindow
    from stap0_desktop.ui.shell.session import QtSession

W = TypeVar("W", bound=QWidget)
KAART_SIZE = (980, 640)


class Navigator(QObject):
    def __init__(self, session: QtSession) -> None:
        super().__init__(session)
        self._session = session
        self._main: QWidget | None = None
        self._open: dict[Hashable, QWidget] = {}

    def attach(self, main: QWidget) -> None:
        """The main window: what the others open over."""
        self._main = main

    def open(self, key: Hashable, make: Callable[[], W],
             size: tuple[int, int] | None = None) -> W:
        """The window for ``key``: the open one brought to the front, else a new one."""
        window = self._open.get(key)
        if window is not None and window.isVisible():
            window.raise_()
            window.activateWindow()
            return window  # type: ignore[return-value]
        made = make()
        if size is not None:
            made.resize(*size)
        self._open[key] = made
        if isinstance(made, QDialog):
            made.finished.connect(lambda _result: self._forget(key, made))
        made.show()
        return made

    def find(self, key: Hashable) -> QWidget | None:
        window = self._open.get(key)
        return window if window is not None and window.isVisible() else None

    def of_kind(self, kind: type[W]) -> list[W]:
        return [w for w in self._open.values() if isinstance(w, kind) and w.isVisible()]

    def _forget(self, key: Hashable, window: QWidget) -> None:
        if self._open.get(key) is window:
            del self._open[key]

    def close_all(self) -> None:
        """On lock: every window beside the main window closes — those opened here, any
        dialog waiting for an answer, and whatever else is showing."""
        for window in list(self._open.values()):
            window.close()
        self._open.clear()
        for _ in range(20):   # modal dialogs, innermost first
            modal = QApplication.activeModalWidget()
            if modal is None:
                break
            if isinstance(modal, QDialog):
                modal.reject()
            modal.close()
        for window in QApplication.topLevelWidgets():
            if window is not self._main and window.isWindow() and window.isVisible():
                window.close()

    # -- who can help? -----------------------------------------------------------------
    def who_can_help(self, family_id: int, run: ChecklistRun | None = None, *,
                     run_id: int | None = None, domains: list[str] | None = None,
                     on_referred: Callable[[KaartEntry], None] | None = None,
                     parent: QWidget | None = None) -> None:
        """The offers that fit the family, once its facts are in: the ``domains`` given,
        else those at risk in ``run``; the youngest child's age (or the pregnancy); its
        wijk first. ``on_referred`` hears a referral made there."""
        from stap0_desktop.ui.kaart.kaart_window import KaartWindow

        session = self._session
        run_id = run.id if run is not None else run_id
        wanted = domains if domains is not None else (
            domains_at_risk(run) if run is not None else [])
        checklists, caseload = session.checklists, session.caseload

        def gather() -> OpResult[tuple[FamilyFacts, str]]:
            return OpResult((checklists.facts(family_id).value,
                             caseload.get_family(family_id).value.wijk))

        def show(found: tuple[FamilyFacts, str]) -> None:
            facts, wijk = found
            age = facts.youngest_child_age

            def make() -> KaartWindow:
                window = KaartWindow(session, session.domain_titles(), family_id=family_id,
                                     run_id=run_id, domains=wanted,
                                     age=int(age) if age is not None else None,
                                     pregnant=facts.pregnancy_weeks is not None, wijk=wijk,
                                     parent=parent or self._main)
                if on_referred is not None:
                    window.referred.connect(on_referred)
                return window

            self.open(("kaart", family_id, run_id), make, KAART_SIZE)

        session.bridge.run(gather, show)

    def kaart(self) -> KaartWindow:
        """The whole sociale kaart, for no family in particular."""
        from stap0_desktop.ui.kaart.kaart_window import KaartWindow

        session = self._session
        return self.open(("kaart", None, None),
                         lambda: KaartWindow(session, session.domain_titles(),
                                             parent=self._main), KAART_SIZE)
