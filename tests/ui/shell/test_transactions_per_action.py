"""Each user action costs what it must: opening a family is one transaction (its file and
its tabs read together, with their access-log rows), not one per tab."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import settle, unlock


def _background_sync_waits(qtbot: QtBot, controller) -> None:  # type: ignore[no-untyped-def]
    """The background sync's first round (its own reads of the connection) has been
    made: it now waits to be woken (no CJG connection here), so it counts no more."""
    sync = controller.session.sync
    qtbot.waitUntil(lambda: sync.last is not None, timeout=10_000)
    settle(qtbot, controller)


def test_opening_a_family_is_one_transaction(qtbot: QtBot, make_controller,  # type: ignore[no-untyped-def]
                                             demo_vault: Path) -> None:
    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    _background_sync_waits(qtbot, controller)
    db = controller.session.core.vault.db
    for family_id in (1, 2, 3):
        before = db.transactions
        main.open_family(family_id)
        settle(qtbot, controller)
        assert db.transactions - before == 1, f"family {family_id}"
        view = main.family_view
        assert view.family_id == family_id and view.members.list.count() >= 1
        assert view.checklists.runs == view._file.runs        # the tabs show the file's
        assert view.referrals.referrals == view._file.referrals
        assert view.sharing.sharing is view._file.sharing


def test_an_answer_in_a_checklist_is_one_transaction(qtbot: QtBot, make_controller,  # type: ignore[no-untyped-def]
                                                      demo_vault: Path, monkeypatch) -> None:
    from PySide6.QtCore import Qt

    from stap0_desktop.domain.assessment import Answer
    from tests.ui.conftest import open_checklist

    controller = make_controller(demo_vault)
    _main, window = open_checklist(qtbot, controller, monkeypatch)
    _background_sync_waits(qtbot, controller)
    settle(qtbot, controller)
    db = controller.session.core.vault.db
    first = window.rows[0]  # type: ignore[attr-defined]
    first.focus_first()
    before = db.transactions
    qtbot.keyClick(first.buttons[0], Qt.Key.Key_1)           # yes
    settle(qtbot, controller)
    assert window.run.answer_of(first.item.id) is Answer.YES  # type: ignore[attr-defined]
    assert db.transactions - before == 1
    panel = _main.family_view.checklists
    assert panel.runs[-1].answer_of(first.item.id) is not Answer.YES  # not at every answer
    window.close()  # type: ignore[attr-defined]
    settle(qtbot, controller)
    assert panel.runs[-1].answer_of(first.item.id) is Answer.YES      # but when it closes


def _reads_since(controller, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """What was read (object types) after the first ``count`` rows of the access log."""
    core = controller.session.core
    events = list(reversed(core.runner.run(core.vault.read_access_log)))
    return [e.object_type for e in events[count:] if e.action.value == "R"]


def _log_length(controller) -> int:  # type: ignore[no-untyped-def]
    core = controller.session.core
    return len(core.runner.run(core.vault.read_access_log))


def _list_reads(controller) -> list[int]:  # type: ignore[no-untyped-def]
    """How many rows each read of the family list read, oldest first."""
    core = controller.session.core
    events = core.runner.run(core.vault.read_access_log)
    return [int(e.object_id) for e in reversed(events) if e.object_type == "family_list"]


def test_adding_a_member_reads_that_familys_row_not_the_caseload(
    qtbot: QtBot, make_controller, demo_vault: Path,  # type: ignore[no-untyped-def]
) -> None:
    from stap0_desktop.domain.models import Member, MemberRole

    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    _background_sync_waits(qtbot, controller)
    main.open_family(2)
    settle(qtbot, controller)
    model = main.families.model
    shown = len(model.all_families())
    before = next(r.member_count for r in model.all_families() if r.id == 2)
    reads = _list_reads(controller)
    logged = _log_length(controller)
    session = controller.session
    session.bridge.run(lambda: session.caseload.add_member(2, Member(
        role=MemberRole.CHILD, given_name="Noor")))           # as the member dialog does
    settle(qtbot, controller)
    assert next(r.member_count for r in model.all_families() if r.id == 2) == before + 1
    assert len(model.all_families()) == shown                 # every other row still there
    assert _list_reads(controller)[len(reads):] == [1]        # one row read, not the list
    assert any("Noor" in main.family_view.members.list.item(i).text()
               for i in range(main.family_view.members.list.count()))
    again = _reads_since(controller, logged + 1)              # (+1: reading the log itself)
    assert "note" not in again and "checklist" not in again   # not the whole file again


def test_the_members_panel_shows_its_own_new_member_without_reading_the_file_again(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """As Anki's operations: the view that made the change shows its result; the file is
    not read again for it (the other views still hear of it)."""
    from PySide6.QtWidgets import QDialog

    from stap0_desktop.domain.models import Member, MemberRole
    from stap0_desktop.ui.family import family_members

    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    _background_sync_waits(qtbot, controller)
    main.open_family(2)
    settle(qtbot, controller)
    before = next(r.member_count for r in main.families.model.all_families() if r.id == 2)

    class Answered:     # the member dialog, filled in and accepted
        def __init__(self, *_args: object) -> None:
            self.result_member = Member(role=MemberRole.CHILD, given_name="Noor")

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(family_members, "MemberDialog", Answered)
    db = controller.session.core.vault.db
    transactions = db.transactions
    main.family_view.members.add_member()
    settle(qtbot, controller)
    shown = [main.family_view.members.list.item(i).text()
             for i in range(main.family_view.members.list.count())]
    assert any("Noor" in text for text in shown)
    # The add, and the family list's one row — not the file's people again.
    assert db.transactions - transactions == 2
    assert next(r.member_count for r in main.families.model.all_families()
                if r.id == 2) == before + 1
