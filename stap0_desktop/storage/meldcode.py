"""Stored afwegingskader answers (Meldcode) — each change logged."""

from __future__ import annotations

import json

from pydantic import TypeAdapter

from stap0_desktop.domain.access import AccessAction
from stap0_desktop.domain.meldcode import MeldcodeAssessment, Question, QuestionAnswer
from stap0_desktop.storage.clock import now_text, parse_time
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.errors import InvalidReference

_ANSWERS = TypeAdapter(dict[Question, QuestionAnswer])


def _log(tx: Transaction, action: AccessAction, family_id: int, object_id: object) -> None:
    tx.log_family(action, family_id, "meldcode", object_id)


def save(tx: Transaction, assessment: MeldcodeAssessment) -> MeldcodeAssessment:
    tx.family_uid(assessment.family_id)
    if assessment.run_id is not None:
        row = tx.fetchone("SELECT family_id FROM checklist_run WHERE id = ?",
                          (assessment.run_id,))
        if row is None or int(str(row[0])) != assessment.family_id:
            raise InvalidReference(field="run_id", reason="other_family")
    answers = json.dumps(_ANSWERS.dump_python(assessment.answers, mode="json"))
    now = now_text()
    if assessment.id is None:
        new_id = tx.execute(
            "INSERT INTO meldcode_assessment (family_id, run_id, answers, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?)",
            (assessment.family_id, assessment.run_id, answers, now, now))
        _log(tx, AccessAction.CREATE, assessment.family_id, new_id)
        return assessment.model_copy(update={"id": new_id, "created_at": parse_time(now),
                                              "updated_at": parse_time(now)})
    tx.execute("UPDATE meldcode_assessment SET answers = ?, updated_at = ? WHERE id = ?",
               (answers, now, assessment.id))
    _log(tx, AccessAction.UPDATE, assessment.family_id, assessment.id)
    return assessment.model_copy(update={"updated_at": parse_time(now)})


def for_family(tx: Transaction, family_id: int) -> list[MeldcodeAssessment]:
    rows = tx.fetchall(
        "SELECT id, run_id, answers, created_at, updated_at FROM meldcode_assessment"
        " WHERE family_id = ? ORDER BY created_at, id", (family_id,))
    _log(tx, AccessAction.READ, family_id, "list")
    return [
        MeldcodeAssessment(
            id=int(str(r[0])), family_id=family_id,
            run_id=int(str(r[1])) if r[1] is not None else None,
            answers=_ANSWERS.validate_json(str(r[2])),
            created_at=parse_time(r[3]), updated_at=parse_time(r[4]))
        for r in rows
    ]
