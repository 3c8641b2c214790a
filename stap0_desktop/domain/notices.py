"""Match notices from the CJG: another professional is worried about the same family."""

from __future__ import annotations

from dataclasses import dataclass, field

from sync.protocol.coordination import NoticeCoordination


@dataclass(frozen=True)
class Notice:
    """Another professional's signal about the same family: who and how, not what."""

    envelope_id: str          # our signal
    match_id: str             # the CJG's id of this match (not the other's signal)
    how: str                  # same_child, shared_parent, parent_child, unborn_mother, …
    name: str
    organisation: str
    phone: str
    email: str
    matched_at: str
    ended_on: str | None = None   # the other signal ended: no one to contact any more
    role: str = ""                # the other professional's role, as the CJG enrolled it
    coordination: NoticeCoordination = field(default_factory=NoticeCoordination)

    @property
    def ended(self) -> bool:
        return self.ended_on is not None
