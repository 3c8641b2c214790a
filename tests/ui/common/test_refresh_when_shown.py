"""A hidden view does not read the vault at each change: it marks itself stale and reads
again when it is shown (ui/common/refresh_when_shown.py)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from stap0_desktop.storage.vault import Vault
from tests.builders import sharing_consent, signal_family
from tests.conftest import FAST_KDF, OWNER, secret
from tests.ui.conftest import settle, unlock


def test_the_sharing_tab_reads_a_change_when_it_is_shown_not_before(
    qtbot: QtBot, make_controller, vault_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    with Vault.create(vault_dir, secret(), OWNER, kdf=FAST_KDF) as vault:
        family_id, member_ids, _run = signal_family(vault)
    controller = make_controller(vault_dir)
    main = unlock(qtbot, controller)
    main.open_family(family_id)
    settle(qtbot, controller)
    view = main.family_view
    view.tabs.setCurrentWidget(view.checklists)                # she looks at the checklists
    sharing = view.sharing
    assert sharing.sharing is not None and sharing.sharing.bases == []
    session = controller.session
    db = session.core.vault.db

    session.bridge.run(lambda: session.signals.record_basis(
        sharing_consent(family_id, member_ids)))               # a change for the family
    settle(qtbot, controller)
    assert sharing.sharing.bases == [] and sharing._later.stale   # not read: hidden
    before = db.transactions

    view.tabs.setCurrentWidget(sharing)                        # shown: read once, now
    settle(qtbot, controller)
    assert len(sharing.sharing.bases) == 1 and not sharing._later.stale
    assert db.transactions - before == 1
    view.tabs.setCurrentWidget(view.checklists)
    view.tabs.setCurrentWidget(sharing)                        # nothing new: not read again
    settle(qtbot, controller)
    assert db.transactions - before == 1
