"""The laptop's part of warm handover in a sync round: register this laptop's KEM key,
bring the CJG's directory up to date (each entry checked against the CJG's key), send the
queued packages (sealed once to the receiver's key, stored, then sent), fetch those sealed
to this laptop (opened and checked against the sender's key in the directory), send the
answers it owes (signed by this device), and take the CJG's status of what it sent."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from pydantic import ValidationError

from sync.client.errors import SyncError
from sync.client.ports import HandoverPort, VaultRun
from sync.client.transport import Transport, reason_code, refusal
from sync.protocol.canonical import canonical, sha256_hex, utc_second
from sync.protocol.crypto import KemKeyPair, ProtocolError, b64, unb64
from sync.protocol.handover import (
    Directory,
    DirectoryEntry,
    HandoverHeader,
    HandoverPackage,
    HandoverReceipt,
    HandoverStatus,
    SealedHandover,
    open_package,
    seal_package,
    sealed_digest,
    sign_handover_receipt,
    verify_entry,
    verify_handover_receipt,
    verify_held,
    verify_status,
)
from sync.protocol.models import ConnectionProfile, Receipt, SuiteName

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import ed25519

R = TypeVar("R")
_REFUSED = ("device_mismatch", "unknown_receiver", "wrong_suite", "conflict", "too_large")


@dataclass
class HandoverSummary:
    sent: int = 0                  # packages the CJG now holds
    received: int = 0              # new packages for this laptop
    answered: int = 0              # answers (accepted, declined, warm contact) delivered
    changed: bool = False          # a package's state changed (the views read again)
    problem: str | None = None     # a directory entry or status that did not verify


class HandoverRound:
    def __init__(self, http: Transport, profile: ConnectionProfile, device_id: str,
                 key: ed25519.Ed25519PrivateKey, port: HandoverPort, run: VaultRun) -> None:
        self._http, self._profile, self._id, self._key = http, profile, device_id, key
        self._port, self._run = port, run
        self._cjg_key = unb64(profile.receipt_public_key)
        self.summary = HandoverSummary()

    def _ask(self, call: Callable[..., R], *args: object) -> R:
        """One vault call, where the vault may be touched."""
        return self._run(lambda: call(*args))

    def run(self) -> HandoverSummary:
        self._register_key()
        self._update_directory()
        self._send()
        self._withdraw()
        self._receive()
        self._answer()
        self._take_status()
        return self.summary

    # -- the key and the directory ----------------------------------------------------------
    def _register_key(self) -> None:
        held = self._ask(self._port.handover_key).value
        if held is None:
            pair = KemKeyPair.generate(self._profile.hpke_suite)
            private = bytearray(pair.private_raw)
            try:
                self._ask(self._port.save_handover_key, pair.suite.value, private,
                          b64(pair.public_raw))
            finally:
                private[:] = bytes(len(private))
            held = (pair.suite.value, b64(pair.public_raw), False)
        suite, public, sent = held
        if sent:
            return
        body = canonical({"suite": suite, "public_key": public})
        response = self._http.signed(self._key, self._id, "POST", "/v1/handover-key", body)
        if response.status_code != 200:
            raise refusal(response)
        self._ask(self._port.handover_key_sent)

    def _update_directory(self) -> None:
        have = self._ask(self._port.directory_digest).value or ""
        response = self._http.signed(self._key, self._id, "GET", "/v1/directory",
                                     params={"have": have} if have else None)
        if response.status_code == 204:
            return
        if response.status_code != 200:
            raise refusal(response)
        try:
            listed = Directory.model_validate_json(response.content)
        except ValidationError:
            raise SyncError("bad_reply", "not a directory") from None
        good = []
        for entry in listed.entries:
            try:
                verify_entry(entry, self._cjg_key)
            except ProtocolError:
                self.summary.problem = "bad_directory_entry"
                continue
            good.append((entry.device_id, entry.professional.name,
                         entry.professional.organisation, entry.professional.role,
                         entry.model_dump_json()))
        digest = sha256_hex(canonical(listed.model_dump(mode="json")))
        self._ask(self._port.replace_directory, good, digest)

    def _entry(self, device_id: str) -> DirectoryEntry | None:
        text = self._ask(self._port.directory_entry, device_id).value
        return None if text is None else DirectoryEntry.model_validate_json(text)

    # -- sending ---------------------------------------------------------------------------
    def _send(self) -> None:
        after = 0
        while rows := self._ask(self._port.handovers_pending, 20, after).value:
            after = rows[-1].seq
            for row in rows:
                self._send_one(row.id, row.to_device, row.package, row.sealed)

    def _send_one(self, handover_id: str, to_device: str, package: str,
                  sealed_text: str | None) -> None:
        if sealed_text is None:
            receiver = self._entry(to_device)
            if receiver is None:
                self._ask(self._port.handover_result, handover_id, None, "unknown_receiver")
                return
            header = HandoverHeader(id=handover_id, from_device=self._id, to_device=to_device,
                                    created_at=utc_second(), suite=receiver.kem_suite)
            sealed = seal_package(header, HandoverPackage.model_validate_json(package),
                                  self._key, unb64(receiver.kem_public_key))
            sealed_text = sealed.model_dump_json()
            self._ask(self._port.store_handover_sealed, handover_id, sealed_text)
        sealed = SealedHandover.model_validate_json(sealed_text)
        body = canonical({"handover": sealed.model_dump(mode="json")})
        response = self._http.signed(self._key, self._id, "POST", "/v1/handovers", body)
        code = reason_code(response) if response.status_code != 200 else None
        if code == "bad_time":
            self._ask(self._port.reseal_handover, handover_id)
            return
        if code in _REFUSED:
            self._ask(self._port.handover_result, handover_id, None, code)
            self.summary.changed = True
            return
        if response.status_code != 200:
            raise refusal(response)
        try:
            receipt = Receipt.model_validate(response.json()["receipt"])
            verify_held(receipt, self._cjg_key, sealed)
        except (ValueError, KeyError, TypeError, ProtocolError):
            self.summary.problem = "bad_receipt"    # sent again next round: "duplicate"
            return
        self._ask(self._port.handover_result, handover_id, receipt.model_dump_json(), None)
        self.summary.sent += 1
        self.summary.changed = True

    def _withdraw(self) -> None:
        """Packages the professional took back: the CJG deletes them (or never held them);
        too late once the receiver answered — the CJG's status then says how."""
        for handover_id in self._ask(self._port.withdrawals_out).value:
            response = self._http.signed(self._key, self._id, "POST",
                                         "/v1/handover-withdrawals",
                                         canonical({"handover_id": handover_id}))
            reason = reason_code(response) if response.status_code != 200 else ""
            if reason not in ("", "not_your_handover", "not_waiting"):
                raise refusal(response)
            self._ask(self._port.withdrawal_done, handover_id, reason != "not_waiting")
            self.summary.changed = True

    # -- receiving and answering ----------------------------------------------------------
    def _receive(self) -> None:
        response = self._http.signed(self._key, self._id, "GET", "/v1/handover-inbox")
        if response.status_code != 200:
            raise refusal(response)
        try:
            answer = response.json()
            waiting = [SealedHandover.model_validate(h) for h in answer["handovers"]]
            withdrawn = [HandoverStatus.model_validate(s) for s in answer.get("withdrawn", [])]
        except (ValueError, KeyError, TypeError, AttributeError):
            raise SyncError("bad_reply", "not a list of handovers") from None
        self._taken_back(withdrawn)
        known = self._ask(self._port.known_incoming).value
        fresh = [s for s in waiting if s.header.id not in known and
                 s.header.to_device == self._id]
        if not fresh:
            return
        pair = self._own_pair()
        for sealed in fresh:
            self._store_received(sealed, pair)

    def _taken_back(self, statuses: list[HandoverStatus]) -> None:
        """Packages their senders withdrew, as the CJG signed it: a copy fetched and not
        answered goes."""
        for status in self._verified(statuses):
            if status.state == "withdrawn" and self._ask(self._port.withdrawn_incoming,
                                                         status.handover_id).value:
                self.summary.changed = True

    def _verified(self, statuses: list[HandoverStatus]) -> list[HandoverStatus]:
        """The statuses the CJG signed; one that does not verify is counted, not used."""
        good = []
        for status in statuses:
            try:
                verify_status(status, self._cjg_key)
            except ProtocolError:
                self.summary.problem = "bad_handover_status"
                continue
            good.append(status)
        return good

    def _own_pair(self) -> KemKeyPair:
        held = self._ask(self._port.handover_key).value
        private = self._ask(self._port.handover_private).value
        if held is None or private is None:
            raise SyncError("no_handover_key", "this laptop has no handover key yet")
        with private:
            return KemKeyPair(SuiteName(held[0]), bytes(private.buffer), unb64(held[1]))

    def _store_received(self, sealed: SealedHandover, pair: KemKeyPair) -> None:
        header, digest = sealed.header, sealed_digest(sealed)
        sender = self._entry(header.from_device)
        package: str | None = None
        problem: str | None = None
        if sender is None:
            problem = "unknown_sender"
        else:
            try:
                package = open_package(sealed, pair, unb64(sender.signing_key)
                                       ).model_dump_json()
            except ProtocolError as exc:
                problem = exc.code          # changed on the way, or not from this sender
        name = sender.professional.summary() if sender else header.from_device
        self._ask(self._port.store_incoming, header.id, header.from_device, name, digest,
                  package, problem)
        self.summary.received += 1
        self.summary.changed = True

    def _answer(self) -> None:
        for handover_id, sender, digest, outcome, at in self._ask(
                self._port.answers_pending).value:
            receipt = sign_handover_receipt(self._key, {
                "handover_id": handover_id, "from_device": sender, "to_device": self._id,
                "digest": digest, "outcome": outcome,
                "at": utc_second(datetime.fromisoformat(at))})
            body = canonical({"receipt": receipt.model_dump(mode="json")})
            response = self._http.signed(self._key, self._id, "POST", "/v1/handover-receipts",
                                         body)
            if response.status_code != 200 and reason_code(response) not in (
                    "not_waiting", "not_your_handover"):
                raise refusal(response)
            # Delivered — or the CJG holds nothing more to answer (expired): either way done.
            self._ask(self._port.answer_sent, handover_id, outcome)
            self.summary.answered += 1

    # -- what became of what this laptop sent -------------------------------------------
    def _take_status(self) -> None:
        response = self._http.signed(self._key, self._id, "GET", "/v1/handover-status")
        if response.status_code != 200:
            raise refusal(response)
        try:
            statuses = [HandoverStatus.model_validate(s) for s in response.json()["statuses"]]
        except (ValueError, KeyError, TypeError):
            raise SyncError("bad_reply", "not a list of handover statuses") from None
        for status in self._verified(statuses):
            if status.from_device != self._id:
                continue
            state, answered, warm = self._state_of(status)
            if state is None:
                continue
            changed = self._ask(self._port.apply_handover_status, status.handover_id, state,
                                answered, warm).value
            self.summary.changed = self.summary.changed or changed

    def _state_of(self, status: HandoverStatus,
                  ) -> tuple[str | None, str | None, str | None]:
        """(state, answered at, warm contact at) as the receiver's verified receipts say."""
        if status.state in ("expired", "withdrawn"):
            return status.state, None, None
        outcomes: dict[str, HandoverReceipt] = {}
        for receipt in status.receipts:
            receiver = self._entry(receipt.to_device)
            if receiver is None:
                continue
            with contextlib.suppress(ProtocolError):
                verify_handover_receipt(receipt, unb64(receiver.signing_key))
                outcomes[receipt.outcome] = receipt
        for no in ("unreadable", "declined"):
            if no in outcomes:
                return no, outcomes[no].at, None
        if "accepted" in outcomes:
            warm = outcomes.get("warm_contact")
            return "accepted", outcomes["accepted"].at, warm.at if warm else None
        return None, None, None
