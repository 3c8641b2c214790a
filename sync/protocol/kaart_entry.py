"""One entry of the sociale kaart: an offer of one organisation, as the municipality's
directory lists it, the CJG publishes it (``sync.protocol.kaart``) and a laptop keeps it.

An entry's problem domains use the same codes as the checklists' leefgebieden, so that a
checklist's domains at risk find the offers that fit. Ages are in years; an offer that
starts in pregnancy says so (``from_pregnancy``).
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
from pydantic_core import PydanticCustomError

from sync.protocol.contact import checked_phone, email_problem

Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=400)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
DomainCode = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,40}$")]
MAX_AGE = 120


ADULT_AGE = 18  # an offer from this age on is help for the parents


class KaartEntry(BaseModel):
    """One offer of one organisation, as the municipality's directory lists it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: Annotated[str, StringConstraints(min_length=1, max_length=80)]
    organisation: Name
    offer: Name
    description: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] = ""
    age_min: int | None = Field(default=None, ge=0, le=MAX_AGE)
    age_max: int | None = Field(default=None, ge=0, le=MAX_AGE)
    from_pregnancy: bool = False
    domains: list[DomainCode] = Field(default_factory=list, max_length=12)
    gemeente: Name
    wijk: Text = ""                    # empty: the whole gemeente
    how_to_refer: Text = ""
    contact_person: Text = ""
    phone: Text = ""
    email: Text = ""
    address: Text = ""
    opening_hours: Text = ""
    overleg: list[Text] = Field(default_factory=list, max_length=20)
    last_verified: date | None = None

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        return checked_phone(value)

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        if value and email_problem(value):
            raise PydanticCustomError("email_invalid", "this e-mail address cannot be right")
        return value

    @field_validator("age_max")
    @classmethod
    def _ages(cls, value: int | None, info) -> int | None:  # type: ignore[no-untyped-def]
        low = info.data.get("age_min")
        if value is not None and low is not None and value < low:
            raise PydanticCustomError("ages_reversed", "the age range ends before it starts")
        return value

    def serves_age(self, age: int | None, pregnant: bool = False) -> bool:
        """Whether the offer fits a family whose youngest child is ``age`` (or unborn):
        help for that child, help for anyone, and help for the parents (adults only) —
        a prenatal search must not hide the debt help the family needs."""
        if self.age_min is not None and self.age_min >= ADULT_AGE:
            return True
        if pregnant and self.from_pregnancy:
            return True
        if age is None:
            return not pregnant or (self.age_min is None and self.age_max is None)
        return (self.age_min is None or self.age_min <= age) and (
            self.age_max is None or age <= self.age_max)

    def search_text(self) -> str:
        return " ".join((self.organisation, self.offer, self.description, self.wijk,
                         self.gemeente, " ".join(self.overleg)))


def derived_key(organisation: str, offer: str, gemeente: str, wijk: str) -> str:
    """A stable key for an entry without an id: the same row imported twice is one entry."""
    text = "|".join(p.strip().casefold() for p in (organisation, offer, gemeente, wijk))
    return "k" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]
