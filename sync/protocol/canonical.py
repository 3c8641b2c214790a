"""Canonical bytes: what is signed and hashed is one exact byte string.

JSON with sorted keys, no insignificant white space, UTF-8, and no floats (numbers in the
protocol are integers; dates and times are ISO strings).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def utc_second(moment: datetime | None = None) -> str:
    """A moment as the protocol writes it: UTC, to the second, with ``Z`` (now if None).
    A naive moment is taken as UTC."""
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_second_of(text: str) -> str:
    """An ISO time text (any offset, or none: UTC) in the protocol's form."""
    return utc_second(datetime.fromisoformat(text))
