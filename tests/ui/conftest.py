"""Fixtures for the offscreen UI tests: a controller on a temporary vault, a fake clock."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from stap0_desktop.config.settings import Settings
from stap0_desktop.demo.caseload import DemoCaseload
from stap0_desktop.i18n.translator import install_language
from stap0_desktop.storage.vault import Vault
from stap0_desktop.ui.checklist.checklist_window import ChecklistWindow
from stap0_desktop.ui.shell.app import AppController
from stap0_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF, OWNER, PASSPHRASE, secret


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def demo_vault(vault_dir: Path) -> Path:
    with Vault.create(vault_dir, secret(), OWNER, kdf=FAST_KDF) as vault:
        DemoCaseload(seed=11).write(vault, 6, 2)
    return vault_dir


@pytest.fixture
def make_controller(qapp: object, tmp_path: Path, clock: FakeClock) -> Iterator[object]:
    made: list[AppController] = []

    def make(data_dir: Path, language: str = "en") -> AppController:
        install_language(language)
        controller = AppController(
            qapp, data_dir, Settings(tmp_path / "settings.ini"), kdf=FAST_KDF,  # type: ignore[arg-type]
            clock=clock)
        made.append(controller)
        controller.start()
        return controller

    yield make
    for controller in made:
        controller.shutdown()


def unlock(qtbot: QtBot, controller: AppController, passphrase: str = PASSPHRASE) -> MainWindow:
    window = controller.window
    window.passphrase.setText(passphrase)  # type: ignore[union-attr]
    window._submit()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    main = controller.main_window
    assert main is not None
    settle(qtbot, controller)
    return main


def settle(qtbot: QtBot, controller: AppController) -> None:
    """Wait until every background operation has delivered its result."""
    session = controller.session
    assert session is not None
    qtbot.waitUntil(lambda: not session.bridge.busy, timeout=10_000)


def answer_message_box(button: object) -> list[str]:
    """Press ``button`` (a QMessageBox.StandardButton, or a button's text) in the next
    message box that opens modally, as a person would; returns the texts of the boxes
    answered."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            if isinstance(button, str):
                named = [b for b in box.buttons() if b.text().replace("&", "") == button]
                assert named, f"no button {button!r} in {box.text()!r}"
                named[0].click()
            else:
                box.button(button).click()  # type: ignore[arg-type]
        else:
            QTimer.singleShot(10, press)

    QTimer.singleShot(0, press)
    return seen


def open_checklist(qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch,
                   which: int = 1, family_id: int = 1) -> tuple[MainWindow, object]:
    """Unlock, open a family and start a new checklist (``which``: its place in the list
    offered, 1 = the prenatal one). Returns the main window and the checklist window."""
    from PySide6.QtWidgets import QInputDialog

    main = unlock(qtbot, controller)
    main.open_family(family_id)
    settle(qtbot, controller)
    session = controller.session
    assert session is not None
    qtbot.waitUntil(lambda: session.library is not None, timeout=5_000)
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *args, **kwargs: (args[3][which], True)))
    panel = main.family_view.checklists
    panel.start_new()
    qtbot.waitUntil(lambda: panel.opened is not None, timeout=5_000)
    assert panel.opened is not None
    return main, panel.opened


def open_checklist_window(qtbot: QtBot, controller, monkeypatch, which: int = 1) -> ChecklistWindow:  # type: ignore[no-untyped-def]
    _main, window = open_checklist(qtbot, controller, monkeypatch, which)
    assert isinstance(window, ChecklistWindow)
    return window


def when_file_dialog_shown(qtbot: QtBot, act) -> list[QFileDialog]:  # type: ignore[no-untyped-def]
    seen: list[QFileDialog] = []

    def step() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, step)
            return
        seen.append(dialogs[0])
        try:
            act(dialogs[0])
        finally:
            if dialogs[0].isVisible():   # a failed check must not leave the dialog open
                dialogs[0].reject()

    QTimer.singleShot(20, step)
    return seen


def pdf_text(path: Path) -> str:
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())
