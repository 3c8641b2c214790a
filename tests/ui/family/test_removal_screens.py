"""Removing what was entered, from the family's file (#14): asked first, Cancel the default,
a deleted note can be brought back; a closed file leaves the daily list; an erased family
leaves the window and the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from stap0_desktop.ui.common.confirm import confirm_removal
from stap0_desktop.ui.family.erase_dialog import EraseFamilyDialog
from stap0_desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import answer_message_box, settle, unlock


def _open(qtbot: QtBot, controller, family_id: int = 1) -> MainWindow:  # type: ignore[no-untyped-def]
    main = unlock(qtbot, controller)
    main.open_family(family_id)
    settle(qtbot, controller)
    return main


def _file(controller, family_id: int):  # type: ignore[no-untyped-def]
    caseload = controller.session.caseload
    return controller.session.runner.run(lambda: caseload.open_family(family_id)).value


def test_enter_and_esc_on_a_confirmation_remove_nothing(qtbot: QtBot) -> None:
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        def press(key: Qt.Key = key) -> None:
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(10, press)
                return
            qtbot.keyClick(box, key)
        QTimer.singleShot(0, press)
        assert confirm_removal(None, "Delete", "Delete it?", "Delete note") is False  # type: ignore[arg-type]


def test_a_deleted_note_asks_first_and_comes_back_with_undo(
        qtbot: QtBot, make_controller, demo_vault: Path) -> None:
    controller = make_controller(demo_vault)
    main = _open(qtbot, controller)
    view = main.family_view
    before = view.notes.count()
    assert before > 0
    view.notes.setCurrentRow(0)
    note_id = view.notes.item(0).data(Qt.ItemDataRole.UserRole)
    body = next(n.body for n in _file(controller, 1).notes if n.id == note_id)
    cancelled = answer_message_box(QMessageBox.StandardButton.Cancel)
    view.delete_note()
    settle(qtbot, controller)
    assert cancelled, "no question was asked"
    assert view.notes.count() == before                            # cancelled: still there
    asked = answer_message_box("Delete note")
    main.activateWindow()     # what the window manager does when the question closes
    qtbot.waitUntil(main.isActiveWindow, timeout=2_000)
    view.notes.setFocus()
    qtbot.keyClick(view.notes, Qt.Key.Key_Delete)                 # the Delete key
    qtbot.waitUntil(lambda: view.notes.count() == before - 1, timeout=5_000)
    assert asked and "Delete the note" in asked[0]
    assert note_id not in {n.id for n in _file(controller, 1).notes}
    assert not view.undo.isHidden()
    view.undo.button.click()
    qtbot.waitUntil(lambda: view.notes.count() == before, timeout=5_000)
    assert body in {n.body for n in _file(controller, 1).notes}


def test_deleting_a_visit_says_how_many_notes_go_with_it(
        qtbot: QtBot, make_controller, demo_vault: Path) -> None:
    controller = make_controller(demo_vault)
    main = _open(qtbot, controller)
    view = main.family_view
    file = _file(controller, 1)
    visit = next(v for v in file.visits if any(n.visit_id == v.id for n in file.notes))
    written = sum(1 for n in file.notes if n.visit_id == visit.id)
    row = next(r for r in range(view.visits.count())
               if view.visits.item(r).data(Qt.ItemDataRole.UserRole) == visit.id)
    view.visits.setCurrentRow(row)
    asked = answer_message_box("Delete visit")
    view.visits.setFocus()
    qtbot.keyClick(view.visits, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.visits.count() == len(file.visits) - 1, timeout=5_000)
    settle(qtbot, controller)
    assert asked and "deleted too" in asked[0] and str(written) in asked[0]
    assert view.notes.count() == len(file.notes) - written
    after = _file(controller, 1)
    assert visit.id not in {v.id for v in after.visits}


def test_removing_a_member_asks_and_names_them(
        qtbot: QtBot, make_controller, demo_vault: Path) -> None:
    controller = make_controller(demo_vault)
    main = _open(qtbot, controller)
    view = main.family_view
    count = view.members.list.count()
    view.members.list.setCurrentRow(count - 1)
    asked = answer_message_box("Remove member")
    view.members.list.setFocus()
    qtbot.keyClick(view.members.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.members.list.count() == count - 1, timeout=5_000)
    assert asked and "Remove" in asked[0]


def test_a_closed_file_leaves_the_daily_list_and_can_be_shown(
        qtbot: QtBot, make_controller, demo_vault: Path) -> None:
    controller = make_controller(demo_vault)
    main = _open(qtbot, controller, 2)
    total = main.families.model.rowCount()
    list_width = main.families.width()
    main.family_view.family_menu.archive_action.trigger()
    qtbot.waitUntil(lambda: main.families.model.rowCount() == total - 1, timeout=5_000)
    settle(qtbot, controller)
    qtbot.wait(50)
    assert main.families.width() == list_width   # the long undo line does not push it aside
    for line in (main.family_view.undo, main.family_view.address):
        assert line.minimumSizeHint().width() < 200, line  # it wraps instead of widening
    assert "Closed file since" in main.family_view.address.text()
    main.families.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: main.families.model.rowCount() == total, timeout=5_000)
    row = main.families.model.row_of(2)
    assert "(closed)" in main.families.model.index(row, 0).data()
    main.family_view.undo.button.click()                      # reopened
    settle(qtbot, controller)
    main.families.show_archived.setChecked(False)
    qtbot.waitUntil(lambda: main.families.model.rowCount() == total, timeout=5_000)


def test_erasing_needs_the_name_typed_and_leaves_the_window(
        qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch) -> None:
    controller = make_controller(demo_vault)
    main = _open(qtbot, controller, 3)
    name = _file(controller, 3).family.name
    total = main.families.model.rowCount()
    seen: list[EraseFamilyDialog] = []

    def type_name(dialog: EraseFamilyDialog) -> int:
        seen.append(dialog)
        dialog.typed.setText("Gezin Anders")
        dialog._accept()
        assert not dialog.confirmed and "exactly" in dialog.message.text()
        dialog.typed.setText(name.upper())
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(EraseFamilyDialog, "exec", type_name)
    main.family_view.family_menu.erase()
    qtbot.waitUntil(lambda: main.families.model.rowCount() == total - 1, timeout=10_000)
    settle(qtbot, controller)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert main.stack.currentWidget() is main.home
    assert "erased" in main.status_message.text()
    caseload = controller.session.caseload
    assert 3 not in {f.id for f in controller.session.runner.run(
        lambda: caseload.list_families(archived=True)).value}
