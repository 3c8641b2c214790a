"""A batch of envelopes at the inbox: each is verified on its own, and a bad one gets its own
rejection without blocking the rest; the good ones and every log row are stored at once.

What an envelope must be to be stored:
* sent by the device that signed the request; ``created_at`` within a day of the CJG's
  clock (so a sealed envelope cannot be held back for long);
* sealed to the CJG's key and signed by that device;
* a signal: signalled not after tomorrow (the laptop's date may be ahead of UTC), ending
  on or after it and at most two years later, naming no more new people today than the
  device's daily limit;
* a withdrawal: of this device's own signal (another device's: ``not_your_signal``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from pydantic import ValidationError

from sync.protocol.canonical import utc_second
from sync.protocol.crypto import (
    ProtocolError,
    envelope_digest,
    open_envelope,
    sign_receipt,
)
from sync.protocol.models import Envelope, EnvelopeResult, Receipt, Signal, Withdrawal
from sync.server.access_log import LogRow
from sync.server.keys import ServerKeys
from sync.server.repository import Device, Incoming, PersonKey, Repository, StoredEnvelope

MAX_ENDS_DAYS = 2 * 365 + 1          # a signal ends at the latest after two years
CREATED_WINDOW = timedelta(days=1)
# The HTTP status of a batch in which every envelope was refused: its first refusal's.
_STATUS = {"device_mismatch": 403, "not_your_signal": 403, "conflict": 409,
           "duplicate_in_batch": 409, "too_many_people": 429}


def person_keys(signal: Signal) -> frozenset[PersonKey]:
    """The signal's pseudonyms with their roles. A parent of an unborn child in the signal
    is marked: the unborn child matches through its mother."""
    mothers = {ref for p in signal.people if p.role == "unborn" for ref in p.parent_refs}
    return frozenset(PersonKey(p.pseudonym, p.role.value, p.ref in mothers)
                     for p in signal.people if p.pseudonym)


def batch_status(results: list[EnvelopeResult]) -> int:
    if results and all(r.status == "rejected" for r in results):
        return _STATUS.get(results[0].error or "", 422)
    return 200


def check_signal(signal: Signal, today: date) -> None:
    if signal.signalled_on > today + timedelta(days=1):
        raise ValueError("signalled_on lies in the future")
    if signal.ends_on < signal.signalled_on:
        raise ValueError("a signal cannot end before it was made")
    if (signal.ends_on - signal.signalled_on).days > MAX_ENDS_DAYS:
        raise ValueError("a signal ends at the latest two years after it was made")


@dataclass
class BatchIntake:
    """One batch of one device, received at ``now``."""

    repo: Repository
    keys: ServerKeys
    device: Device
    now: datetime
    allow_classic: bool
    people_per_day: int
    logs: list[LogRow] = field(default_factory=list)
    _in_batch: dict[str, str] = field(default_factory=dict)

    @property
    def now_text(self) -> str:
        return utc_second(self.now)

    def accept(self, envelopes: list[Envelope]) -> list[EnvelopeResult]:
        stored = self.repo.envelopes([e.header.id for e in envelopes])
        people = self.repo.people_today(self.device.id, self.now_text[:10])
        results: list[EnvelopeResult] = []
        items: list[Incoming] = []
        for envelope in envelopes:
            result, item = self._one(envelope, stored, people)
            results.append(result)
            if item is not None:
                items.append(item)
        if items or self.logs:
            self.repo.store_batch(items, self.logs)
        return results

    def _receipt(self, envelope_id: str, status: str, received_at: str, digest: str) -> Receipt:
        return sign_receipt(self.keys.receipt, envelope_id, self.device.id, status,
                            received_at, digest)

    def _rejected(self, envelope_id: str, code: str, detail: str = "",
                  action: str = "C") -> tuple[EnvelopeResult, None]:
        self.logs.append(LogRow(action, self.device.id, "device", "", envelope_id,
                                self.now_text, outcome=f"rejected:{code}"))
        return EnvelopeResult(envelope_id=envelope_id, status="rejected", error=code,
                              detail=detail or None), None

    def _one(self, envelope: Envelope, stored: dict[str, StoredEnvelope],
             people_today: set[str]) -> tuple[EnvelopeResult, Incoming | None]:
        envelope_id = envelope.header.id
        if envelope.header.device_id != self.device.id:
            return self._rejected(envelope_id, "device_mismatch")
        digest = envelope_digest(envelope)
        existing = stored.get(envelope_id)
        if existing is not None and existing.device_id != self.device.id:
            return self._rejected(envelope_id, "conflict", "this id was received before")
        earlier = existing.digest if existing else self._in_batch.get(envelope_id)
        if earlier is not None:
            if earlier == digest and existing is not None:
                return EnvelopeResult(
                    envelope_id=envelope_id, status="duplicate",
                    receipt=self._receipt(envelope_id, "duplicate", existing.received_at,
                                          digest)), None
            if earlier == digest:
                return self._rejected(envelope_id, "duplicate_in_batch")
            return self._rejected(envelope_id, "conflict",
                                  "this id was received with other bytes")
        created = datetime.fromisoformat(envelope.header.created_at)
        if abs(created - self.now) > CREATED_WINDOW:
            return self._rejected(envelope_id, "bad_time",
                                  "created_at is more than a day from the CJG's clock")
        if envelope.header.suite.name == "CLASSIC" and not self.allow_classic:
            return self._rejected(envelope_id, "suite_not_allowed")
        try:
            payload = open_envelope(envelope, self.keys.kem, self.device.public_key)
        except ProtocolError as exc:
            return self._rejected(envelope_id, exc.code, exc.detail)
        try:
            if envelope.header.kind == "withdrawal":
                withdrawal = Withdrawal.model_validate_json(payload)
                return self._withdrawal(envelope_id, digest, withdrawal)
            return self._signal(envelope_id, digest, Signal.model_validate_json(payload),
                                people_today)
        except (ValidationError, ValueError) as exc:
            message = (str(exc.errors()[0]["msg"]) if isinstance(exc, ValidationError)
                       else str(exc))
            return self._rejected(envelope_id, "bad_payload", message)

    def _accepted(self, envelope_id: str, digest: str) -> tuple[EnvelopeResult, Receipt]:
        self._in_batch[envelope_id] = digest
        receipt = self._receipt(envelope_id, "accepted", self.now_text, digest)
        return EnvelopeResult(envelope_id=envelope_id, status="accepted",
                              receipt=receipt), receipt

    def _withdrawal(self, envelope_id: str, digest: str,
                    withdrawal: Withdrawal) -> tuple[EnvelopeResult, Incoming | None]:
        target = self.repo.envelope(withdrawal.envelope_id)
        if target is not None and target.device_id != self.device.id:
            return self._rejected(envelope_id, "not_your_signal",
                                  "only the device that sent a signal can withdraw it", "D")
        result, receipt = self._accepted(envelope_id, digest)
        self.logs.append(LogRow("D", self.device.id, "device", "", withdrawal.envelope_id,
                                self.now_text))
        return result, Incoming("withdrawal", envelope_id, self.device.id, digest,
                                self.now_text, receipt.model_dump_json(),
                                target=withdrawal.envelope_id)

    def _signal(self, envelope_id: str, digest: str, signal: Signal,
                people_today: set[str]) -> tuple[EnvelopeResult, Incoming | None]:
        check_signal(signal, self.now.date())
        people = person_keys(signal)
        named = people_today | {k.pseudonym for k in people}
        if len(named) > self.people_per_day:
            self.repo.raise_alert(self.device.id, "too_many_people", len(named), self.now_text)
            return self._rejected(envelope_id, "too_many_people",
                                  f"more than {self.people_per_day} people from one laptop today")
        people_today |= named
        result, receipt = self._accepted(envelope_id, digest)
        self.logs.append(LogRow("C", self.device.id, "device", "", envelope_id, self.now_text,
                                outcome=f"success:people={len(people)}"))
        return result, Incoming(
            "signal", envelope_id, self.device.id, digest, self.now_text,
            receipt.model_dump_json(), ends_on=signal.ends_on.isoformat(), keys=people,
            professional=(self.device.professional, self.device.organisation),
            signalled_on=signal.signalled_on.isoformat(), domains=",".join(signal.domains),
            judgement=signal.judgement)
