"""One question of a checklist: yes / no / unknown / not applicable, and a remark.

Keyboard: Tab moves between questions, the arrow keys between the four choices, and the
keys 1–4 choose directly and move on to the next question.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from stap0_desktop.domain.assessment import Answer, ItemAnswer
from stap0_desktop.domain.checklists import FactorKind, ItemDefinition

ANSWERS = (Answer.YES, Answer.NO, Answer.UNKNOWN, Answer.NOT_APPLICABLE)
_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


class ItemRow(QWidget):
    changed = Signal(object)   # ItemAnswer
    advance = Signal()         # the keyboard chose an answer: go to the next question

    def __init__(self, item: ItemDefinition, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"item-{item.id}")
        question = QLabel(item.question.get(language))
        question.setWordWrap(True)
        kind = {FactorKind.RISK: self.tr("risk factor"),
                FactorKind.PROTECTIVE: self.tr("protective factor"),
                FactorKind.CONTEXT: self.tr("situation")}[item.kind]
        tag = QLabel(kind + (" — " + self.tr("ACUTE: Meldcode") if item.acute else ""))
        tag.setObjectName("itemTag")
        tag.setStyleSheet("color: #b00020; font-weight: bold;" if item.acute
                          else "color: #555;")
        self.group = QButtonGroup(self)
        labels = (self.tr("Yes"), self.tr("No"), self.tr("Unknown"), self.tr("N/a"))
        choices = QHBoxLayout()
        self.buttons: list[QRadioButton] = []
        for index, label in enumerate(labels):
            button = QRadioButton(f"{index + 1} {label}")
            button.setAccessibleName(f"{label}: {item.question.get(language)}")
            button.installEventFilter(self)
            self.group.addButton(button, index)
            self.buttons.append(button)
            choices.addWidget(button)
        choices.addStretch(1)
        self.remark = QLineEdit()
        self.remark.setPlaceholderText(self.tr("Remark (optional)"))
        self.remark.setAccessibleName(self.tr("Remark"))
        self.remark.editingFinished.connect(self._remark_done)
        self._saved_remark = ""
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        layout.addWidget(question, 0, 0, 1, 2)
        layout.addWidget(tag, 1, 0, 1, 2)
        if item.help is not None:
            help_text = QLabel(item.help.get(language))
            help_text.setWordWrap(True)
            help_text.setStyleSheet("color: #555; font-size: small;")
            layout.addWidget(help_text, 2, 0, 1, 2)
        layout.addLayout(choices, 3, 0)
        layout.addWidget(self.remark, 3, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        self.group.idClicked.connect(lambda _id: self._emit())

    @property
    def answer(self) -> Answer | None:
        index = self.group.checkedId()
        return ANSWERS[index] if index >= 0 else None

    def show_answer(self, answer: ItemAnswer | None) -> None:
        self.group.blockSignals(True)
        if answer is not None:
            self.buttons[ANSWERS.index(answer.answer)].setChecked(True)
            self.remark.setText(answer.remark)
            self._saved_remark = answer.remark
        self.group.blockSignals(False)

    def focus_first(self) -> None:
        index = max(self.group.checkedId(), 0)
        self.buttons[index].setFocus(Qt.FocusReason.TabFocusReason)

    def _emit(self) -> None:
        answer = self.answer
        if answer is None:
            return
        self._saved_remark = self.remark.text().strip()
        self.changed.emit(ItemAnswer(item_id=self.item.id, answer=answer,
                                     remark=self._saved_remark))

    def _remark_done(self) -> None:
        if self.remark.text().strip() != self._saved_remark:
            if self.answer is None:  # a remark without an answer: keep it as "unknown"
                self.buttons[ANSWERS.index(Answer.UNKNOWN)].setChecked(True)
            self._emit()

    def has_unsaved_remark(self) -> bool:
        return self.remark.text().strip() != self._saved_remark

    def flush(self) -> None:
        if self.has_unsaved_remark():
            self._remark_done()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            index = _KEYS.get(Qt.Key(event.key()))
            if index is not None:
                self.buttons[index].setChecked(True)
                self._emit()
                self.advance.emit()
                return True
        return False
