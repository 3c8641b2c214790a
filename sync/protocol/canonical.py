"""Canonical bytes: what is signed and hashed is one exact byte string.

JSON with sorted keys, no insignificant white space, UTF-8, and no floats (numbers in the
protocol are integers; dates and times are ISO strings).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
