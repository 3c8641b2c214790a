"""The main window's commands: each one action, with its shortcut, in the menu bar (where
every command can be found, shortcut beside it) and the common ones on the toolbar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QToolBar, QToolButton

from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.common.icons import action_icon

if TYPE_CHECKING:
    from stap0_desktop.ui.shell.main_window import MainWindow


def _action(window: MainWindow, text: str, keys: list[QKeySequence],
            slot: Callable[[], object], tip: str = "", icon: str = "") -> QAction:
    action = QAction(action_icon(icon), text, window) if icon else QAction(text, window)
    action.setShortcuts(keys)
    if tip:
        action.setToolTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)  # the shortcut works wherever the focus is in the window
    return action


def install_commands(window: MainWindow, search_box: QLineEdit,
                     family_menu: QMenu) -> dict[str, QAction]:
    key = QKeySequence
    standard = QKeySequence.StandardKey
    preferences = QKeySequence.keyBindings(standard.Preferences) or [key("Ctrl+,")]
    help_keys = QKeySequence.keyBindings(standard.HelpContents) or [key("F1")]
    actions = {
        "home": _action(window, translate("MainCommands", "Overview"), [key("Ctrl+Home")],
                        window.show_home, icon="home"),
        "new_family": _action(window, translate("MainCommands", "New family"), [key(standard.New)],
                              window.new_family, icon="family-new"),
        "new_visit": _action(window, translate("MainCommands", "New home visit"),
                             [key("Ctrl+Shift+N")], window.new_visit, icon="visit-new"),
        "find": _action(window, translate("MainCommands", "Search"), [key(standard.Find)],
                        window.focus_search, icon="search"),
        "outbox": _action(window, translate("MainCommands", "Signals"), [key("Ctrl+Shift+S")],
                          window.open_outbox,
                          translate("MainCommands", "Signals to the CJG and the sync status"),
                          icon="signals"),
        "kaart": _action(window, translate("MainCommands", "Sociale kaart"), [key("Ctrl+K")],
                         window.open_kaart_here,
                         translate("MainCommands", "Who can help? The sociale kaart, offline"),
                         icon="kaart"),
        "caseload_handover": _action(window, translate("MainCommands",
                                                       "Hand over the caseload…"), [],
                                     window.hand_over_caseload),
        "lock": _action(window, translate("MainCommands", "Lock"), [key("Ctrl+L")],
                        window.lock_requested.emit, icon="lock"),
        # The platform's own (empty on many Linux desktops), else Ctrl+, as most apps use.
        "settings": _action(window, translate("MainCommands", "Settings"), preferences,
                            window.settings_requested.emit, icon="settings"),
        "quit": _action(window, translate("MainCommands", "Quit"), [key("Ctrl+Q")],
                        QApplication.quit, icon="quit"),
        # Each key once: a sequence bound twice is ambiguous, and Qt then fires neither.
        "manual": _action(window, translate("MainCommands", "Manual"), help_keys,
                          window.open_manual, icon="manual"),
        "about": _action(window, translate("MainCommands", "About"), [],
                         window.about_requested.emit),
    }
    actions["lock"].setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    actions["quit"].setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    bar = QToolBar(translate("MainCommands", "Main"))
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.addToolBar(bar)
    for name in ("home", "new_family", "new_visit", "outbox", "kaart"):
        bar.addAction(actions[name])
    bar.addSeparator()
    bar.addWidget(search_box)
    bar.addSeparator()
    for name in ("lock", "settings", "manual"):  # known by their icons: room for the search
        bar.addAction(actions[name])
        button = bar.widgetForAction(actions[name])
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            shortcut = actions[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{actions[name].text()} ({shortcut})" if shortcut
                              else actions[name].text())

    menus = window.menuBar()
    groups: tuple[tuple[str, tuple[str | None, ...]], ...] = (
        (translate("MainCommands", "&File"), ("new_family", "new_visit", None,
                                              "caseload_handover", None, "lock", "quit")),
        (translate("MainCommands", "&Go"), ("home", "find", "outbox", "kaart")),
        (translate("MainCommands", "&Tools"), ("settings",)),
        (translate("MainCommands", "&Help"), ("manual", "about")))
    for title, names in groups:
        menu = menus.addMenu(title)
        for entry in names:
            if entry is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[entry])
        if title == translate("MainCommands", "&File"):
            menus.addMenu(family_menu)  # the open family's own commands, after File
    return actions
