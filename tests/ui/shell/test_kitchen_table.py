"""The kitchen-table test (#14): nothing changes or disappears unless the professional did it.

Typing at once goes into the first field, never into a button; a visit never lands in a
family the professional did not name; a judgement is not lost by closing its window.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from stap0_desktop.domain.assessment import Level
from stap0_desktop.domain.models import Family, Member, MemberRole, Visit, VisitKind
from stap0_desktop.domain.roles import default_visit_kind
from stap0_desktop.ui.checklist.checklist_window import ChecklistWindow
from stap0_desktop.ui.common.form_dialog import FormDialog
from stap0_desktop.ui.family.family_dialog import FamilyDialog
from stap0_desktop.ui.family.member_dialog import MemberDialog
from stap0_desktop.ui.family.relation_dialog import RelationDialog
from stap0_desktop.ui.family.visit_dialog import VisitDialog, distinct_labels
from tests.ui.conftest import answer_message_box, open_checklist, settle, unlock

pytestmark = pytest.mark.system

MEMBERS = [Member(id=1, family_id=1, role=MemberRole.PARENT, given_name="Sanne"),
           Member(id=2, family_id=1, role=MemberRole.CHILD, given_name="Noor")]


def _form_dialogs() -> list[FormDialog]:
    return [FamilyDialog(), MemberDialog(MEMBERS[:1]),
            VisitDialog("Tess", family=Family(id=1, name="Gezin Jansen")),
            RelationDialog(MEMBERS)]


def _chain(dialog: QDialog, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab reaches from ``start``, as the focus chain gives them."""
    seen, widget = [start], start
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        while not (widget.isVisibleTo(dialog) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                   and widget.isEnabled()) or widget.focusProxy() is not None:
            widget = widget.nextInFocusChain()
        seen.append(widget)
    return seen


def test_every_form_starts_in_its_first_field_and_tabs_down_to_ok(qtbot: QtBot) -> None:
    for dialog in _form_dialogs():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        fields = [w for w in dialog.fields() if w.isVisibleTo(dialog) and w.isEnabled()]
        focus = dialog.focusWidget()
        assert focus is fields[0] or focus.parent() is fields[0], type(dialog).__name__
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        reached = _chain(dialog, fields[0], len(fields) + 1)
        owners = [w if w in fields or w in (ok, cancel) else w.parent() for w in reached]
        assert owners == [*fields, ok, cancel], type(dialog).__name__


def test_typing_a_name_at_once_goes_into_the_name_and_leaves_the_role(qtbot: QtBot) -> None:
    dialog = MemberDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    role = dialog.role.currentData()
    qtbot.keyClicks(dialog.focusWidget(), "Kees")      # K is also the first letter of Kind
    assert dialog.given.text() == "Kees" and dialog.role.currentData() == role


def test_typing_a_family_name_goes_into_the_name(qtbot: QtBot) -> None:
    dialog = FamilyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.focusWidget(), "Gezin Jansen")   # the space pressed OK before
    assert dialog.isVisible() and dialog.name.text() == "Gezin Jansen"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_family is not None and dialog.result_family.name == "Gezin Jansen"


def test_a_postcode_typed_wrong_is_said_and_one_typed_loosely_is_written_properly(
        qtbot: QtBot) -> None:
    dialog = FamilyDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Gezin Pietersen")
    dialog.postcode.setText("12345")
    dialog._accept()
    assert dialog.result_family is None
    assert dialog.message.text() == "A postcode is four digits and two letters, e.g. 1071 LP."
    assert dialog.focusWidget() is dialog.postcode or not dialog.isVisible()
    dialog.postcode.setText("1071lp")
    dialog._accept()
    assert dialog.result_family is not None and dialog.result_family.postcode == "1071 LP"


def test_a_number_typed_into_a_name_is_refused_where_it_was_typed(qtbot: QtBot) -> None:
    dialog = MemberDialog([])
    qtbot.addWidget(dialog)
    dialog.given.setText("Anna")
    dialog.family_name.setText("999990019")          # the BSN, one field too early
    dialog._accept()
    assert dialog.result_member is None
    assert dialog.message.text() == ("A name holds no number: a BSN goes under BSN, a date "
                                      "under Birth date.")
    assert dialog.family_name.styleSheet() != "" and dialog.given.styleSheet() == ""
    dialog.family_name.setText("Pietersen")
    dialog.bsn.setText("999990019")
    dialog._accept()
    assert dialog.result_member is not None and dialog.result_member.bsn == "999990019"
    family = FamilyDialog()
    qtbot.addWidget(family)
    family.name.setText("Gezin 12-03-2020")
    family._accept()
    assert family.result_family is None and "holds no number" in family.message.text()


def test_enter_in_an_incomplete_form_submits_nothing(qtbot: QtBot) -> None:
    dialog = FamilyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # no name yet
    assert dialog.isVisible() and dialog.result_family is None and dialog.message.text()


def test_down_in_the_visit_kind_changes_the_kind_not_the_button(qtbot: QtBot) -> None:
    dialog = VisitDialog("Tess", family=Family(id=1, name="Gezin Jansen"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.kind
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.kind.currentData() == VisitKind.DEBT_COUNSELLING
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_visit is not None and dialog.result_visit.family_id == 1


def test_the_visit_dialog_names_its_family(qtbot: QtBot) -> None:
    dialog = VisitDialog("Tess", family=Family(id=4, name="Gezin De Wit", city="Demostad"))
    qtbot.addWidget(dialog)
    assert "Gezin De Wit" in dialog.windowTitle()
    assert dialog.findChild(QWidget, "visitFamily").text() == "<b>Gezin De Wit — Demostad</b>"


def test_families_of_one_name_and_place_are_told_apart(qtbot: QtBot) -> None:
    from datetime import datetime

    from stap0_desktop.domain.models import FamilySummary

    def jansen(family_id: int, street: str) -> FamilySummary:
        return FamilySummary(id=family_id, uid=str(family_id), name="Gezin Jansen",
                             city="Breda", member_count=2, last_visit=None,
                             updated_at=datetime(2026, 1, 1), street_address=street)

    families = [jansen(1, "Kerkstraat 1"), jansen(2, "Dorpsweg 9"), jansen(3, "Kerkstraat 1")]
    labels = distinct_labels(families)
    assert labels == ["Gezin Jansen — Kerkstraat 1, Breda", "Gezin Jansen — Dorpsweg 9, Breda",
                      "Gezin Jansen — Kerkstraat 1, Breda (2)"]
    dialog = VisitDialog("Tess", families=families)
    qtbot.addWidget(dialog)
    for label, family in zip(labels, families, strict=True):
        dialog.family_choice.lineEdit().setText(label)
        assert dialog.family_id == family.id

    # Typed, not picked from the list: a part that names one family is that family (and
    # the field then shows it whole); a part that names several asks which.
    dialog.family_choice.lineEdit().setText("dorpsweg")
    assert dialog.family_id == 2
    dialog._accept()
    assert dialog.family_choice.currentText() == "Gezin Jansen — Dorpsweg 9, Breda"
    assert dialog.result_visit is not None and dialog.result_visit.family_id == 2
    again = VisitDialog("Tess", families=families)
    qtbot.addWidget(again)
    again.family_choice.lineEdit().setText("Jansen")
    assert again.family_id is None
    again._accept()
    assert again.result_visit is None
    assert again.message.text() == "3 families match 'Jansen': choose one from the list."
    again.family_choice.lineEdit().setText("Pietersen")
    again._accept()
    assert again.message.text() == "Choose the family this visit is for."


def test_the_role_decides_the_kind_of_visit() -> None:
    assert default_visit_kind("schuldhulpverlener") is VisitKind.DEBT_COUNSELLING
    assert default_visit_kind("jeugdverpleegkundige") is VisitKind.PRENATAL
    assert default_visit_kind("andere professional") is VisitKind.OTHER
    dialog = VisitDialog("Sam", family=Family(id=1, name="Gezin Jansen"),
                         default_kind=default_visit_kind("schuldhulpverlener"))
    assert dialog.kind.currentData() == VisitKind.DEBT_COUNSELLING


def test_a_visit_from_the_overview_asks_which_family(
        qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch) -> None:
    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    main.open_family(2)
    settle(qtbot, controller)
    main.show_home()                       # family 2 stays highlighted in the list
    families = main.families.model.all_families()
    target = next(f for f in families if f.id != 2)
    asked: list[VisitDialog] = []

    def choose(dialog: VisitDialog) -> int:
        asked.append(dialog)
        assert dialog.family_choice is not None and dialog.family_id is None
        dialog._accept()                   # OK without a family: refused, stays open
        assert dialog.result_visit is None and "family" in dialog.message.text()
        assert dialog.family_choice.currentText() == ""
        line = dialog.family_choice.lineEdit()
        line.setText(distinct_labels(families)[families.index(target)])
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(VisitDialog, "exec", choose)
    caseload, runner = controller.session.caseload, controller.session.runner
    visits_of_2 = len(runner.run(lambda: caseload.open_family(2)).value.visits)
    visits_of_target = len(runner.run(lambda: caseload.open_family(target.id)).value.visits)
    main.new_visit()
    assert asked
    qtbot.waitUntil(lambda: main.family_view.family_id == target.id, timeout=5_000)
    settle(qtbot, controller)
    assert len(runner.run(lambda: caseload.open_family(2)).value.visits) == visits_of_2
    stored = runner.run(lambda: caseload.open_family(target.id)).value.visits
    assert len(stored) == visits_of_target + 1
    assert main.family_view.editor.note.visit_id in {v.id for v in stored}


def _open_checklist(qtbot: QtBot, controller, monkeypatch) -> ChecklistWindow:  # type: ignore[no-untyped-def]
    _main, window = open_checklist(qtbot, controller, monkeypatch)
    assert isinstance(window, ChecklistWindow)
    window.show()
    return window


def _recorded_level(controller, window: ChecklistWindow) -> Level | None:  # type: ignore[no-untyped-def]
    checklists, run_id = controller.session.checklists, window.run.id
    run = controller.session.runner.run(lambda: checklists.get(run_id)).value
    return run.judgement.level if run.judgement else None


def test_esc_with_an_unrecorded_judgement_asks_and_records(
        qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch) -> None:
    controller = make_controller(demo_vault)
    window = _open_checklist(qtbot, controller, monkeypatch)
    window.tabs.setCurrentIndex(1)
    window.level_group.button(1).click()
    window.reason.setPlainText("Moeder slaapt slecht sinds de verhuizing")
    asked = answer_message_box(QMessageBox.StandardButton.Save)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert asked and "record" in asked[0]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    settle(qtbot, controller)
    checklists, run_id = controller.session.checklists, window.run.id
    run = controller.session.runner.run(lambda: checklists.get(run_id)).value
    assert run.judgement is not None and run.judgement.level is Level.RAISED
    assert run.judgement.reason == "Moeder slaapt slecht sinds de verhuizing"


def test_closing_with_an_unrecorded_judgement_can_be_cancelled_or_discarded(
        qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch) -> None:
    controller = make_controller(demo_vault)
    window = _open_checklist(qtbot, controller, monkeypatch)
    window.level_group.button(2).click()
    window.reason.setPlainText("Zorgen over de veiligheid")
    answer_message_box(QMessageBox.StandardButton.Cancel)
    window.close()                                   # the close button, Alt+F4
    assert window.isVisible() and window.reason.toPlainText() == "Zorgen over de veiligheid"
    answer_message_box(QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()
    settle(qtbot, controller)
    assert _recorded_level(controller, window) is None


def test_an_incomplete_judgement_keeps_the_window_open(
        qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch) -> None:
    controller = make_controller(demo_vault)
    window = _open_checklist(qtbot, controller, monkeypatch)
    window.level_group.button(2).click()            # high, without a reason
    answer_message_box(QMessageBox.StandardButton.Save)
    window.reject()
    settle(qtbot, controller)
    assert window.isVisible() and "reason" in window.judgement_message.text()


def _stored_judgement(vault_folder: Path, run_id: int):  # type: ignore[no-untyped-def]
    """The run's judgement as the vault holds it, read after the session closed."""
    from stap0_desktop.services.checklists import ChecklistService
    from stap0_desktop.storage.vault import Vault
    from tests.conftest import secret
    with Vault.open(vault_folder, secret()) as vault:
        return ChecklistService(vault).get(run_id).value.judgement


def _judged_not_recorded(qtbot: QtBot, controller, monkeypatch, level: int,  # type: ignore[no-untyped-def]
                         reason: str) -> int:
    """A new checklist judged (level button, reason) but not recorded; its run id."""
    window = _open_checklist(qtbot, controller, monkeypatch)
    window.level_group.button(level).click()
    window.reason.setPlainText(reason)
    return window.run.id


def test_locking_records_a_complete_judgement_without_asking(
        qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch) -> None:
    controller = make_controller(demo_vault)
    run_id = _judged_not_recorded(qtbot, controller, monkeypatch, 0,
                                  "Ouders hebben steun van familie")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked while locking"))))
    controller.lock()
    judgement = _stored_judgement(demo_vault, run_id)
    assert judgement is not None and judgement.reason == "Ouders hebben steun van familie"


def test_a_shutdown_records_a_complete_judgement_without_asking_and_leaves(
        qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch) -> None:
    controller = make_controller(demo_vault)
    run_id = _judged_not_recorded(qtbot, controller, monkeypatch, 1,
                                  "Vader werkt nachten, moeder alleen met de baby")
    monkeypatch.setattr(QMessageBox, "exec", lambda *a: (_ for _ in ()).throw(
        AssertionError("asked while the computer shuts down")))
    exits: list[int] = []
    monkeypatch.setattr(controller.app, "exit", exits.append)
    controller.end_on_signal()             # what SIGTERM leads to (ui/shell/quit_signals.py)
    assert exits == [0] and controller.session is None
    judgement = _stored_judgement(demo_vault, run_id)
    assert judgement is not None and judgement.level is Level.RAISED


def test_a_whole_checklist_answered_with_the_keyboard_only(
        qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from stap0_desktop.domain.assessment import Answer, Need
    from stap0_desktop.ui.checklist.checklist_flow import RatingBox

    controller = make_controller(demo_vault)
    window = _open_checklist(qtbot, controller, monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    scroll = window.flow._scroll
    keys = {"row": Qt.Key.Key_2, "rating": Qt.Key.Key_3}       # "no" everywhere, much need
    for _stop in window.flow.stops:
        focus = QApplication.focusWidget()
        assert focus is not None
        kind = "rating" if isinstance(focus, RatingBox) else "row"
        viewport = scroll.viewport().rect()
        place = focus.mapTo(scroll.viewport(), focus.rect().topLeft())
        assert viewport.contains(place), "the current question is out of sight"
        qtbot.keyClick(focus, keys[kind])
    settle(qtbot, controller)
    run = window.run
    assert all(run.answer_of(row.item.id) is Answer.NO for row in window.rows)
    assert all(r.professional is Need.MUCH and r.parent is Need.MUCH
               for r in run.ratings.values())
    assert len(run.ratings) == len(run.definition.domains)


def _searching(qtbot: QtBot, controller, word: str):  # type: ignore[no-untyped-def]
    """The unlocked window, active, with ``word`` typed into the search box."""
    main = unlock(qtbot, controller)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2_000)
    main.focus_search()
    qtbot.keyClicks(main.search_box, word)
    return main


def test_search_by_keyboard_opens_the_note_that_matched_with_the_word_marked(
        qtbot: QtBot, make_controller, demo_vault: Path) -> None:
    from PySide6.QtWidgets import QApplication

    main = _searching(qtbot, make_controller(demo_vault), "huur")
    qtbot.keyClick(main.search_box, Qt.Key.Key_Return)      # Enter: into the hits
    results = main.search_panel.results
    qtbot.waitUntil(lambda: QApplication.focusWidget() is results, timeout=5_000)
    first = results.textCursor().charFormat().anchorHref()
    assert first.startswith("note:")
    _kind, family_id, note_id = first.split(":")
    html = results.toHtml()
    assert " — " in html                                       # the family with its address
    qtbot.keyClick(results, Qt.Key.Key_Return)                 # Enter: open the hit
    qtbot.waitUntil(lambda: main.family_view.editor.note is not None
                    and main.family_view.editor.note.id == int(note_id), timeout=5_000)
    assert main.family_view.family_id == int(family_id)
    marked = main.family_view.editor.text.extraSelections()
    assert marked and all(s.cursor.selectedText().casefold().startswith("huur") for s in marked)


def test_down_from_the_search_box_goes_into_the_hits(
        qtbot: QtBot, make_controller, demo_vault: Path) -> None:
    from PySide6.QtWidgets import QApplication

    main = _searching(qtbot, make_controller(demo_vault), "huur")
    qtbot.waitUntil(lambda: "found" in main.search_panel.summary.text(), timeout=5_000)
    qtbot.keyClick(main.search_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is main.search_panel.results


def test_enter_in_the_first_run_creates_the_vault_once_it_is_complete(
        qtbot: QtBot, make_controller, vault_dir: Path) -> None:
    from PySide6.QtWidgets import QLineEdit

    from stap0_desktop.ui.shell.first_run import FirstRunWindow
    from tests.conftest import PASSPHRASE

    controller = make_controller(vault_dir)
    window = controller.window
    assert isinstance(window, FirstRunWindow)
    qtbot.keyClicks(window.name, "Tess Verpleeg")
    qtbot.keyClick(window.name, Qt.Key.Key_Return)        # incomplete: nothing happens
    assert controller.main_window is None and window.message.text()
    window.passphrase.setText(PASSPHRASE)
    assert window.passphrase.echoMode() is QLineEdit.EchoMode.Password
    window.show_passphrase.setChecked(True)                # "show passphrase"
    assert window.passphrase.echoMode() is QLineEdit.EchoMode.Normal
    assert window.repeat.echoMode() is QLineEdit.EchoMode.Normal
    window.repeat.setText(PASSPHRASE)
    qtbot.keyClick(window.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)


def test_every_command_is_in_the_menus_with_its_shortcut_and_f1_opens_the_manual(
        qtbot: QtBot, make_controller, demo_vault: Path) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMenu

    for language, expected, file in (("en", "a short manual", "&File"),
                                     ("nl", "korte handleiding", "&Bestand")):
        controller = make_controller(demo_vault, language)
        main = unlock(qtbot, controller)
        in_menus = {action for menu in main.menuBar().findChildren(QMenu)
                    for action in menu.actions()}
        for name, action in main.commands.items():
            assert action in in_menus, name
        assert main.commands["quit"].shortcut() == QKeySequence("Ctrl+Q")
        titles = [a.text() for a in main.menuBar().actions()]
        assert titles[0] == file, titles                     # in the window's language
        manual_keys = main.commands["manual"].shortcuts()
        assert QKeySequence("F1") in manual_keys
        assert len(set(manual_keys)) == len(manual_keys)   # a key twice is ambiguous: dead
        manual = main.open_manual()
        qtbot.addWidget(manual)
        assert expected in manual.text.toPlainText().casefold()
        controller.lock()


def test_the_checklist_offered_first_fits_the_latest_visit() -> None:
    from stap0_desktop.domain.roles import fitting_checklist

    assert fitting_checklist(VisitKind.DEBT_COUNSELLING, "jeugdverpleegkundige") == \
        "schuldhulp-huisbezoek"
    assert fitting_checklist(None, "schuldhulpverlener") == "schuldhulp-huisbezoek"
    assert fitting_checklist(None, "jeugdverpleegkundige") == "prenataal-huisbezoek"
    assert fitting_checklist(VisitKind.OTHER, "jeugdverpleegkundige") == "algemeen-stap0"


def test_after_a_debt_visit_the_debt_checklist_is_preselected(
        qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch) -> None:
    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    main.open_family(1)
    settle(qtbot, controller)
    qtbot.waitUntil(lambda: controller.session.library is not None, timeout=5_000)
    visit = Visit(family_id=1, kind=VisitKind.DEBT_COUNSELLING, visit_date=date.today(),
                  professional="Tess")
    main.family_view.add_visit(visit)
    qtbot.waitUntil(lambda: main.family_view.checklists.visit_kind
                    == VisitKind.DEBT_COUNSELLING, timeout=5_000)
    offered: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda *args, **kwargs: offered.append(args[3][args[4]]) or ("", False)))
    main.family_view.checklists.start_new()
    assert offered and offered[0].startswith(("Debt", "Schuld"))


def test_the_relation_dialog_refuses_nonsense_and_reads_as_a_sentence(qtbot: QtBot) -> None:
    from stap0_desktop.domain.models import RelationKind

    unborn = Member(id=3, family_id=1, role=MemberRole.UNBORN, mother_id=1,
                    expected_date=date(2027, 3, 1))
    dialog = RelationDialog([*MEMBERS, unborn])
    qtbot.addWidget(dialog)
    third = dialog.form.labelForField(dialog.second)
    assert third is None or third.text() == ""         # "Sanne is parent of Noor", no "of of"
    dialog.first.setCurrentIndex(dialog.first.findData(3))      # the unborn child …
    dialog.kind.setCurrentIndex(dialog.kind.findData(RelationKind.PARENT_OF.value))
    dialog.second.setCurrentIndex(dialog.second.findData(1))    # … as Sanne's parent
    dialog._accept()
    assert dialog.result_relation is None and "adult" in dialog.message.text()
    dialog.first.setCurrentIndex(dialog.first.findData(1))
    dialog.second.setCurrentIndex(dialog.second.findData(3))
    dialog._accept()
    assert dialog.result_relation is not None


def test_storage_refuses_a_nonsense_relation_too(vault) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from stap0_desktop.domain.models import Relation, RelationKind
    from stap0_desktop.services.caseload import CaseloadService
    from stap0_desktop.storage.errors import InvalidReference

    caseload = CaseloadService(vault)
    family = caseload.create_family(Family(name="Gezin Jansen")).value
    assert family.id is not None
    child = caseload.add_member(family.id, Member(role=MemberRole.CHILD, given_name="Bo")).value
    mother = caseload.add_member(family.id, Member(role=MemberRole.PARENT,
                                                   given_name="Els")).value
    assert child.id and mother.id
    with pytest.raises(InvalidReference):
        caseload.add_relation(Relation(from_member_id=child.id, to_member_id=mother.id,
                                       kind=RelationKind.PARENT_OF))
    with pytest.raises(InvalidReference):
        caseload.add_relation(Relation(from_member_id=child.id, to_member_id=mother.id,
                                       kind=RelationKind.PARTNER_OF))


def test_the_idle_lock_counts_down_and_any_key_cancels_it(
        qtbot: QtBot, make_controller, demo_vault: Path, clock) -> None:
    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    clock.advance(5 * 60 - 20)                            # 20 seconds before the lock
    controller.idle.check()
    assert not main.lock_banner.isHidden() and "20" in main.lock_banner.text()
    qtbot.keyClick(main, Qt.Key.Key_Shift)               # still here: the countdown goes
    assert main.lock_banner.isHidden() and controller.session is not None
    clock.advance(5 * 60 - 1)
    controller.idle.check()
    assert "1 second." in main.lock_banner.text()         # one, not "1 second(s)"
    clock.advance(1)
    controller.idle.check()
    assert controller.session is None


def test_after_unlock_the_professional_is_back_in_the_family_and_note(
        qtbot: QtBot, make_controller, demo_vault: Path) -> None:
    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    main.open_family(3)
    settle(qtbot, controller)
    main.family_view.notes.setCurrentRow(1)
    note_id = main.family_view.editor.note.id
    controller.lock()
    main = unlock(qtbot, controller)
    qtbot.waitUntil(lambda: main.family_view.editor.note is not None, timeout=5_000)
    assert main.stack.currentWidget() is main.family_view
    assert main.family_view.family_id == 3 and main.family_view.editor.note.id == note_id
    qtbot.waitUntil(lambda: main.families.table.currentIndex().isValid(), timeout=5_000)
    assert main.families.table.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == 3


def test_an_empty_list_says_how_to_fill_it(qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor

    from stap0_desktop.ui.common.hinted_list import HintedList

    hinted = HintedList("No home visits yet. New home visit… (Ctrl+Shift+N)")
    qtbot.addWidget(hinted)
    hinted.resize(300, 120)
    hinted.show()
    qtbot.waitExposed(hinted)

    def inked(image) -> int:  # type: ignore[no-untyped-def]
        base = QColor(image.pixel(image.width() - 3, image.height() - 3))
        return sum(1 for x in range(0, 200, 2) for y in range(4, 30)
                   if QColor(image.pixel(x, y)) != base)

    assert inked(hinted.viewport().grab().toImage()) > 20        # the hint is drawn
    hinted.addItem("02-12-2026 Prenataal huisbezoek")
    hinted.clear()
    hinted.set_hint("")
    assert inked(hinted.viewport().grab().toImage()) == 0        # nothing when no hint


def test_the_summary_chart_shows_every_leefgebied_under_the_meldcode_banner(
        qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch) -> None:
    controller = make_controller(demo_vault)
    _main, window = open_checklist(qtbot, controller, monkeypatch, which=2)  # the debt list
    window.show()
    next(row for row in window.rows if row.item.acute).buttons[0].click()   # the banner
    settle(qtbot, controller)
    window.resize(900, 560)
    window.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    assert not window.acute_box.isHidden()
    chart = window.chart
    assert len(chart._rows) == len(window.run.definition.domains)
    assert chart.height() >= chart.sizeHint().height()          # no row cut off


def test_ctrl_k_in_a_family_opens_the_kaart_for_that_family(
        qtbot: QtBot, make_controller, demo_vault: Path) -> None:
    from stap0_desktop.ui.kaart.kaart_window import KaartWindow

    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    main.open_family(2)
    settle(qtbot, controller)
    main.commands["kaart"].trigger()
    windows = controller.session.windows
    qtbot.waitUntil(lambda: bool(windows.of_kind(KaartWindow)), timeout=5_000)
    [window] = windows.of_kind(KaartWindow)
    qtbot.addWidget(window)
    assert window._family_id == 2 and not window.refer_button.isHidden()   # Verwijzen


def test_an_empty_kaart_says_it_is_empty_and_how_to_get_one(
        qtbot: QtBot, make_controller, demo_vault: Path) -> None:
    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    kaart = controller.session.kaart
    assert controller.session.runner.run(kaart.count).value == 0
    window = main.open_kaart()
    qtbot.addWidget(window)
    window.search()
    settle(qtbot, controller)
    assert "empty" in window.summary.text() and "Import" in window.summary.text()


def test_the_sharing_tab_says_how_to_start_when_nothing_is_shared(
        qtbot: QtBot, make_controller, vault_dir: Path) -> None:
    from stap0_desktop.services.caseload import CaseloadService
    from stap0_desktop.storage.vault import Vault
    from tests.conftest import FAST_KDF, OWNER, secret

    with Vault.create(vault_dir, secret(), OWNER, kdf=FAST_KDF) as vault:
        family = CaseloadService(vault).create_family(Family(name="Gezin Nieuw")).value
    controller = make_controller(vault_dir)
    main = unlock(qtbot, controller)
    main.open_family(family.id)
    settle(qtbot, controller)
    sharing = main.family_view.sharing
    assert sharing.bases.count() == 0 and sharing.signals.count() == 0
    assert sharing.bases.hint.startswith("No consent recorded yet. Consent…")
    assert sharing.signals.hint.startswith("No signals to the CJG. Signal to the CJG…")
