"""A batch of envelopes at the inbox: each is verified on its own, and a bad one gets its own
rejection without blocking the rest; the good ones and every log row are stored at once.

What an envelope must be to be stored:
* sent by the device that signed the request; ``created_at`` within a day of the CJG's
  clock (so a sealed envelope cannot be held back for long);
* sealed to the CJG's key and signed by that device;
* a signal: signalled not after tomorrow (the laptop's date may be ahead of UTC), ending
  on or after it and at most two years later, naming no more new people today than the
  device's daily limit;
* a withdrawal: of this device's own signal (another device's: ``not_your_signal``);
* a coordination step: about a match of this device's (``not_your_match``) that has not
  ended (``match_ended``); an acceptance of the other side's open proposal
  (``not_open_proposal``) — checked where it is stored, in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cached_property

from pydantic import ValidationError

from sync.protocol.canonical import utc_second
from sync.protocol.coordination import Coordination, check_step_day
from sync.protocol.crypto import ProtocolError, envelope_digest
from sync.protocol.envelopes import device_trees, open_envelope
from sync.protocol.models import Envelope, EnvelopeResult, Receipt, Signal, Withdrawal
from sync.protocol.receipts import Receipted, sign_receipts
from sync.protocol.signed_trees import TreeVerifier
from sync.server.access_log import LogRow
from sync.server.keys import ServerKeys
from sync.server.repository import Repository
from sync.server.rows import Device, Incoming, PersonKey, StoredEnvelope

MAX_ENDS_DAYS = 2 * 365 + 1          # a signal ends at the latest after two years
CREATED_WINDOW = timedelta(days=1)
# The HTTP status of a batch in which every envelope was refused: its first refusal's.
_STATUS = {"device_mismatch": 403, "not_your_signal": 403, "not_your_match": 403,
           "conflict": 409, "duplicate_in_batch": 409, "match_ended": 409,
           "not_open_proposal": 409, "too_many_people": 429}


_STEP_REFUSALS = {
    "not_your_match": "no match of this laptop's signals has this id",
    "match_ended": "the match has ended: one of its signals was withdrawn or expired",
    "not_open_proposal": "that proposal is not open (answered or replaced), or it is yours",
}


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


@dataclass(frozen=True)
class _Opened:
    """An envelope that opened and parsed, waiting for the people check."""

    envelope_id: str
    digest: str
    content: Signal | Withdrawal | Coordination


@dataclass
class _People:
    """The device's new people today: counted before this batch, added by it, and the
    pseudonyms it already named (which do not count again)."""

    counted: int
    known: set[str]
    added: int = 0


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
    _receipted: list[Receipted] = field(default_factory=list)   # signed at once

    @cached_property
    def _trees(self) -> TreeVerifier:
        """The device's batch signatures, each verified once for the whole request."""
        return device_trees(self.device.public_key)

    @cached_property
    def now_text(self) -> str:
        """The batch's moment as the protocol writes it (the same for all its envelopes)."""
        return utc_second(self.now)

    def accept(self, envelopes: list[Envelope]) -> list[EnvelopeResult]:
        """Each envelope opened and checked; then, in order, the signals within the daily
        limit of new people accepted (one lookup for all the batch's pseudonyms)."""
        stored = self.repo.envelopes([e.header.id for e in envelopes])
        opened = [self._open(envelope, stored) for envelope in envelopes]
        pseudonyms = {k.pseudonym for item in opened if isinstance(item, _Opened)
                      and isinstance(item.content, Signal) for k in person_keys(item.content)}
        day = self.now_text[:10]
        counted, known = self.repo.people_named_today(self.device.id, day, pseudonyms)
        budget = _People(counted, known)
        results: list[EnvelopeResult] = []
        items: list[Incoming] = []
        for item in opened:
            if isinstance(item, EnvelopeResult):
                results.append(item)
                continue
            if isinstance(item.content, Withdrawal):
                result, incoming = self._withdrawal(item.envelope_id, item.digest, item.content)
            elif isinstance(item.content, Coordination):
                result, incoming = self._step(item.envelope_id, item.digest, item.content)
            else:
                result, incoming = self._signal(item.envelope_id, item.digest, item.content,
                                                budget)
            results.append(result)
            if incoming is not None:
                items.append(incoming)
        results, items = self._with_receipts(results, items)
        if items or self.logs:
            outcome = self.repo.store_batch(items, self.logs,
                                            people=(self.device.id, day, budget.added))
            results = [self._refused_where_stored(r, outcome.get(r.envelope_id))
                       for r in results]
        return results

    def _refused_where_stored(self, result: EnvelopeResult,
                              outcome: list[str] | None) -> EnvelopeResult:
        """A coordination step the store refused (the match ended, or the proposal was
        answered meanwhile): no receipt, the store's code (its log row says so)."""
        if result.status != "accepted" or not outcome or outcome[0] not in _STEP_REFUSALS:
            return result
        return EnvelopeResult(envelope_id=result.envelope_id, status="rejected",
                              error=outcome[0], detail=_STEP_REFUSALS[outcome[0]])

    def _with_receipts(self, results: list[EnvelopeResult], items: list[Incoming]
                       ) -> tuple[list[EnvelopeResult], list[Incoming]]:
        """The receipts of the signals, withdrawals and duplicates decided before the
        store, signed as one tree; each result and stored row gets its own."""
        if not self._receipted:
            return results, items
        signed = {r.envelope_id: r for r in sign_receipts(self.keys.receipt, self._receipted)}
        return ([r.model_copy(update={"receipt": signed[r.envelope_id]})
                 if r.status != "rejected" and r.receipt is None else r for r in results],
                [replace(i, receipt=signed[i.envelope_id].model_dump_json())
                 if not i.receipt else i for i in items])

    def _receipted_later(self, envelope_id: str, status: str, received_at: str,
                         digest: str) -> None:
        self._receipted.append(Receipted(envelope_id, self.device.id, status, received_at,
                                         digest))

    def _rejected(self, envelope_id: str, code: str, detail: str = "",
                  action: str = "C") -> tuple[EnvelopeResult, None]:
        self.logs.append(LogRow(action, self.device.id, "device", "", envelope_id,
                                self.now_text, outcome=f"rejected:{code}"))
        return EnvelopeResult(envelope_id=envelope_id, status="rejected", error=code,
                              detail=detail or None), None

    def _open(self, envelope: Envelope,
              stored: dict[str, StoredEnvelope]) -> EnvelopeResult | _Opened:
        envelope_id = envelope.header.id
        if envelope.header.device_id != self.device.id:
            return self._rejected(envelope_id, "device_mismatch")[0]
        digest = envelope_digest(envelope)
        existing = stored.get(envelope_id)
        if existing is not None and existing.device_id != self.device.id:
            return self._rejected(envelope_id, "conflict", "this id was received before")[0]
        earlier = existing.digest if existing else self._in_batch.get(envelope_id)
        if earlier is not None:
            if earlier == digest and existing is not None:
                self._receipted_later(envelope_id, "duplicate", existing.received_at, digest)
                return EnvelopeResult(envelope_id=envelope_id, status="duplicate")
            if earlier == digest:
                return self._rejected(envelope_id, "duplicate_in_batch")[0]
            return self._rejected(envelope_id, "conflict",
                                  "this id was received with other bytes")[0]
        created = datetime.fromisoformat(envelope.header.created_at)
        if abs(created - self.now) > CREATED_WINDOW:
            return self._rejected(envelope_id, "bad_time",
                                  "created_at is more than a day from the CJG's clock")[0]
        if envelope.header.suite.name == "CLASSIC" and not self.allow_classic:
            return self._rejected(envelope_id, "suite_not_allowed")[0]
        try:
            payload = open_envelope(envelope, self.keys.kem, self.device.public_key,
                                    self._trees)
        except ProtocolError as exc:
            return self._rejected(envelope_id, exc.code, exc.detail)[0]
        try:
            content: Signal | Withdrawal | Coordination
            if envelope.header.kind == "withdrawal":
                content = Withdrawal.model_validate_json(payload)
            elif envelope.header.kind == "coordination":
                content = Coordination.model_validate_json(payload)
                check_step_day(content, self.now.date())
            else:
                content = Signal.model_validate_json(payload)
                check_signal(content, self.now.date())
        except (ValidationError, ValueError) as exc:
            message = (str(exc.errors()[0]["msg"]) if isinstance(exc, ValidationError)
                       else str(exc))
            return self._rejected(envelope_id, "bad_payload", message)[0]
        self._in_batch[envelope_id] = digest
        return _Opened(envelope_id, digest, content)

    def _accepted(self, envelope_id: str, digest: str) -> EnvelopeResult:
        """Accepted; its receipt is signed with the batch's (``_with_receipts``)."""
        self._receipted_later(envelope_id, "accepted", self.now_text, digest)
        return EnvelopeResult(envelope_id=envelope_id, status="accepted")

    def _step(self, envelope_id: str, digest: str,
              step: Coordination) -> tuple[EnvelopeResult, Incoming]:
        """A coordination step, receipted on its own: the store may still refuse it (the
        match ended or the proposal was answered meanwhile), and a signed tree holds only
        what the CJG keeps."""
        receipt: Receipt = sign_receipts(self.keys.receipt, [Receipted(
            envelope_id, self.device.id, "accepted", self.now_text, digest)])[0]
        return (EnvelopeResult(envelope_id=envelope_id, status="accepted", receipt=receipt),
                Incoming("coordination", envelope_id, self.device.id, digest, self.now_text,
                         receipt.model_dump_json(), step=step))

    def _withdrawal(self, envelope_id: str, digest: str,
                    withdrawal: Withdrawal) -> tuple[EnvelopeResult, Incoming | None]:
        target = self.repo.envelope(withdrawal.envelope_id)
        if target is not None and target.device_id != self.device.id:
            return self._rejected(envelope_id, "not_your_signal",
                                  "only the device that sent a signal can withdraw it", "D")
        result = self._accepted(envelope_id, digest)
        self.logs.append(LogRow("D", self.device.id, "device", "", withdrawal.envelope_id,
                                self.now_text))
        return result, Incoming("withdrawal", envelope_id, self.device.id, digest,
                                self.now_text, "", target=withdrawal.envelope_id)

    def _signal(self, envelope_id: str, digest: str, signal: Signal,
                budget: _People) -> tuple[EnvelopeResult, Incoming | None]:
        people = person_keys(signal)
        new = {k.pseudonym for k in people} - budget.known
        if budget.counted + budget.added + len(new) > self.people_per_day:
            self.repo.raise_alert(self.device.id, "too_many_people",
                                  budget.counted + budget.added + len(new), self.now_text)
            return self._rejected(envelope_id, "too_many_people",
                                  f"more than {self.people_per_day} people from one laptop today")
        budget.added += len(new)
        budget.known |= new
        result = self._accepted(envelope_id, digest)
        self.logs.append(LogRow("C", self.device.id, "device", "", envelope_id, self.now_text,
                                outcome=f"success:people={len(people)}"))
        return result, Incoming(
            "signal", envelope_id, self.device.id, digest, self.now_text, "",
            ends_on=signal.ends_on.isoformat(), keys=people,
            professional=(self.device.professional, self.device.organisation),
            signalled_on=signal.signalled_on.isoformat(), domains=",".join(signal.domains),
            judgement=signal.judgement)
