"""The laptop side of the protocol: import a profile, enroll, and one sync round.

A round takes a newer profile the CJG signed, renews the lease, sends the envelopes
(signals, withdrawals, coordination steps: ``envelope_round``), fetches the match notices
and the sociale kaart, and does the handovers (``handover_client``). States change only on
a verified answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import ParamSpec, TypeVar

from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import ValidationError

from stap0_desktop.domain.notices import Notice
from sync.client.envelope_round import CertificateCache, Device, EnvelopeRound
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
from sync.client.transport import Transport, parse_profile, parse_reply, refusal
from sync.protocol.crypto import (
    ProtocolError,
    b64,
    unb64,
    verify_lease,
    verify_notice,
    verify_revocation,
)
from sync.protocol.models import (
    ConnectionProfile,
    EnrollmentResponse,
    Lease,
    MatchNotice,
    Revocation,
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
        self._certificate = CertificateCache()   # the pseudonymiser's, between rounds
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

    def _device(self) -> Device:
        profile, connection = self._connection(with_key=True)
        device_id, raw_key = connection.device_id, connection.device_key
        if device_id is None or raw_key is None:
            raise SyncError("not_enrolled", "enroll with the one-time code first")
        with raw_key:   # wiped once OpenSSL holds the key (it clears its own on free)
            if not connection.confirmed:
                raise SyncError("not_confirmed", "confirm who the CJG enrolled you as first")
            key = ed25519.Ed25519PrivateKey.from_private_bytes(raw_key.buffer)
        return Device(profile, device_id, key)

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
        enrolled = parse_reply(EnrollmentResponse, response.content)
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
                envelopes = EnvelopeRound(http, device, self._outbox, self._run,
                                          self._certificate, self._today(), self._timeout)
                pushed = envelopes.signals(batch_size)
                withdrawn = envelopes.withdrawals(batch_size)
                coordinated = envelopes.coordination(batch_size)
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

    def _renew_lease(self, http: Transport, device: Device) -> str | None:
        """The CJG's leave to queue signals for its policy's lease length, kept in the
        vault once its signature is checked; ``bad_lease`` (the round goes on, the old
        lease stays) when it is not the CJG's."""
        response = http.signed(device.key, device.id, "POST", "/v1/lease", b"{}")
        if response.status_code != 200:
            raise refusal(response)
        lease = parse_reply(Lease, response.content)
        try:
            verify_lease(lease, unb64(device.profile.receipt_public_key), device.id)
        except ProtocolError:
            return "bad_lease"
        self._ask(self._outbox.save_lease, lease.model_dump_json())
        return None

    def _end_if_revoked(self, device: Device, revoked: DeviceRevoked) -> str | None:
        """Only on the CJG's signed word: remove the passphrase slot, forget the enrollment;
        when it was revoked, or None (an unsigned or wrong statement changes nothing)."""
        try:
            statement = Revocation.model_validate(revoked.statement)
            verify_revocation(statement, unb64(device.profile.receipt_public_key), device.id)
        except (ValidationError, ProtocolError):
            return None
        self._ask(self._outbox.end_for_revocation, statement.revoked_at)
        return statement.revoked_at

    def _take_newer_profile(self, device: Device) -> tuple[Device, str | None]:
        """First in a round (a rotated receipt key must be known before receipts come):
        the newest profile the CJG signed under ours; the enrollment stays."""
        with Transport(device.profile, self._timeout) as http:
            newer, problem = newest_profile(http, device.profile, device.key, device.id)
        if newer is None:
            return device, problem
        self._ask(self._outbox.update_profile, newer.model_dump_json())
        self._certificate.value = None      # a new pseudonymiser may be named
        return Device(newer, device.id, device.key), problem

    def _fetch_matches(self, http: Transport, device: Device) -> tuple[int, int, bool, bool]:
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
