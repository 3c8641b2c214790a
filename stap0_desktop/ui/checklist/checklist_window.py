"""Filling in a stap-0 checklist during the visit, and seeing burden against capacity.

Every answer is saved as it is given (off the UI thread). The overall judgement — laag,
verhoogd, hoog — is the professional's choice; raised or high needs a short reason. It is
recorded deliberately ("Oordeel vastleggen"), so closing the window with a judgement not
yet recorded asks first (Esc, the close button and Alt+F4 alike); locking records it when
it is complete. An acute item answered yes shows at once that this is no longer stap 0.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.action_route import ShareIntent
from stap0_desktop.domain.assessment import (
    ChecklistRun,
    DomainRating,
    FamilyFacts,
    ItemAnswer,
    Judgement,
    Level,
    Need,
    domain_pictures,
    domains_at_risk,
    needs_one_plan,
)
from stap0_desktop.domain.checklists import InterventionRule
from stap0_desktop.i18n.messages import describe
from stap0_desktop.services.files import VaultError
from stap0_desktop.services.operations import ChangeSet
from stap0_desktop.services.reports import ReportData, ReportKind
from stap0_desktop.ui.checklist.burden_chart import BurdenCapacityChart
from stap0_desktop.ui.checklist.checklist_flow import KeyboardFlow, RatingBox
from stap0_desktop.ui.checklist.checklist_items import ItemRow
from stap0_desktop.ui.checklist.meldcode_dialog import MeldcodeDialog
from stap0_desktop.ui.checklist.route_dialog import RouteDialog
from stap0_desktop.ui.common.form_dialog import INVALID_STYLE
from stap0_desktop.ui.common.icons import action_icon
from stap0_desktop.ui.common.wrapped_label import WrappedLabel
from stap0_desktop.ui.documents.report_html import report_html
from stap0_desktop.ui.documents.reports import ask_where, write_pdf
from stap0_desktop.ui.shell.session import QtSession

LEVELS = (Level.LOW, Level.RAISED, Level.HIGH)


class ChecklistWindow(QDialog):
    meldcode_requested = Signal(object)  # ChecklistRun
    report_written = Signal(object)      # Path
    signal_requested = Signal(object)    # ChecklistRun: share it with the CJG

    def __init__(self, session: QtSession, run: ChecklistRun, language: str,
                 parent: QWidget | None = None, family_name: str = "") -> None:
        super().__init__(parent)
        assert run.id is not None
        self.setObjectName("checklistWindow")
        self._session = session
        self._language = language
        self.run = run
        definition = run.definition
        self._checklist_title = f"{definition.title.get(language)} (v{definition.version})"
        # Which family: two checklist windows side by side must not be mixed up. (A
        # report's PDF title keeps to the checklist: file managers show it unasked.)
        self.setWindowTitle(f"{self._checklist_title} — {family_name}" if family_name
                            else self._checklist_title)
        self.rows: list[ItemRow] = []
        self._closing = False        # locking: close without asking
        self._shown = False
        self._close_when_saved = False
        self._suggestions: list[InterventionRule] = []
        self._facts: FamilyFacts | None = None  # the family's facts: read once, not per answer
        session.bridge.changed.connect(self._on_changed)
        self.ratings: dict[str, tuple[RatingBox, RatingBox]] = {}
        self.acute_banner = QLabel(self.tr(
            "<b>This is no longer stap 0.</b> An acute sign was answered yes: follow the "
            "Meldcode (step 1). With acute or structural danger always call Veilig Thuis, "
            "0800-2000. This checklist is never sent as a preventive signal."))
        self.acute_banner.setObjectName("acuteBanner")
        self.acute_banner.setWordWrap(True)
        self.acute_banner.setStyleSheet(
            "background: #fdecea; color: #7a0010; padding: 8px; border: 1px solid #b00020;")
        meldcode = QPushButton(self.tr("Open the Meldcode steps…"))
        meldcode.clicked.connect(self.open_meldcode)
        self.acute_box = QWidget()
        acute_layout = QHBoxLayout(self.acute_box)
        acute_layout.setContentsMargins(0, 0, 0, 0)
        acute_layout.addWidget(self.acute_banner, 1)
        acute_layout.addWidget(meldcode)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._questions_page(), self.tr("Questions"))
        self.tabs.addTab(self._summary_page(), self.tr("Summary and judgement"))
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.acute_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.resize(900, 760)
        self._show_run(run)

    # -- building ------------------------------------------------------------------
    def _questions_page(self) -> QWidget:
        definition = self.run.definition
        page = QWidget()
        layout = QVBoxLayout(page)
        if definition.description is not None:
            intro = QLabel(definition.description.get(self._language))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        needs = ((Need.NONE, self.tr("1 no need")), (Need.SOME, self.tr("2 some need")),
                 (Need.MUCH, self.tr("3 much need")))
        scroll = QScrollArea()
        self.flow = KeyboardFlow(scroll, self)
        for domain in definition.domains:
            box = QGroupBox(domain.title.get(self._language))
            box_layout = QVBoxLayout(box)
            for item in definition.items_in(domain.code):
                row = ItemRow(item, self._language)
                row.changed.connect(self._answer)
                self.flow.add(row)
                self.rows.append(row)
                box_layout.addWidget(row)
            professional, parent = RatingBox(), RatingBox()
            for combo, who in ((professional, self.tr("your view")),
                               (parent, self.tr("the parent's view"))):
                combo.addItem(self.tr("— not rated —"), None)
                for need, label in needs:
                    combo.addItem(label, need.value)
                combo.setAccessibleName(
                    self.tr("Need for support, {who}: {domain}").format(
                        who=who, domain=domain.title.get(self._language)))
                combo.activated.connect(lambda _i, code=domain.code: self._rate(code))
                self.flow.add(combo)
            self.ratings[domain.code] = (professional, parent)
            rating = QFormLayout()
            rating.addRow(self.tr("Need for support — your view"), professional)
            rating.addRow(self.tr("Need for support — the parent's view"), parent)
            box_layout.addLayout(rating)
            layout.addWidget(box)
        layout.addStretch(1)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _summary_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.chart = BurdenCapacityChart()
        self.plan_message = QLabel()
        self.plan_message.setObjectName("planMessage")
        self.plan_message.setWordWrap(True)
        self.suggestions = QLabel()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setWordWrap(True)
        judgement = QGroupBox(self.tr("Your judgement"))
        form = QVBoxLayout(judgement)
        self.level_group = QButtonGroup(self)
        levels = QHBoxLayout()
        for index, label in enumerate((self.tr("Low"), self.tr("Raised"), self.tr("High"))):
            button = QRadioButton(label)
            self.level_group.addButton(button, index)
            levels.addWidget(button)
        levels.addStretch(1)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for the judgement"))
        self.reason.setPlaceholderText(self.tr(
            "Why? (needed for raised or high: what worries you, what did the parents say)"))
        self.reason.setMaximumHeight(110)
        self.reason.setTabChangesFocus(True)
        self.judgement_message = WrappedLabel()
        self.judgement_message.setObjectName("formMessage")
        save = QPushButton(self.tr("Record judgement"))
        save.clicked.connect(self.save_judgement)
        route = QPushButton(self.tr("Route to action…"))
        route.setAccessibleName(self.tr("What to do now: discuss, share, help, follow up"))
        route.clicked.connect(self.open_route)
        helpers = QPushButton(action_icon("kaart"), self.tr("Who can help?…"))
        helpers.setAccessibleName(self.tr("Offers on the sociale kaart that fit the domains "
                                          "at risk and the child's age"))
        helpers.clicked.connect(lambda: self._session.windows.who_can_help(
            self.run.family_id, self.run, parent=self))
        not_stap0 = QPushButton(self.tr("This is not stap 0 any more (Meldcode)…"))
        not_stap0.setAccessibleName(self.tr("Open the Meldcode steps by your own choice"))
        not_stap0.clicked.connect(self.open_meldcode)
        form.addWidget(QLabel(self.tr(
            "Your overall view of this family's situation. It is your judgement, not a "
            "computed score.")))
        form.addLayout(levels)
        form.addWidget(self.reason)
        # Buttons at their own width, in rows by what they do: record, go on, write out.
        recording = QHBoxLayout()
        recording.addWidget(self.judgement_message, 1)
        recording.addWidget(save)
        form.addLayout(recording)
        next_steps = QHBoxLayout()
        next_steps.addWidget(route)
        next_steps.addWidget(helpers)
        next_steps.addStretch(1)
        form.addLayout(next_steps)
        reports = QHBoxLayout()
        offered = [(self.tr("Report for the midwife (PDF)…"), ReportKind.MIDWIFE),
                   (self.tr("Visit report (PDF)…"), ReportKind.VISIT),
                   (self.tr("Copy for the parents (PDF)…"), ReportKind.PARENTS)]
        for label, kind in [o for o in offered if o[1].value in self.run.definition.reports]:
            report_button = QPushButton(action_icon("report"), label)
            report_button.clicked.connect(lambda _c=False, k=kind: self.export_report(k))
            reports.addWidget(report_button)
        reports.addStretch(1)
        reports.addWidget(not_stap0)
        form.addLayout(reports)
        layout.addWidget(self.chart)
        layout.addWidget(self.plan_message)
        layout.addWidget(self.suggestions)
        layout.addWidget(judgement)
        layout.addStretch(1)
        # The page scrolls rather than squeezing the chart: every leefgebied stays drawn,
        # with or without the Meldcode banner above it.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    # -- showing ---------------------------------------------------------------------
    def _show_run(self, run: ChecklistRun) -> None:
        self.run = run
        for row in self.rows:
            row.show_answer(run.answers.get(row.item.id))
        for code, (professional, parent) in self.ratings.items():
            rating = run.ratings.get(code)
            professional.setCurrentIndex(professional.findData(
                rating.professional.value if rating and rating.professional else None))
            parent.setCurrentIndex(parent.findData(
                rating.parent.value if rating and rating.parent else None))
        if run.judgement is not None:
            self.level_group.button(LEVELS.index(run.judgement.level)).setChecked(True)
            if not self.reason.toPlainText():
                self.reason.setPlainText(run.judgement.reason)
        self._refresh_summary()

    def _refresh_summary(self) -> None:
        run, language = self.run, self._language
        self.acute_box.setVisible(bool(run.acute_items))
        titles = {d.code: d.title.get(language) for d in run.definition.domains}
        self.chart.set_pictures([(titles[p.code], p) for p in domain_pictures(run)])
        at_risk = [titles[code] for code in domains_at_risk(run)]
        if needs_one_plan(run):
            self.plan_message.setText(self.tr(
                "Risks stand in {n} domains ({domains}). Propose one plan: one family, "
                "one plan, one coordinator (1 gezin, 1 plan, 1 regisseur).").format(
                n=len(at_risk), domains=", ".join(at_risk)))
        else:
            self.plan_message.setText("")
        assert run.id is not None
        checklists = self._session.checklists
        snapshot, facts = run, self._facts
        if facts is None:
            self._session.bridge.run(lambda: checklists.facts(snapshot.family_id),
                                     self._facts_read, lambda _e: None)
            return
        self._session.bridge.run(lambda: checklists.suggestions(snapshot, facts=facts),
                                 self._show_suggestions, lambda _e: None)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.members and self.run.family_id in changes.families:
            self._facts = None  # a member added or changed: the ages, the unborn child
            self._refresh_summary()

    def _facts_read(self, facts: FamilyFacts) -> None:
        self._facts = facts
        self._refresh_summary()

    def _show_suggestions(self, rules: list[InterventionRule]) -> None:
        self._suggestions = rules
        if not rules:
            self.suggestions.setText(self.tr("No interventions suggested by the rules yet."))
            return
        lines = "".join(f"<li><b>{r.title.get(self._language)}</b>: "
                        f"{r.description.get(self._language)}</li>" for r in rules)
        self.suggestions.setText(self.tr("Suggested help (you decide):") + f"<ul>{lines}</ul>")

    # -- saving ----------------------------------------------------------------------
    def _answer(self, answer: ItemAnswer) -> None:
        run_id = self.run.id
        assert run_id is not None
        checklists = self._session.checklists
        self.status.setText(self.tr("Saving…"))
        self._session.bridge.run(lambda: checklists.answer(run_id, answer), self._saved,
                                 self._failed)

    def _rate(self, code: str) -> None:
        professional, parent = self.ratings[code]
        rating = DomainRating(
            domain=code,
            professional=Need(professional.currentData()) if professional.currentData() else None,
            parent=Need(parent.currentData()) if parent.currentData() else None)
        run_id = self.run.id
        assert run_id is not None
        checklists = self._session.checklists
        self._session.bridge.run(lambda: checklists.rate(run_id, rating), self._saved,
                                 self._failed)

    def save_judgement(self) -> bool:
        """Record the judgement as entered; False (and say why) when it is incomplete."""
        index = self.level_group.checkedId()
        self.reason.setStyleSheet("")
        if index < 0:
            self.judgement_message.setText(self.tr("Choose low, raised or high."))
            return False
        try:
            judgement = Judgement(level=LEVELS[index], reason=self.reason.toPlainText().strip())
        except ValidationError:
            self.judgement_message.setText(self.tr(
                "A raised or high judgement needs a short reason: what worries you?"))
            self.reason.setStyleSheet(INVALID_STYLE)
            self.reason.setFocus()
            return False
        self.judgement_message.setText("")
        run_id = self.run.id
        assert run_id is not None
        checklists = self._session.checklists
        self._session.bridge.run(lambda: checklists.judge(run_id, judgement), self._saved,
                                 self._failed)
        return True

    def has_unrecorded_judgement(self) -> bool:
        """A level or reason entered that differs from the recorded judgement."""
        entered = (self.level_group.checkedId(), self.reason.toPlainText().strip())
        judgement = self.run.judgement
        recorded = (LEVELS.index(judgement.level), judgement.reason.strip()) if judgement \
            else (-1, "")
        return entered != recorded

    def _saved(self, run: ChecklistRun) -> None:
        self.run = run
        self.status.setText(self.tr("Saved"))
        self._refresh_summary()
        if self._close_when_saved and not self.has_unrecorded_judgement():
            self._close_when_saved = False
            super().done(QDialog.DialogCode.Rejected)

    def _failed(self, error: BaseException) -> None:
        self._close_when_saved = False
        self.status.setText(self.tr("Not saved: {reason}").format(reason=describe(error)))

    def open_route(self) -> RouteDialog:
        """After the checklist: discussed with the parents, shared, help, follow-up."""
        dialog = RouteDialog(self._session, self.run.family_id, self.run.id,
                             self._suggestions, parent=self, domains=domains_at_risk(self.run))
        dialog.accepted.connect(lambda: self._route_saved(dialog))
        dialog.show()
        return dialog

    def _route_saved(self, dialog: RouteDialog) -> None:
        """Sharing intended, with the parents' consent: prepare the signal now."""
        if dialog.saved is not None and dialog.saved.share is ShareIntent.INTENDED:
            self.signal_requested.emit(self.run)

    def export_report(self, kind: ReportKind, path: Path | None = None) -> None:
        """Ask where (with the warning that a PDF is not encrypted), then write it."""
        target = path or ask_where(self, kind)
        if target is None:
            return
        run_id = self.run.id
        assert run_id is not None
        reports, language = self._session.reports, self._language
        data_folder = self._session.data_folder

        def write(data: ReportData) -> None:
            try:
                write_pdf(report_html(data, language), target, self._checklist_title,
                          data_folder=data_folder)
            except VaultError as exc:
                self.status.setText(self.tr("The report could not be written: {reason}")
                                    .format(reason=describe(exc)))
                return
            self.status.setText(self.tr("Report written to {path}").format(path=target))
            self.report_written.emit(target)

        self._session.bridge.run(lambda: reports.report_data(run_id, kind), write,
                                 self._failed)

    def open_meldcode(self) -> MeldcodeDialog:
        dialog = MeldcodeDialog(self._session, self.run.family_id, self.run.id, parent=self)
        dialog.show()
        self.meldcode_requested.emit(self.run)
        return dialog

    def _save_remarks(self) -> None:
        for row in self.rows:
            row.flush()

    def flush(self) -> None:
        """On lock: save remarks being typed and a complete judgement not yet recorded;
        the window then closes without asking (the session is ending)."""
        self._save_remarks()
        if self.has_unrecorded_judgement():
            self.save_judgement()
        self._closing = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.flow.start()  # keys 1–4 answer the first question at once

    def done(self, result: int) -> None:
        """Every way of closing (Esc, the close button, Alt+F4) comes here."""
        self._save_remarks()
        if self._closing or not self.has_unrecorded_judgement():
            super().done(result)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Judgement not recorded"),
            self.tr("You changed the judgement but did not record it. Record it now?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Record judgement"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Close without recording"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.exec()
        answer = box.standardButton(box.clickedButton())
        if answer == QMessageBox.StandardButton.Discard:
            super().done(result)
        elif answer == QMessageBox.StandardButton.Save:
            self.tabs.setCurrentIndex(1)
            self._close_when_saved = self.save_judgement()  # closes once it is stored
