"""Every window fits a laptop (#14): 1366×768 and a 1920×1080 screen at 150 % (1280×720
logical), each minus a taskbar. A window may ask for more; the application shrinks it to the
screen when it is shown — so what is checked is that each window *can* be that small (its
minimum size fits) and that, shrunk, its frame lies on the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stap0_desktop.config.settings import Settings
from stap0_desktop.domain.models import Family, Member, MemberRole
from stap0_desktop.ui.checklist.trend_dialog import TrendDialog
from stap0_desktop.ui.family.erase_dialog import EraseFamilyDialog
from stap0_desktop.ui.family.family_dialog import FamilyDialog
from stap0_desktop.ui.family.member_dialog import MemberDialog
from stap0_desktop.ui.family.relation_dialog import RelationDialog
from stap0_desktop.ui.family.visit_dialog import VisitDialog
from stap0_desktop.ui.kaart.kaart_import_dialog import KaartImportDialog
from stap0_desktop.ui.shell.first_run import FirstRunWindow
from stap0_desktop.ui.shell.screen_fit import TITLE_BAR, fit_to
from stap0_desktop.ui.shell.settings_dialog import SettingsDialog
from stap0_desktop.ui.shell.unlock import UnlockWindow
from sync.protocol.kaart_export import ImportReport
from tests.ui.conftest import open_checklist, settle

LAPTOP = QRect(0, 0, 1366, 768 - 40)          # 1366×768 with a 40-pixel taskbar
SCALED = QRect(0, 0, 1280, 720 - 27)          # 1920×1080 at 150 %, taskbar 40 × 1/1.5


def _problems(window: QWidget) -> list[str]:
    name = f"{type(window).__name__} {window.windowTitle()!r}"
    found = []
    for screen in (LAPTOP, SCALED):
        minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
        if minimum.height() + TITLE_BAR > screen.height() or minimum.width() > screen.width():
            found.append(f"{name}: needs at least {minimum.width()}×{minimum.height()}, "
                         f"the screen has {screen.width()}×{screen.height()}")
        fit_to(window, screen)
        frame = QRect(window.x(), window.y(), window.width(), window.height() + TITLE_BAR)
        if not screen.contains(frame):
            found.append(f"{name}: frame {frame} off the screen {screen}")
        found += _clipped(window, name)
    return found


def _clipped(window: QWidget, name: str) -> list[str]:
    """Labels shorter than their wrapped text and buttons narrower than their text."""
    QApplication.processEvents()
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text() or not label.wordWrap():
            continue
        needed = label.heightForWidth(label.width())
        if label.height() + 2 < needed:
            found.append(f"{name}: {label.text()[:40]!r} is {label.height()} px tall, its "
                         f"text needs {needed}")
    for button in window.findChildren(QPushButton):
        if button.isVisibleTo(window) and button.width() + 2 < button.minimumSizeHint().width():
            found.append(f"{name}: button {button.text()!r} cut off")
    # A dialog's empty field shows its whole hint (the main window's panes are the
    # professional's to narrow).
    for edit in window.findChildren(QLineEdit) if isinstance(window, QDialog) else []:
        hint = edit.placeholderText()
        if (edit.isVisibleTo(window) and hint and not edit.text()
                and edit.width() < edit.fontMetrics().horizontalAdvance(hint) + 12):
            found.append(f"{name}: the hint {hint!r} does not fit its field")
    for area in window.findChildren(QScrollArea):   # a form cut off on the right
        inner = area.widget()
        if (area.isVisibleTo(window) and inner is not None
                and not area.horizontalScrollBar().isVisible()
                and inner.width() > area.viewport().width() + 2):
            found.append(f"{name}: a form {inner.width()} px wide in {area.viewport().width()} "
                         f"px, its right side cut off")
    return found


def _windows(qtbot: QtBot, controller, tmp_path: Path, monkeypatch) -> list[QWidget]:  # type: ignore[no-untyped-def]
    main, checklist = open_checklist(qtbot, controller, monkeypatch)
    session = controller.session
    panel = main.family_view.checklists
    settle(qtbot, controller)
    windows: list[QWidget] = [main, checklist, checklist.open_route(), checklist.open_meldcode(),
                              main.open_kaart(), main.open_outbox(),
                              TrendDialog(panel.runs, "nl", main),
                              SettingsDialog(Settings(tmp_path / "s.ini"), tmp_path, main),
                              FirstRunWindow(tmp_path), UnlockWindow("demo"),
                              KaartImportDialog(session, tmp_path / "kaart.csv", ImportReport(),
                                                main)]
    consent = main.family_view.sharing.record_consent()
    assert consent is not None
    members = [Member(id=1, family_id=1, role=MemberRole.PARENT, given_name="Sanne"),
               Member(id=2, family_id=1, role=MemberRole.CHILD, given_name="Noor")]
    family = Family(id=1, name="Gezin Jansen", city="Demostad")
    windows += [consent, FamilyDialog(), MemberDialog(members[:1]), RelationDialog(members),
                VisitDialog("Tess", family=family), EraseFamilyDialog(family)]
    return windows


def test_every_window_fits_a_laptop_screen(qtbot: QtBot, make_controller, demo_vault: Path,
                                           tmp_path: Path, monkeypatch) -> None:
    controller = make_controller(demo_vault, "nl")   # Dutch: the longer words
    problems = []
    for window in _windows(qtbot, controller, tmp_path, monkeypatch):
        if window.parent() is None and window is not controller.main_window:
            qtbot.addWidget(window)
        window.show()
        settle(qtbot, controller)   # texts that come from the vault are in, and laid out
        QApplication.processEvents()
        problems += _problems(window)
    assert problems == []


def test_a_window_that_asks_for_more_is_shrunk_to_its_screen_when_shown(qtbot: QtBot) -> None:
    from stap0_desktop.ui.shell.screen_fit import ScreenFit

    app = QApplication.instance()
    fit = ScreenFit()
    app.installEventFilter(fit)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        window.resize(3000, 3000)
        window.move(-500, 4000)
        window.show()
        available = window.screen().availableGeometry()
        assert window.width() <= available.width()
        assert window.height() + TITLE_BAR <= available.height()
        assert available.contains(window.pos())
    finally:
        app.removeEventFilter(fit)


def test_a_small_dialog_is_widened_until_its_title_can_be_read(qtbot: QtBot) -> None:
    """Found in a real window: the member dialog's title read "Gezinslid toe… gen"."""
    from stap0_desktop.ui.shell.screen_fit import ScreenFit, title_width

    app = QApplication.instance()
    fit = ScreenFit()
    app.installEventFilter(fit)
    try:
        dialog = MemberDialog([])
        qtbot.addWidget(dialog)
        dialog.setWindowTitle("Gezinslid toevoegen")   # " — Stap 0" is added by Qt
        app.setApplicationDisplayName("Stap 0")
        dialog.resize(200, dialog.height())
        dialog.show()
        assert dialog.width() >= title_width(dialog) > 200
        available = dialog.screen().availableGeometry()
        assert dialog.width() <= available.width()        # never wider than the screen
    finally:
        app.removeEventFilter(fit)
