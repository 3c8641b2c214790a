"""The windows beside the main window (ui/shell/navigator.py): opened once per key and brought to
the front after that, forgotten when closed, and all closed on lock — modal dialogs and
windows opened elsewhere too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from stap0_desktop.ui.checklist.checklist_window import ChecklistWindow
from tests.ui.conftest import open_checklist_window


def test_a_window_is_opened_once_and_forgotten_when_closed(
    qtbot: QtBot, make_controller, demo_vault: Path,  # type: ignore[no-untyped-def]
) -> None:
    from tests.ui.conftest import unlock

    controller = make_controller(demo_vault)
    unlock(qtbot, controller)
    windows = controller.session.windows
    made: list[QDialog] = []

    def make() -> QDialog:
        made.append(QDialog())
        qtbot.addWidget(made[-1])
        return made[-1]

    first = windows.open(("outbox",), make)
    assert windows.open(("outbox",), make) is first and len(made) == 1   # to the front
    first.accept()
    assert windows.find(("outbox",)) is None
    assert windows.open(("outbox",), make) is not first and len(made) == 2


def test_a_checklist_run_gets_one_window_and_the_lock_closes_every_window(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    controller = make_controller(demo_vault)
    window = open_checklist_window(qtbot, controller, monkeypatch)
    main = controller.main_window
    panel = main.family_view.checklists
    panel.open_run(window.run)                                 # the same run again
    assert controller.session.windows.of_kind(ChecklistWindow) == [window]

    modal = QDialog(main)
    modal.setModal(True)
    modal.show()                                               # a question left open
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()                                           # a window of no one's
    controller.lock()                                          # closes them at once
    assert not window.isVisible() and not modal.isVisible() and not elsewhere.isVisible()
