"""The route to action after a checklist: discussed, shared, help, follow-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.action_route import ActionRoute, ChosenHelp, ShareIntent
from stap0_desktop.domain.checklists import InterventionRule
from stap0_desktop.domain.kaart import KaartEntry
from stap0_desktop.ui.common.form_dialog import save_then_accept
from stap0_desktop.ui.common.qt_dates import field_format, pydate, qdate
from stap0_desktop.ui.common.tab_order import FieldsFirstDialog
from stap0_desktop.ui.shell.session import QtSession

SHARES = (ShareIntent.INTENDED, ShareIntent.NOT_NOW, ShareIntent.DECLINED)




class RouteDialog(FieldsFirstDialog):
    def __init__(self, session: QtSession, family_id: int, run_id: int | None,
                 suggestions: list[InterventionRule], parent: QWidget | None = None, *,
                 domains: list[str] | None = None) -> None:
        super().__init__(parent)
        self._domains = domains or []
        self.setObjectName("routeDialog")
        self.setWindowTitle(self.tr("Route to action (stap 0)"))
        self._session = session
        self._family_id = family_id
        self._run_id = run_id
        self.saved: ActionRoute | None = None
        language = session.language
        today = date.today()

        talk = QGroupBox(self.tr("1. Discussed with the parents"))
        self.discussed = QCheckBox(self.tr("Discussed on"))
        self.discussed_on = QDateEdit(qdate(today))
        self.discussed_on.setCalendarPopup(True)
        self.discussed_on.setDisplayFormat(field_format())
        self.parents_said = QPlainTextEdit()
        self.parents_said.setAccessibleName(self.tr("What the parents said"))
        self.parents_said.setPlaceholderText(self.tr("What did the parents say?"))
        self.parents_said.setTabChangesFocus(True)
        self.parents_said.setMaximumHeight(80)
        talk_layout = QFormLayout(talk)
        row = QHBoxLayout()
        row.addWidget(self.discussed)
        row.addWidget(self.discussed_on)
        row.addStretch(1)
        talk_layout.addRow(row)
        talk_layout.addRow(self.parents_said)

        share = QGroupBox(self.tr("2. Share the worry with the CJG"))
        self.share_group = QButtonGroup(self)
        share_layout = QVBoxLayout(share)
        for index, label in enumerate((
            self.tr("Yes, with the parents' consent (the signal is prepared later)"),
            self.tr("Not now"), self.tr("The parents do not agree"))):
            button = QRadioButton(label)
            self.share_group.addButton(button, index)
            share_layout.addWidget(button)
        self.share_note = QLineEdit()
        self.share_note.setPlaceholderText(self.tr("Note (optional)"))
        self.share_note.setAccessibleName(self.tr("Note on sharing"))
        share_layout.addWidget(self.share_note)

        help_box = QGroupBox(self.tr("3. Help or referral"))
        help_layout = QVBoxLayout(help_box)
        self.help_boxes: list[tuple[QCheckBox, InterventionRule]] = []
        if not suggestions:
            help_layout.addWidget(QLabel(self.tr("The rules suggest no intervention.")))
        for rule in suggestions:
            box = QCheckBox(f"{rule.title.get(language)} — {rule.description.get(language)}")
            box.setAccessibleName(rule.title.get(language))
            self.help_boxes.append((box, rule))
            help_layout.addWidget(box)
        self.referral = QLineEdit()
        self.referral.setPlaceholderText(self.tr("Referral to an organisation (name, contact)"))
        self.referral.setAccessibleName(self.tr("Referral"))
        referral_row = QHBoxLayout()
        referral_row.addWidget(self.referral, 1)
        helpers = QPushButton(self.tr("Who can help?…"))
        helpers.setAccessibleName(self.tr("Choose an offer from the sociale kaart"))
        helpers.clicked.connect(self.who_can_help)
        referral_row.addWidget(helpers)
        help_layout.addLayout(referral_row)

        follow = QGroupBox(self.tr("4. Follow-up"))
        self.follow_up = QCheckBox(self.tr("Follow up on"))
        self.follow_up.setChecked(True)
        self.follow_up_on = QDateEdit(qdate(today).addDays(14))
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat(field_format())
        self.follow_up_note = QLineEdit()
        self.follow_up_note.setPlaceholderText(self.tr("What is due then?"))
        self.follow_up_note.setAccessibleName(self.tr("Follow-up note"))
        follow_layout = QHBoxLayout(follow)
        follow_layout.addWidget(self.follow_up)
        follow_layout.addWidget(self.follow_up_on)
        follow_layout.addWidget(self.follow_up_note, 1)

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (talk, share, help_box, follow, self.message, buttons):
            layout.addWidget(widget)

    def who_can_help(self) -> None:
        """The kaart for this family; a chosen offer is recorded and named here."""
        self._session.windows.who_can_help(self._family_id, run_id=self._run_id,
                                           domains=self._domains,
                                           on_referred=self._referred, parent=self)

    def _referred(self, entry: KaartEntry) -> None:
        contact = entry.phone or entry.email
        text = f"{entry.offer} — {entry.organisation}" + (f", {contact}" if contact else "")
        current = self.referral.text().strip()
        self.referral.setText(f"{current}; {text}" if current else text)

    def build_route(self) -> ActionRoute:
        checked = self.share_group.checkedId()
        chosen = [ChosenHelp(code=rule.id, title=rule.title.get(self._session.language))
                  for box, rule in self.help_boxes if box.isChecked()]
        return ActionRoute(
            family_id=self._family_id, run_id=self._run_id,
            discussed_on=pydate(self.discussed_on.date()) if self.discussed.isChecked()
            else None,
            parents_said=self.parents_said.toPlainText().strip(),
            share=SHARES[checked] if checked >= 0 else None,
            share_note=self.share_note.text().strip(), help=chosen,
            referral=self.referral.text().strip(),
            follow_up_on=pydate(self.follow_up_on.date()) if self.follow_up.isChecked()
            else None,
            follow_up_note=self.follow_up_note.text().strip(),
        )

    def save(self) -> None:
        route = self.build_route()
        if route.follow_up_on is not None and route.follow_up_on < date.today():
            self.message.setText(self.tr("The follow-up date lies in the past."))
            return
        service = self._session.route
        save_then_accept(self, self._session.bridge, lambda: service.save_route(route),
                         self.message, lambda stored: setattr(self, "saved", stored))
