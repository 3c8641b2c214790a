"""A filled-in checklist and the pure rules on it: suggestions, burden against capacity.

Nothing here computes a verdict. The professional's judgement (laag / verhoogd / hoog) is
chosen, with a reason when it is raised or high; the rules only suggest interventions
and show where risks stand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from stap0_desktop.domain.checklists import (
    ChecklistDefinition,
    Condition,
    FactorKind,
    InterventionRule,
)
from stap0_desktop.domain.models import Member, MemberRole


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"


class Need(StrEnum):
    """Need for support in a domain, rated by the professional and by the parent (SPARK)."""

    NONE = "none"
    SOME = "some"
    MUCH = "much"


class Level(StrEnum):
    LOW = "low"          # laag
    RAISED = "raised"    # verhoogd
    HIGH = "high"        # hoog


class Judgement(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    level: Level
    reason: str = Field(default="", max_length=4000)

    @model_validator(mode="after")
    def _reason_for_worry(self) -> Judgement:
        if self.level is not Level.LOW and not self.reason.strip():
            raise PydanticCustomError(
                "reason_required", "a raised or high judgement needs a short reason")
        return self


class ItemAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    item_id: str
    answer: Answer
    remark: str = Field(default="", max_length=2000)


class DomainRating(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    domain: str
    professional: Need | None = None
    parent: Need | None = None


class ChecklistRun(BaseModel):
    """One checklist filled in for a family, against the definition version it used."""

    model_config = ConfigDict(extra="forbid")

    id: int | None = None
    family_id: int
    visit_id: int | None = None
    definition: ChecklistDefinition
    answers: dict[str, ItemAnswer] = Field(default_factory=dict)
    ratings: dict[str, DomainRating] = Field(default_factory=dict)
    judgement: Judgement | None = None
    started_at: datetime | None = None
    updated_at: datetime | None = None

    def answer_of(self, item_id: str) -> Answer | None:
        found = self.answers.get(item_id)
        return found.answer if found else None

    @property
    def acute_items(self) -> list[str]:
        """Items marked acute that were answered yes: Meldcode step 1, not stap 0."""
        return [i.id for i in self.definition.items
                if i.acute and self.answer_of(i.id) is Answer.YES]


# -- facts about the family, for the intervention rules ------------------------------------
@dataclass(frozen=True)
class FamilyFacts:
    mother_age: float | None = None
    pregnancy_weeks: float | None = None
    first_pregnancy: bool | None = None
    youngest_child_age: float | None = None
    children_at_home: int = 0


def _years(born: date, today: date) -> float:
    return (today - born).days / 365.25


def family_facts(members: list[Member], today: date) -> FamilyFacts:
    children = [m for m in members if m.role is MemberRole.CHILD]
    unborn = [m for m in members if m.role is MemberRole.UNBORN and m.expected_date]
    mother_age = weeks = None
    if unborn:
        expected = min(m.expected_date for m in unborn if m.expected_date)
        weeks = 40 - (expected - today).days / 7
        mother = next((m for m in members if m.id == unborn[0].mother_id), None)
        if mother is not None and mother.birth_date is not None:
            mother_age = _years(mother.birth_date, today)
    ages = [_years(c.birth_date, today) for c in children if c.birth_date]
    return FamilyFacts(
        mother_age=mother_age,
        pregnancy_weeks=weeks,
        first_pregnancy=(not children) if unborn else None,
        youngest_child_age=min(ages) if ages else None,
        children_at_home=len(children),
    )


def condition_holds(condition: Condition, run: ChecklistRun, facts: FamilyFacts) -> bool:
    if condition.item is not None:
        return run.answer_of(condition.item) == condition.answer
    value = getattr(facts, str(condition.fact))
    if value is None:
        return False  # an unknown fact never makes a rule fire
    if condition.equals is not None:
        return bool(value) is condition.equals
    if condition.min is not None and value < condition.min:
        return False
    return not (condition.max is not None and value > condition.max)


def suggested_interventions(run: ChecklistRun, facts: FamilyFacts) -> list[InterventionRule]:
    """The definition's interventions whose rule holds: suggestions, the professional decides."""
    suggestions = []
    for rule in run.definition.interventions:
        all_hold = all(condition_holds(c, run, facts) for c in rule.when.all)
        any_hold = not rule.when.any or any(condition_holds(c, run, facts) for c in rule.when.any)
        if all_hold and any_hold:
            suggestions.append(rule)
    return suggestions


# -- burden against capacity per domain ------------------------------------------------
@dataclass(frozen=True)
class DomainPicture:
    code: str
    risks: tuple[str, ...]        # risk items answered yes (draaglast)
    protective: tuple[str, ...]   # protective items answered yes (draagkracht)
    unknown: int
    risk_total: int
    protective_total: int
    professional: Need | None
    parent: Need | None


def domain_pictures(run: ChecklistRun) -> list[DomainPicture]:
    pictures = []
    for domain in run.definition.domains:
        items = run.definition.items_in(domain.code)
        risks = [i for i in items if i.kind is FactorKind.RISK]
        protective = [i for i in items if i.kind is FactorKind.PROTECTIVE]
        rating = run.ratings.get(domain.code)
        pictures.append(DomainPicture(
            code=domain.code,
            risks=tuple(i.id for i in risks if run.answer_of(i.id) is Answer.YES),
            protective=tuple(i.id for i in protective if run.answer_of(i.id) is Answer.YES),
            unknown=sum(run.answer_of(i.id) is Answer.UNKNOWN for i in items),
            risk_total=len(risks),
            protective_total=len(protective),
            professional=rating.professional if rating else None,
            parent=rating.parent if rating else None,
        ))
    return pictures


def domains_at_risk(run: ChecklistRun) -> list[str]:
    return [p.code for p in domain_pictures(run) if p.risks]


def needs_one_plan(run: ChecklistRun) -> bool:
    """Risks in two or more domains: propose 1 gezin, 1 plan, 1 regisseur."""
    return len(domains_at_risk(run)) >= 2
