"""Render every main screen offscreen to docs/screenshots/<lang>-<screen>.png.

    python docs/make_screenshots.py        (or: make screenshots)

Uses a fictional demo vault in a temporary folder; nothing touches your own data. The
offscreen screen is a laptop's, 1366×768: windows are fitted to it as on a real one.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from stap0_desktop.config.settings import Settings
from stap0_desktop.demo.vault import DEMO_PASSPHRASE, make_demo_vault
from stap0_desktop.domain.models import Member, MemberRole
from stap0_desktop.i18n.translator import install_language
from stap0_desktop.ui.family.erase_dialog import EraseFamilyDialog
from stap0_desktop.ui.family.member_dialog import MemberDialog
from stap0_desktop.ui.family.visit_dialog import VisitDialog
from stap0_desktop.ui.kaart.kaart_import_dialog import KaartImportDialog, start_import
from stap0_desktop.ui.sharing.cjg_connection import CjgConnectionBox
from stap0_desktop.ui.shell.app import AppController
from stap0_desktop.ui.shell.settings_dialog import SettingsDialog

# STAP0_SCREENSHOTS: another folder (the test that keeps this script working uses one).
OUT = Path(os.environ.get("STAP0_SCREENSHOTS") or Path(__file__).resolve().parent / "screenshots")


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition, timeout_ms: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    waited = 0
    while not condition() and waited < timeout_ms:
        spin(50)
        waited += 50


def save(widget: QWidget, lang: str, name: str) -> None:
    spin(150)
    widget.grab().save(str(OUT / f"{lang}-{name}.png"))


def checklist(main, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The prenatal checklist filled in, its summary, the route and the Meldcode screen."""
    wait_for(lambda: main._session.library is not None)
    original = QInputDialog.getItem
    QInputDialog.getItem = staticmethod(lambda *args, **kwargs: (args[3][1], True))
    panel = main.family_view.checklists
    panel.start_new()
    wait_for(lambda: panel.opened is not None)
    QInputDialog.getItem = original
    window = panel.opened
    answers = {"PO1": 0, "PO2": 1, "PO3": 0, "PO4": 1, "PO6": 2, "PB1": 0, "PB2": 0,
               "PB5": 0, "PZ1": 1, "PZ3": 0, "PL1": 0, "PL3": 0, "PLB1": 1}
    for row in window.rows:
        if row.item.id in answers:
            row.buttons[answers[row.item.id]].click()
    window.rows[2].remark.setText("sinds de zomer somber, huisarts weet ervan")
    window.rows[2].flush()
    professional, parent = window.ratings["ouder_gezin"]
    professional.setCurrentIndex(2)
    parent.setCurrentIndex(1)
    window._rate("ouder_gezin")
    wait_for(lambda: not main._session.bridge.busy)
    save(window, lang, "checklist")
    window.tabs.setCurrentIndex(1)
    window.level_group.button(1).setChecked(True)
    window.reason.setPlainText("Somberheid moeder en geldzorgen; weinig netwerk.")
    window.save_judgement()
    wait_for(lambda: not main._session.bridge.busy)
    save(window, lang, "checklist-summary")
    route = window.open_route()
    route.discussed.setChecked(True)
    route.parents_said.setPlainText("Moeder wil hulp bij de rekeningen en een cursus.")
    route.share_group.button(0).click()
    for box, _rule in route.help_boxes:
        box.setChecked(True)
    route.follow_up_note.setText("Aanmelding schuldhulp nagaan")
    save(route, lang, "route")
    route.save()
    wait_for(lambda: route.saved is not None)
    share(main, lang)
    meldcode = window.open_meldcode()
    save(meldcode, lang, "meldcode")
    meldcode.close()
    window.close()
    main.show_home()
    wait_for(lambda: bool(main.follow_ups._items))
    save(main, lang, "follow-ups")
    main.open_family(1)
    wait_for(lambda: main.family_view.checklists.list.count() > 0)


def top_level(name: str) -> QWidget | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == name and w.isVisible()), None)


def share(main, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The route said 'share': consent first, then the signal with its preview."""
    wait_for(lambda: top_level("consentDialog") is not None)
    consent = top_level("consentDialog")
    consent.resize(640, 760)  # type: ignore[union-attr]
    save(consent, lang, "consent")  # type: ignore[arg-type]
    consent.save()  # type: ignore[union-attr]
    wait_for(lambda: top_level("signalDialog") is not None)
    dialog = top_level("signalDialog")
    dialog.refresh_preview()  # type: ignore[union-attr]
    wait_for(lambda: dialog.payload is not None)  # type: ignore[union-attr]
    save(dialog, lang, "signal")  # type: ignore[arg-type]
    dialog.confirm()  # type: ignore[union-attr]
    wait_for(lambda: dialog.queued is not None)  # type: ignore[union-attr]


def sharing(main, lang: str) -> None:  # type: ignore[no-untyped-def]
    """A family with a match notice, and the outbox after the background sync."""
    session = main._session
    wait_for(lambda: session.sync.last is not None and session.sync.status is not None
             and session.sync.status.waiting == 0, 20_000)
    rows = session.runner.run(session.signals.overview).value
    for family_id in dict.fromkeys(row.family_id for row, _name in rows):
        main.open_family(family_id)
        wait_for(lambda wanted=family_id: main.family_view.sharing.sharing is not None
                 and main.family_view.family_id == wanted)
        spin(200)
        if main.family_view.sharing.notices.text():
            break
    main.family_view.tabs.setCurrentIndex(1)
    save(main, lang, "family-sharing")
    outbox = main.open_outbox()
    wait_for(lambda: bool(outbox.rows))
    save(outbox, lang, "outbox")
    outbox.close()
    kaart = main.open_kaart()
    kaart.words.setText("")
    for box, code in kaart.domain_boxes:
        box.setChecked(code in ("ouder_gezin", "leefomstandigheden"))
    kaart.age.setValue(3)
    kaart.search()
    wait_for(lambda: len(kaart.hits) > 0 and not session.bridge.busy)
    spin(200)
    save(kaart, lang, "kaart")
    kaart.close()
    bad = Path(tempfile.mkdtemp()) / "kaart-export.csv"
    bad.write_bytes(("organisatie;aanbod;gemeente;wijk;telefoon;email\n"
                     "Welzijn Demostad;Maatjesproject;Demostad;Oost;0800-0000120;\n"
                     "Buurthuis Oost;Inloop;Demostad;Oost;06 12;\n"
                     ";Spreekuur;Demostad;Oost;;\n"
                     "Sportclub Oost;Jeugdfonds;Demostad;Oost;;info@sport\n").encode("cp1252"))
    start_import(session, main, bad)
    wait_for(lambda: bool(session.windows.of_kind(KaartImportDialog)))
    [report] = session.windows.of_kind(KaartImportDialog)
    spin(200)
    save(report, lang, "kaart-import")
    report.close()


def kitchen_table(main, lang: str) -> None:  # type: ignore[no-untyped-def]
    """A visit from the overview (which family?), erasing a family, the manual (F1)."""
    main.show_home()
    visit = VisitDialog(main._session.owner_name, families=main.families.model.all_families(),
                        parent=main)
    visit.show()
    assert visit.family_choice is not None
    visit.family_choice.lineEdit().setText("Gezin ")
    visit.family_choice.completer().complete()
    save(visit, lang, "visit-which-family")
    visit.close()
    main.open_family(1)
    wait_for(lambda: main.family_view.family_id == 1)
    family = main.family_view._file.family
    erase = EraseFamilyDialog(family, main)
    erase.show()
    save(erase, lang, "erase-family")
    erase.close()
    manual = main.open_manual()
    save(manual, lang, "manual")
    manual.close()


def render(app: QApplication, lang: str, work: Path) -> None:
    install_language(lang)
    settings = Settings(work / f"settings-{lang}.ini")
    first = AppController(app, work / f"empty-{lang}", settings)
    first.start()
    window = first.window
    assert window is not None
    window.name.setText("Tess Verpleeg")  # type: ignore[attr-defined]
    window.passphrase.setText("een lange zin voor de")  # type: ignore[attr-defined]
    save(window, lang, "first-run")
    first.shutdown()

    from stap0_desktop.ui.shell.demo_splash import _picture

    _picture().save(str(OUT / f"{lang}-demo-splash.png"))   # what --demo shows at once
    vault = work / f"demo-{lang}" / "kluis"
    cjg = make_demo_vault(vault, with_cjg=True)
    controller = AppController(app, vault, settings, demo_passphrase=DEMO_PASSPHRASE)
    controller.start()
    save(controller.window, lang, "unlock")  # type: ignore[arg-type]
    controller.window.passphrase.setText(DEMO_PASSPHRASE)  # type: ignore[union-attr]
    controller.window._submit()  # type: ignore[union-attr]
    wait_for(lambda: controller.main_window is not None)
    main = controller.main_window
    assert main is not None
    wait_for(lambda: main.families.model.rowCount() > 0)
    save(main, lang, "main")
    main.open_family(1)
    wait_for(lambda: main.family_view.members.list.count() > 0)
    main.family_view.notes.setCurrentRow(0)
    save(main, lang, "family")
    checklist(main, lang)
    main.search_box.setText("huur")
    main.search_panel.search("huur", immediately=True)
    wait_for(lambda: bool(main.search_panel.summary.text()))
    save(main, lang, "search")
    kitchen_table(main, lang)
    sharing(main, lang)
    parents = [Member(id=1, role=MemberRole.PARENT, given_name="Mirjam", family_name="Kaya")]
    dialog = MemberDialog(parents, parent=main)
    dialog.role.setCurrentIndex(1)
    dialog.given.setText("Noor")
    dialog.family_name.setText("Kaya")
    dialog.bsn.setText("99999001")
    dialog.show()
    save(dialog, lang, "member")
    dialog.close()
    settings_dialog = SettingsDialog(settings, vault, main,
                                     extra=CjgConnectionBox(controller.session))
    settings_dialog.show()
    save(settings_dialog, lang, "settings")
    settings_dialog.close()
    controller.lock()
    save(controller.window, lang, "locked")  # type: ignore[arg-type]
    controller.shutdown()
    if cjg is not None:
        cjg.close()


def laptop_screen(work: Path) -> None:
    """Before the QApplication: the offscreen screen becomes a 1366×768 laptop's."""
    screen = work / "laptop.json"
    screen.write_text('{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, '
                      '"height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="stap0-shots-") as work:
        laptop_screen(Path(work))
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        for lang in ("nl", "en"):
            render(app, lang, Path(work))
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
