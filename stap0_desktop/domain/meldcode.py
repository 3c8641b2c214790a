"""When it is not stap 0 any more: Meldcode step 1 and the afwegingskader.

An acute sign, or the professional's own choice, moves a case out of prevention. The
five questions of the afwegingskader (since 2019) are answered and stored; such a case
is never sent as a preventive signal.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

VEILIG_THUIS_PHONE = "0800-2000"


class Question(StrEnum):
    SUSPICION = "suspicion"            # 1. Vermoeden van huiselijk geweld of mishandeling?
    DANGER = "danger"                  # 2. Is er acute of structurele onveiligheid?
    OWN_HELP = "own_help"              # 3. Kan ik effectieve hulp bieden of organiseren?
    ACCEPTED = "accepted"              # 4. Aanvaarden de betrokkenen die hulp?
    RESULT = "result"                  # 5. Leidt de hulp binnen de gewenste termijn tot resultaat?


QUESTIONS = tuple(Question)


class QuestionAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    answer: bool | None = None
    note: str = Field(default="", max_length=4000)


class MeldcodeAssessment(BaseModel):
    """The afwegingskader answered for a family (optionally from a checklist)."""

    model_config = ConfigDict(extra="forbid")

    id: int | None = None
    family_id: int
    run_id: int | None = None
    answers: dict[Question, QuestionAnswer] = Field(default_factory=dict)
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def answer(self, question: Question) -> bool | None:
        found = self.answers.get(question)
        return found.answer if found else None

    @property
    def must_report(self) -> bool:
        """Acute or structural danger: always report to Veilig Thuis."""
        return self.answer(Question.DANGER) is True

    @property
    def next_step(self) -> str:
        """The afwegingskader's conclusion so far, as a code the UI puts into words."""
        if self.answer(Question.SUSPICION) is False:
            return "no_suspicion"
        if self.must_report:
            return "report"
        if self.answer(Question.OWN_HELP) is False:
            return "report"
        if self.answer(Question.ACCEPTED) is False:
            return "report"
        if self.answer(Question.RESULT) is False:
            return "report"
        if all(self.answer(q) is not None for q in QUESTIONS):
            return "help_and_monitor"
        return "incomplete"
