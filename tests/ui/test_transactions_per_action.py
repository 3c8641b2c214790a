"""Each user action costs what it must: opening a family is one transaction (its file and
its tabs read together, with their access-log rows), not one per tab."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import settle, unlock


def test_opening_a_family_is_one_transaction(qtbot: QtBot, make_controller,  # type: ignore[no-untyped-def]
                                             demo_vault: Path) -> None:
    controller = make_controller(demo_vault)
    main = unlock(qtbot, controller)
    db = controller.session.vault.db
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
