"""Meldcode step 1: the five steps, Veilig Thuis, and the afwegingskader answered."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.meldcode import (
    QUESTIONS,
    VEILIG_THUIS_PHONE,
    MeldcodeAssessment,
    Question,
    QuestionAnswer,
)
from stap0_desktop.i18n.messages import describe
from stap0_desktop.ui.common.tab_order import FieldsFirstDialog
from stap0_desktop.ui.common.wrapped_label import WrappedLabel
from stap0_desktop.ui.shell.session import QtSession


class MeldcodeDialog(FieldsFirstDialog):
    def __init__(self, session: QtSession, family_id: int, run_id: int | None = None,
                 previous: MeldcodeAssessment | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meldcodeDialog")
        self.setWindowTitle(self.tr("Meldcode — this is no longer stap 0"))
        self.setMinimumWidth(640)   # the questions on one or two lines, the title whole
        self._session = session
        self.assessment = previous or MeldcodeAssessment(family_id=family_id, run_id=run_id)
        intro = WrappedLabel(self.tr(
            "<h3>Meldcode huiselijk geweld en kindermishandeling</h3>"
            "<p>There are signs of actual abuse or danger. Follow the Meldcode:</p>"
            "<ol><li>Map the signals.</li><li>Consult a colleague and/or Veilig Thuis.</li>"
            "<li>Talk with the people involved.</li><li>Weigh the situation with the "
            "afwegingskader below.</li><li>Decide: help, or report to Veilig Thuis.</li></ol>"
            "<p><b>Veilig Thuis: {phone}</b> — with acute or structural danger always report."
            "</p>").format(phone=VEILIG_THUIS_PHONE))
        intro.setWordWrap(True)
        texts = {
            Question.SUSPICION: self.tr(
                "1. Do I have a suspicion of domestic violence or child abuse?"),
            Question.DANGER: self.tr("2. Is there acute or structural danger?"),
            Question.OWN_HELP: self.tr("3. Can I offer or arrange effective help myself?"),
            Question.ACCEPTED: self.tr("4. Do the people involved accept that help?"),
            Question.RESULT: self.tr(
                "5. Does the help reach the needed result in time?"),
        }
        box = QGroupBox(self.tr("Afwegingskader"))
        grid = QGridLayout(box)
        self.groups: dict[Question, QButtonGroup] = {}
        self.notes: dict[Question, QLineEdit] = {}
        for row, question in enumerate(QUESTIONS):
            label = WrappedLabel(texts[question])  # never cut off (a QLabel was, in the grid)
            group = QButtonGroup(self)
            yes, no = QRadioButton(self.tr("Yes")), QRadioButton(self.tr("No"))
            for index, button in enumerate((yes, no)):
                button.setAccessibleName(f"{button.text()}: {texts[question]}")
                group.addButton(button, index)
            group.idClicked.connect(lambda _i: self._update_advice())
            note = QLineEdit()
            note.setPlaceholderText(self.tr("Explanation"))
            note.setAccessibleName(self.tr("Explanation: {q}").format(q=texts[question]))
            choices = QHBoxLayout()
            choices.addWidget(yes)
            choices.addWidget(no)
            grid.addWidget(label, row * 2, 0, 1, 2)
            grid.addLayout(choices, row * 2 + 1, 0)
            grid.addWidget(note, row * 2 + 1, 1)
            self.groups[question] = group
            self.notes[question] = note
            answer = self.assessment.answers.get(question)
            if answer is not None:
                if answer.answer is not None:
                    (yes if answer.answer else no).setChecked(True)
                note.setText(answer.note)
        self.advice = QLabel()
        self.advice.setObjectName("meldcodeAdvice")
        self.advice.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(self.advice)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._update_advice()

    def collect(self) -> MeldcodeAssessment:
        answers = {}
        for question, group in self.groups.items():
            checked = group.checkedId()
            answers[question] = QuestionAnswer(
                answer=None if checked < 0 else checked == 0,
                note=self.notes[question].text().strip())
        return self.assessment.model_copy(update={"answers": answers})

    def _update_advice(self) -> None:
        step = self.collect().next_step
        self.advice.setText({
            "no_suspicion": self.tr("No suspicion: record this and return to stap 0."),
            "report": self.tr("<b>Report to Veilig Thuis ({phone}).</b>").format(
                phone=VEILIG_THUIS_PHONE),
            "help_and_monitor": self.tr(
                "Offer or arrange the help, and follow whether it reaches the result."),
            "incomplete": self.tr("Answer the five questions."),
        }[step])

    def save(self) -> None:
        assessment = self.collect()
        checklists = self._session.checklists

        def saved(stored: MeldcodeAssessment) -> None:
            self.assessment = stored
            self.message.setText(self.tr("Saved."))

        self._session.bridge.run(lambda: checklists.save_meldcode(assessment), saved,
                                 lambda error: self.message.setText(describe(error)))
