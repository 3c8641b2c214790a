"""The caseload: families, their members, home visits and notes.

Validation errors use stable error types (``PydanticCustomError``) so that the UI and
the command line can show a sentence in the user's language for each.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, NamedTuple

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from stap0_desktop.domain.bsn import bsn_problem, canonical_bsn
from sync.protocol.contact import checked_phone

Name = Annotated[str, StringConstraints(strip_whitespace=True, max_length=120)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, frozen=False)


class MemberRole(StrEnum):
    PARENT = "parent"          # ouder / verzorger
    CHILD = "child"            # kind
    UNBORN = "unborn"          # ongeboren kind
    ADULT_CLIENT = "adult_client"  # volwassen cliënt (schuldhulp)


class RelationKind(StrEnum):
    PARENT_OF = "parent_of"
    CARER_OF = "carer_of"
    PARTNER_OF = "partner_of"
    SIBLING_OF = "sibling_of"


class VisitKind(StrEnum):
    PRENATAL = "prenatal"
    DEBT_COUNSELLING = "debt_counselling"
    FOLLOW_UP = "follow_up"
    OTHER = "other"


def _require_text(value: str, field: str) -> str:
    if not value.strip():
        raise PydanticCustomError("empty", "{field} may not be empty", {"field": field})
    return value


class Family(_Model):
    """A household (gezin)."""

    id: int | None = None
    uid: str | None = None
    name: Name
    street_address: ShortText = ""
    postcode: Annotated[str, StringConstraints(strip_whitespace=True, max_length=10)] = ""
    city: Name = ""
    wijk: Name = ""                      # the neighbourhood, for the sociale kaart's ranking
    created_at: datetime | None = None
    updated_at: datetime | None = None
    archived_at: datetime | None = None  # a closed file: out of the daily list

    @field_validator("name")
    @classmethod
    def _name_not_empty(cls, value: str) -> str:
        return _require_text(value, "name")


class Member(_Model):
    """A member of a family: a parent/carer, child, unborn child or adult client."""

    id: int | None = None
    family_id: int | None = None
    role: MemberRole
    given_name: Name = ""
    family_name: Name = ""
    bsn: str | None = None
    birth_date: date | None = None
    expected_date: date | None = None
    mother_id: int | None = None

    @field_validator("bsn")
    @classmethod
    def _bsn_elfproef(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        problem = bsn_problem(value)
        if problem is not None:
            raise PydanticCustomError(
                "bsn_invalid", "not a valid BSN ({problem})", {"problem": problem.value}
            )
        return canonical_bsn(value)

    @model_validator(mode="after")
    def _role_rules(self) -> Member:
        if self.role is MemberRole.UNBORN:
            if self.expected_date is None:
                raise PydanticCustomError(
                    "expected_date_missing", "an unborn child needs an expected date"
                )
            if self.bsn is not None:
                raise PydanticCustomError("unborn_bsn", "an unborn child has no BSN")
            if self.birth_date is not None:
                raise PydanticCustomError("unborn_birth_date", "an unborn child has no birth date")
        else:
            if not self.given_name.strip() and not self.family_name.strip():
                raise PydanticCustomError("name_empty", "a member needs a name")
            if self.expected_date is not None:
                raise PydanticCustomError(
                    "expected_date_not_unborn", "only an unborn child has an expected date"
                )
            if self.birth_date is not None and self.birth_date > date.today():
                raise PydanticCustomError(
                    "birth_date_future", "a birth date cannot be in the future"
                )
        return self

    @property
    def display_name(self) -> str:
        name = f"{self.given_name} {self.family_name}".strip()
        return name


class Relation(_Model):
    """A directed relation between two members of one family."""

    from_member_id: int
    to_member_id: int
    kind: RelationKind

    @model_validator(mode="after")
    def _not_self(self) -> Relation:
        if self.from_member_id == self.to_member_id:
            raise PydanticCustomError("relation_self", "a member cannot be related to itself")
        return self


class Visit(_Model):
    """A home visit (huisbezoek)."""

    id: int | None = None
    family_id: int
    visit_date: date
    kind: VisitKind
    professional: Name = ""
    place: ShortText = ""


class Note(_Model):
    """Free text written by the professional. It never leaves the laptop."""

    id: int | None = None
    family_id: int
    visit_id: int | None = None
    body: Annotated[str, Field(max_length=200_000)] = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # The day it was written elsewhere (a handover brings only the day); None once
    # written or edited here.
    written_on: date | None = None


class NoteHit(_Model):
    """One search result: a note, its family, and a snippet with marked matches."""

    note_id: int
    family_id: int
    family_name: str
    visit_id: int | None
    updated_at: datetime
    snippet: str
    score: float
    family_city: str = ""    # tells apart families of one name
    family_street: str = ""


class FamilySummary(NamedTuple):
    """A row of the family list: read from the vault's own schema, so not validated again
    (a pydantic model per row was half the time of listing 50,000 families), and a named
    tuple (made four times faster than a frozen dataclass; as immutable)."""

    id: int
    uid: str
    name: str
    city: str
    member_count: int
    last_visit: date | None
    updated_at: datetime
    archived: bool = False
    street_address: str = ""  # tells apart families of one name in one place
    unseen_matches: int = 0   # matches from the CJG the professional has not seen yet


def family_label(name: str, city: str, street: str = "") -> str:
    """How a family is told apart from others of the same name: its address."""
    where = ", ".join(part for part in (street, city) if part)
    return f"{name} — {where}" if where else name


class Professional(_Model):
    """The professional who owns a vault; named in the access log."""

    user_id: str
    name: Name
    role: Name
    organisation: Name = ""
    phone: Name = ""                   # work phone, printed on the parents' copy

    @field_validator("name", "role", "user_id")
    @classmethod
    def _not_empty(cls, value: str) -> str:
        return _require_text(value, "name")

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        return checked_phone(value)
