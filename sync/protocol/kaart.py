"""The CJG's published sociale kaart: a versioned list of entries, signed by the CJG.

The signature is Ed25519 by the CJG's kaart publishing key — kept offline, its public half
the profile's ``kaart_public_key``, never the online receipt key — over
``"stap0-kaart-v1\\n" + canonical(body)``. A laptop takes a publication only if it verifies.
"""

from __future__ import annotations

from typing import Annotated, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from sync.protocol.canonical import canonical
from sync.protocol.crypto import ProtocolError, b64, unb64

CONTEXT = b"stap0-kaart-v1\n"
MAX_ENTRIES = 20_000


class KaartBody(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = Field(ge=1)
    municipality: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    published_at: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")]
    entries: list[dict[str, Any]] = Field(max_length=MAX_ENTRIES)   # KaartEntry, as JSON


class KaartPublication(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    body: KaartBody
    signature: str


def _signed_bytes(body: KaartBody) -> bytes:
    return CONTEXT + canonical(body.model_dump(mode="json"))


def sign_kaart(key: ed25519.Ed25519PrivateKey, body: KaartBody) -> KaartPublication:
    return KaartPublication(body=body, signature=b64(key.sign(_signed_bytes(body))))


def verify_kaart(publication: KaartPublication, public_raw: bytes) -> KaartBody:
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(public_raw).verify(
            unb64(publication.signature), _signed_bytes(publication.body))
    except (InvalidSignature, ValueError, ProtocolError):
        raise ProtocolError("bad_kaart_signature") from None
    return publication.body
