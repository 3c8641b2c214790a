"""Why a signal may leave the laptop: explicit consent (AVG art. 7 and 9) or a named legal
basis with a written reason.

A consent record holds whose data, who consented and as what, the purpose, the recipient,
exactly what was shown (version and hash of the text), how, when, by whom, until when,
and its withdrawal. Withdrawing must be as easy as giving.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError


class BasisKind(StrEnum):
    CONSENT = "consent"
    LEGAL_BASIS = "legal_basis"


class ConsentCapacity(StrEnum):
    PARENT = "parent"          # ouder met gezag
    GUARDIAN = "guardian"      # voogd
    SELF = "self"              # the adult client, or a young person of 16 or older


class ConsentMethod(StrEnum):
    SPOKEN = "spoken"          # mondeling, vastgelegd door de professional
    SIGNED = "signed"          # ondertekend


class LegalBasis(StrEnum):
    STATUTORY_TASK = "statutory_task"      # wettelijke taak (AVG art. 6 lid 1 sub e)
    MELDRECHT = "meldrecht_wmo"            # meldrecht, Wmo 2015 art. 5.2.6
    VITAL_INTEREST = "vital_interest"      # vitaal belang (AVG art. 6 lid 1 sub d)


CONSENT_TEXT_VERSION = "2026-2"   # 2026-2: what a v2 signal holds (a code, no BSN)
PURPOSE = "share_worry_with_cjg"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SharingBasis(BaseModel):
    """Consent, or another legal basis; only with one may a signal be queued."""

    model_config = ConfigDict(extra="forbid")

    id: int | None = None
    uid: str | None = None                               # the consent_ref in a signal
    family_id: int
    kind: BasisKind
    member_ids: list[int] = Field(min_length=1)          # whose data
    purpose: str = PURPOSE
    recipient: str = Field(min_length=1, max_length=200)  # the CJG of the profile
    # consent
    given_by: str = Field(default="", max_length=200)
    capacity: ConsentCapacity | None = None
    method: ConsentMethod | None = None
    text_version: str = ""
    text_sha256: str = ""
    text_shown: str = Field(default="", max_length=20_000)  # exactly what they read
    # another legal basis
    legal_basis: LegalBasis | None = None
    reason: str = Field(default="", max_length=4000)
    # both
    recorded_by: str = Field(min_length=1, max_length=200)
    recorded_at: datetime | None = None
    valid_until: date
    withdrawn_at: datetime | None = None
    withdrawn_by: str = ""

    @model_validator(mode="after")
    def _complete(self) -> SharingBasis:
        if self.kind is BasisKind.CONSENT:
            if not self.given_by.strip() or self.capacity is None or self.method is None:
                raise PydanticCustomError(
                    "consent_incomplete", "consent needs who gave it, as what, and how")
            if len(self.text_sha256) != 64:
                raise PydanticCustomError("consent_text", "the text shown must be recorded")
            if self.text_shown and text_hash(self.text_shown) != self.text_sha256:
                raise PydanticCustomError("consent_text", "the text does not match its hash")
        else:
            if self.legal_basis is None:
                raise PydanticCustomError("basis_missing", "name the legal basis")
            if not self.reason.strip():
                raise PydanticCustomError("reason_required", "a legal basis needs a reason")
        return self

    def valid_on(self, day: date) -> bool:
        return self.withdrawn_at is None and day <= self.valid_until
