"""How the picture of a family changed over time: every checklist, oldest first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stap0_desktop.domain.assessment import ChecklistRun, Level, domain_pictures
from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.checklist.burden_chart import BurdenCapacityChart
from stap0_desktop.ui.common.qt_dates import shown_date


def level_label(level: Level | None) -> str:
    if level is None:
        return translate("Level", "no judgement yet")
    return {Level.LOW: translate("Level", "low"), Level.RAISED: translate("Level", "raised"),
            Level.HIGH: translate("Level", "high")}[level]


class TrendDialog(QDialog):
    def __init__(self, runs: list[ChecklistRun], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendDialog")
        self.setWindowTitle(self.tr("How the picture changed over time"))
        page = QWidget()
        layout = QVBoxLayout(page)
        if not runs:
            layout.addWidget(QLabel(self.tr("No checklists yet.")))
        self.charts: list[BurdenCapacityChart] = []
        for run in runs:
            when = shown_date(run.started_at.astimezone().date()) if run.started_at else ""
            box = QGroupBox(f"{when} — {run.definition.title.get(language)}")
            box_layout = QVBoxLayout(box)
            judgement = run.judgement
            text = self.tr("Judgement: {level}").format(
                level=level_label(judgement.level if judgement else None))
            if judgement is not None and judgement.reason:
                text += f" — {judgement.reason}"
            label = QLabel(text)
            label.setWordWrap(True)
            chart = BurdenCapacityChart()
            titles = {d.code: d.title.get(language) for d in run.definition.domains}
            chart.set_pictures([(titles[p.code], p) for p in domain_pictures(run)])
            self.charts.append(chart)
            box_layout.addWidget(label)
            box_layout.addWidget(chart)
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(buttons)
        self.resize(760, 640)
