"""Warm handover: a family's file that travels from one professional's laptop to another's,
sealed end to end, through a CJG that relays what it cannot read.

* Every enrolled laptop registers a KEM key of its own (``HandoverKey``); the CJG publishes
  a **directory** of enrolled professionals, each entry signed by the CJG, binding the
  professional as enrolled to the device's signing key and KEM key.
* A **package** (``HandoverPackage``, the file's chosen parts with the parents' consent and
  reaction) is signed by the sending device and sealed with HPKE to the receiving device's
  KEM key (``SealedHandover``). The CJG keeps the ciphertext until the receiver's receipt or
  30 days, then deletes it.
* The receiver answers with a **receipt** it signs itself (accepted, declined, and later
  warm contact made); the CJG relays receipts to the sender in a status it signs.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import Field, StringConstraints

from sync.protocol.canonical import canonical, sha256_hex
from sync.protocol.crypto import (
    KemKeyPair,
    ProtocolError,
    open_signed,
    seal_signed,
    sign_statement,
    verify_statement,
)
from sync.protocol.models import PersonRole, Professional, Receipt, SuiteName
from sync.protocol.receipts import ReceiptVerifier
from sync.protocol.wire import B64, Ed25519Key, Ed25519Sig, KeyId, UtcSecond, Uuid, WireModel

DIRECTORY_CONTEXT = b"stap0-directory-v1"
RECEIPT_CONTEXT = b"stap0-handover-receipt-v1"
STATUS_CONTEXT = b"stap0-handover-status-v1"
KEEP_DAYS = 30                      # the CJG deletes a package not fetched by then
MAX_PACKAGE = 1_200_000             # bytes of the package's JSON, before sealing

# A sealed package: larger than a signal's envelope, within the 2 MiB request.
SealedB64 = Annotated[str, StringConstraints(
    pattern=r"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$",
    max_length=1_700_000)]
Text = Annotated[str, StringConstraints(max_length=400)]
LongText = Annotated[str, StringConstraints(max_length=4000)]
Ref = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,12}$")]


# -- keys and the directory ----------------------------------------------------------------
class HandoverKey(WireModel):
    """A laptop's KEM key for packages sealed to it (``POST /v1/handover-key``)."""

    suite: SuiteName
    public_key: B64


class DirectoryEntry(WireModel):
    """An enrolled professional as the CJG vouches for them: who, and their device's keys."""

    device_id: Uuid
    professional: Professional
    organisation_kind: Annotated[str, StringConstraints(max_length=40)] = ""
    signing_key: Ed25519Key          # verifies the device's packages and receipts
    kem_suite: SuiteName
    kem_public_key: B64              # packages are sealed to it
    key_id: KeyId                    # the CJG key that signed
    signature: Ed25519Sig


class Directory(WireModel):
    entries: list[DirectoryEntry] = Field(default_factory=list, max_length=20_000)


def sign_entry(cjg_key: ed25519.Ed25519PrivateKey, fields: dict[str, object]) -> DirectoryEntry:
    return sign_statement(cjg_key, DIRECTORY_CONTEXT, DirectoryEntry, fields)


def verify_entry(entry: DirectoryEntry, cjg_public_raw: bytes) -> None:
    verify_statement(entry, cjg_public_raw, DIRECTORY_CONTEXT, "bad_directory_entry")


# -- the package ---------------------------------------------------------------------------
class HandoverMember(WireModel):
    ref: Ref
    role: PersonRole
    given_name: Annotated[str, StringConstraints(max_length=120)] = ""
    family_name: Annotated[str, StringConstraints(max_length=120)] = ""
    bsn: Annotated[str, StringConstraints(pattern=r"^\d{9}$")] | None = None
    birth_date: date | None = None
    expected_date: date | None = None
    mother_ref: Ref | None = None


class HandoverRelation(WireModel):
    from_ref: Ref
    to_ref: Ref
    kind: Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,20}$")]


class HandoverDomain(WireModel):
    title: Text
    risks: list[Text] = Field(default_factory=list, max_length=60)
    protective: list[Text] = Field(default_factory=list, max_length=60)
    need_professional: int | None = Field(default=None, ge=0, le=3)
    need_parent: int | None = Field(default=None, ge=0, le=3)


class HandoverChecklist(WireModel):
    """The latest checklist's summary and the professional's judgement."""

    title: Text
    filled_in_on: date
    judgement: Literal["low", "raised", "high"] | None = None
    reason: LongText = ""
    domains: list[HandoverDomain] = Field(default_factory=list, max_length=20)


class HandoverReferral(WireModel):
    organisation: Text
    offer: Text
    contact: Text = ""
    made_on: date


class HandoverCoordination(WireModel):
    """Who coordinates after a match: the other professional's organisation and the
    agreed regisseur."""

    with_organisation: Text
    regisseur: Text = ""
    until: date | None = None


class HandoverNote(WireModel):
    written_on: date
    text: Annotated[str, StringConstraints(max_length=200_000)]


class HandoverConsent(WireModel):
    """The parents' consent for this transfer, to this receiver (as recorded)."""

    given_by: Text
    capacity: Annotated[str, StringConstraints(max_length=40)]
    method: Annotated[str, StringConstraints(max_length=40)]
    text_version: Annotated[str, StringConstraints(max_length=40)]
    text_sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    recorded_by: Text
    recorded_on: date
    valid_until: date


class HandoverFamily(WireModel):
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    street_address: Text = ""
    postcode: Annotated[str, StringConstraints(max_length=10)] = ""
    city: Text = ""
    wijk: Text = ""


class HandoverPackage(WireModel):
    """What travels: only the parts the sender chose, and the parents' own words."""

    version: Literal[1] = 1
    handover_id: Uuid
    sender: Professional
    sent_on: date
    family: HandoverFamily
    members: list[HandoverMember] = Field(default_factory=list, max_length=30)
    relations: list[HandoverRelation] = Field(default_factory=list, max_length=100)
    checklist: HandoverChecklist | None = None
    referrals: list[HandoverReferral] = Field(default_factory=list, max_length=100)
    coordination: list[HandoverCoordination] = Field(default_factory=list, max_length=20)
    notes: list[HandoverNote] = Field(default_factory=list, max_length=500)
    consent: HandoverConsent
    reaction: LongText = ""          # the parents' own reaction, as they gave it


# -- sealed, on the wire ---------------------------------------------------------------------
class HandoverHeader(WireModel):
    id: Uuid
    from_device: Uuid
    to_device: Uuid
    created_at: UtcSecond
    suite: SuiteName


class SealedHandover(WireModel):
    header: HandoverHeader
    ciphertext: SealedB64


def _info(header: HandoverHeader) -> bytes:
    return b"stap0-handover-v1|" + canonical(header.model_dump(mode="json"))


def _signing(header: HandoverHeader, payload: bytes) -> bytes:
    return b"stap0-handover-v1\n" + canonical(header.model_dump(mode="json")) + b"\n" + payload


def seal_package(header: HandoverHeader, package: HandoverPackage,
                 sender_key: ed25519.Ed25519PrivateKey, receiver_kem: bytes) -> SealedHandover:
    payload = canonical(package.model_dump(mode="json"))
    if len(payload) > MAX_PACKAGE:
        raise ProtocolError("package_too_large", f"{len(payload)} bytes; at most {MAX_PACKAGE}")
    return SealedHandover(header=header, ciphertext=seal_signed(
        header.suite, receiver_kem, _info(header), _signing(header, payload), payload,
        sender_key))


def open_package(sealed: SealedHandover, pair: KemKeyPair,
                 sender_signing_raw: bytes) -> HandoverPackage:
    """Decrypt with the receiver's key pair, check the sender's signature and that the
    package is the one its header names. ProtocolError says which check failed."""
    header = sealed.header
    payload = open_signed(sealed.ciphertext, header.suite, pair, _info(header),
                          lambda body: _signing(header, body), sender_signing_raw)
    try:
        package = HandoverPackage.model_validate_json(payload)
    except ValueError:
        raise ProtocolError("bad_package", "not a handover package") from None
    if package.handover_id != header.id:
        raise ProtocolError("bad_package", "the package is not the one its header names")
    return package


def sealed_digest(sealed: SealedHandover) -> str:
    return sha256_hex(canonical(sealed.model_dump(mode="json")))


def verify_held(receipt: Receipt, cjg_public_raw: bytes, sealed: SealedHandover) -> None:
    """The CJG's receipt (as for envelopes) says it holds exactly these sealed bytes."""
    if receipt.envelope_id != sealed.header.id or receipt.device_id != sealed.header.from_device:
        raise ProtocolError("receipt_other_handover")
    ReceiptVerifier(cjg_public_raw, sealed.header.from_device).check(
        receipt, sealed.header.id, sealed_digest(sealed))


# -- receipts and status ---------------------------------------------------------------------
# unreadable: declined because what arrived did not open or verify (changed on the way,
# sealed to a key the receiver no longer has, not signed by the sender)
Outcome = Literal["accepted", "declined", "unreadable", "warm_contact"]


class HandoverReceipt(WireModel):
    """The receiver's own word, signed by its device: the package (by its digest) was
    accepted, declined, or warm contact with the family was made."""

    handover_id: Uuid
    from_device: Uuid
    to_device: Uuid
    digest: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    outcome: Outcome
    at: UtcSecond
    signature: Ed25519Sig


def sign_handover_receipt(device_key: ed25519.Ed25519PrivateKey,
                          fields: dict[str, object]) -> HandoverReceipt:
    return sign_statement(device_key, RECEIPT_CONTEXT, HandoverReceipt, fields)


def verify_handover_receipt(receipt: HandoverReceipt, receiver_signing_raw: bytes) -> None:
    verify_statement(receipt, receiver_signing_raw, RECEIPT_CONTEXT, "bad_handover_receipt")


class HandoverStatus(WireModel):
    """The CJG's word about one package: to its sender — held, expired (deleted unread),
    withdrawn by the sender, or answered, with the receiver's receipts; to its receiver —
    withdrawn (a copy fetched and not answered is deleted there)."""

    handover_id: Uuid
    from_device: Uuid
    state: Literal["waiting", "answered", "expired", "withdrawn"]
    receipts: list[HandoverReceipt] = Field(default_factory=list, max_length=4)
    key_id: KeyId
    signature: Ed25519Sig


def sign_status(cjg_key: ed25519.Ed25519PrivateKey, fields: dict[str, object]) -> HandoverStatus:
    return sign_statement(cjg_key, STATUS_CONTEXT, HandoverStatus, fields)


def verify_status(status: HandoverStatus, cjg_public_raw: bytes) -> None:
    verify_statement(status, cjg_public_raw, STATUS_CONTEXT, "bad_handover_status")


__all__ = ["KEEP_DAYS", "Directory", "DirectoryEntry", "HandoverHeader", "HandoverKey",
           "HandoverPackage", "HandoverReceipt", "HandoverStatus", "SealedHandover",
           "open_package", "seal_package", "sealed_digest"]
