"""The laptop side of the protocol: import a profile, enroll, and one sync round.

A round expires what has ended, pushes waiting signals in batches, sends signed
withdrawals, and fetches match notices. States change only on a verified answer: a
receipt that does not verify leaves the signal "sending" (it is resent, byte for byte,
next time — the server then answers "duplicate" with its receipt); a refused envelope is
set aside with the server's reason so that the rest still go.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import ParamSpec, TypeVar

from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import BaseModel, ValidationError

from stap0_desktop.domain.notices import Notice
from stap0_desktop.domain.outbox import OutboxRow
from stap0_desktop.domain.signal_payload import SignalPayload, wire_form
from sync.client.errors import DeviceRevoked, SyncError
from sync.client.handover_client import HandoverRound, HandoverSummary
from sync.client.kaart_fetch import fetch_kaart
from sync.client.ports import (
    HandoverPort,
    KaartPort,
    OutboxPort,
    StoredConnection,
    VaultRun,
    run_here,
)
from sync.client.profile_update import newest_profile
from sync.client.pseudonymise import fetch_certificate, needs_renewal, pseudonyms
from sync.client.transport import Transport, parse_profile, refusal
from sync.protocol.canonical import canonical, utc_second
from sync.protocol.crypto import (
    ProtocolError,
    b64,
    seal,
    unb64,
    verify_lease,
    verify_notice,
    verify_receipt,
    verify_revocation,
)
from sync.protocol.models import (
    BatchResponse,
    ConnectionProfile,
    DeviceCertificate,
    EnrollmentResponse,
    Envelope,
    EnvelopeHeader,
    EnvelopeResult,
    Lease,
    MatchNotice,
    Receipt,
    Revocation,
    Signal,
    Withdrawal,
)

P = ParamSpec("P")
R = TypeVar("R")

__all__ = ["PushSummary", "SyncClient", "SyncError", "parse_profile"]


@dataclass(frozen=True)
class PushSummary:
    sent: int = 0
    received: int = 0
    refused: int = 0
    waiting: int = 0
    notices: int = 0
    withdrawn: int = 0
    unverified: int = 0       # answers whose receipt did not verify (resent later)
    notices_dropped: int = 0  # match notices the CJG did not sign for this laptop
    kaart_version: int | None = None   # a new sociale kaart from the CJG was taken
    kaart_problem: str | None = None   # one was refused (bad signature): the old one kept
    matches_changed: bool = False      # a match came or went: the family list shows it
    notices_changed: bool = False      # the notices differ from those stored before
    coordinated: int = 0               # coordination steps the CJG confirmed
    coordination_refused: int = 0      # coordination steps the CJG refused (reason kept)
    handovers_sent: int = 0            # packages the CJG now holds for their receiver
    handovers_received: int = 0        # packages that arrived for this laptop
    handovers_changed: bool = False    # a package's state changed (sent, answered, expired)

    @property
    def awaits_answer(self) -> bool:
        """It sent what the other professional may answer right now (a coordination step,
        a handed-over file)."""
        return bool(self.coordinated or self.handovers_sent)


@dataclass(frozen=True)
class _Device:
    profile: ConnectionProfile
    id: str
    key: ed25519.Ed25519PrivateKey


@dataclass
class _Pushed:
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
    def of(cls, results: list[EnvelopeResult], sent: dict[str, Envelope], pushed: _Pushed,
           bad: list[tuple[str, str]] | None = None) -> _Answers:
        answers = cls([], list(bad or []), [], [])
        for result in results:
            envelope = sent.get(result.envelope_id)
            if envelope is None:
                continue
            if result.status in ("accepted", "duplicate") and result.receipt:
                if _verified(result.receipt, envelope, pushed.device_id, pushed.receipt_key):
                    answers.good.append((result.envelope_id, result.receipt.model_dump_json()))
                else:
                    answers.problems.append((result.envelope_id, "bad_receipt"))
            elif result.error == "bad_time":  # sealed long ago, never received: reseal
                answers.stale.append(result.envelope_id)
            else:
                answers.bad.append((result.envelope_id, result.error or "refused"))
        return answers

    def count_in(self, pushed: _Pushed) -> None:
        pushed.sent += len(self.good) + len(self.bad) + len(self.problems)
        pushed.received += len(self.good)
        pushed.refused += len(self.bad)
        pushed.unverified += len(self.problems)


@dataclass(frozen=True)
class _InFlight:
    """A batch on its way: the answer to come, what was sent, and what was set aside."""

    answer: Future[list[EnvelopeResult]] | None
    envelopes: dict[str, Envelope]
    bad: list[tuple[str, str]]


class SyncClient:
    def __init__(self, outbox: OutboxPort, timeout: float = 15.0,
                 today: Callable[[], date] = date.today, kaart: KaartPort | None = None,
                 run: VaultRun = run_here, handover: HandoverPort | None = None) -> None:
        """``kaart``: where to keep the CJG's published sociale kaart (None: it is not
        fetched). ``handover``: where warm handovers are kept (None: none are sent or
        fetched). ``run``: where the vault calls run (the app: its vault thread)."""
        self._outbox = outbox
        self._kaart = kaart
        self._handover = handover
        self._run = run
        self._certificate: DeviceCertificate | None = None  # for the pseudonymiser
        self._timeout = timeout
        self._today = today

    def _ask(self, call: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        """One vault call, where the vault may be touched."""
        return self._run(lambda: call(*args, **kwargs))

    def import_profile(self, text: str) -> ConnectionProfile:
        profile = parse_profile(text)
        self._ask(self._outbox.save_profile, profile.model_dump_json())
        return profile

    def _connection(self, with_key: bool = False) -> tuple[ConnectionProfile,
                                                           StoredConnection]:
        connection = self._ask(self._outbox.connection, with_key).value
        if connection is None:
            raise SyncError("no_profile", "import the CJG's connection profile first")
        return parse_profile(connection.profile_json), connection

    def _device(self) -> _Device:
        profile, connection = self._connection(with_key=True)
        device_id, raw_key = connection.device_id, connection.device_key
        if device_id is None or raw_key is None:
            raise SyncError("not_enrolled", "enroll with the one-time code first")
        with raw_key:   # wiped once OpenSSL holds the key (it clears its own on free)
            if not connection.confirmed:
                raise SyncError("not_confirmed", "confirm who the CJG enrolled you as first")
            key = ed25519.Ed25519PrivateKey.from_private_bytes(raw_key.buffer)
        return _Device(profile, device_id, key)

    def enroll(self, code: str, profile_text: str | None = None) -> EnrollmentResponse:
        """Enroll with the one-time code. With ``profile_text`` (a new profile), the profile
        and the enrollment are stored together only once the CJG accepted the code, so a
        failed attempt leaves the current connection as it was."""
        if profile_text is not None:
            profile = parse_profile(profile_text)
        else:
            profile, _ = self._connection()
        key = ed25519.Ed25519PrivateKey.generate()
        with Transport(profile, self._timeout) as http:
            response = http.post_json("/v1/enroll", {
                "code": code.strip().upper(),
                "device_public_key": b64(key.public_key().public_bytes_raw())})
        if response.status_code != 200:
            raise refusal(response, "enroll_refused")
        enrolled = _parse(EnrollmentResponse, response.content)
        raw = bytearray(key.private_bytes_raw())
        try:
            self._ask(self._outbox.save_connection, profile.model_dump_json(),
                      enrolled.device_id, raw, enrolled.professional.model_dump_json())
        finally:
            raw[:] = bytes(len(raw))    # the copy handed to the vault is wiped
        return enrolled

    # -- one round -----------------------------------------------------------------------
    def sync(self, batch_size: int = 100, *, expire: bool = True) -> PushSummary:
        """Expire, push, withdraw, fetch notices; the attempt is recorded either way.
        ``expire=False``: the caller has just ended what has ended (the app's session does,
        to tell its views even when the CJG cannot be reached)."""
        if expire:
            self._ask(self._outbox.expire, self._today())    # end dates pass offline too
        device = self._device()                   # not connected: nothing to record
        try:
            device, profile_problem = self._take_newer_profile(device)
            with Transport(device.profile, self._timeout) as http:
                lease_problem = self._renew_lease(http, device)
                pushed = self._push(http, device, batch_size)
                withdrawn = self._withdraw(http, device, batch_size)
                coordinated = self._coordinate(http, device, batch_size)
                notices, dropped, notices_changed, matches_changed = self._fetch_matches(
                    http, device)
                kaart_version, kaart_problem = fetch_kaart(http, device.profile, device.key,
                                                           device.id, self._kaart, self._run)
                handed = (HandoverRound(http, device.profile, device.id, device.key,
                                        self._handover, self._run).run()
                          if self._handover is not None else HandoverSummary())
        except DeviceRevoked as exc:
            revoked_at = self._end_if_revoked(device, exc)
            if revoked_at is not None:
                self._ask(self._outbox.record_attempt, "revoked_ended")
                raise SyncError("revoked_ended", revoked_at) from None
            self._ask(self._outbox.record_attempt, exc.code)
            raise
        except SyncError as exc:
            self._ask(self._outbox.record_attempt, exc.code)
            raise
        problem = ("bad_receipt" if pushed.unverified or coordinated.unverified
                   else "bad_notice" if dropped
                   else kaart_problem or handed.problem or profile_problem or lease_problem)
        self._ask(self._outbox.record_attempt, problem)
        waiting = self._ask(self._outbox.status).value.waiting
        return PushSummary(pushed.sent, pushed.received, pushed.refused, waiting, notices,
                           withdrawn, pushed.unverified, dropped, kaart_version, kaart_problem,
                           matches_changed, notices_changed, coordinated.received,
                           coordinated.refused, handed.sent, handed.received, handed.changed)

    def _renew_lease(self, http: Transport, device: _Device) -> str | None:
        """The CJG's leave to queue signals for its policy's lease length, kept in the
        vault once its signature is checked; ``bad_lease`` (the round goes on, the old
        lease stays) when it is not the CJG's."""
        response = http.signed(device.key, device.id, "POST", "/v1/lease", b"{}")
        if response.status_code != 200:
            raise refusal(response)
        lease = _parse(Lease, response.content)
        try:
            verify_lease(lease, unb64(device.profile.receipt_public_key), device.id)
        except ProtocolError:
            return "bad_lease"
        self._ask(self._outbox.save_lease, lease.model_dump_json())
        return None

    def _end_if_revoked(self, device: _Device, revoked: DeviceRevoked) -> str | None:
        """Only on the CJG's signed word: remove the passphrase slot, forget the enrollment;
        when it was revoked, or None (an unsigned or wrong statement changes nothing)."""
        try:
            statement = Revocation.model_validate(revoked.statement)
            verify_revocation(statement, unb64(device.profile.receipt_public_key), device.id)
        except (ValidationError, ProtocolError):
            return None
        self._ask(self._outbox.end_for_revocation, statement.revoked_at)
        return statement.revoked_at

    def _take_newer_profile(self, device: _Device) -> tuple[_Device, str | None]:
        """First in a round (a rotated receipt key must be known before receipts come):
        the newest profile the CJG signed under ours; the enrollment stays."""
        with Transport(device.profile, self._timeout) as http:
            newer, problem = newest_profile(http, device.profile, device.key, device.id)
        if newer is None:
            return device, problem
        self._ask(self._outbox.update_profile, newer.model_dump_json())
        self._certificate = None      # a new pseudonymiser may be named
        return _Device(newer, device.id, device.key), problem

    def _push(self, http: Transport, device: _Device, batch_size: int) -> PushSummary:
        """Batch after batch, each sealed and stored before it is sent. While one batch is
        on its way to the CJG the next is made ready (pseudonyms, sealing, storing), so
        the laptop's work and the CJG's overlap; its results are recorded before the next
        batch goes, and also when making the next one ready fails. A batch whose answer
        never comes stays sealed and goes again next round (the CJG answers "duplicate":
        exactly once)."""
        pushed = _Pushed(unb64(device.profile.receipt_public_key), device.id)
        today, after = self._today(), 0
        in_flight: _InFlight | None = None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="stap0-push") as poster:
            try:
                while rows := self._ask(self._outbox.pending, batch_size, today, after).value:
                    after = rows[-1].seq
                    envelopes, bad = self._ready(http, device, rows)
                    if in_flight is not None:
                        self._record(in_flight, pushed)
                        in_flight = None
                    if envelopes:
                        in_flight = _InFlight(poster.submit(
                            self._post, http, device, list(envelopes.values())), envelopes, bad)
                    elif bad:
                        self._record(_InFlight(None, {}, bad), pushed)
                if in_flight is not None:
                    self._record(in_flight, pushed)
                    in_flight = None
            except BaseException:
                if in_flight is not None:  # the batch on its way still counts if answered
                    with contextlib.suppress(Exception):
                        self._record(in_flight, pushed)
                raise
        return PushSummary(pushed.sent, pushed.received, pushed.refused,
                           unverified=pushed.unverified)

    def _ready(self, http: Transport, device: _Device, rows: list[OutboxRow],
               ) -> tuple[dict[str, Envelope], list[tuple[str, str]]]:
        """A batch made ready to send: the rows not yet sealed get their pseudonyms and
        are sealed, and every sealed text is stored before anything is sent."""
        wire, bad = self._to_wire(http, device, [r for r in rows if r.sealed is None])
        fresh = {envelope_id: self._seal_envelope(device, envelope_id, "signal", data)
                 for envelope_id, data in wire.items()}
        self._ask(self._outbox.store_sealed,
                  [(i, e.model_dump_json()) for i, e in fresh.items()]
                  + [(r.id, r.sealed) for r in rows if r.sealed])
        envelopes = {r.id: fresh[r.id] if r.id in fresh
                     else Envelope.model_validate_json(r.sealed)  # type: ignore[arg-type]
                     for r in rows if r.id in fresh or r.sealed}
        return envelopes, bad

    def _record(self, batch: _InFlight, pushed: _Pushed) -> None:
        """A batch's answer checked and recorded: received (a receipt that verifies),
        refused (why), or to be sent again (a receipt that does not verify; sealed too
        long ago)."""
        answers = _Answers.of(batch.answer.result() if batch.answer is not None else [],
                              batch.envelopes, pushed, list(batch.bad))
        self._ask(self._outbox.record_results, answers.good, answers.bad, answers.problems)
        if answers.stale:
            self._ask(self._outbox.reseal, answers.stale)
        answers.count_in(pushed)

    def _to_wire(self, http: Transport, device: _Device, rows: list[OutboxRow],
                 ) -> tuple[dict[str, bytes], list[tuple[str, str]]]:
        """The signals as the CJG receives them (protocol v2): every BSN replaced by its
        pseudonym, in one round with the pseudonymisation service; what leaves is only
        what ``Signal`` allows."""
        if not rows:
            return {}, []
        bsns = [p.bsn for r in rows for p in r.payload.people if p.bsn]
        found: dict[str, str] = {}
        if bsns:
            if needs_renewal(self._certificate):
                self._certificate = fetch_certificate(http, device.id, device.key)
            assert self._certificate is not None
            found = pseudonyms(device.profile, device.id, device.key, self._certificate,
                               bsns, self._timeout)
        wire: dict[str, bytes] = {}
        unusable: list[tuple[str, str]] = []
        for row in rows:
            try:
                wire[row.id] = canonical(to_signal(row.payload, found).model_dump(mode="json"))
            except ValidationError:  # cannot be made into a v2 signal: set aside, say why
                unusable.append((row.id, "bad_payload"))
        return wire, unusable

    def _withdraw(self, http: Transport, device: _Device, batch_size: int) -> int:
        """Signed withdrawals for signals the CJG may hold; done on a verified receipt."""
        receipt_key = unb64(device.profile.receipt_public_key)
        done = after = 0
        while rows := self._ask(self._outbox.withdrawals, batch_size, after).value:
            after = rows[-1].seq
            fresh = [(r.envelope_id, self._seal(device, uuid.uuid4().hex, "withdrawal", canonical(
                Withdrawal(envelope_id=r.envelope_id, reason=r.reason.value).model_dump(
                    mode="json")))) for r in rows if r.sealed is None]
            self._ask(self._outbox.store_withdrawal_sealed, fresh)
            texts = dict(fresh) | {r.envelope_id: r.sealed for r in rows if r.sealed}
            envelopes = {target: Envelope.model_validate_json(text)
                         for target, text in texts.items()}
            target_of = {e.header.id: target for target, e in envelopes.items()}
            for result in self._post(http, device, list(envelopes.values())):
                target = target_of.get(result.envelope_id)
                if target is None:
                    continue
                if (result.status in ("accepted", "duplicate") and result.receipt
                        and _verified(result.receipt, envelopes[target], device.id,
                                      receipt_key)):
                    self._ask(self._outbox.withdrawal_received, target,
                              result.receipt.model_dump_json())
                    done += 1
                elif result.error == "bad_time":
                    self._ask(self._outbox.reseal, [target])
                else:
                    self._ask(self._outbox.record_results, [], [],
                              [(target, result.error or "bad_receipt")])
        return done

    def _coordinate(self, http: Transport, device: _Device, batch_size: int) -> _Pushed:
        """The coordination steps after a match, as signals go: each sealed and stored
        before it is sent, done on a verified receipt (a retry is a duplicate), refused
        with the CJG's reason (the match ended, the proposal was answered meanwhile)."""
        pushed = _Pushed(unb64(device.profile.receipt_public_key), device.id)
        after = 0
        while rows := self._ask(self._outbox.coordination_pending, batch_size, after).value:
            after = rows[-1].seq
            fresh = [(r.id, self._seal(device, r.id, "coordination",
                                       canonical(r.step.model_dump(mode="json"))))
                     for r in rows if r.sealed is None]
            texts = dict(fresh) | {r.id: r.sealed for r in rows if r.sealed}
            self._ask(self._outbox.store_coordination_sealed, list(texts.items()))
            envelopes = {i: Envelope.model_validate_json(text) for i, text in texts.items()}
            answers = _Answers.of(self._post(http, device, list(envelopes.values())),
                                  envelopes, pushed)
            self._ask(self._outbox.coordination_results, answers.good, answers.bad,
                      answers.problems)
            if answers.stale:
                self._ask(self._outbox.reseal_coordination, answers.stale)
            answers.count_in(pushed)
        return pushed

    def _seal(self, device: _Device, envelope_id: str, kind: str, payload: bytes) -> str:
        return self._seal_envelope(device, envelope_id, kind, payload).model_dump_json()

    def _seal_envelope(self, device: _Device, envelope_id: str, kind: str,
                       payload: bytes) -> Envelope:
        header = EnvelopeHeader(id=envelope_id, device_id=device.id,
                                created_at=utc_second(),
                                suite=device.profile.hpke_suite, kind=kind)  # type: ignore[arg-type]
        return seal(header, payload, device.key, unb64(device.profile.hpke_public_key))

    def _post(self, http: Transport, device: _Device,
              envelopes: list[Envelope]) -> list[EnvelopeResult]:
        body = canonical({"envelopes": [e.model_dump(mode="json") for e in envelopes]})
        response = http.signed(device.key, device.id, "POST", "/v1/envelopes", body)
        if response.status_code in (403, 409, 422, 429):  # every envelope refused: say why
            try:
                return BatchResponse.model_validate_json(response.content).results
            except ValidationError:
                raise refusal(response) from None
        if response.status_code != 200:
            raise refusal(response)
        return _parse(BatchResponse, response.content).results

    def _fetch_matches(self, http: Transport, device: _Device) -> tuple[int, int, bool, bool]:
        """Ask the CJG which of our signals match another professional's; store those the
        CJG signed for this laptop. (stored, dropped, whether the notices changed, whether
        a match came or went)"""
        response = http.signed(device.key, device.id, "GET", "/v1/matches")
        if response.status_code != 200:
            raise refusal(response)
        try:
            items = response.json()
            if not isinstance(items, list):
                raise TypeError("a list of notices was expected")
        except (ValueError, TypeError) as exc:
            raise SyncError("bad_reply", str(exc).splitlines()[0]) from None
        cjg_key = unb64(device.profile.receipt_public_key)
        notices: list[MatchNotice] = []
        for item in items:
            try:
                notice = MatchNotice.model_validate(item)
                verify_notice(notice, cjg_key, device.id)
            except (ValueError, TypeError, ProtocolError):
                continue
            notices.append(notice)
        stored = self._ask(self._outbox.replace_notices, [
            Notice(n.envelope_id, n.match_id, n.how, n.other.name, n.other.organisation,
                   n.other.phone, n.other.email, n.matched_at,
                   n.ended_on.isoformat() if n.ended_on else None, n.other.role,
                   n.coordination)
            for n in notices])
        return (stored.value, len(items) - len(notices), stored.changes.outbox,
                stored.changes.family_list)


def to_signal(payload: SignalPayload, pseudonym_of: dict[str, str]) -> Signal:
    """The laptop's composition (with BSNs, kept in the vault) as the wire signal."""
    return Signal.model_validate(wire_form(payload, pseudonym_of.get))


M = TypeVar("M", bound=BaseModel)


def _parse(model: type[M], content: bytes) -> M:
    try:
        return model.model_validate_json(content)
    except ValidationError as exc:
        raise SyncError("bad_reply", str(exc).splitlines()[0]) from None


def _verified(receipt: Receipt, envelope: Envelope, device_id: str, receipt_key: bytes) -> bool:
    """The CJG's receipt for exactly the envelope sent, from this laptop, by its key."""
    try:
        verify_receipt(receipt, receipt_key, envelope=envelope, device_id=device_id)
    except ProtocolError:
        return False
    return True
