"""Family, member and visit forms with bad input; search with highlighted snippets."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from stap0_desktop.domain.models import Family, Member, MemberRole
from stap0_desktop.ui.common.form_dialog import INVALID_STYLE
from stap0_desktop.ui.family.family_dialog import FamilyDialog
from stap0_desktop.ui.family.member_dialog import MemberDialog
from stap0_desktop.ui.family.visit_dialog import VisitDialog
from stap0_desktop.ui.shell.search_panel import snippet_html
from tests.ui.conftest import settle, unlock

MOTHER = Member(id=7, family_id=1, role=MemberRole.PARENT, given_name="Sanne", family_name="Bos")


def test_bsn_is_checked_as_you_type(qtbot: QtBot) -> None:
    dialog = MemberDialog([MOTHER])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.bsn, "99999001")
    assert "9 digits" in dialog.bsn_status.text()
    qtbot.keyClicks(dialog.bsn, "8")
    assert "elfproef" in dialog.bsn_status.text()
    assert dialog.bsn.styleSheet() == INVALID_STYLE
    dialog.bsn.setText("999990019")
    assert dialog.bsn_status.text() == "Valid BSN"


def test_invalid_bsn_future_birth_date_and_empty_name_are_refused(qtbot: QtBot) -> None:
    dialog = MemberDialog([MOTHER])
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData(MemberRole.CHILD))
    dialog._accept()
    assert dialog.result_member is None and "name" in dialog.message.text()
    assert dialog.given.styleSheet() == INVALID_STYLE
    dialog.given.setText("Mila")
    dialog.bsn.setText("123456789")
    dialog._accept()
    assert dialog.result_member is None and "elfproef" in dialog.message.text()
    dialog.bsn.setText("")
    dialog.birth_known.setChecked(True)
    future = date.today() + timedelta(days=10)
    dialog.birth.setDate(QDate(future.year, future.month, future.day))
    dialog._accept()
    assert dialog.result_member is None and "future" in dialog.message.text()
    dialog.birth.setDate(QDate(2024, 5, 1))
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_member is not None and dialog.result_member.birth_date == date(2024, 5, 1)


def test_unborn_child_needs_only_expected_date_and_mother(qtbot: QtBot) -> None:
    dialog = MemberDialog([MOTHER])
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData(MemberRole.UNBORN))
    assert not dialog.form.isRowVisible(dialog.bsn) and dialog.form.isRowVisible(dialog.expected)
    dialog._accept()                                   # the mother is never guessed
    assert dialog.result_member is None and "mother" in dialog.message.text()
    dialog.mother.setCurrentIndex(dialog.mother.findData(7))
    dialog._accept()
    member = dialog.result_member
    assert member is not None and member.mother_id == 7 and member.bsn is None


def test_family_dialog_refuses_an_empty_name(qtbot: QtBot) -> None:
    dialog = FamilyDialog()
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.result_family is None and dialog.message.text()
    dialog.name.setText("Gezin Mulder")
    dialog._accept()
    assert dialog.result_family is not None and dialog.result_family.name == "Gezin Mulder"


def test_visit_dialog_builds_a_visit(qtbot: QtBot) -> None:
    dialog = VisitDialog("Tess Verpleeg", family=Family(id=3, name="Gezin Jansen"))
    qtbot.addWidget(dialog)
    visit = dialog.build_visit()
    assert visit.family_id == 3 and visit.visit_date == date.today()
    assert visit.professional == "Tess Verpleeg"


def test_search_highlights_matches(qtbot: QtBot, make_controller, demo_vault: Path) -> None:
    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    qtbot.keyClicks(main.search_box, "huur")
    qtbot.waitUntil(lambda: "found" in main.search_panel.summary.text(), timeout=5_000)
    html = main.search_panel.results.toHtml()
    assert "huur" in html and "#ffe08a" in html
    assert main.stack.currentWidget() is main.search_panel


def test_snippet_html_escapes_note_text() -> None:
    assert "&lt;script&gt;" in snippet_html("<script>\x02x\x03")


def test_new_family_member_and_visit_through_the_window(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch
) -> None:
    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    before = main.families.model.rowCount()

    def fill_family(dialog: FamilyDialog) -> QDialog.DialogCode:
        dialog.name.setText("Gezin Nieuwland")
        dialog._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FamilyDialog, "exec", fill_family)
    main.new_family()
    qtbot.waitUntil(lambda: main.families.model.rowCount() == before + 1, timeout=5_000)
    settle(qtbot, controller)
    assert main.family_view.title.text() == "<h2>Gezin Nieuwland</h2>"

    def fill_member(dialog: MemberDialog) -> QDialog.DialogCode:
        dialog.given.setText("Iris")
        dialog.bsn.setText("999990019")
        dialog._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemberDialog, "exec", fill_member)
    main.family_view.members.add_member()
    qtbot.waitUntil(lambda: main.family_view.members.list.count() == 1, timeout=5_000)
    assert "999990019" in main.family_view.members.list.item(0).text()
    monkeypatch.setattr(VisitDialog, "exec", lambda dialog: dialog._accept() or dialog.result())
    main.family_view.new_visit()
    qtbot.waitUntil(lambda: main.family_view.visits.count() == 1, timeout=5_000)
    assert main.family_view.editor.isEnabled()  # straight into a note for this visit


def test_relation_between_two_members(qtbot: QtBot, make_controller, demo_vault: Path,
                                      monkeypatch) -> None:
    from stap0_desktop.ui.family.relation_dialog import RelationDialog

    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    main.open_family(1)
    settle(qtbot, controller)
    view = main.family_view
    assert view.members.list.count() >= 2

    def same_member(dialog: RelationDialog) -> QDialog.DialogCode:
        dialog.second.setCurrentIndex(dialog.first.currentIndex())
        dialog._accept()
        assert dialog.result_relation is None and dialog.message.text()
        adult = next(m.id for m in view._file.members
                     if m.role in (MemberRole.PARENT, MemberRole.ADULT_CLIENT))
        child = next(m.id for m in view._file.members
                     if m.role in (MemberRole.CHILD, MemberRole.UNBORN))
        dialog.first.setCurrentIndex(dialog.first.findData(adult))
        dialog.second.setCurrentIndex(dialog.second.findData(child))
        dialog.kind.setCurrentIndex(1)  # carer of
        dialog._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RelationDialog, "exec", same_member)
    view.members.add_relation()
    qtbot.waitUntil(lambda: any("carer of" in view.members.list.item(r).text()
                                for r in range(view.members.list.count())), timeout=5_000)
