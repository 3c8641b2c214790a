"""Filled-in checklists: answers, domain ratings and the judgement — each change logged."""

from __future__ import annotations

import functools

from stap0_desktop.domain.access import AccessAction
from stap0_desktop.domain.assessment import (
    Answer,
    ChecklistRun,
    DomainRating,
    ItemAnswer,
    Judgement,
    Level,
    Need,
)
from stap0_desktop.domain.checklists import ChecklistDefinition
from stap0_desktop.storage.clock import now_text, parse_time
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.errors import InvalidReference, NotFound


def _log(tx: Transaction, action: AccessAction, family_id: int, run_id: object) -> None:
    tx.log_family(action, family_id, "checklist", run_id)


@functools.lru_cache(maxsize=16)
def parsed_definition(definition_json: str) -> ChecklistDefinition:
    """A run's definition as stored with it, parsed once for all its answers (a key
    press in a checklist used to parse the whole definition again). Definitions hold no
    family's data; only the few in use are kept."""
    return ChecklistDefinition.model_validate_json(definition_json)


def _run_row(tx: Transaction, run_id: int) -> tuple[object, ...]:
    row = tx.fetchone(
        "SELECT family_id, visit_id, definition_json, judgement_level, judgement_reason,"
        " started_at, updated_at FROM checklist_run WHERE id = ?", (run_id,))
    if row is None:
        raise NotFound(kind="checklist", id=run_id)
    return row


def start_run(
    tx: Transaction, family_id: int, definition: ChecklistDefinition, visit_id: int | None = None
) -> ChecklistRun:
    tx.family_uid(family_id)
    if visit_id is not None:
        row = tx.fetchone("SELECT family_id FROM visit WHERE id = ?", (visit_id,))
        if row is None or int(str(row[0])) != family_id:
            raise InvalidReference(field="visit_id", reason="other_family")
    now = now_text()
    run_id = tx.execute(
        "INSERT INTO checklist_run (family_id, visit_id, definition_id, definition_version,"
        " definition_json, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (family_id, visit_id, definition.id, definition.version,
         definition.model_dump_json(), now, now),
    )
    tx.touch(family_id)
    _log(tx, AccessAction.CREATE, family_id, run_id)
    return ChecklistRun(id=run_id, family_id=family_id, visit_id=visit_id, definition=definition,
                        started_at=parse_time(now), updated_at=parse_time(now))


def get_run(tx: Transaction, run_id: int, *, log: bool = True) -> ChecklistRun:
    family_id, visit_id, definition_json, level, reason, started, updated = _run_row(tx, run_id)
    definition = parsed_definition(str(definition_json))
    answers = {
        str(item): ItemAnswer(item_id=str(item), answer=Answer(str(answer)), remark=str(remark))
        for item, answer, remark in tx.fetchall(
            "SELECT item_id, answer, remark FROM checklist_answer WHERE run_id = ?", (run_id,))
    }
    ratings = {
        str(domain): DomainRating(
            domain=str(domain), professional=Need(str(pro)) if pro else None,
            parent=Need(str(par)) if par else None)
        for domain, pro, par in tx.fetchall(
            "SELECT domain, professional, parent FROM checklist_rating WHERE run_id = ?",
            (run_id,))
    }
    judgement = Judgement(level=Level(str(level)), reason=str(reason)) if level else None
    fid = int(str(family_id))
    if log:
        _log(tx, AccessAction.READ, fid, run_id)
    return ChecklistRun(
        id=run_id, family_id=fid, visit_id=int(str(visit_id)) if visit_id is not None else None,
        definition=definition, answers=answers, ratings=ratings, judgement=judgement,
        started_at=parse_time(started), updated_at=parse_time(updated),
    )


def _touch_run(tx: Transaction, run_id: int) -> int:
    family_id = int(str(_run_row(tx, run_id)[0]))
    tx.execute("UPDATE checklist_run SET updated_at = ? WHERE id = ?", (now_text(), run_id))
    tx.touch(family_id)
    _log(tx, AccessAction.UPDATE, family_id, run_id)
    return family_id


def set_answer(tx: Transaction, run_id: int, answer: ItemAnswer) -> None:
    definition = parsed_definition(str(_run_row(tx, run_id)[2]))
    if answer.item_id not in {i.id for i in definition.items}:
        raise InvalidReference(field="item_id", reason="unknown_item")
    tx.execute(
        "INSERT INTO checklist_answer (run_id, item_id, answer, remark) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (run_id, item_id) DO UPDATE SET answer = excluded.answer,"
        " remark = excluded.remark",
        (run_id, answer.item_id, answer.answer.value, answer.remark),
    )
    _touch_run(tx, run_id)


def set_rating(tx: Transaction, run_id: int, rating: DomainRating) -> None:
    definition = parsed_definition(str(_run_row(tx, run_id)[2]))
    if rating.domain not in {d.code for d in definition.domains}:
        raise InvalidReference(field="domain", reason="unknown_domain")
    tx.execute(
        "INSERT INTO checklist_rating (run_id, domain, professional, parent) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (run_id, domain) DO UPDATE SET professional = excluded.professional,"
        " parent = excluded.parent",
        (run_id, rating.domain, rating.professional.value if rating.professional else None,
         rating.parent.value if rating.parent else None),
    )
    _touch_run(tx, run_id)


def set_judgement(tx: Transaction, run_id: int, judgement: Judgement) -> None:
    tx.execute(
        "UPDATE checklist_run SET judgement_level = ?, judgement_reason = ? WHERE id = ?",
        (judgement.level.value, judgement.reason, run_id),
    )
    _touch_run(tx, run_id)


def list_runs(tx: Transaction, family_id: int) -> list[ChecklistRun]:
    """Every checklist of a family, oldest first (for the picture over time)."""
    ids = [int(str(r[0])) for r in tx.fetchall(
        "SELECT id FROM checklist_run WHERE family_id = ? ORDER BY started_at, id", (family_id,))]
    runs = [get_run(tx, run_id, log=False) for run_id in ids]
    _log(tx, AccessAction.READ, family_id, "checklists")
    return runs
