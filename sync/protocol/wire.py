"""The wire's building blocks: exact formats and the base model every message builds on."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

# Base64 as the schema says it exactly (whole groups of four, padding only at the end), so
# that what a fuzzer or an independent client builds from the OpenAPI is what the server
# decodes; 64 KiB at most (a sealed signal is a few kB; a batch body is capped at 2 MiB).
B64 = Annotated[str, StringConstraints(
    pattern=r"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$",
    max_length=1 << 16)]
# Ed25519 keys (32 bytes) and signatures (64 bytes): their exact base64.
Ed25519Key = Annotated[str, StringConstraints(
    pattern=r"^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$")]
Ed25519Sig = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/]{85}[AQgw]==$")]
Uuid = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]


DomainCode = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,40}$")]
# A moment on the wire: UTC, to the second, ``Z`` — kept as the exact text that was signed.
UtcSecond = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")]
KeyId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]
Sha256Hex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class WireModel(BaseModel):
    """What crosses the wire: unknown fields are refused, nothing changes after parsing.
    The laptop's own composition of a signal (``domain.signal_payload``) is built on it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
