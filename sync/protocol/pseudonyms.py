"""Pseudonyms for people, made with an oblivious PRF: RFC 9497, VOPRF(ristretto255, SHA-512).

The laptop blinds each BSN; the pseudonymisation service evaluates the blinded elements
with its key and proves (one DLEQ proof per batch) that it used the key whose public half
is in the connection profile; the laptop unblinds. The service never sees a BSN, the
inbox never sees anything it could turn back into one, and a laptop notices a service
that answers with another key (the proof fails).

The implementation is the ``voprf`` package (Rust ``voprf`` crate); its output is checked
against RFC 9497's test vectors in the tests.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import Field
from voprf import ristretto

from sync.protocol.crypto import ProtocolError, b64
from sync.protocol.models import DeviceCertificate
from sync.protocol.wire import B64, WireModel

SUITE = "VOPRF(ristretto255, SHA-512)"
INPUT_DOMAIN = b"stap0-person-v2\x00"   # a pseudonym is of a person, never of other input
MAX_BATCH = 64
PSEUDONYM_BYTES = 32


class PseudonymRequest(WireModel):
    """Signed by the device (as every request); the certificate says the CJG enrolled it."""

    certificate: DeviceCertificate
    blinded: list[Annotated[B64, Field(max_length=64)]] = Field(min_length=1,
                                                                 max_length=MAX_BATCH)


class PseudonymResponse(WireModel):
    evaluated: B64  # the batch's evaluated elements and their one proof, serialised


def person_input(bsn: str) -> bytes:
    """What is evaluated for a person: the canonical nine-digit BSN, in its own domain."""
    if len(bsn) != 9 or not bsn.isdigit():
        raise ValueError("a canonical BSN has nine digits")
    return INPUT_DOMAIN + bsn.encode("ascii")


@dataclass
class Blinding:
    """The laptop's secret half of one round; never leaves the process."""

    clients: list[Any]


def blind(bsns: list[str]) -> tuple[Blinding, list[str]]:
    if not 1 <= len(bsns) <= MAX_BATCH:
        raise ValueError(f"between 1 and {MAX_BATCH} people per round")
    clients, blinded = [], []
    for bsn in bsns:
        client, element = ristretto.Client.blind(person_input(bsn))
        clients.append(client)
        blinded.append(b64(element.serialize()))
    return Blinding(clients), blinded


def finalize(blinding: Blinding, response: PseudonymResponse, public_key: bytes) -> list[str]:
    """The pseudonyms (hex), in the order of the BSNs; ``bad_pseudonym_proof`` when the
    service did not use the key of the profile, ``bad_reply`` when the answer is garbled."""
    try:
        output = ristretto.VerifiableBatchOutput.deserialize(_raw(response.evaluated))
        key = ristretto.PublicKey.deserialize(public_key)
    except ValueError:
        raise ProtocolError("bad_reply", "not a VOPRF batch output") from None
    try:
        results = ristretto.Client.finalize_batch(blinding.clients, output, key)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # the library panics (pyo3's PanicException) on a failed proof
        raise ProtocolError("bad_pseudonym_proof",
                            "the pseudonymisation service did not prove its key") from None
    return [bytes(result[:PSEUDONYM_BYTES]).hex() for result in results]


class Evaluator:
    """The service's side: a key derived from a secret seed (RFC 9497 DeriveKeyPair)."""

    def __init__(self, seed: bytes, info: bytes = b"stap0-pseudonymiser-v2") -> None:
        self._inner = ristretto.Evaluator.from_seed(seed, info)

    @property
    def public_key(self) -> bytes:
        return bytes(self._inner.public_key.serialize())

    def pseudonym(self, bsn: str) -> str:
        """The pseudonym directly (RFC 9497 Evaluate): for the service's own tests and
        benchmarks only — the service never receives a BSN over the wire."""
        return bytes(self._inner.evaluate_known_input(person_input(bsn))[:PSEUDONYM_BYTES]).hex()

    def evaluate(self, blinded: list[str]) -> PseudonymResponse:
        """``bad_element`` for anything that is not a valid blinded group element."""
        try:
            elements = [ristretto.BlindedInput.deserialize(_raw(item)) for item in blinded]
        except ValueError:
            raise ProtocolError("bad_element", "not a blinded ristretto255 element") from None
        output = self._inner.evaluate_batch(elements)
        return PseudonymResponse(evaluated=b64(bytes(output.serialize())))


def _raw(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error:
        raise ValueError("not base64") from None
