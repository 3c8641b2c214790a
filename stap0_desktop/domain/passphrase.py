"""A simple, honest strength indication for a passphrase (shown while typing).

It rewards length above all: a sentence of ordinary words is both memorable and strong.
The estimate is coarse on purpose; the 12-character minimum is enforced elsewhere.
"""

from __future__ import annotations

import math
from enum import IntEnum

MIN_CHARS = 12


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3
    VERY_STRONG = 4


def estimate_bits(text: str) -> float:
    """A rough entropy estimate: character pool per class, penalising repetition."""
    if not text:
        return 0.0
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() for c in text):
        pool += 20
    distinct = len(set(text))
    effective_length = min(len(text), distinct * 2)
    return effective_length * math.log2(max(pool, 2)) * 0.5


def strength(text: str) -> Strength:
    if len(text) < MIN_CHARS:
        return Strength.TOO_SHORT
    bits = estimate_bits(text)
    words = len(text.split())
    if bits >= 90 or (words >= 5 and len(text) >= 25):
        return Strength.VERY_STRONG
    if bits >= 60 or (words >= 4 and len(text) >= 20):
        return Strength.STRONG
    if bits >= 40:
        return Strength.FAIR
    return Strength.WEAK
