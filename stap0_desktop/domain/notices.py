"""Match notices from the CJG: another professional is worried about the same family."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    """Another professional's signal about the same family: who, not what."""

    envelope_id: str
    other_envelope_id: str
    name: str
    organisation: str
    phone: str
    email: str
    matched_at: str
