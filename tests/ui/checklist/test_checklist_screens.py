"""Filling in a checklist by keyboard, the judgement, the acute route, broken definitions."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from stap0_desktop.domain.assessment import Answer, Level
from stap0_desktop.domain.meldcode import Question
from stap0_desktop.services.checklists import ChecklistService
from stap0_desktop.storage.vault import Vault
from stap0_desktop.ui.common.form_dialog import INVALID_STYLE
from tests.conftest import REPO, secret
from tests.ui.conftest import open_checklist_window, settle, unlock


def test_fill_in_by_keyboard_and_judge(qtbot: QtBot, make_controller, demo_vault: Path,
                                       monkeypatch) -> None:
    controller = make_controller(demo_vault)
    window = open_checklist_window(qtbot, controller, monkeypatch)  # prenatal (sorted second)
    assert window.run.definition.id == "prenataal-huisbezoek"
    family = controller.main_window.family_view._file.family
    assert family.id == window.run.family_id
    assert window.windowTitle().endswith(f"(v1) — {family.name}")   # which family it is
    first = window.rows[0]
    first.focus_first()
    qtbot.keyClick(first.buttons[0], Qt.Key.Key_1)           # yes, then on to question 2
    qtbot.keyClick(window.rows[1].buttons[0], Qt.Key.Key_2)  # no
    settle(qtbot, controller)
    assert window.run.answer_of(first.item.id) is Answer.YES
    assert window.run.answer_of(window.rows[1].item.id) is Answer.NO
    window.tabs.setCurrentIndex(1)
    window.level_group.button(1).setChecked(True)            # raised, without a reason
    window.save_judgement()
    assert window.reason.styleSheet() == INVALID_STYLE and "reason" in window.judgement_message.text()
    window.reason.setPlainText("Moeder vertelt over haar eigen jeugd")
    window.save_judgement()
    settle(qtbot, controller)
    assert window.run.judgement is not None and window.run.judgement.level is Level.RAISED
    window.close()
    controller.lock()
    with Vault.open(demo_vault, secret()) as vault:
        runs = ChecklistService(vault).runs(1).value
    assert runs[-1].judgement is not None and runs[-1].answer_of("PO1") is Answer.YES


def test_acute_item_shows_the_meldcode_route(qtbot: QtBot, make_controller, demo_vault: Path,
                                             monkeypatch) -> None:
    controller = make_controller(demo_vault)
    window = open_checklist_window(qtbot, controller, monkeypatch)
    assert window.acute_box.isHidden()
    acute = next(row for row in window.rows if row.item.acute)
    acute.buttons[0].click()
    settle(qtbot, controller)
    assert not window.acute_box.isHidden()
    assert "0800-2000" in window.acute_banner.text()
    dialog = window.open_meldcode()
    dialog.groups[Question.SUSPICION].button(0).click()
    dialog.groups[Question.DANGER].button(0).click()
    assert "Veilig Thuis" in dialog.advice.text()
    dialog.save()
    settle(qtbot, controller)
    assert dialog.assessment.id is not None and dialog.assessment.must_report


def test_summary_shows_burden_and_one_plan(qtbot: QtBot, make_controller, demo_vault: Path,
                                           monkeypatch) -> None:
    controller = make_controller(demo_vault)
    window = open_checklist_window(qtbot, controller, monkeypatch)
    by_id = {row.item.id: row for row in window.rows}
    by_id["PO2"].buttons[0].click()   # parent and family
    by_id["PL1"].buttons[0].click()   # living conditions
    by_id["PB1"].buttons[0].click()   # a protective factor
    settle(qtbot, controller)
    assert "1 gezin, 1 plan, 1 regisseur" in window.plan_message.text()
    description = window.chart.accessibleDescription()
    assert "1 of 9 risk factors, 1 of 5 protective factors" in description
    qtbot.waitUntil(lambda: "Schuldhulp" in window.suggestions.text()
                    or "Debt" in window.suggestions.text(), timeout=5_000)


def test_a_broken_definition_leaves_the_valid_ones_on_offer(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch, tmp_path: Path
) -> None:
    folder = tmp_path / "lijsten"
    shutil.copytree(REPO / "resources/checklists", folder)
    (folder / "kapot.toml").write_text('id = "kapot"\nversion = "twee"\n')
    monkeypatch.setenv("STAP0_CHECKLISTS_DIR", str(folder))
    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    qtbot.waitUntil(lambda: controller.session.library is not None, timeout=5_000)
    assert "kapot.toml" in main.status_message.text()
    offered: list[list[str]] = []

    def pick(*args, **kwargs):  # type: ignore[no-untyped-def]
        offered.append(args[3])
        return args[3][0], False

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    main.open_family(1)
    settle(qtbot, controller)
    main.family_view.checklists.start_new()
    assert len(offered[0]) == 3


def test_the_picture_over_time_shows_every_checklist(qtbot: QtBot, make_controller,
                                                     demo_vault: Path, monkeypatch) -> None:
    from stap0_desktop.ui.checklist.trend_dialog import TrendDialog

    controller = make_controller(demo_vault)
    first = open_checklist_window(qtbot, controller, monkeypatch)
    {row.item.id: row for row in first.rows}["PO2"].buttons[0].click()
    settle(qtbot, controller)
    first.close()
    panel = controller.main_window.family_view.checklists
    panel.start_new()
    qtbot.waitUntil(lambda: panel.opened is not first, timeout=5_000)
    second = panel.opened
    {row.item.id: row for row in second.rows}["PB1"].buttons[0].click()
    settle(qtbot, controller)
    second.close()
    qtbot.waitUntil(lambda: len(panel.runs) == 2, timeout=5_000)
    dialog = TrendDialog(panel.runs, "en")
    qtbot.addWidget(dialog)
    descriptions = [chart.accessibleDescription() for chart in dialog.charts]
    assert "Parent and family: 1 of 9 risk factors, 0 of 5" in descriptions[0]
    assert "Parent and family: 0 of 9 risk factors, 1 of 5" in descriptions[1]
