"""Fictional checklists, routes and follow-ups for the demo caseload (deterministic)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from stap0_desktop.domain.action_route import (
    ActionRoute,
    ApeldoornStage,
    ChosenHelp,
    FollowUp,
    FollowUpKind,
    ShareIntent,
)
from stap0_desktop.domain.assessment import (
    Answer,
    ChecklistRun,
    ItemAnswer,
    Judgement,
    Level,
    domains_at_risk,
)
from stap0_desktop.domain.checklists import ChecklistDefinition, FactorKind
from stap0_desktop.storage import checklist_runs, follow_ups
from stap0_desktop.storage.database import Transaction

_REASONS = (
    "Somberheid van moeder en weinig steun in de buurt.",
    "Geldzorgen en spanning tussen de ouders.",
    "Eerste kind, jonge moeder, weinig netwerk; ouders staan open voor hulp.",
)


def add_demo_checklist(tx: Transaction, rng: random.Random, family_id: int,
                       definition: ChecklistDefinition, today: date) -> None:
    """A filled-in checklist; sometimes a route with a follow-up, or a missed appointment."""
    run = checklist_runs.start_run(tx, family_id, definition)
    assert run.id is not None
    for item in definition.items:
        if item.acute:
            answer = Answer.NO
        elif item.kind is FactorKind.RISK:
            answer = Answer.YES if rng.random() < 0.12 else Answer.NO
        elif item.kind is FactorKind.PROTECTIVE:
            answer = Answer.YES if rng.random() < 0.6 else Answer.UNKNOWN
        else:
            answer = rng.choice((Answer.YES, Answer.NO))
        checklist_runs.set_answer(tx, run.id, ItemAnswer(item_id=item.id, answer=answer))
    filled = checklist_runs.get_run(tx, run.id, log=False)
    level = _level(filled)
    checklist_runs.set_judgement(tx, run.id, Judgement(
        level=level, reason="" if level is Level.LOW else rng.choice(_REASONS)))
    if level is not Level.LOW:
        follow_ups.save_route(tx, ActionRoute(
            family_id=family_id, run_id=run.id, discussed_on=today,
            parents_said="De ouders herkennen de zorgen en willen meedenken.",
            share=ShareIntent.INTENDED if level is Level.HIGH else ShareIntent.NOT_NOW,
            help=[ChosenHelp(code=r.id, title=r.title.nl) for r in definition.interventions[:1]],
            follow_up_on=today + timedelta(days=rng.randint(-2, 12)),
            follow_up_note="Nagaan of de hulp gestart is"))
    if rng.random() < 0.1:
        follow_ups.add_follow_up(tx, FollowUp(
            family_id=family_id, kind=FollowUpKind.MISSED_APPOINTMENT,
            stage=ApeldoornStage.HOME_VISIT, due_on=today, note="Consultatiebureau gemist"))


def _level(run: ChecklistRun) -> Level:
    domains = len(domains_at_risk(run))
    return Level.HIGH if domains >= 3 else Level.RAISED if domains == 2 else Level.LOW
