"""Checklist definitions from disk, and the operations on filled-in checklists."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.domain.assessment import (
    ChecklistRun,
    DomainRating,
    FamilyFacts,
    ItemAnswer,
    Judgement,
    family_facts,
    suggested_interventions,
)
from stap0_desktop.domain.checklists import (
    ChecklistDefinition,
    DefinitionProblem,
    InterventionRule,
    parse_definition,
)
from stap0_desktop.domain.meldcode import MeldcodeAssessment
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.storage import checklist_runs, meldcode, members
from stap0_desktop.storage.errors import InputFileProblem
from stap0_desktop.storage.input_files import read_input
from stap0_desktop.storage.vault import Vault


@dataclass
class Library:
    """The valid definitions (newest version of each id first) and what was wrong."""

    definitions: list[ChecklistDefinition] = field(default_factory=list)
    problems: list[DefinitionProblem] = field(default_factory=list)

    def latest(self) -> list[ChecklistDefinition]:
        newest: dict[str, ChecklistDefinition] = {}
        for definition in self.definitions:
            if definition.id not in newest or definition.version > newest[definition.id].version:
                newest[definition.id] = definition
        return sorted(newest.values(), key=lambda d: d.id)


MAX_DEFINITION_BYTES = 1 << 20
_FILE_REASONS = {"missing": "no such file", "folder": "a folder, not a file",
                 "not_regular": "not an ordinary file", "permission": "no permission to read",
                 "too_large": "larger than 1 MB", "loop": "a symbolic link that loops"}


def load_files(paths: list[Path]) -> Library:
    library = Library()
    seen: dict[str, str] = {}
    for path in sorted(paths):
        try:
            text = read_input(path, MAX_DEFINITION_BYTES).decode("utf-8")
        except UnicodeDecodeError:
            library.problems.append(DefinitionProblem(
                source=str(path), field="(file)", message="not UTF-8 text"))
            continue
        except InputFileProblem as exc:
            library.problems.append(DefinitionProblem(
                source=str(path), field="(file)", message=_FILE_REASONS.get(
                    str(exc.params.get("reason")), "cannot be read")))
            continue
        result = parse_definition(text, str(path))
        if isinstance(result, list):
            library.problems.extend(result)
        elif result.key in seen:
            library.problems.append(DefinitionProblem(
                source=str(path), field="version",
                message=f"{result.key} is also defined in {seen[result.key]}"))
        else:
            seen[result.key] = str(path)
            library.definitions.append(result)
    return library


def load_library(directory: Path) -> Library:
    """Every ``*.toml`` in ``directory``; a bad file is reported, the others still load."""
    return load_files(list(directory.glob("*.toml")))


def _changed(run: ChecklistRun) -> ChangeSet:
    assert run.id is not None
    return ChangeSet(families=frozenset({run.family_id}), checklists=frozenset({run.id}))


class ChecklistService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def start(self, family_id: int, definition: ChecklistDefinition,
              visit_id: int | None = None) -> OpResult[ChecklistRun]:
        with self._vault.transaction() as tx:
            run = checklist_runs.start_run(tx, family_id, definition, visit_id)
        return OpResult(run, _changed(run))

    def get(self, run_id: int) -> OpResult[ChecklistRun]:
        with self._vault.transaction() as tx:
            return OpResult(checklist_runs.get_run(tx, run_id))

    def runs(self, family_id: int) -> OpResult[list[ChecklistRun]]:
        with self._vault.transaction() as tx:
            return OpResult(checklist_runs.list_runs(tx, family_id))

    def answer(self, run_id: int, answer: ItemAnswer) -> OpResult[ChecklistRun]:
        with self._vault.transaction() as tx:
            checklist_runs.set_answer(tx, run_id, answer)
            run = checklist_runs.get_run(tx, run_id, log=False)
        return OpResult(run, _changed(run))

    def rate(self, run_id: int, rating: DomainRating) -> OpResult[ChecklistRun]:
        with self._vault.transaction() as tx:
            checklist_runs.set_rating(tx, run_id, rating)
            run = checklist_runs.get_run(tx, run_id, log=False)
        return OpResult(run, _changed(run))

    def judge(self, run_id: int, judgement: Judgement) -> OpResult[ChecklistRun]:
        with self._vault.transaction() as tx:
            checklist_runs.set_judgement(tx, run_id, judgement)
            run = checklist_runs.get_run(tx, run_id, log=False)
        return OpResult(run, _changed(run))

    def save_meldcode(self, assessment: MeldcodeAssessment) -> OpResult[MeldcodeAssessment]:
        with self._vault.transaction() as tx:
            stored = meldcode.save(tx, assessment)
        return OpResult(stored, ChangeSet(families=frozenset({assessment.family_id})))

    def facts(self, family_id: int, today: date | None = None) -> OpResult[FamilyFacts]:
        with self._vault.transaction() as tx:
            people = members.list_members(tx, family_id)
            tx.log(AccessAction.READ, client_id=tx.family_uid(family_id),
                   client_id_type=ClientIdType.FAMILY_UID, object_type="family_facts",
                   object_id=family_id)
        return OpResult(family_facts(people, today or date.today()))

    def suggestions(self, run: ChecklistRun, today: date | None = None,
                    facts: FamilyFacts | None = None) -> OpResult[list[InterventionRule]]:
        """``facts`` read earlier (a checklist window reads them once, not per answer)."""
        known = facts if facts is not None else self.facts(run.family_id, today).value
        return OpResult(suggested_interventions(run, known))
