"""The route dialog after a checklist and the due follow-ups on the main window."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from stap0_desktop.domain.action_route import ApeldoornStage, ShareIntent
from tests.ui.conftest import open_checklist_window, settle, unlock


def test_route_after_a_checklist_puts_a_follow_up_on_the_main_window(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch
) -> None:
    controller = make_controller(demo_vault)
    window = open_checklist_window(qtbot, controller, monkeypatch)
    by_id = {row.item.id: row for row in window.rows}
    by_id["PL1"].buttons[0].click()   # worries about money: debt counselling is suggested
    settle(qtbot, controller)
    dialog = window.open_route()
    assert [rule.id for _box, rule in dialog.help_boxes] == ["schuldhulp"]
    dialog.discussed.setChecked(True)
    dialog.parents_said.setPlainText("Moeder wil graag hulp bij de rekeningen")
    dialog.share_group.button(0).click()
    dialog.help_boxes[0][0].setChecked(True)
    dialog.follow_up_on.setDate(dialog.follow_up_on.date().addDays(-10))  # in 4 days
    dialog.follow_up_note.setText("Aanmelding schuldhulp nagaan")
    route = dialog.build_route()
    assert route.share is ShareIntent.INTENDED and route.help[0].code == "schuldhulp"
    assert route.follow_up_on == date.today() + timedelta(days=4)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5_000)
    main = controller.main_window
    main.show_home()
    qtbot.waitUntil(lambda: "Aanmelding schuldhulp nagaan" in main.follow_ups.list.item(0).text(),
                    timeout=5_000)


def test_did_not_come_walks_the_apeldoorn_route(qtbot: QtBot, make_controller,
                                                 demo_vault: Path, monkeypatch) -> None:
    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    main.open_family(2)
    settle(qtbot, controller)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    main.family_view.missed_appointment()
    settle(qtbot, controller)
    main.show_home()
    panel = main.follow_ups
    qtbot.waitUntil(lambda: bool(panel._items), timeout=5_000)
    panel.list.setCurrentRow(0)
    assert panel.current().stage is ApeldoornStage.HOME_VISIT
    texts = [panel.action_row.itemAt(i).widget().text()
             for i in range(panel.action_row.count()) if panel.action_row.itemAt(i).widget()]
    assert "Refused without explanation" in texts
    from stap0_desktop.domain.action_route import FollowUpOutcome

    panel.close_current(FollowUpOutcome.REFUSED)
    qtbot.waitUntil(lambda: any(f.stage is ApeldoornStage.OTHER_HELP
                                for f in panel._items.values()), timeout=5_000)
    panel.list.setCurrentRow(0)
    panel.close_current(FollowUpOutcome.NO_OTHER_HELP)
    qtbot.waitUntil(lambda: any(f.stage is ApeldoornStage.NEXT_STEP
                                for f in panel._items.values()), timeout=5_000)
    panel.list.setCurrentRow(0)
    assert "report the family" in panel.advice.text()
