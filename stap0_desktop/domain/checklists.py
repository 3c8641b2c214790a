"""Stap-0 checklist definitions: versioned data, validated here, never code.

A definition (TOML, in ``resources/checklists/``) has an id, a version, a title, an
audience, leefgebieden (domains) and items. Each item is a risk factor (draaglast) or a
protective factor (draagkracht) in one domain, with a plain-language question and help
text in Dutch and English; an item marked *acute* is a sign of actual abuse or danger
(Meldcode step 1, not stap 0). Intervention rules live in the definition too.
"""

from __future__ import annotations

import tomllib
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

Code = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,40}$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Localized(_Strict):
    """Text in Dutch (primary) and English."""

    nl: Text
    en: Text

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.nl


class FactorKind(StrEnum):
    RISK = "risk"              # risicofactor — draaglast
    PROTECTIVE = "protective"  # beschermende factor — draagkracht
    CONTEXT = "context"        # a fact about the household (Kindcheck), not a factor


# The four leefgebieden of the report (ch. 2), each with one name on every screen: a
# definition that uses one of these codes gets this title, whatever its file says (a
# definition may add its own domains, with their own titles).
STANDARD_DOMAINS: dict[str, Localized] = {
    "ouder_gezin": Localized(nl="Ouder en gezin", en="Parent and family"),
    "kind": Localized(nl="Kind", en="Child"),
    "leefomstandigheden": Localized(nl="Leefomstandigheden", en="Living conditions"),
    "maatschappij_cultuur": Localized(nl="Maatschappij en cultuur", en="Society and culture"),
}


class DomainDefinition(_Strict):
    code: Code
    title: Localized
    # A check whose every answer goes into the report, the negative ones too (the
    # Kindcheck: "also a negative outcome is recorded").
    check: bool = False

    @model_validator(mode="before")
    @classmethod
    def _one_name(cls, data: object) -> object:
        if isinstance(data, dict) and data.get("code") in STANDARD_DOMAINS:
            return {**data, "title": STANDARD_DOMAINS[str(data["code"])]}
        return data


class ItemDefinition(_Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_.-]{0,30}$")]
    domain: Code
    kind: FactorKind
    question: Localized
    # How the item reads in a report when it is present: a statement, not a question.
    statement: Localized | None = None
    help: Localized | None = None
    acute: bool = False


class Condition(_Strict):
    """One test on the facts of a checklist: an item's answer or a family fact."""

    item: str | None = None
    answer: Literal["yes", "no", "unknown", "not_applicable"] | None = None
    fact: Literal["mother_age", "pregnancy_weeks", "first_pregnancy", "youngest_child_age",
                  "children_at_home"] | None = None
    min: float | None = None
    max: float | None = None
    equals: bool | None = None

    @model_validator(mode="after")
    def _one_subject(self) -> Condition:
        if (self.item is None) == (self.fact is None):
            raise ValueError("a condition names either an item or a fact")
        if self.item is not None and self.answer is None:
            raise ValueError("an item condition needs an answer")
        if self.fact is not None and self.min is None and self.max is None and self.equals is None:
            raise ValueError("a fact condition needs min, max or equals")
        return self


class Rule(_Strict):
    all: list[Condition] = Field(default_factory=list)
    any: list[Condition] = Field(default_factory=list)

    @model_validator(mode="after")
    def _not_empty(self) -> Rule:
        if not self.all and not self.any:
            raise ValueError("a rule needs 'all' or 'any' conditions")
        return self


class InterventionRule(_Strict):
    id: Code
    title: Localized
    description: Localized
    domains: list[Code] = Field(default_factory=list)
    when: Rule


ReportName = Literal["midwife", "visit", "parents"]


def _parents_copy_only() -> list[ReportName]:
    return ["parents"]


class ChecklistDefinition(_Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{2,60}$")]
    version: int = Field(ge=1)
    title: Localized
    audience: Localized
    description: Localized | None = None
    domains: list[DomainDefinition] = Field(min_length=1)
    items: list[ItemDefinition] = Field(min_length=1)
    interventions: list[InterventionRule] = Field(default_factory=list)
    # The reports this checklist offers: a midwife's report fits a prenatal visit only.
    reports: list[ReportName] = Field(default_factory=_parents_copy_only, min_length=1)

    @model_validator(mode="after")
    def _references(self) -> ChecklistDefinition:
        problems = reference_problems(self)
        if problems:
            field, message = problems[0]
            raise ValueError(f"{field}: {message}")
        return self

    @property
    def key(self) -> str:
        return f"{self.id}@{self.version}"

    def domain(self, code: str) -> DomainDefinition:
        return next(d for d in self.domains if d.code == code)

    def items_in(self, code: str) -> list[ItemDefinition]:
        return [i for i in self.items if i.domain == code]

    def counts(self) -> dict[str, dict[str, int]]:
        """Per domain: the number of risk, protective and acute items."""
        result: dict[str, dict[str, int]] = {}
        for domain in self.domains:
            items = self.items_in(domain.code)
            result[domain.code] = {
                "risk": sum(i.kind is FactorKind.RISK for i in items),
                "protective": sum(i.kind is FactorKind.PROTECTIVE for i in items),
                "acute": sum(i.acute for i in items),
            }
        return result


def reference_problems(definition: ChecklistDefinition) -> list[tuple[str, str]]:
    """Cross-references: unique codes and ids, items and rules pointing at what exists."""
    problems: list[tuple[str, str]] = []
    codes: set[str] = set()
    for index, domain in enumerate(definition.domains):
        if domain.code in codes:
            problems.append((f"domains.{index}.code", f"duplicate domain code '{domain.code}'"))
        codes.add(domain.code)
    ids: set[str] = set()
    for index, item in enumerate(definition.items):
        if item.id in ids:
            problems.append((f"items.{index}.id", f"duplicate item id '{item.id}'"))
        ids.add(item.id)
        if item.domain not in codes:
            problems.append((f"items.{index}.domain", f"unknown domain '{item.domain}'"))
    for index, rule in enumerate(definition.interventions):
        for part in ("all", "any"):
            for number, condition in enumerate(getattr(rule.when, part)):
                if condition.item is not None and condition.item not in ids:
                    problems.append((f"interventions.{index}.when.{part}.{number}.item",
                                     f"unknown item '{condition.item}'"))
        for number, code in enumerate(rule.domains):
            if code not in codes:
                problems.append((f"interventions.{index}.domains.{number}",
                                 f"unknown domain '{code}'"))
    return problems


class DefinitionProblem(_Strict):
    """What is wrong with a definition file: the file, the field and why."""

    source: str
    field: str
    message: str


def parse_definition(text: str, source: str) -> ChecklistDefinition | list[DefinitionProblem]:
    """Parse and validate TOML text; a definition, or every problem found in it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [DefinitionProblem(source=source, field="(file)", message=f"invalid TOML: {exc}")]
    except RecursionError:
        return [DefinitionProblem(source=source, field="(file)",
                                  message="invalid TOML: nested deeper than any checklist")]
    try:
        return ChecklistDefinition.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            field = ".".join(str(part) for part in error["loc"])
            message = str(error["msg"]).removeprefix("Value error, ")
            if not field and ": " in message:  # a cross-reference: the field is in the text
                field, message = message.split(": ", 1)
            problems.append(DefinitionProblem(source=source, field=field or "(definition)",
                                              message=message))
        if data and isinstance(data, dict):
            problems.extend(_all_reference_problems(data, source, problems))
        return problems


def _all_reference_problems(
    data: dict[str, object], source: str, known: list[DefinitionProblem]
) -> list[DefinitionProblem]:
    """Every cross-reference fault, not only the first (when the parts themselves parse)."""
    seen = {(p.field, p.message) for p in known}
    try:
        domains = [DomainDefinition.model_validate(d) for d in _list(data, "domains")]
        items = [ItemDefinition.model_validate(i) for i in _list(data, "items")]
        rules = [InterventionRule.model_validate(r) for r in _list(data, "interventions")]
    except ValidationError:
        return []
    shell = ChecklistDefinition.model_construct(domains=domains, items=items, interventions=rules)
    return [
        DefinitionProblem(source=source, field=field, message=message)
        for field, message in reference_problems(shell)
        if (field, message) not in seen
    ]


def _list(data: dict[str, object], key: str) -> list[object]:
    value = data.get(key, [])
    return value if isinstance(value, list) else []
