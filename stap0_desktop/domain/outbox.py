"""A signal's life in the outbox, and what the sync status tells the professional."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from stap0_desktop.domain.signal_payload import SignalPayload


class SignalState(StrEnum):
    WAITING = "waiting"                        # for a connection
    SENDING = "sending"                        # sealed, sent, no verified receipt yet
    RECEIVED = "received"                      # a receipt signed by the CJG was verified
    REFUSED = "refused"                        # the CJG refused it (its reason is kept)
    WITHDRAWAL_WAITING = "withdrawal_waiting"  # a signed withdrawal is on its way
    WITHDRAWN = "withdrawn"                    # withdrawn (consent withdrawn, or by you)
    EXPIRED = "expired"                        # its end date or its basis's end passed


class WithdrawalReason(StrEnum):
    """As in the protocol's ``Withdrawal.reason``."""

    CONSENT_WITHDRAWN = "consent_withdrawn"
    ENDED = "ended"
    PROFESSIONAL = "professional"




@dataclass(frozen=True)
class OutboxRow:
    id: str
    family_id: int
    basis_id: int
    payload: SignalPayload
    state: SignalState
    error: str | None = None
    sealed: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    received_at: str | None = None             # from the verified receipt
    seq: int = 0                               # the order it was queued in

    @property
    def ends_on(self) -> date:
        return self.payload.ends_on


@dataclass(frozen=True)
class WithdrawalRow:
    """A signal that the CJG may hold and that must be withdrawn there."""

    envelope_id: str
    reason: WithdrawalReason
    sealed: str | None
    seq: int = 0


@dataclass(frozen=True)
class SyncStatus:
    """What the status line shows: when it last worked, what waits, what went wrong."""

    connected: bool                            # a profile is imported
    enrolled: bool
    municipality: str
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None                     # a SyncError code, translated by the UI
    waiting: int                               # signals and withdrawals still to go
    refused: int
    confirmed: bool = True                     # the professional confirmed the enrollment
    identity_json: str | None = None           # who the CJG enrolled this laptop as
    lease_expires_at: datetime | None = None   # the CJG's lease; past it, no new signals
    idle_lock_max_minutes: int | None = None   # the CJG's policy
    handovers_to_answer: int = 0               # files handed over here, not yet answered

    def lease_expired(self, now: datetime) -> bool:
        return lease_ended(self.lease_expires_at, now)


def lease_ended(expires_at: datetime | None, now: datetime) -> bool:
    """The CJG's lease has run out (without one — never synced since enrolling — it has
    not: the first sync fetches it)."""
    return expires_at is not None and expires_at <= now
