"""The signal payload: what leaves the laptop, and nothing else.

Shared by the app (to compose and preview a signal) and the protocol (to seal and check
it). Unknown fields are refused; there is no free text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, field_validator

from stap0_desktop.domain.bsn import canonical_bsn
from sync.protocol.models import PersonRole
from sync.protocol.wire import DomainCode, Uuid, WireModel

__all__ = ["Person", "PersonRole", "SignalPayload", "Signaller", "wire_form"]


class Person(WireModel):
    """A family member a signal concerns. ``ref`` is local to the signal."""

    ref: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,12}$")]
    role: PersonRole
    bsn: str | None = None
    birth_year: int | None = Field(default=None, ge=1900, le=2100)
    expected_date: date | None = None          # an unborn child
    parent_refs: list[str] = Field(default_factory=list, max_length=4)

    @field_validator("bsn")
    @classmethod
    def _bsn(cls, value: str | None) -> str | None:
        if value is None:
            return None
        return canonical_bsn(value)


class Signaller(WireModel):
    """Who sent a signal, as the laptop keeps it with the payload (the vault's owner is
    ``domain.models.Professional``; whom the CJG enrolled, ``sync.protocol.models``)."""

    name: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    organisation: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    phone: Annotated[str, StringConstraints(max_length=40)] = ""
    email: Annotated[str, StringConstraints(max_length=200)] = ""


class SignalPayload(WireModel):
    """A content-free worry as the laptop composes and keeps it: who (with BSNs), by whom,
    which domains, how worried, until when. It leaves the laptop as its ``wire_form``."""

    version: Literal[1] = 1
    people: list[Person] = Field(min_length=1, max_length=12)
    professional: Signaller
    signalled_on: date
    domains: list[DomainCode] = Field(min_length=1, max_length=12)
    judgement: Literal["raised", "high"]
    ends_on: date
    consent_ref: Uuid

    @field_validator("people")
    @classmethod
    def _refs(cls, people: list[Person]) -> list[Person]:
        refs = [p.ref for p in people]
        if len(set(refs)) != len(refs):
            raise ValueError("duplicate person ref")
        for person in people:
            for parent in person.parent_refs:
                if parent not in refs:
                    raise ValueError(f"unknown parent ref '{parent}'")
        return people


def wire_form(payload: SignalPayload,
              pseudonym_of: Callable[[str], str | None]) -> dict[str, object]:
    """What the CJG receives of ``payload`` (protocol v2), as plain data: roles, a
    pseudonym instead of each BSN, the links within the signal, dates, domains and the
    judgement. No BSN, birth year, expected date, name or contact (the CJG shows the
    professional as enrolled). The preview and the sync client both use this."""
    return {
        "version": 2,
        "people": [{"ref": p.ref, "role": p.role.value,
                    "pseudonym": pseudonym_of(p.bsn) if p.bsn else None,
                    "parent_refs": list(p.parent_refs)} for p in payload.people],
        "signalled_on": payload.signalled_on.isoformat(), "domains": list(payload.domains),
        "judgement": payload.judgement, "ends_on": payload.ends_on.isoformat(),
        "consent_ref": payload.consent_ref,
    }
