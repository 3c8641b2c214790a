"""Follow-ups that fall due, on the main window; the Apeldoorn route step by step."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QWidget,
)

from stap0_desktop.domain.action_route import (
    ApeldoornStage,
    FollowUp,
    FollowUpKind,
    FollowUpOutcome,
)
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.shell.overview_panel import OverviewPanel
from stap0_desktop.ui.shell.session import QtSession

ID_ROLE = Qt.ItemDataRole.UserRole


class FollowUpsPanel(OverviewPanel):
    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "followUps",
                         self.tr("<b>Due follow-ups</b> (the coming two weeks and overdue)"),
                         self.tr("No follow-ups due in the coming two weeks."),
                         self.tr("Due follow-ups"), parent)
        self._items: dict[int, FollowUp] = {}
        self.list.currentItemChanged.connect(lambda *_: self._show_actions())
        self.list.itemActivated.connect(self._open_family)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("followUpAdvice")
        self.column.addWidget(self.advice)
        self.column.addLayout(self.action_row)

    def _read(self) -> OpResult[list[FollowUp]]:
        return self._session.route.due(date.today())

    def _concerns(self, changes: ChangeSet) -> bool:
        return changes.follow_ups

    def _fill(self, follow_ups: list[FollowUp]) -> None:
        self.list.clear()
        self._items = {f.id: f for f in follow_ups if f.id is not None}
        today = date.today()
        for follow_up in follow_ups:
            late = self.tr(" (overdue)") if follow_up.due_on < today else ""
            item = QListWidgetItem(f"{shown_date(follow_up.due_on)}{late}  {follow_up.family_name}"
                                   f" — {self._describe(follow_up)}")
            item.setData(ID_ROLE, follow_up.id)
            self.list.addItem(item)
        if not follow_ups:
            self.list.addItem(self.tr("Nothing due."))
        self._show_actions()

    def _describe(self, follow_up: FollowUp) -> str:
        if follow_up.kind is FollowUpKind.PLANNED:
            return follow_up.note or self.tr("follow-up")
        return {
            ApeldoornStage.HOME_VISIT: self.tr(
                "did not come without notice: make a home visit"),
            ApeldoornStage.OTHER_HELP: self.tr(
                "home visit refused: is other help involved?"),
            ApeldoornStage.NEXT_STEP: self.tr("refused, no other help: take the next step"),
        }[follow_up.stage or ApeldoornStage.HOME_VISIT]

    def current(self) -> FollowUp | None:
        item = self.list.currentItem()
        return self._items.get(item.data(ID_ROLE)) if item is not None else None

    def _show_actions(self) -> None:
        follow_up = self.current()
        self.advice.setText("")
        if follow_up is None:
            self._set_actions([])
            return
        choices: list[tuple[str, FollowUpOutcome]]
        if follow_up.kind is FollowUpKind.PLANNED:
            choices = [(self.tr("Done"), FollowUpOutcome.DONE)]
        elif follow_up.stage is ApeldoornStage.HOME_VISIT:
            choices = [(self.tr("Visit took place"), FollowUpOutcome.SEEN),
                       (self.tr("Refused without explanation"), FollowUpOutcome.REFUSED)]
        elif follow_up.stage is ApeldoornStage.OTHER_HELP:
            choices = [(self.tr("Other help is involved"), FollowUpOutcome.OTHER_HELP_INVOLVED),
                       (self.tr("No other help"), FollowUpOutcome.NO_OTHER_HELP)]
        else:
            self.advice.setText(self.tr(
                "The family refused the home visit without a good explanation and no other "
                "help is involved. Next step: discuss the worry with a colleague and the CJG, "
                "share it as a signal (with consent where possible) and, as the protocol "
                "says, report the family; with signs of abuse follow the Meldcode."))
            choices = [(self.tr("Next step taken"), FollowUpOutcome.DONE)]
        family_id = follow_up.family_id
        self._set_actions([(self.tr("Open family"), lambda: self.family_chosen.emit(family_id))]
                          + [(label, partial(self.close_current, outcome))
                             for label, outcome in choices])

    def close_current(self, outcome: FollowUpOutcome) -> None:
        follow_up = self.current()
        if follow_up is None or follow_up.id is None:
            return
        route, follow_up_id = self._session.route, follow_up.id
        self._session.bridge.run(lambda: route.close(follow_up_id, outcome, date.today()),
                                 None, self.error.emit)

    def _open_family(self, item: QListWidgetItem) -> None:
        follow_up = self._items.get(item.data(ID_ROLE))
        if follow_up is not None:
            self.family_chosen.emit(follow_up.family_id)
