"""After a match, offscreen: the banner at the top of the file says who, how, the contact
and who coordinates, and offers the next step; contact and a proposal go into the outbox
from its dialogs (a typed phone number is refused, nothing lost); an agreed regisseur is on
the Plan tab and in the overview; the file still fits a laptop with two matches on it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stap0_desktop.domain.coordination import (
    Agreement,
    NoticeCoordination,
    Proposal,
    RegisseurNamed,
    Suggestion,
)
from stap0_desktop.domain.notices import Notice
from stap0_desktop.services.operations import ChangeSet
from stap0_desktop.storage.vault import Vault
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.sharing.regie_dialogs import ContactDialog, RegisseurDialog
from stap0_desktop.ui.shell.main_window import MainWindow
from tests.builders import queue_signals
from tests.conftest import FAST_KDF, OWNER, secret
from tests.ui.conftest import settle, unlock
from tests.ui.shell.test_screen_fit import LAPTOP, SCALED, _problems

pytestmark = pytest.mark.system

TODAY = date.today()
UNTIL = TODAY + timedelta(days=180)


@pytest.fixture
def main(qtbot: QtBot, make_controller, vault_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with Vault.create(vault_dir, secret(), OWNER, kdf=FAST_KDF) as vault:
        [envelope_id] = queue_signals(vault, 1)
    controller = make_controller(vault_dir)
    window = unlock(qtbot, controller)
    window.controller = controller  # type: ignore[attr-defined]
    window.envelope_id = envelope_id  # type: ignore[attr-defined]
    yield window


def _notices(qtbot: QtBot, main: MainWindow, *notices: Notice) -> None:
    """As a sync round stores them and tells the views."""
    session = main._session
    session.runner.run(lambda: session.core.outbox.replace_notices(list(notices)))
    session.bridge.changed.emit(ChangeSet(outbox=True, matches=True, follow_ups=True))
    settle(qtbot, main.controller)  # type: ignore[attr-defined]


def _notice(main: MainWindow, match: str, name: str, organisation: str,
            coordination: NoticeCoordination) -> Notice:
    return Notice(main.envelope_id, match * 32, "same_child", name, organisation,  # type: ignore[attr-defined]
                  "0800-0000002", "", f"{TODAY.isoformat()}T09:00:00Z", None, "", coordination)


def _open(qtbot: QtBot, main: MainWindow) -> None:
    main.open_family(1)
    settle(qtbot, main.controller)  # type: ignore[attr-defined]


def test_the_banner_offers_the_next_step_and_the_dialogs_queue_it(
        qtbot: QtBot, main: MainWindow) -> None:
    _open(qtbot, main)
    suggestion = Suggestion(rule="ongeboren-kind", organisation_kind="jgz", side="mine",
                            organisation="JGZ Demostad", why="De JGZ ziet het gezin al.")
    _notices(qtbot, main, _notice(main, "a", "Bram Schuldhulp", "Schuldhulp Demostad",
                           NoticeCoordination(suggestion=suggestion)))
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    banner = main.family_view.sharing.notices
    assert banner.isVisible()
    text = banner.text()
    assert "Bram Schuldhulp" in text and "0800-0000002" in text and "The same child." in text
    assert "Contact: you not yet · Bram Schuldhulp not yet" in text
    assert "The municipality proposes: JGZ Demostad." in text and "contact by" in text
    assert [b.text() for b in banner.buttons] == ["Contact made…", "Propose a regisseur…"]

    sharing = main.family_view.sharing
    notice = sharing.sharing.notices[0]  # type: ignore[union-attr]
    contact = sharing.record_contact(notice)
    qtbot.addWidget(contact)
    assert isinstance(contact, ContactDialog)
    contact._accept()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    text = banner.text()
    assert "you on" in text and "(being sent)" in text                   # at once, pending
    assert [b.text() for b in banner.buttons] == ["Propose a regisseur…"]

    sharing.propose_regisseur(notice)
    qtbot.waitUntil(lambda: sharing.opened_regie is not None, timeout=5000)
    dialog = sharing.opened_regie
    assert isinstance(dialog, RegisseurDialog)
    qtbot.addWidget(dialog)
    assert dialog.mine.isChecked()                    # the municipality's proposal, chosen
    assert "De JGZ ziet het gezin al." in dialog.message.text()
    dialog.third.setChecked(True)
    dialog.organisation.setCurrentText("Wijkteam 0612345678")
    dialog._accept()
    assert dialog.isVisible() and "no phone number" in dialog.message.text()
    assert dialog.organisation.currentText() == "Wijkteam 0612345678"  # nothing lost
    dialog.organisation.setCurrentText("Wijkteam Noord")
    dialog._accept()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    assert "You proposed as regisseur: Wijkteam Noord until" in banner.text()
    steps = sharing.sharing.steps  # type: ignore[union-attr]
    assert [(s.step.step, s.state) for s in steps] == [("contact", "waiting"),
                                                       ("propose", "waiting")]
    assert steps[1].step.regisseur is not None
    assert steps[1].step.regisseur.organisation == "Wijkteam Noord"
    outbox = main.open_outbox()                      # in the outbox, with their states
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    table = outbox.step_table
    shown = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert [row[2] for row in shown] == [
        f"regisseur proposed: Wijkteam Noord until {shown_date(steps[1].step.until)}",
        f"contact made on {shown_date(TODAY)}"]
    assert all(row[1].startswith("Gezin Verhoeven") and row[3] == "waiting for a connection"
               for row in shown)


def test_an_open_proposal_is_agreed_and_shows_on_the_plan_and_the_overview(
        qtbot: QtBot, main: MainWindow) -> None:
    regisseur = RegisseurNamed(side="yours", organisation="Schuldhulp Demostad", until=UNTIL)
    proposal = Proposal(id="b" * 32, by="other", regisseur=regisseur, proposed_on=TODAY)
    _open(qtbot, main)
    _notices(qtbot, main, _notice(main, "a", "Bram Schuldhulp", "Schuldhulp Demostad",
                           NoticeCoordination(contact_mine=TODAY, contact_theirs=TODAY,
                                              proposal=proposal)))
    banner = main.family_view.sharing.notices
    assert "Bram Schuldhulp proposes as regisseur: Schuldhulp Demostad until" in banner.text()
    agree = next(b for b in banner.buttons if b.text() == "Agree")
    agree.click()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    assert "Regisseur: Schuldhulp Demostad until" in banner.text()
    plan = main.family_view.referrals
    assert "Regisseur: Schuldhulp Demostad until" in plan.regie.text()
    # The CJG confirms; the overview says who coordinates.
    _notices(qtbot, main, _notice(main, "a", "Bram Schuldhulp", "Schuldhulp Demostad",
                           NoticeCoordination(contact_mine=TODAY, contact_theirs=TODAY,
                                              agreed=Agreement(regisseur=regisseur,
                                                               agreed_on=TODAY))))
    main.show_home()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    [line] = [main.regie.list.item(i).text() for i in range(main.regie.list.count())]
    assert line.startswith("Gezin Verhoeven — with Bram Schuldhulp (Schuldhulp Demostad)")
    assert "Regisseur: Schuldhulp Demostad until" in line


def test_the_file_with_two_matches_fits_a_laptop(qtbot: QtBot, make_controller,
                                                 vault_dir: Path) -> None:
    with Vault.create(vault_dir, secret(), OWNER, kdf=FAST_KDF) as vault:
        [envelope_id] = queue_signals(vault, 1)
    controller = make_controller(vault_dir, "nl")       # Dutch: the longer words
    main = unlock(qtbot, controller)
    main.controller = controller  # type: ignore[attr-defined]
    main.envelope_id = envelope_id  # type: ignore[attr-defined]
    _open(qtbot, main)
    long_name = "Stichting Maatschappelijke Dienstverlening Demostad en Omstreken"
    mine = RegisseurNamed(side="third", organisation=long_name, until=UNTIL)
    _notices(qtbot, main, _notice(main, "a", "Bram Schuldhulp (demo)", "Schuldhulp Demostad",
                           NoticeCoordination(proposal=Proposal(
                               id="c" * 32, by="me", regisseur=mine, proposed_on=TODAY),
                               escalated_on=TODAY, suggestion=Suggestion(
                                   rule="r", organisation_kind="amw", why="x" * 200))),
             _notice(main, "b", "Iris Opvang", "Kinderopvang Demostad",
                     NoticeCoordination(contact_theirs=TODAY)))
    settle(qtbot, controller)
    assert main.family_view.sharing.notices.text().count("Contact:") == 2
    main.resize(LAPTOP.width(), LAPTOP.height())
    problems = _problems(main)
    assert problems == [], problems
    assert SCALED.height() < LAPTOP.height()            # both screens were checked
