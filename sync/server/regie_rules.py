"""The municipality's rules that *propose* a regisseur for a match, by organisation kind.

A small TOML file in the server folder (``regie-rules.toml``, put there by ``stap0-cjg
regie rules FILE`` after it is checked). The first rule whose condition holds proposes;
the professionals decide. The inbox knows no ages (no signal carries one), so a rule looks
only at the roles the two signals name:

* ``unborn`` — an unborn child is in either signal (through its mother);
* ``child`` — a child is named in either signal;
* ``adults_only`` — neither signal names a child or an unborn child;
* ``any`` — every match.

Example::

    version = 1

    [[rules]]
    id = "ongeboren-kind"
    when = "unborn"
    propose = "jgz"
    why = "Bij een ongeboren kind coördineert de JGZ."
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from sync.protocol.coordination import OrgKind, Suggestion

RULES_FILE = "regie-rules.toml"
MAX_BYTES = 64 * 1024


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rule(_Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]
    when: Literal["unborn", "child", "adults_only", "any"]
    propose: OrgKind
    why: Annotated[str, StringConstraints(strip_whitespace=True, max_length=400)] = ""

    def holds(self, roles: set[str]) -> bool:
        if self.when == "unborn":
            return "unborn" in roles
        if self.when == "child":
            return "child" in roles
        if self.when == "adults_only":
            return not roles & {"child", "unborn"}
        return True


class RegieRules(_Strict):
    version: Literal[1]
    rules: list[Rule] = Field(min_length=1, max_length=50)

    @field_validator("rules")
    @classmethod
    def _unique(cls, rules: list[Rule]) -> list[Rule]:
        ids = [r.id for r in rules]
        doubled = sorted({i for i in ids if ids.count(i) > 1})
        if doubled:
            raise ValueError(f"rule ids must differ: {', '.join(doubled)}")
        return rules

    def suggest(self, roles: set[str], mine: tuple[str, str],
                theirs: tuple[str, str]) -> Suggestion | None:
        """For the side whose organisation is ``mine`` (kind, name): the first rule that
        holds, naming the side whose organisation is of the kind proposed (if either is)."""
        for rule in self.rules:
            if not rule.holds(roles):
                continue
            side: Literal["mine", "yours"] | None = None
            name = ""
            if mine[0] == rule.propose:
                side, name = "mine", mine[1]
            elif theirs[0] == rule.propose:
                side, name = "yours", theirs[1]
            return Suggestion(rule=rule.id, organisation_kind=rule.propose, side=side,
                              organisation=name, why=rule.why)
        return None


@dataclass(frozen=True)
class RulesProblem(Exception):
    """A rules file that cannot be used: where, and what is wrong, in plain words."""

    source: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.field}: {self.message}"


def parse_rules(data: bytes, source: str) -> RegieRules:
    """Parse and check; every fault raises :class:`RulesProblem` naming the field."""
    if len(data) > MAX_BYTES:
        raise RulesProblem(source, "(file)", f"larger than {MAX_BYTES // 1024} KiB")
    try:
        parsed = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise RulesProblem(source, "(file)", "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise RulesProblem(source, "(file)", f"invalid TOML: {exc}") from None
    try:
        return RegieRules.model_validate(parsed)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(rules)"
        raise RulesProblem(source, field,
                           str(first["msg"]).removeprefix("Value error, ")) from None


def load_rules(folder: Path | None) -> RegieRules | None:
    """The folder's rules (None: the municipality proposes nothing)."""
    if folder is None or not (folder / RULES_FILE).exists():
        return None
    path = folder / RULES_FILE
    return parse_rules(path.read_bytes(), str(path))
