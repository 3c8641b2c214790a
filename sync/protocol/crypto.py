"""The protocol's cryptography: HPKE sealing to the CJG, Ed25519 device and receipt keys.

* Envelope: the signed payload is sealed with HPKE (RFC 9180) to the CJG's key; the
  header is bound to the ciphertext as HPKE ``info`` *and* inside the device signature.
* Requests: signed by the device key over method, path, time, nonce and body digest.
* Match notices: signed by the CJG's receipt key, with their own context string
  (receipts, signed a batch at a time under that key: ``receipts``).
* Device certificates: the CJG's word, for the pseudonymisation service, that a device
  is enrolled (its own context string; short-lived).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from typing import TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from pydantic import BaseModel

from sync.protocol.canonical import canonical, sha256_hex, utc_second
from sync.protocol.models import (
    ConnectionProfile,
    DeviceCertificate,
    Envelope,
    EnvelopeHeader,
    Lease,
    MatchNotice,
    ProfileUpdate,
    Revocation,
    SignedPayload,
    SuiteName,
)

_SUITES = {
    SuiteName.HYBRID: hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256,
                                 hpke.AEAD.CHACHA20_POLY1305),
    SuiteName.CLASSIC: hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256,
                                  hpke.AEAD.CHACHA20_POLY1305),
}
MLKEM768_PUBLIC = 1184
TIME_WINDOW_S = 300


class ProtocolError(Exception):
    """A message that does not verify or decode; ``code`` says which check failed."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        raise ProtocolError("bad_base64") from None


# -- the CJG's KEM key pair -----------------------------------------------------------------
@dataclass(frozen=True)
class KemKeyPair:
    suite: SuiteName
    private_raw: bytes   # hybrid: 64-byte ML-KEM seed + 32-byte X25519; classic: 32 bytes
    public_raw: bytes

    @classmethod
    def generate(cls, suite: SuiteName = SuiteName.HYBRID) -> KemKeyPair:
        x_priv = x25519.X25519PrivateKey.generate()
        x_raw = x_priv.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        x_pub = x_priv.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        if suite is SuiteName.CLASSIC:
            return cls(suite, x_raw, x_pub)
        m_priv = mlkem.MLKEM768PrivateKey.generate()
        return cls(suite, m_priv.private_bytes_raw() + x_raw,
                   m_priv.public_key().public_bytes_raw() + x_pub)

    @cached_property
    def private_key(self) -> hpke.MLKEM768X25519PrivateKey | x25519.X25519PrivateKey:
        """The key object, made once per pair: expanding the ML-KEM seed cost about a
        sixth of the inbox's time per signal when it was done for every envelope."""
        if self.suite is SuiteName.CLASSIC:
            return x25519.X25519PrivateKey.from_private_bytes(self.private_raw)
        return hpke.MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(self.private_raw[:64]),
            x25519.X25519PrivateKey.from_private_bytes(self.private_raw[64:]))


KemPublic = hpke.MLKEM768X25519PublicKey | x25519.X25519PublicKey


def _public_key(suite: SuiteName, raw: bytes) -> KemPublic:
    """The CJG's public key, parsed once for all the envelopes sealed to it (a few keys
    at most; public material only)."""
    return _parsed_public_key(suite, bytes(raw))


def kem_public_key(suite: SuiteName, raw: bytes) -> KemPublic:
    """A KEM public key of ``suite`` (ProtocolError ``bad_public_key`` if it is none)."""
    return _public_key(suite, raw)


@functools.lru_cache(maxsize=8)
def _parsed_public_key(suite: SuiteName, raw: bytes) -> KemPublic:
    try:
        if suite is SuiteName.CLASSIC:
            return x25519.X25519PublicKey.from_public_bytes(raw)
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(raw[:MLKEM768_PUBLIC]),
            x25519.X25519PublicKey.from_public_bytes(raw[MLKEM768_PUBLIC:]))
    except ValueError:
        raise ProtocolError("bad_public_key") from None


def header_bytes(header: EnvelopeHeader) -> bytes:
    """``canonical(header)``: the header as HPKE ``info`` and the device signature bind it."""
    return canonical(header.model_dump(mode="json"))


def envelope_info(header_bytes: bytes) -> bytes:
    return b"stap0-envelope-v1|" + header_bytes


def signing_bytes(header_bytes: bytes, payload: bytes) -> bytes:
    return b"stap0-signal-v1\n" + header_bytes + b"\n" + payload


# -- sealing: signed by the sender, sealed to the receiver's KEM key -----------------------
def seal_inner(suite: SuiteName, public_raw: bytes, info: bytes, signed: SignedPayload) -> str:
    """HPKE (single-shot, ``info``) over the canonical JSON of ``signed`` (without a tree
    when it has none); the ciphertext in base64."""
    inner = canonical(signed.model_dump(mode="json", exclude_none=True))
    return b64(_SUITES[suite].encrypt(inner, _public_key(suite, public_raw), info=info))


def seal_signed(suite: SuiteName, public_raw: bytes, info: bytes, signing: bytes,
                payload: bytes, device_key: ed25519.Ed25519PrivateKey) -> str:
    """The payload and the device's signature over ``signing``, sealed (``seal_inner``)."""
    return seal_inner(suite, public_raw, info, SignedPayload(
        payload=b64(payload), signature=b64(device_key.sign(signing))))


def open_inner(ciphertext: str, suite: SuiteName, pair: KemKeyPair,
               info: bytes) -> SignedPayload:
    """Decrypt with ``pair``: the signed payload, its signature not yet checked."""
    if suite is not pair.suite:
        raise ProtocolError("wrong_suite", suite.value)
    try:
        inner = _SUITES[pair.suite].decrypt(unb64(ciphertext), pair.private_key, info=info)
    except ProtocolError:
        raise
    except Exception:  # InvalidTag or a malformed encapsulation
        raise ProtocolError("cannot_open", "sealed to another key, or changed") from None
    try:
        return SignedPayload.model_validate_json(inner)
    except ValueError:
        raise ProtocolError("bad_inner") from None


def open_signed(ciphertext: str, suite: SuiteName, pair: KemKeyPair, info: bytes,
                signing: Callable[[bytes], bytes], device_public_raw: bytes) -> bytes:
    """Decrypt with ``pair``, check the sender's own signature over ``signing(payload)``;
    the payload bytes (not yet parsed). ProtocolError says which check failed."""
    signed = open_inner(ciphertext, suite, pair, info)
    if signed.tree is not None:
        raise ProtocolError("bad_inner", "signed as part of a tree where one signature is due")
    payload = unb64(signed.payload)
    verify_signature(device_public_raw, signed.signature, signing(payload), "bad_signature",
                     "not signed by this device")
    return payload


def envelope_bytes(envelope: Envelope) -> bytes:
    """The envelope's canonical JSON, ``canonical(envelope.model_dump(mode="json"))``
    byte for byte, without encoding the ciphertext again: base64 (which ``B64`` holds it
    to) has nothing JSON escapes, and "ciphertext" sorts before "header"."""
    return (b'{"ciphertext":"' + envelope.ciphertext.encode("ascii") + b'","header":'
            + header_bytes(envelope.header) + b"}")


def envelope_digest(envelope: Envelope) -> str:
    return sha256_hex(envelope_bytes(envelope))


# -- receipts and match notices -----------------------------------------------------------
def key_id(public_raw: bytes) -> str:
    """A CJG signing key's id: the first 16 hex digits of the SHA-256 of its raw bytes."""
    return hashlib.sha256(public_raw).hexdigest()[:16]


def fingerprint(public_raw: bytes) -> str:
    """A key's id in groups of four, to compare over the phone with the CJG."""
    text = key_id(public_raw)
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


def _signed_body(context: bytes, fields: Mapping[str, object]) -> bytes:
    return context + b"\n" + canonical(dict(fields))


NOTICE_CONTEXT = b"stap0-match-notice-v2"


def sign_notice(cjg_key: ed25519.Ed25519PrivateKey, fields: Mapping[str, object]) -> MatchNotice:
    """A match notice, signed with its own context: a laptop stores no notice the CJG did
    not make (a server or network in between cannot inject a contact)."""
    body = {**fields, "key_id": key_id(cjg_key.public_key().public_bytes_raw())}
    notice = MatchNotice.model_validate({**body, "signature": b64(b"\0" * 64)})
    unsigned = notice.model_dump(mode="json", exclude={"signature"})
    signature = cjg_key.sign(_signed_body(NOTICE_CONTEXT, unsigned))
    return notice.model_copy(update={"signature": b64(signature)})


def verify_notice(notice: MatchNotice, cjg_public_raw: bytes, device_id: str) -> None:
    if notice.device_id != device_id:
        raise ProtocolError("notice_other_device")
    if notice.key_id != key_id(cjg_public_raw):
        raise ProtocolError("notice_other_key")
    unsigned = notice.model_dump(mode="json", exclude={"signature"})
    verify_signature(cjg_public_raw, notice.signature, _signed_body(NOTICE_CONTEXT, unsigned),
                     "bad_notice")


PROFILE_CONTEXT = b"stap0-profile-v1"


def sign_profile(previous_key: ed25519.Ed25519PrivateKey,
                 profile: ConnectionProfile) -> ProfileUpdate:
    """The new ``profile``, signed by the key that signs receipts under the old one."""
    body = _signed_body(PROFILE_CONTEXT, profile.model_dump(mode="json"))
    return ProfileUpdate(profile=profile,
                         signed_by=key_id(previous_key.public_key().public_bytes_raw()),
                         signature=b64(previous_key.sign(body)))


def verify_profile(update: ProfileUpdate, previous_public_raw: bytes) -> ConnectionProfile:
    if update.signed_by != key_id(previous_public_raw):
        raise ProtocolError("profile_other_key")
    verify_signature(previous_public_raw, update.signature,
            _signed_body(PROFILE_CONTEXT, update.profile.model_dump(mode="json")),
            "bad_profile_update")
    return update.profile


def follow_chain(updates: list[ProfileUpdate], receipt_public_raw: bytes, municipality: str,
                 ) -> tuple[ConnectionProfile | None, str | None]:
    """Walk a profile chain from the receipt key one holds: the newest profile reached
    (None: none), and ``bad_profile_update`` when a link from a held key does not verify
    or would move to another municipality (the walk stops there)."""
    held, reached = receipt_public_raw, None
    for update in updates:
        if update.signed_by != key_id(held):
            continue                            # a link from before the key one holds
        try:
            profile = verify_profile(update, held)
        except ProtocolError:
            return reached, "bad_profile_update"
        if profile.municipality != municipality:
            return reached, "bad_profile_update"
        reached, held = profile, unb64(profile.receipt_public_key)
    return reached, None


@functools.lru_cache(maxsize=16)
def _ed25519_public(public_raw: bytes) -> ed25519.Ed25519PublicKey:
    """A signing key's public half, parsed once (the CJG's keys sign every receipt)."""
    return ed25519.Ed25519PublicKey.from_public_bytes(public_raw)


def verify_signature(public_raw: bytes, signature: str, body: bytes, code: str,
                     detail: str = "") -> None:
    """ProtocolError(``code``) unless ``signature`` (base64) is the key's over ``body``."""
    try:
        _ed25519_public(bytes(public_raw)).verify(unb64(signature), body)
    except (InvalidSignature, ValueError, ProtocolError):
        raise ProtocolError(code, detail) from None


S = TypeVar("S", bound=BaseModel)


def sign_statement(key: ed25519.Ed25519PrivateKey, context: bytes, model: type[S],
                   fields: Mapping[str, object]) -> S:
    """``model`` made of ``fields`` and its ``signature``: the key's Ed25519 over
    ``context`` + a newline + the canonical JSON of every other field."""
    unsigned = model.model_validate({**fields, "signature": b64(b"\0" * 64)})
    body = _signed_body(context, unsigned.model_dump(mode="json", exclude={"signature"}))
    return unsigned.model_copy(update={"signature": b64(key.sign(body))})


def verify_statement(statement: BaseModel, public_raw: bytes, context: bytes,
                     code: str) -> None:
    """ProtocolError(``code``) unless ``statement.signature`` is the key's, as above."""
    verify_signature(public_raw, str(getattr(statement, "signature", "")), _signed_body(
        context, statement.model_dump(mode="json", exclude={"signature"})), code)


# -- device certificates ------------------------------------------------------------------
CERTIFICATE_DAYS = 7


def _certificate_body(fields: Mapping[str, object]) -> bytes:
    return b"stap0-device-certificate-v1\n" + canonical(dict(fields))


def issue_certificate(cjg_key: ed25519.Ed25519PrivateKey, device_id: str, public_key: bytes,
                      professional: str, organisation: str, now: datetime,
                      days: int = CERTIFICATE_DAYS) -> DeviceCertificate:
    fields = {"device_id": device_id, "public_key": b64(public_key),
              "professional": professional, "organisation": organisation,
              "issued_at": utc_second(now), "expires_at": utc_second(now + timedelta(days=days))}
    signature = cjg_key.sign(_certificate_body(fields))
    return DeviceCertificate.model_validate({**fields, "signature": b64(signature)})


def verify_certificate(certificate: DeviceCertificate, cjg_public_raw: bytes,
                       now: datetime) -> None:
    """``bad_certificate`` unless the CJG signed it; ``expired_certificate`` past its end."""
    fields = certificate.model_dump(mode="json", exclude={"signature"})
    fields["issued_at"] = utc_second(certificate.issued_at)
    fields["expires_at"] = utc_second(certificate.expires_at)
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(cjg_public_raw).verify(
            unb64(certificate.signature), _certificate_body(fields))
    except (InvalidSignature, ValueError):
        raise ProtocolError("bad_certificate", "not signed by this CJG") from None
    if not certificate.issued_at - timedelta(seconds=TIME_WINDOW_S) <= now \
            <= certificate.expires_at:
        raise ProtocolError("expired_certificate", "renew it with the CJG")




# -- request signatures -------------------------------------------------------------------
HEADER_DEVICE = "X-Stap0-Device"
HEADER_TIME = "X-Stap0-Time"
HEADER_NONCE = "X-Stap0-Nonce"
HEADER_SIGNATURE = "X-Stap0-Signature"


def request_bytes(method: str, path: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    return "\n".join(("stap0-request-v1", method.upper(), path, timestamp, nonce,
                      hashlib.sha256(body).hexdigest())).encode("ascii")


def sign_request(device_key: ed25519.Ed25519PrivateKey, device_id: str, method: str,
                 path: str, body: bytes, now: float | None = None) -> dict[str, str]:
    timestamp = str(int(now if now is not None else time.time()))
    nonce = secrets.token_hex(16)
    signature = device_key.sign(request_bytes(method, path, timestamp, nonce, body))
    return {HEADER_DEVICE: device_id, HEADER_TIME: timestamp, HEADER_NONCE: nonce,
            HEADER_SIGNATURE: b64(signature)}


def verify_request(device_public_raw: bytes, method: str, path: str, body: bytes,
                   headers: Mapping[str, str], now: float) -> None:
    lowered = {key.lower(): value for key, value in headers.items()}
    try:
        timestamp = int(lowered[HEADER_TIME.lower()])
        nonce = lowered[HEADER_NONCE.lower()]
        signature = unb64(lowered[HEADER_SIGNATURE.lower()])
    except (KeyError, ValueError):
        raise ProtocolError("unsigned", "signature headers missing") from None
    if abs(now - timestamp) > TIME_WINDOW_S:
        raise ProtocolError("stale", "request time outside the allowed window")
    if not (16 <= len(nonce) <= 64) or not nonce.isalnum():
        raise ProtocolError("bad_nonce")
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(device_public_raw).verify(
            signature, request_bytes(method, path, str(timestamp), nonce, body))
    except (InvalidSignature, ValueError):
        raise ProtocolError("bad_signature", "request not signed by this device") from None


# -- leases and revocations ----------------------------------------------------------------
def _statement_body(kind: str, fields: Mapping[str, object]) -> bytes:
    return f"stap0-{kind}-v1\n".encode() + canonical(dict(fields))


def issue_lease(cjg_key: ed25519.Ed25519PrivateKey, device_id: str, now: datetime,
                days: int) -> Lease:
    fields = {"device_id": device_id, "issued_at": utc_second(now),
              "expires_at": utc_second(now + timedelta(days=days))}
    return Lease.model_validate(
        {**fields, "signature": b64(cjg_key.sign(_statement_body("lease", fields)))})


def verify_lease(lease: Lease, cjg_public_raw: bytes, device_id: str) -> None:
    """``bad_lease`` unless the CJG signed it for this device."""
    if lease.device_id != device_id:
        raise ProtocolError("bad_lease", "a lease for another device")
    verify_signature(cjg_public_raw, lease.signature,
            _statement_body("lease", lease.model_dump(mode="json", exclude={"signature"})),
            "bad_lease")


def sign_revocation(cjg_key: ed25519.Ed25519PrivateKey, device_id: str,
                    revoked_at: str) -> Revocation:
    fields = {"device_id": device_id, "revoked_at": revoked_at}
    return Revocation.model_validate(
        {**fields, "signature": b64(cjg_key.sign(_statement_body("revocation", fields)))})


def verify_revocation(revocation: Revocation, cjg_public_raw: bytes, device_id: str) -> None:
    """``bad_revocation`` unless the CJG signed it for this device."""
    if revocation.device_id != device_id:
        raise ProtocolError("bad_revocation", "a revocation of another device")
    verify_signature(cjg_public_raw, revocation.signature, _statement_body(
        "revocation", revocation.model_dump(mode="json", exclude={"signature"})),
        "bad_revocation")
