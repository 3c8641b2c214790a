"""After a match: contact made, one regisseur agreed — the coordination messages a laptop
sends and what the CJG tells each side of a match (1 gezin, 1 plan, 1 regisseur).

Content-free by design: steps, dates and organisations (an organisation of one of the two
professionals, one from the sociale kaart, or a typed organisation name) — never a family
member, a note or a plan. A typed name is held to what an organisation's name looks like:
no long digit runs (a phone number, a BSN), no e-mail address, no line breaks.

Sides are always relative to the one who speaks: in a laptop's message ``mine`` is the
sender's organisation and ``yours`` the other professional's; in the CJG's notice ``mine``
is the organisation of the laptop that reads it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Annotated, Literal

from pydantic import AfterValidator, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from sync.protocol.wire import Uuid, WireModel

# What kind of organisation a professional works for (the CJG records it at the invite):
# the municipality's rules propose a regisseur by kind.
OrgKind = Literal["jgz", "verloskunde", "schuldhulp", "amw", "wijkteam", "ggz",
                  "verslavingszorg", "cjg", "overig"]
ORG_KINDS: tuple[str, ...] = OrgKind.__args__  # type: ignore[attr-defined]

_NAME_CHARACTERS = re.compile(r"^[\w .,&'()/+\-]+$")
_DIGIT_RUN = re.compile(r"\d{5,}")


def _organisation_name(value: str) -> str:
    value = " ".join(value.split())
    if not _NAME_CHARACTERS.fullmatch(value) or _DIGIT_RUN.search(value):
        raise PydanticCustomError(
            "organisation_name", "an organisation's name only: letters, digits, spaces and "
            ". , & ' ( ) / + -, no phone number or other number of five digits or more")
    return value


OrganisationName = Annotated[str, StringConstraints(min_length=2, max_length=120),
                             AfterValidator(_organisation_name)]
KaartKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._:-]{1,80}$")]
Side = Literal["mine", "yours", "third"]
LONGEST_ROLE_DAYS = 2 * 365 + 1     # a regisseur is agreed for at most two years


class Regisseur(WireModel):
    """Who coordinates: the sender's organisation, the other's, or a third organisation
    (from the sociale kaart — its key — or typed)."""

    side: Side
    organisation: OrganisationName | None = None
    kaart_key: KaartKey | None = None

    @model_validator(mode="after")
    def _third_is_named(self) -> Regisseur:
        if (self.side == "third") != (self.organisation is not None):
            raise ValueError("a third organisation is named; the two professionals' own "
                             "organisations are not")
        if self.kaart_key is not None and self.side != "third":
            raise ValueError("only a third organisation comes from the sociale kaart")
        return self


class Coordination(WireModel):
    """The payload of a ``coordination`` envelope: one step about one match."""

    version: Literal[1] = 1
    match_id: Uuid
    step: Literal["contact", "propose", "accept"]
    on: date                                 # the day contact was made, proposed, agreed
    proposal_id: Uuid | None = None          # propose: a new id; accept: the one accepted
    regisseur: Regisseur | None = None       # propose only
    until: date | None = None                # propose only: the role ends then

    @model_validator(mode="after")
    def _fields_of_step(self) -> Coordination:
        wanted = {"contact": (False, False, False), "propose": (True, True, True),
                  "accept": (True, False, False)}[self.step]
        given = (self.proposal_id is not None, self.regisseur is not None,
                 self.until is not None)
        if given != wanted:
            raise ValueError(f"a '{self.step}' step carries "
                             + ("proposal_id, regisseur and until" if self.step == "propose"
                                else "proposal_id only" if self.step == "accept"
                                else "no proposal_id, regisseur or until"))
        if self.until is not None and not (
                self.on < self.until <= self.on + timedelta(days=LONGEST_ROLE_DAYS)):
            raise ValueError("until lies after the day of the proposal and at most two "
                             "years later")
        return self


def check_step_day(step: Coordination, today: date) -> None:
    """At the CJG: a step is dated at most a day ahead (a laptop's local date may be ahead
    of UTC) and at most a year back."""
    if step.on > today + timedelta(days=1):
        raise ValueError("the step is dated in the future")
    if step.on < today - timedelta(days=366):
        raise ValueError("the step is dated more than a year ago")


# -- what the CJG tells each side -----------------------------------------------------------
class RegisseurNamed(WireModel):
    """A regisseur as the CJG names it to one side: the side, relative to the reader, and
    the organisation's name (for ``mine``/``yours`` as the CJG enrolled that professional)."""

    side: Side
    organisation: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    kaart_key: KaartKey | None = None
    until: date


class Proposal(WireModel):
    id: Uuid
    by: Literal["me", "other"]
    regisseur: RegisseurNamed
    proposed_on: date


class Agreement(WireModel):
    regisseur: RegisseurNamed
    agreed_on: date


class Suggestion(WireModel):
    """The municipality's rule for this match: which kind of organisation it proposes as
    regisseur, and whether one of the two professionals works for one."""

    rule: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]
    organisation_kind: OrgKind
    side: Literal["mine", "yours"] | None = None
    organisation: Annotated[str, StringConstraints(max_length=200)] = ""
    why: Annotated[str, StringConstraints(max_length=400)] = ""


class NoticeCoordination(WireModel):
    """A match's coordination as the CJG holds it, told to one side."""

    contact_mine: date | None = None         # the reader confirmed contact on
    contact_theirs: date | None = None       # the other professional confirmed contact on
    proposal: Proposal | None = None         # open, not yet answered
    agreed: Agreement | None = None
    suggestion: Suggestion | None = None
    escalated_on: date | None = None         # the CJG saw it stall and said so, once


# -- terms in working days ------------------------------------------------------------------
def working_days_after(start: date, end: date) -> int:
    """Working days (Monday to Friday) after ``start`` up to and including ``end``."""
    if end <= start:
        return 0
    whole_weeks, rest = divmod((end - start).days, 7)
    count = whole_weeks * 5
    for offset in range(1, rest + 1):
        if (start + timedelta(days=offset)).weekday() < 5:
            count += 1
    return count


def add_working_days(start: date, days: int) -> date:
    """The day ``days`` working days after ``start``."""
    day, left = start, days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


__all__ = ["ORG_KINDS", "Agreement", "Coordination", "NoticeCoordination", "OrgKind",
           "OrganisationName", "Proposal", "Regisseur", "RegisseurNamed", "Suggestion",
           "add_working_days", "check_step_day", "working_days_after"]
