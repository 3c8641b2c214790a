"""Checklist definitions, their validation, the rules, and filled-in checklists."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from stap0_desktop.cli.main import main
from stap0_desktop.domain.assessment import (
    Answer,
    ChecklistRun,
    DomainRating,
    ItemAnswer,
    Judgement,
    Level,
    Need,
    domain_pictures,
    family_facts,
    needs_one_plan,
    suggested_interventions,
)
from stap0_desktop.domain.checklists import FactorKind, parse_definition
from stap0_desktop.domain.models import Family, Member, MemberRole
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.services.checklists import ChecklistService, load_files, load_library
from stap0_desktop.storage.errors import InvalidReference
from stap0_desktop.storage.vault import Vault
from tests.builders import PRENATAL, SHIPPED, prenatal_definition

TODAY = date(2026, 11, 28)




def test_shipped_definitions_are_valid_and_complete() -> None:
    library = load_library(SHIPPED)
    assert library.problems == []
    by_id = {d.id: d for d in library.definitions}
    assert set(by_id) == {"prenataal-huisbezoek", "schuldhulp-huisbezoek", "algemeen-stap0"}
    prenatal = by_id["prenataal-huisbezoek"]
    assert sum(i.kind is FactorKind.RISK for i in prenatal.items) >= 14
    assert sum(i.kind is FactorKind.PROTECTIVE for i in prenatal.items) >= 8
    debt = by_id["schuldhulp-huisbezoek"]
    assert debt.domains[0].code == "kindcheck" and debt.items[0].domain == "kindcheck"
    for definition in library.definitions:
        assert any(i.acute for i in definition.items)
        assert all(i.question.nl and i.question.en for i in definition.items)


BROKEN = {
    "missing-field": ("title", 'id = "x-lijst"\nversion = 1\n'),
    "unknown-domain": ("items.0.domain", None),
    "duplicate-item": ("items.1.id", None),
    "wrong-version": ("version", None),
    "invalid-toml": ("(file)", 'id = "x-lijst\nversion = = 1\n'),
}


def _variant(kind: str) -> str:
    text = PRENATAL.read_text()
    if kind == "unknown-domain":
        return text.replace('id = "PO1"\ndomain = "ouder_gezin"', 'id = "PO1"\ndomain = "vrije_tijd"', 1)
    if kind == "duplicate-item":
        return text.replace('id = "PO2"', 'id = "PO1"', 1)
    if kind == "wrong-version":
        return text.replace("version = 1", "version = 0", 1)
    return BROKEN[kind][1] or ""


@pytest.mark.parametrize("kind", list(BROKEN))
def test_a_broken_definition_names_file_and_field(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.toml"
    path.write_text(_variant(kind))
    good = tmp_path / "good.toml"
    good.write_text(PRENATAL.read_text())
    library = load_files([path, good])
    assert [d.id for d in library.definitions] == ["prenataal-huisbezoek"]  # the rest still loads
    fields = [p.field for p in library.problems]
    assert BROKEN[kind][0] in fields, library.problems
    assert all(p.source == str(path) for p in library.problems)


def test_cli_validate_exits_non_zero_naming_file_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kapot.toml"
    path.write_text(_variant("unknown-domain"))
    assert main(["--lang", "en", "checklists", "validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: items.0.domain: unknown domain 'vrije_tijd'" in err
    assert main(["--lang", "en", "checklists", "validate"]) == 0


def test_cli_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["checklists", "list", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    prenatal = rows["prenataal-huisbezoek"]
    assert prenatal["version"] == 1 and prenatal["audience"]
    assert prenatal["domains"]["ouder_gezin"]["acute"] == 1


def test_same_id_and_version_twice_is_a_problem(tmp_path: Path) -> None:
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text(PRENATAL.read_text())
    library = load_library(tmp_path)
    assert len(library.definitions) == 1 and library.problems[0].field == "version"


def _run(answers: dict[str, Answer]) -> ChecklistRun:
    return ChecklistRun(family_id=1, definition=prenatal_definition(), answers={
        k: ItemAnswer(item_id=k, answer=v) for k, v in answers.items()})


def _family(mother_age: float, weeks_pregnant: float, children: int = 0) -> list[Member]:
    mother = Member(id=1, role=MemberRole.PARENT, given_name="Yara",
                    birth_date=TODAY - timedelta(days=round(mother_age * 365.25)))
    unborn = Member(id=2, role=MemberRole.UNBORN, mother_id=1,
                    expected_date=TODAY + timedelta(weeks=40 - weeks_pregnant))
    kids = [Member(id=10 + n, role=MemberRole.CHILD, given_name="Kind",
                   birth_date=TODAY - timedelta(days=800)) for n in range(children)]
    return [mother, unborn, *kids]


VOORZORG_YES = {"PZ3": Answer.YES, "PO6": Answer.YES}


@pytest.mark.parametrize(("age", "weeks", "answers", "expected"), [
    (22, 20, VOORZORG_YES, True),
    (25, 28, VOORZORG_YES, True),
    (27, 20, VOORZORG_YES, False),                       # mother older than 25
    (22, 30, VOORZORG_YES, False),                       # later than 28 weeks
    (22, 20, {**VOORZORG_YES, "PZ3": Answer.NO}, False),  # not the first pregnancy
    (22, 20, {"PZ3": Answer.YES, "PO6": Answer.UNKNOWN}, False),
])
def test_voorzorg_rule(age: float, weeks: float, answers: dict[str, Answer],
                       expected: bool) -> None:
    facts = family_facts(_family(age, weeks), TODAY)
    ids = [r.id for r in suggested_interventions(_run(answers), facts)]
    assert ("voorzorg" in ids) is expected


def test_unknown_facts_never_fire_a_rule() -> None:
    facts = family_facts([], TODAY)
    assert facts.mother_age is None and facts.pregnancy_weeks is None
    ids = [r.id for r in suggested_interventions(_run(VOORZORG_YES), facts)]
    assert "voorzorg" not in ids and "stevig_ouderschap" not in ids


def test_stevig_ouderschap_and_kopp() -> None:
    facts = family_facts(_family(30, 20, children=1), TODAY)
    ids = [r.id for r in suggested_interventions(_run({"PO3": Answer.YES}), facts)]
    assert "stevig_ouderschap" in ids and "kopp" in ids
    assert facts.first_pregnancy is False and facts.children_at_home == 1


def test_cumulation_across_domains_proposes_one_plan() -> None:
    one = _run({"PO2": Answer.YES, "PO3": Answer.YES, "PB1": Answer.YES})
    assert not needs_one_plan(one)
    two = _run({"PO2": Answer.YES, "PL1": Answer.YES})
    assert needs_one_plan(two)
    pictures = {p.code: p for p in domain_pictures(one)}
    assert pictures["ouder_gezin"].risks == ("PO2", "PO3")
    assert pictures["ouder_gezin"].protective == ("PB1",)


def test_judgement_raised_needs_a_reason() -> None:
    Judgement(level=Level.LOW)
    with pytest.raises(ValidationError) as exc:
        Judgement(level=Level.RAISED, reason="  ")
    assert exc.value.errors()[0]["type"] == "reason_required"
    assert Judgement(level=Level.HIGH, reason="Geweld tussen ouders").level is Level.HIGH


def test_acute_items_are_flagged() -> None:
    assert _run({"PO9": Answer.YES}).acute_items == ["PO9"]
    assert _run({"PO9": Answer.NO}).acute_items == []


def test_filled_in_checklist_is_stored_and_logged(vault: Vault) -> None:
    family = CaseloadService(vault).create_family(Family(name="Gezin Prins")).value
    assert family.id is not None
    service = ChecklistService(vault)
    run = service.start(family.id, prenatal_definition()).value
    assert run.id is not None
    service.answer(run.id, ItemAnswer(item_id="PO3", answer=Answer.YES, remark="sinds de zomer"))
    service.answer(run.id, ItemAnswer(item_id="PO3", answer=Answer.UNKNOWN))
    service.rate(run.id, DomainRating(domain="ouder_gezin", professional=Need.SOME,
                                      parent=Need.NONE))
    service.judge(run.id, Judgement(level=Level.RAISED, reason="Somberheid moeder"))
    again = service.get(run.id).value
    assert again.answer_of("PO3") is Answer.UNKNOWN
    assert again.ratings["ouder_gezin"].parent is Need.NONE
    assert again.judgement is not None and again.judgement.reason == "Somberheid moeder"
    with pytest.raises(InvalidReference):
        service.answer(run.id, ItemAnswer(item_id="BESTAAT-NIET", answer=Answer.YES))
    with pytest.raises(InvalidReference):
        service.rate(run.id, DomainRating(domain="vrije_tijd", professional=Need.MUCH))
    events = [e for e in vault.read_access_log() if e.object_type == "checklist"]
    assert {e.action.value for e in events} >= {"C", "U", "R"}


def test_old_checklists_read_as_filled_in_after_the_definition_changes(vault: Vault) -> None:
    family = CaseloadService(vault).create_family(Family(name="Gezin Vos")).value
    assert family.id is not None
    service = ChecklistService(vault)
    v1 = prenatal_definition()
    run = service.start(family.id, v1).value
    assert run.id is not None
    service.answer(run.id, ItemAnswer(item_id="PO4", answer=Answer.YES))
    changed_text = PRENATAL.read_text().replace("version = 1", "version = 2", 1).replace(
        "Wordt er gerookt, alcohol gedronken of worden drugs gebruikt?",
        "Gebruikt iemand in huis alcohol of drugs?")
    v2 = parse_definition(changed_text, "v2")
    assert not isinstance(v2, list)
    service.start(family.id, v2)
    old = service.runs(family.id).value[0]
    assert old.definition.version == 1
    item = next(i for i in old.definition.items if i.id == "PO4")
    assert item.question.nl == "Wordt er gerookt, alcohol gedronken of worden drugs gebruikt?"
    assert old.answer_of("PO4") is Answer.YES
    assert service.runs(family.id).value[1].definition.version == 2




def test_each_leefgebied_has_one_name_in_every_definition() -> None:
    from stap0_desktop.config.paths import checklists_dir
    from stap0_desktop.domain.checklists import STANDARD_DOMAINS, parse_definition
    from stap0_desktop.services.checklists import load_library

    titles: dict[str, set[str]] = {}
    for definition in load_library(checklists_dir()).latest():
        for domain in definition.domains:
            titles.setdefault(domain.code, set()).add(domain.title.nl + "|" + domain.title.en)
    assert all(len(names) == 1 for names in titles.values()), titles
    # a file that names a standard leefgebied otherwise still shows its one name
    text = (checklists_dir() / "algemeen-stap0.toml").read_text(encoding="utf-8").replace(
        'code = "leefomstandigheden"',
        'code = "leefomstandigheden"\ntitle = { nl = "Geld en wonen", en = "Money" }')
    definition = parse_definition(text, "eigen.toml")
    assert not isinstance(definition, list)
    assert definition.domain("leefomstandigheden").title == STANDARD_DOMAINS["leefomstandigheden"]


def test_every_factor_in_a_professional_report_reads_as_a_statement() -> None:
    from stap0_desktop.config.paths import checklists_dir
    from stap0_desktop.domain.checklists import FactorKind
    from stap0_desktop.services.checklists import load_library

    for definition in load_library(checklists_dir()).latest():
        if not {"midwife", "visit"} & set(definition.reports):
            continue
        for item in definition.items:
            if item.kind is not FactorKind.CONTEXT:
                assert item.statement is not None, item.id
                assert not item.statement.nl.endswith("?") and not item.statement.en.endswith("?")
