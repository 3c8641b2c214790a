"""Wire models. Every model refuses unknown fields: a payload carries only what it may."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, field_validator

from sync.protocol.coordination import NoticeCoordination
from sync.protocol.wire import (
    B64,
    DomainCode,
    Ed25519Key,
    Ed25519Sig,
    KeyId,
    Sha256Hex,
    UtcSecond,
    Uuid,
    WireModel,
)


class PersonRole(StrEnum):
    """Who a person of a signal is; the laptop composes with the same roles."""

    CHILD = "child"
    UNBORN = "unborn"
    PARENT = "parent"
    ADULT_CLIENT = "adult_client"


class Professional(WireModel):
    """A professional as the CJG enrolled them (shown to the other side of a match)."""

    name: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    organisation: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    role: Annotated[str, StringConstraints(max_length=80)] = ""
    phone: Annotated[str, StringConstraints(max_length=40)] = ""
    email: Annotated[str, StringConstraints(max_length=200)] = ""

    def summary(self) -> str:
        """Name, role, organisation and contact on one line (what the CJG enrolled)."""
        return ", ".join(part for part in (self.name, self.role, self.organisation,
                                           self.phone, self.email) if part)


class SuiteName(StrEnum):
    HYBRID = "MLKEM768X25519-HKDFSHA256-CHACHA20POLY1305"   # the default
    CLASSIC = "X25519-HKDFSHA256-CHACHA20POLY1305"          # only when the profile allows


# -- envelopes, receipts, notices ---------------------------------------------------------
class EnvelopeHeader(WireModel):
    id: Uuid                      # the idempotency key
    device_id: Uuid
    created_at: UtcSecond         # within a day of the CJG's clock
    suite: SuiteName
    kind: Literal["signal", "withdrawal", "coordination"] = "signal"


class Envelope(WireModel):
    header: EnvelopeHeader
    ciphertext: B64               # HPKE(sealed: signed payload), info bound to the header


class InclusionProof(WireModel):
    """Where one leaf sits in a Merkle tree signed at once (a batch): the leaf's index,
    the tree's size and the inclusion path, lowest sibling first (RFC 9162, 2.1.3)."""

    size: int = Field(ge=1, le=1024)
    index: int = Field(ge=0, le=1023)
    path: list[Sha256Hex] = Field(max_length=10)


class SignedPayload(WireModel):
    """Inside the HPKE seal: the payload bytes and the device's signature — over the
    header-bound bytes themselves, or (``tree``) over the root of the batch's tree of
    them (see crypto.signing_bytes and signed_trees)."""

    payload: B64                  # canonical JSON of a Signal, Withdrawal or Coordination
    signature: Ed25519Sig
    tree: InclusionProof | None = None


Pseudonym = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Ref = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,12}$")]


class SignalPerson(WireModel):
    """A person of a signal as the CJG sees it: a role, a pseudonym (never a BSN), and the
    links within the signal. An unborn child has no pseudonym: its mother is its link."""

    ref: Ref
    role: PersonRole
    pseudonym: Pseudonym | None = None
    parent_refs: list[Ref] = Field(default_factory=list, max_length=4)


class Signal(WireModel):
    """Protocol v2: what the inbox receives. No BSN, no birth date or year, no name, no
    contact (those come from the enrolled device record), no free text."""

    version: Literal[2] = 2
    people: list[SignalPerson] = Field(min_length=1, max_length=12)
    signalled_on: date
    domains: list[DomainCode] = Field(min_length=1, max_length=12)
    judgement: Literal["raised", "high"]
    ends_on: date
    consent_ref: Uuid

    @field_validator("people")
    @classmethod
    def _links(cls, people: list[SignalPerson]) -> list[SignalPerson]:
        refs = [p.ref for p in people]
        if len(set(refs)) != len(refs):
            raise ValueError("duplicate person ref")
        for person in people:
            for parent in person.parent_refs:
                if parent not in refs:
                    raise ValueError(f"unknown parent ref '{parent}'")
        return people


class Withdrawal(WireModel):
    version: Literal[1] = 1
    envelope_id: Uuid             # the signal withdrawn
    reason: Literal["consent_withdrawn", "ended", "professional"] = "professional"


class Receipt(WireModel):
    """The CJG's signed word that it holds this envelope, from this device, as these bytes."""

    envelope_id: Uuid
    device_id: Uuid               # the device that sent it
    status: Literal["accepted", "duplicate"]   # duplicate: held since ``received_at``
    received_at: UtcSecond        # exactly as signed: UTC, to the second
    digest: Sha256Hex             # of the envelope's canonical JSON
    key_id: KeyId                 # which CJG key signed (first 16 hex of its SHA-256)
    tree: InclusionProof
    signature: Ed25519Sig         # by the CJG receipt key over the tree's root (receipts.py)


class EnvelopeResult(WireModel):
    envelope_id: str
    status: Literal["accepted", "duplicate", "rejected"]
    receipt: Receipt | None = None
    error: str | None = None
    detail: str | None = None


class BatchRequest(WireModel):
    envelopes: list[Envelope] = Field(min_length=1, max_length=100)


class BatchResponse(WireModel):
    results: list[EnvelopeResult]


MatchHow = Literal["same_child", "shared_parent", "parent_child", "unborn_mother",
                   "adult_client_child", "same_person"]


class MatchNotice(WireModel):
    """Another professional's signal about the same family: which of yours, how, and the
    other's enrolled contact — never the other's envelope or pseudonyms."""

    device_id: Uuid               # the device this notice is for
    envelope_id: Uuid             # your signal
    match_id: Uuid                # this match (opaque; the same for both sides)
    how: MatchHow
    other: Professional           # from the other device's enrollment
    matched_at: UtcSecond
    ended_on: date | None = None  # the other signal ended (withdrawn, expired, revoked)
    coordination: NoticeCoordination = Field(default_factory=NoticeCoordination)
    key_id: KeyId                 # which CJG key signed
    signature: Ed25519Sig                # Ed25519 by the CJG over the rest (crypto.notice_body)


class EnrollmentRequest(WireModel):
    code: Annotated[str, StringConstraints(pattern=r"^[A-Z0-9-]{8,40}$")]
    device_public_key: Ed25519Key        # Ed25519, raw 32 bytes


class EnrollmentResponse(WireModel):
    """Who the CJG enrolled: what another professional is shown at a match. The laptop
    shows it for the professional to confirm."""

    device_id: Uuid
    professional: Professional


class DeviceCertificate(WireModel):
    """The CJG's word that a device is enrolled (for the pseudonymisation service, which
    shares no database with the inbox). Short-lived: renewed at each sync."""

    device_id: Uuid
    public_key: Ed25519Key        # the device's Ed25519 key, raw
    professional: Annotated[str, StringConstraints(max_length=120)]
    organisation: Annotated[str, StringConstraints(max_length=200)]
    issued_at: datetime
    expires_at: datetime
    signature: Ed25519Sig                # Ed25519 by the CJG, over everything above


class Policy(WireModel):
    """What the CJG asks of every laptop it enrolls (part of the signed profile)."""

    idle_lock_max_minutes: int = Field(default=30, ge=1, le=30)
    lease_days: int = Field(default=30, ge=1, le=365)   # a laptop not seen that long stops
    # After a match: contact confirmed by both sides within this many working days, and a
    # regisseur agreed within the second term — or the match is due on both laptops and
    # stalled at the CJG.
    contact_working_days: int = Field(default=10, ge=1, le=60)
    regie_working_days: int = Field(default=20, ge=1, le=120)


class Lease(WireModel):
    """The CJG's word that this device may go on queueing signals until ``expires_at``;
    renewed at each sync. Past it the vault still opens, but queues no signal."""

    device_id: Uuid
    issued_at: UtcSecond
    expires_at: UtcSecond
    signature: Ed25519Sig                # Ed25519 by the CJG's receipt key, over everything above


class Revocation(WireModel):
    """The CJG's word that this device was revoked (lost, stolen, left the job): the
    laptop removes its passphrase key slot; only the organisation's recovery key opens
    the vault after that. Given only to the device itself, in a signed request."""

    device_id: Uuid
    revoked_at: UtcSecond
    signature: Ed25519Sig                # Ed25519 by the CJG's receipt key, over everything above


class PseudonymiserInfo(WireModel):
    """What a pseudonymisation service publishes, for the CJG's connection profile."""

    url: Annotated[str, StringConstraints(pattern=r"^https://[^\s]+$")]
    suite: Literal["VOPRF(ristretto255, SHA-512)"] = "VOPRF(ristretto255, SHA-512)"
    public_key: B64               # the VOPRF public key (ristretto255 element)
    tls_ca_pem: Annotated[str, StringConstraints(min_length=20, max_length=20_000)]


class ConnectionProfile(WireModel):
    """Made by the CJG; the client trusts nothing else."""

    version: Literal[1] = 1
    municipality: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    server_url: Annotated[str, StringConstraints(pattern=r"^https://[^\s]+$")]
    hpke_suite: SuiteName
    hpke_public_key: B64          # the CJG's KEM public key (raw, per suite)
    receipt_public_key: Ed25519Key       # Ed25519, raw
    tls_ca_pem: Annotated[str, StringConstraints(min_length=20, max_length=20_000)]
    allow_classic_suite: bool = False
    pseudonymiser: PseudonymiserInfo | None = None
    kaart_public_key: Ed25519Key | None = None   # Ed25519, raw: signs the sociale kaart (offline)
    policy: Policy = Field(default_factory=Policy)


class ProfileUpdate(WireModel):
    """A new connection profile, signed by the receipt key of the profile before it: a
    laptop that holds that one takes this one (and keeps its enrollment)."""

    profile: ConnectionProfile
    signed_by: KeyId              # the key id of the previous profile's receipt key
    signature: Ed25519Sig                # Ed25519 over "stap0-profile-v1\n" + canonical(profile)


class ProfileChain(WireModel):
    """Every profile change since the first, oldest first."""

    updates: list[ProfileUpdate] = Field(default_factory=list, max_length=1000)
