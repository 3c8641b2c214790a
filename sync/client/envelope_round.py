"""The envelopes of one sync round: waiting signals in batches, signed withdrawals, and the
coordination steps after a match. Each is sealed and stored before it is sent, and its
state changes only on a verified answer: a receipt that does not verify leaves it to be
resent byte for byte (the CJG then answers "duplicate" with its receipt); a refused
envelope is set aside with the CJG's reason so that the rest still go."""

from __future__ import annotations

import contextlib
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import ValidationError

from stap0_desktop.domain.outbox import OutboxRow
from stap0_desktop.domain.signal_payload import SignalPayload, wire_form
from sync.client.ports import OutboxPort, VaultRun
from sync.client.pseudonymise import (
    ask_pseudonyms,
    fetch_certificate,
    needs_renewal,
    pseudonym_sender,
)
from sync.client.transport import Transport, parse_reply, refusal
from sync.protocol.canonical import canonical, utc_second
from sync.protocol.crypto import ProtocolError, envelope_bytes, unb64
from sync.protocol.envelopes import seal, seal_batch
from sync.protocol.models import (
    BatchResponse,
    ConnectionProfile,
    DeviceCertificate,
    Envelope,
    EnvelopeHeader,
    EnvelopeResult,
    Receipt,
    Signal,
    Withdrawal,
)
from sync.protocol.receipts import ReceiptVerifier

R = TypeVar("R")
ON_THE_WAY = 2   # batches sent and not yet answered, at most


@dataclass(frozen=True)
class Device:
    """This laptop as the CJG knows it: its profile, id and signing key."""

    profile: ConnectionProfile
    id: str
    key: ed25519.Ed25519PrivateKey


@dataclass
class CertificateCache:
    """The pseudonymiser's certificate for this device, kept from round to round (None:
    fetched when next needed, e.g. after the profile named a new pseudonymiser)."""

    value: DeviceCertificate | None = None


@dataclass
class Pushed:
    """A round's push so far, and what its receipts are checked against."""

    receipt_key: bytes
    device_id: str
    sent: int = 0
    received: int = 0
    refused: int = 0
    unverified: int = 0


@dataclass
class _Answers:
    """A batch's answers sorted: received (with the receipt), refused (why), to be sent
    again (a receipt that does not verify), to be sealed anew (sealed too long ago)."""

    good: list[tuple[str, str]]
    bad: list[tuple[str, str]]
    problems: list[tuple[str, str]]
    stale: list[str]

    @classmethod
    def of(cls, results: list[EnvelopeResult], sent: dict[str, Envelope], pushed: Pushed,
           bad: list[tuple[str, str]] | None = None) -> _Answers:
        answers = cls([], list(bad or []), [], [])
        verifier = ReceiptVerifier(pushed.receipt_key, pushed.device_id)
        for result in results:
            envelope = sent.get(result.envelope_id)
            if envelope is None:
                continue
            if result.status in ("accepted", "duplicate") and result.receipt:
                if _verified(result.receipt, envelope, verifier):
                    answers.good.append((result.envelope_id, result.receipt.model_dump_json()))
                else:
                    answers.problems.append((result.envelope_id, "bad_receipt"))
            elif result.error == "bad_time":  # sealed long ago, never received: reseal
                answers.stale.append(result.envelope_id)
            else:
                answers.bad.append((result.envelope_id, result.error or "refused"))
        return answers

    def count_in(self, pushed: Pushed) -> None:
        pushed.sent += len(self.good) + len(self.bad) + len(self.problems)
        pushed.received += len(self.good)
        pushed.refused += len(self.bad)
        pushed.unverified += len(self.problems)


@dataclass(frozen=True)
class _Batch:
    """A batch read from the outbox, the pseudonyms of its unsealed rows asked for."""

    rows: list[OutboxRow]
    unsealed: list[OutboxRow]
    answered: Callable[[], dict[str, str]]   # waits for the pseudonyms, by BSN

    def wire(self) -> tuple[dict[str, bytes], list[tuple[str, str]]]:
        """The unsealed signals as the CJG receives them (protocol v2): every BSN
        replaced by its pseudonym; what leaves is only what ``Signal`` allows. A row that
        cannot be made into a v2 signal is set aside, with why."""
        found = self.answered()
        wire: dict[str, bytes] = {}
        unusable: list[tuple[str, str]] = []
        for row in self.unsealed:
            try:
                wire[row.id] = canonical(to_signal(row.payload, found).model_dump(mode="json"))
            except ValidationError:
                unusable.append((row.id, "bad_payload"))
        return wire, unusable


@dataclass(frozen=True)
class _InFlight:
    """A batch on its way: its answers to come (checked where they arrive), or only what
    was set aside."""

    answers: Future[_Answers] | None
    bad: list[tuple[str, str]]


class EnvelopeRound:
    def __init__(self, http: Transport, device: Device, outbox: OutboxPort, run: VaultRun,
                 certificate: CertificateCache, today: date, timeout: float) -> None:
        self._http, self._device, self._outbox, self._run = http, device, outbox, run
        self._certificate, self._today, self._timeout = certificate, today, timeout
        self._pseudonymiser: Transport | None = None   # opened for the first BSN, kept

    def _ask(self, call: Callable[..., R], *args: object) -> R:
        """One vault call, where the vault may be touched."""
        return self._run(lambda: call(*args))

    def _pushed(self) -> Pushed:
        return Pushed(unb64(self._device.profile.receipt_public_key), self._device.id)

    # -- signals -----------------------------------------------------------------------------
    def signals(self, batch_size: int) -> Pushed:
        """Batch after batch, each sealed and stored before it is sent. Up to
        ``ON_THE_WAY`` batches are on their way to the CJG at once while the next is made
        ready, and the pseudonyms of the batch after it are asked for meanwhile, so that
        neither the laptop, the pseudonymiser nor the CJG waits for the others; answers
        are recorded in the order the batches went, also when making the next batch ready
        fails. A batch whose answer never comes stays sealed and goes again next round
        (the CJG answers "duplicate": exactly once)."""
        pushed = self._pushed()
        on_the_way: deque[_InFlight] = deque()
        asker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stap0-pseudonyms")
        with contextlib.closing(self), ThreadPoolExecutor(
                max_workers=ON_THE_WAY, thread_name_prefix="stap0-push") as poster:
            try:
                batch = self._next(0, batch_size, asker)
                while batch is not None:
                    wire, bad = batch.wire()
                    following = self._next(batch.rows[-1].seq, batch_size, asker)
                    envelopes = self._sealed(batch.rows, wire)
                    while len(on_the_way) >= ON_THE_WAY:
                        self._record(on_the_way.popleft(), pushed)
                    if envelopes:
                        on_the_way.append(_InFlight(
                            poster.submit(self._answers, envelopes, pushed, bad), bad))
                    elif bad:
                        self._record(_InFlight(None, bad), pushed)
                    batch = following
                while on_the_way:
                    self._record(on_the_way.popleft(), pushed)
            except BaseException:
                while on_the_way:  # what was on its way still counts if answered
                    with contextlib.suppress(Exception):
                        self._record(on_the_way.popleft(), pushed)
                raise
            finally:
                asker.shutdown(wait=True, cancel_futures=True)
        return pushed

    def close(self) -> None:
        """The connection to the pseudonymisation service, once the signals are sent."""
        if self._pseudonymiser is not None:
            self._pseudonymiser.close()
            self._pseudonymiser = None

    def _next(self, after: int, batch_size: int, asker: Executor) -> _Batch | None:
        """The next batch after ``after``, its pseudonyms asked for (answered on
        ``asker``), or None when there is nothing more to send."""
        rows = self._ask(self._outbox.pending, batch_size, self._today, after).value
        if not rows:
            return None
        unsealed = [r for r in rows if r.sealed is None]
        bsns = [p.bsn for r in unsealed for p in r.payload.people if p.bsn]
        if not bsns:
            return _Batch(rows, unsealed, dict)
        device = self._device
        if needs_renewal(self._certificate.value):
            self._certificate.value = fetch_certificate(self._http, device.id, device.key)
        assert self._certificate.value is not None
        if self._pseudonymiser is None:
            self._pseudonymiser = Transport(device.profile, self._timeout, pseudonymiser=True)
        return _Batch(rows, unsealed, ask_pseudonyms(
            device.profile, device.id, device.key, self._certificate.value, bsns,
            pseudonym_sender(self._pseudonymiser, device.id, device.key, asker)))

    def _sealed(self, rows: list[OutboxRow], wire: dict[str, bytes]) -> dict[str, Envelope]:
        """The batch's envelopes: the rows not yet sealed sealed now, and every sealed text
        stored before anything is sent."""
        fresh = dict(zip(wire, seal_batch(
            [(self._header(envelope_id, "signal"), data) for envelope_id, data in wire.items()],
            self._device.key, unb64(self._device.profile.hpke_public_key)), strict=True))
        self._ask(self._outbox.store_sealed,
                  [(i, e.model_dump_json()) for i, e in fresh.items()]
                  + [(r.id, r.sealed) for r in rows if r.sealed])
        return {r.id: fresh[r.id] if r.id in fresh
                else Envelope.model_validate_json(r.sealed)  # type: ignore[arg-type]
                for r in rows if r.id in fresh or r.sealed}

    def _answers(self, envelopes: dict[str, Envelope], pushed: Pushed,
                 bad: list[tuple[str, str]]) -> _Answers:
        """A batch sent and its answers sorted, on the thread that waits for them: the
        receipts are verified while the next batch is made ready."""
        return _Answers.of(self._post(list(envelopes.values())), envelopes, pushed, bad)

    def _record(self, batch: _InFlight, pushed: Pushed) -> None:
        """A batch's answers recorded: received (a receipt that verifies), refused (why),
        or to be sent again (a receipt that does not verify; sealed too long ago)."""
        answers = (batch.answers.result() if batch.answers is not None
                   else _Answers([], list(batch.bad), [], []))
        self._ask(self._outbox.record_results, answers.good, answers.bad, answers.problems)
        if answers.stale:
            self._ask(self._outbox.reseal, answers.stale)
        answers.count_in(pushed)

    # -- withdrawals and coordination --------------------------------------------------------
    def withdrawals(self, batch_size: int) -> int:
        """Signed withdrawals for signals the CJG may hold; done on a verified receipt."""
        done = after = 0
        while rows := self._ask(self._outbox.withdrawals, batch_size, after).value:
            after = rows[-1].seq
            fresh = [(r.envelope_id, self._seal(uuid.uuid4().hex, "withdrawal", canonical(
                Withdrawal(envelope_id=r.envelope_id, reason=r.reason.value).model_dump(
                    mode="json")))) for r in rows if r.sealed is None]
            self._ask(self._outbox.store_withdrawal_sealed, fresh)
            texts = dict(fresh) | {r.envelope_id: r.sealed for r in rows if r.sealed}
            envelopes = {target: Envelope.model_validate_json(text)
                         for target, text in texts.items()}
            target_of = {e.header.id: target for target, e in envelopes.items()}
            verifier = ReceiptVerifier(unb64(self._device.profile.receipt_public_key),
                                       self._device.id)
            for result in self._post(list(envelopes.values())):
                target = target_of.get(result.envelope_id)
                if target is None:
                    continue
                if (result.status in ("accepted", "duplicate") and result.receipt
                        and _verified(result.receipt, envelopes[target], verifier)):
                    self._ask(self._outbox.withdrawal_received, target,
                              result.receipt.model_dump_json())
                    done += 1
                elif result.error == "bad_time":
                    self._ask(self._outbox.reseal, [target])
                else:
                    self._ask(self._outbox.record_results, [], [],
                              [(target, result.error or "bad_receipt")])
        return done

    def coordination(self, batch_size: int) -> Pushed:
        """The coordination steps after a match, as signals go: each sealed and stored
        before it is sent, done on a verified receipt (a retry is a duplicate), refused
        with the CJG's reason (the match ended, the proposal was answered meanwhile)."""
        pushed, after = self._pushed(), 0
        while rows := self._ask(self._outbox.coordination_pending, batch_size, after).value:
            after = rows[-1].seq
            fresh = [(r.id, self._seal(r.id, "coordination",
                                       canonical(r.step.model_dump(mode="json"))))
                     for r in rows if r.sealed is None]
            texts = dict(fresh) | {r.id: r.sealed for r in rows if r.sealed}
            self._ask(self._outbox.store_coordination_sealed, list(texts.items()))
            envelopes = {i: Envelope.model_validate_json(text) for i, text in texts.items()}
            answers = _Answers.of(self._post(list(envelopes.values())), envelopes, pushed)
            self._ask(self._outbox.coordination_results, answers.good, answers.bad,
                      answers.problems)
            if answers.stale:
                self._ask(self._outbox.reseal_coordination, answers.stale)
            answers.count_in(pushed)
        return pushed

    # -- sealing and posting -----------------------------------------------------------------
    def _seal(self, envelope_id: str, kind: str, payload: bytes) -> str:
        return self._seal_envelope(envelope_id, kind, payload).model_dump_json()

    def _seal_envelope(self, envelope_id: str, kind: str, payload: bytes) -> Envelope:
        return seal(self._header(envelope_id, kind), payload, self._device.key,
                    unb64(self._device.profile.hpke_public_key))

    def _header(self, envelope_id: str, kind: str) -> EnvelopeHeader:
        device = self._device
        return EnvelopeHeader(id=envelope_id, device_id=device.id, created_at=utc_second(),
                              suite=device.profile.hpke_suite, kind=kind)  # type: ignore[arg-type]

    def _post(self, envelopes: list[Envelope]) -> list[EnvelopeResult]:
        body = b'{"envelopes":[' + b",".join(envelope_bytes(e) for e in envelopes) + b"]}"
        response = self._http.signed(self._device.key, self._device.id, "POST",
                                     "/v1/envelopes", body)
        if response.status_code in (403, 409, 422, 429):  # every envelope refused: say why
            try:
                return BatchResponse.model_validate_json(response.content).results
            except ValidationError:
                raise refusal(response) from None
        if response.status_code != 200:
            raise refusal(response)
        return parse_reply(BatchResponse, response.content).results


def to_signal(payload: SignalPayload, pseudonym_of: dict[str, str]) -> Signal:
    """The laptop's composition (with BSNs, kept in the vault) as the wire signal."""
    return Signal.model_validate(wire_form(payload, pseudonym_of.get))


def _verified(receipt: Receipt, envelope: Envelope, verifier: ReceiptVerifier) -> bool:
    """The CJG's receipt for exactly the envelope sent, from this laptop, by its key."""
    try:
        verifier.check_envelope(receipt, envelope)
    except ProtocolError:
        return False
    return True


__all__ = ["CertificateCache", "Device", "EnvelopeRound", "Pushed", "to_signal"]
