"""Reports: a PDF that holds the expected text, the warning first, and the export logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from stap0_desktop.services.reports import ReportKind
from stap0_desktop.storage.vault import Vault
from tests.conftest import secret
from tests.ui.conftest import open_checklist_window, pdf_text, settle

pytestmark = pytest.mark.system


def _filled_in(qtbot: QtBot, controller, monkeypatch):  # type: ignore[no-untyped-def]
    window = open_checklist_window(qtbot, controller, monkeypatch)
    by_id = {row.item.id: row for row in window.rows}
    by_id["PL1"].buttons[0].click()     # worries about money
    by_id["PB5"].buttons[0].click()     # open to help
    window.level_group.button(1).setChecked(True)
    window.reason.setPlainText("Geldzorgen en weinig steun")
    window.save_judgement()
    settle(qtbot, controller)
    route = window.open_route()
    route.discussed.setChecked(True)
    route.parents_said.setPlainText("Vader wil eerst zelf een overzicht maken")
    route.help_boxes[0][0].setChecked(True)
    route.save()
    qtbot.waitUntil(lambda: route.saved is not None, timeout=5_000)
    return window


def test_report_for_the_midwife_and_copy_for_the_parents(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch, tmp_path: Path
) -> None:
    from datetime import date

    from stap0_desktop.domain.models import Member, MemberRole

    controller = make_controller(demo_vault)
    window = _filled_in(qtbot, controller, monkeypatch)
    by_id = {row.item.id: row for row in window.rows}
    by_id["PL1"].remark.setText("huurachterstand sinds maart")
    by_id["PL1"].flush()
    caseload, runner = controller.session.caseload, controller.session.runner
    family_id = window.run.family_id
    mother = runner.run(lambda: caseload.add_member(family_id, Member(
        role=MemberRole.PARENT, given_name="Femke", family_name="Smit",
        birth_date=date(1996, 4, 2)))).value
    runner.run(lambda: caseload.add_member(family_id, Member(
        role=MemberRole.UNBORN, mother_id=mother.id, expected_date=date(2027, 3, 1))))
    settle(qtbot, controller)
    midwife = tmp_path / "verloskundige.pdf"
    with qtbot.waitSignal(window.report_written, timeout=10_000):
        window.export_report(ReportKind.MIDWIFE, midwife)
    text = pdf_text(midwife)
    assert "Report of the home visit" in text and "Prenatal home visit" in text
    assert "There are worries about work, income or debts." in text   # the risk present
    assert "Are there worries" not in text                             # as a statement
    assert "huurachterstand sinds maart" in text                       # with its remark
    assert "Pregnant: Femke Smit, born 02/04/1996; expected date 01/03/2027" in text
    assert "raised: Geldzorgen en weinig steun" in text
    assert "Vader wil eerst zelf een overzicht maken" in text
    parents = tmp_path / "ouders.pdf"
    with qtbot.waitSignal(window.report_written, timeout=10_000):
        window.export_report(ReportKind.PARENTS, parents)
    text = pdf_text(parents)
    assert "What we agreed" in text and "Veilig Thuis, 0800-2000" in text
    assert "Geldzorgen" not in text          # the judgement stays in the professional's report
    assert "Living conditions" in text
    window.close()
    controller.lock()
    with Vault.open(demo_vault, secret()) as vault:
        exports = [e.object_type for e in vault.read_access_log() if e.action.value == "E"]
    assert exports.count("report:midwife") == 1 and exports.count("report:parents") == 1


def test_the_warning_comes_first_and_no_means_no_file(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch, tmp_path: Path
) -> None:
    controller = make_controller(demo_vault)
    window = open_checklist_window(qtbot, controller, monkeypatch)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda *args, **kwargs: asked.append(args[1]) or QMessageBox.StandardButton.No))
    monkeypatch.setattr("stap0_desktop.ui.documents.reports.choose_file_to_save",
                        lambda *a, **k: (_ for _ in ()).throw(
                            AssertionError("no file dialog after No")))
    window.export_report(ReportKind.MIDWIFE)
    assert asked == ["A PDF is not encrypted"]
    assert list(tmp_path.rglob("*.pdf")) == []


def test_an_unwritable_place_gives_a_clear_message(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch, tmp_path: Path
) -> None:
    controller = make_controller(demo_vault)
    window = open_checklist_window(qtbot, controller, monkeypatch)
    window.export_report(ReportKind.PARENTS, tmp_path / "bestaat-niet" / "ouders.pdf")
    qtbot.waitUntil(lambda: "could not be written" in window.status.text(), timeout=5_000)


def test_a_report_into_the_vault_folder_is_refused(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch
) -> None:
    controller = make_controller(demo_vault)
    window = open_checklist_window(qtbot, controller, monkeypatch)
    before = sorted(p.name for p in demo_vault.iterdir())
    window.export_report(ReportKind.PARENTS, demo_vault / "vault.db")
    qtbot.waitUntil(lambda: "inside the vault's own data folder" in window.status.text(),
                    timeout=5_000)
    assert sorted(p.name for p in demo_vault.iterdir()) == before


def test_a_debt_checklist_offers_no_report_for_the_midwife(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QPushButton

    from tests.ui.conftest import open_checklist

    controller = make_controller(demo_vault)
    _main, window = open_checklist(qtbot, controller, monkeypatch, which=2)   # the debt list
    assert window.run.definition.id == "schuldhulp-huisbezoek"
    labels = [b.text() for b in window.findChildren(QPushButton)]
    assert not any("midwife" in label for label in labels)
    assert any("parents" in label for label in labels)


def test_the_debt_visit_report_has_every_kindcheck_answer_and_statements(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch, tmp_path: Path
) -> None:
    from tests.ui.conftest import open_checklist

    controller = make_controller(demo_vault)
    _main, window = open_checklist(qtbot, controller, monkeypatch, which=2)   # the debt list
    by_id = {row.item.id: row for row in window.rows}
    by_id["K1"].buttons[0].click()                    # children at home: yes
    by_id["K1"].remark.setText("twee kinderen, 4 en 9 jaar")
    by_id["K1"].flush()
    by_id["K3"].buttons[1].click()                    # nobody pregnant: no — recorded too
    by_id["SL2"].buttons[0].click()                   # rent arrears
    settle(qtbot, controller)
    labels = [b.text() for b in window.findChildren(QPushButton)]
    assert "Visit report (PDF)…" in labels
    target = tmp_path / "verslag.pdf"
    with qtbot.waitSignal(window.report_written, timeout=10_000):
        window.export_report(ReportKind.VISIT, target)
    text = pdf_text(target)
    assert "Kindcheck (children at home)" in text
    assert "Do children (0–18) live in the home? Note their ages in the remark. Yes. — " \
           "twee kinderen, 4 en 9 jaar" in text
    assert "Is someone in the household pregnant? No." in text
    assert "Does the client (also) care for children who do not live with them? " \
           "Not answered." in text
    assert "There are rent or mortgage arrears, or eviction is threatening." in text
    assert "Are there rent or mortgage arrears" not in text           # a statement, no question
    window.close()
    controller.lock()
    with Vault.open(demo_vault, secret()) as vault:
        exports = [e.object_type for e in vault.read_access_log() if e.action.value == "E"]
    assert exports == ["report:visit"]


def test_the_parents_copy_gives_the_professionals_work_phone(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch, tmp_path: Path
) -> None:
    controller = make_controller(demo_vault)
    window = open_checklist_window(qtbot, controller, monkeypatch)
    assert controller.session.owner.phone            # the demo owner has one
    target = tmp_path / "ouders.pdf"
    import os

    old_umask = os.umask(0o022)            # the usual desktop umask: files 0644
    try:
        with qtbot.waitSignal(window.report_written, timeout=10_000):
            window.export_report(ReportKind.PARENTS, target)
    finally:
        os.umask(old_umask)
    text = pdf_text(target)
    assert f"phone {controller.session.owner.phone}" in text
    assert target.stat().st_mode & 0o777 == 0o600     # whatever the umask: owner only
