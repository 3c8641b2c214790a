"""The sociale kaart offscreen: who can help (prefilled from the checklist), a note, a
referral on the family's plan, an import with bad rows, and the PDF for one wijk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stap0_desktop.domain.kaart import KaartEntry, KaartQuery
from stap0_desktop.services.kaart import KaartService
from stap0_desktop.storage.vault import Vault
from stap0_desktop.ui.kaart.kaart_import_dialog import KaartImportDialog, start_import
from stap0_desktop.ui.kaart.kaart_window import KaartWindow
from stap0_desktop.ui.shell.main_window import MainWindow
from tests.builders import DEMO_KAART, KAART_DOMAINS, signal_family
from tests.conftest import FAST_KDF, OWNER, secret
from tests.ui.conftest import pdf_text, settle, unlock


@pytest.fixture
def main(qtbot: QtBot, make_controller, vault_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with Vault.create(vault_dir, secret(), OWNER, kdf=FAST_KDF) as vault:
        family_id, _members, _run = signal_family(vault)
        KaartService(vault).load_demo(DEMO_KAART, KAART_DOMAINS)
    controller = make_controller(vault_dir)
    window = unlock(qtbot, controller)
    qtbot.waitUntil(lambda: window._session.library is not None, timeout=5000)
    window.open_family(family_id)
    settle(qtbot, controller)
    # "Who can help?" is on the Plan tab: that is where she is (a hidden tab reads again
    # only when it is shown).
    window.family_view.tabs.setCurrentWidget(window.family_view.referrals)
    window.controller = controller  # type: ignore[attr-defined]
    yield window


def _kaart_for_family(qtbot: QtBot, main: MainWindow) -> KaartWindow:
    main.family_view.referrals.who_can_help()
    windows = main._session.windows
    qtbot.waitUntil(lambda: bool(windows.of_kind(KaartWindow)), timeout=5000)
    [window] = windows.of_kind(KaartWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.hits), timeout=5000)
    return window


def test_who_can_help_is_prefilled_and_a_choice_lands_on_the_plan(
    qtbot: QtBot, main: MainWindow,
) -> None:
    window = _kaart_for_family(qtbot, main)
    query = window.query()
    # The family's checklist has risks in two domains and an unborn child (pregnancy).
    assert set(query.domains) == {"ouder_gezin", "leefomstandigheden"} and query.pregnant
    assert all(hit.fits for hit in window.hits)
    row = next(i for i, h in enumerate(window.hits) if h.entry.offer == "VoorZorg")
    window.results.setCurrentRow(row)
    window.note.setPlainText("Fenna belt terug na de intake")
    window.save_note()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    assert "Note saved" in window.message.text()
    window.refer()
    settle(qtbot, main.controller)  # type: ignore[attr-defined]
    assert "recorded on the family's plan" in window.message.text()
    referrals = main.family_view.referrals
    qtbot.waitUntil(lambda: len(referrals.referrals) == 1, timeout=5000)
    assert "VoorZorg — JGZ Demostad" in referrals.list.item(0).text()
    notes = main._session.runner.run(
        lambda: main._session.kaart.search(KaartQuery(words="VoorZorg"))).value
    assert notes[0].note == "Fenna belt terug na de intake"


def test_nothing_in_the_ticked_domains_says_what_fits_without_them(
    qtbot: QtBot, main: MainWindow,
) -> None:
    window = _kaart_for_family(qtbot, main)
    assert window.query().domains                  # ticked for her, from the checklist
    window.words.setText("peuteropvang")           # an offer for the child's domain only
    window.search()
    qtbot.waitUntil(lambda: "without them 1 offer fits" in window.summary.text(), timeout=5000)
    assert window.hits == []
    assert window.summary.text().startswith("No offers fit the ticked domains")
    window.summary.linkActivated.emit("untick")    # the link in the line
    qtbot.waitUntil(lambda: len(window.hits) == 1, timeout=5000)
    assert window.query().domains == []
    assert "Voorschoolse educatie" in window.results.item(0).text()
    assert window.summary.text() == "1 offer"


def test_an_import_with_bad_rows_imports_the_good_ones_or_nothing(
    qtbot: QtBot, main: MainWindow, tmp_path: Path,
) -> None:
    export = tmp_path / "export.csv"
    export.write_bytes(("organisatie;aanbod;gemeente;wijk;telefoon\n"
                        "Buurthuis Oost;Inloop;Demostad;Oost;0800-0000120\n"
                        "Buurthuis Oost;Spreekuur;Demostad;Oost;06 12\n").encode("cp1252"))
    session = main._session
    before = session.runner.run(session.kaart.count).value
    for choice in ("nothing", "good"):
        start_import(session, main, export)
        qtbot.waitUntil(lambda: bool(session.windows.of_kind(KaartImportDialog)),
                        timeout=5000)
        [dialog] = session.windows.of_kind(KaartImportDialog)
        assert dialog.problems.item(0, 0).text() == "3"
        assert "cannot be right" in dialog.problems.item(0, 2).text()
        if choice == "nothing":
            dialog.nothing.click()
            assert session.runner.run(session.kaart.count).value == before
        else:
            dialog.import_good()
            qtbot.waitUntil(lambda d=dialog: d.changes is not None, timeout=5000)
            assert session.runner.run(session.kaart.count).value == before + 1
        main.setProperty("kaartImport", None)


def test_a_one_page_overview_for_a_wijk(qtbot: QtBot, main: MainWindow, tmp_path: Path) -> None:
    window = main.open_kaart()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.wijk.findData("Zuid") >= 0, timeout=5000)
    window.wijk.setCurrentIndex(window.wijk.findData("Zuid"))
    target = tmp_path / "zuid.pdf"
    window.print_overview(target)
    qtbot.waitUntil(target.exists, timeout=5000)
    text = pdf_text(target)
    assert "Zuid, Demostad" in text and "Wijkteam Zuid" in text
    assert "Wijkteam Noord" not in text and "Schuldhulp Demostad" in text   # whole gemeente


def test_the_family_has_a_wijk_and_the_kaart_from_the_family_starts_there(
    qtbot: QtBot, make_controller, demo_vault: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from stap0_desktop.ui.family.family_dialog import FamilyDialog

    controller = make_controller(demo_vault)
    unlock(qtbot, controller)
    session = controller.session
    entries = [KaartEntry(key=f"k{i}", organisation="Wijkteam", offer=f"Wijkteam {w}",
                          gemeente="Demostad", wijk=w, domains=["ouder_gezin"])
               for i, w in enumerate(("Noord", "Zuid"))]
    session.runner.run(lambda: session.kaart.store(entries))
    family_id = 1
    family = session.runner.run(lambda: session.caseload.get_family(family_id)).value
    dialog = FamilyDialog(family, controller.main_window)
    dialog.offer_wijken(session.runner.run(session.kaart.wijken).value)
    assert dialog.wijk.completer() is not None
    dialog.wijk.setText("Zuid")
    dialog._accept()
    changed = dialog.result_family
    assert changed is not None and changed.wijk == "Zuid"
    session.runner.run(lambda: session.caseload.update_family(changed))
    assert session.runner.run(lambda: session.caseload.get_family(family_id)).value.wijk == "Zuid"
    session.windows.who_can_help(family_id)
    qtbot.waitUntil(lambda: any(isinstance(w, KaartWindow) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5_000)
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, KaartWindow))
    qtbot.waitUntil(lambda: window.wijk.currentData() == "Zuid", timeout=5_000)
    window.close()
