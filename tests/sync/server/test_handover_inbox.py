"""Handovers at the inbox, request by request: what it refuses, with which code, and that a
refusal changes nothing it holds. The CJG never opens a package, so the ciphertext here is
random bytes; what the inbox checks is the header, the receiver, and the receiver's signed
word. On SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.canonical import canonical
from sync.protocol.crypto import KemKeyPair, b64
from sync.protocol.handover import (
    HandoverHeader,
    SealedHandover,
    sealed_digest,
    sign_handover_receipt,
)
from sync.protocol.models import SuiteName
from tests.sync.harness import Device, Server


@pytest.fixture
def inbox(tmp_path: Path, engine_url: str) -> Server:
    return Server(tmp_path, url=engine_url)


def _stamp(inbox: Server, shift: timedelta = timedelta()) -> str:
    when = datetime.fromtimestamp(inbox.clock(), UTC) + shift
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _register(inbox: Server, device: Device, suite: SuiteName = SuiteName.HYBRID) -> None:
    body = canonical({"suite": suite.value,
                      "public_key": b64(KemKeyPair.generate(suite).public_raw)})
    response = inbox.signed(device, "POST", "/v1/handover-key", body)
    assert response.status_code == 200, response.text


def _sealed(inbox: Server, sender: Device, receiver: Device, **header: Any) -> SealedHandover:
    fields: dict[str, Any] = {"id": uuid.uuid4().hex, "from_device": sender.id,
                              "to_device": receiver.id, "created_at": _stamp(inbox),
                              "suite": SuiteName.HYBRID.value}
    fields.update(header)
    return SealedHandover(header=HandoverHeader.model_validate(fields),
                          ciphertext=b64(os.urandom(300)))


def _post(inbox: Server, device: Device, sealed: SealedHandover):  # type: ignore[no-untyped-def]
    body = canonical({"handover": sealed.model_dump(mode="json")})
    return inbox.signed(device, "POST", "/v1/handovers", body)


def _answer(inbox: Server, device: Device, sealed: SealedHandover, outcome: str,
            key: ed25519.Ed25519PrivateKey | None = None, **fields: Any):  # type: ignore[no-untyped-def]
    values: dict[str, Any] = {"handover_id": sealed.header.id,
                              "from_device": sealed.header.from_device,
                              "to_device": device.id, "digest": sealed_digest(sealed),
                              "outcome": outcome, "at": _stamp(inbox)}
    values.update(fields)
    receipt = sign_handover_receipt(key or device.key, values)
    body = canonical({"receipt": receipt.model_dump(mode="json")})
    return inbox.signed(device, "POST", "/v1/handover-receipts", body)


def _code(response) -> str:  # type: ignore[no-untyped-def]
    return str(response.json()["detail"]["error"])


def _waiting(inbox: Server, device: Device) -> list[str]:
    response = inbox.signed(device, "GET", "/v1/handover-inbox")
    assert response.status_code == 200, response.text
    return [h["header"]["id"] for h in response.json()["handovers"]]


@pytest.fixture
def three(inbox: Server) -> tuple[Device, Device, Device]:
    """A sender and a receiver, both with a handover key, and a third laptop."""
    sender = inbox.enroll("Bram Schuldhulp", "Schuldhulp Demostad")
    receiver = inbox.enroll("Tess Verpleeg", "JGZ Demostad")
    other = inbox.enroll("Iris Wijkteam", "Wijkteam Demostad")
    for device in (sender, receiver, other):
        _register(inbox, device)
    return sender, receiver, other


def test_a_key_that_is_not_a_key_of_its_suite_is_refused(inbox: Server) -> None:
    device = inbox.enroll()
    for suite, raw in ((SuiteName.HYBRID, os.urandom(31)), (SuiteName.CLASSIC, b"")):
        body = canonical({"suite": suite.value, "public_key": b64(raw)})
        response = inbox.signed(device, "POST", "/v1/handover-key", body)
        assert (response.status_code, _code(response)) == (422, "bad_key")
    listed = inbox.signed(inbox.enroll("Iris Wijkteam", "Wijkteam"), "GET", "/v1/directory")
    assert listed.json()["entries"] == []          # a device without a key is not listed


@pytest.mark.parametrize(("change", "status", "code"), [
    ("from_other", 403, "device_mismatch"),
    ("old", 422, "bad_time"),
    ("future", 422, "bad_time"),
    ("to_self", 422, "unknown_receiver"),
    ("to_nobody", 422, "unknown_receiver"),
    ("to_keyless", 422, "unknown_receiver"),
    ("classic", 422, "wrong_suite"),
])
def test_a_package_the_inbox_cannot_pass_on_is_refused_with_its_code(
        inbox: Server, three: tuple[Device, Device, Device], change: str, status: int,
        code: str) -> None:
    sender, receiver, other = three
    header: dict[str, Any] = {
        "from_other": {"from_device": other.id},
        "old": {"created_at": _stamp(inbox, -timedelta(days=2))},
        "future": {"created_at": _stamp(inbox, timedelta(days=2))},
        "to_self": {"to_device": sender.id},
        "to_nobody": {"to_device": uuid.uuid4().hex},
        "to_keyless": {"to_device": inbox.enroll("Zonder Sleutel", "JGZ").id},
        "classic": {"suite": SuiteName.CLASSIC.value},
    }[change]
    response = _post(inbox, sender, _sealed(inbox, sender, receiver, **header))
    assert (response.status_code, _code(response)) == (status, code)
    assert _waiting(inbox, receiver) == [] and _waiting(inbox, other) == []


def test_the_same_id_with_other_bytes_is_a_conflict_and_the_first_stays(
        inbox: Server, three: tuple[Device, Device, Device]) -> None:
    sender, receiver, _other = three
    first = _sealed(inbox, sender, receiver)
    assert _post(inbox, sender, first).json()["status"] == "accepted"
    again = _post(inbox, sender, first)
    assert again.json()["status"] == "duplicate"
    changed = SealedHandover(header=first.header, ciphertext=b64(os.urandom(300)))
    response = _post(inbox, sender, changed)
    assert (response.status_code, _code(response)) == (409, "conflict")
    [held] = inbox.signed(receiver, "GET", "/v1/handover-inbox").json()["handovers"]
    assert held["ciphertext"] == first.ciphertext


def test_only_the_receiver_answers_and_only_for_the_bytes_it_got(
        inbox: Server, three: tuple[Device, Device, Device]) -> None:
    sender, receiver, other = three
    sealed = _sealed(inbox, sender, receiver)
    assert _post(inbox, sender, sealed).status_code == 200
    assert _waiting(inbox, other) == []                       # not in another's inbox
    refusals = [
        (_answer(inbox, other, sealed, "accepted"), 403, "not_your_handover"),
        (_answer(inbox, receiver, sealed, "accepted", to_device=other.id), 403,
         "not_your_handover"),
        (_answer(inbox, receiver, sealed, "accepted", digest="0" * 64), 422, "other_package"),
        (_answer(inbox, receiver, sealed, "accepted", from_device=other.id), 422,
         "other_package"),
        (_answer(inbox, receiver, sealed, "accepted", key=other.key), 401, "bad_signature"),
        (_answer(inbox, receiver, sealed, "warm_contact"), 409, "not_accepted"),
    ]
    for response, status, code in refusals:
        assert (response.status_code, _code(response)) == (status, code), response.text
    assert _waiting(inbox, receiver) == [sealed.header.id]     # nothing changed by them
    assert _answer(inbox, receiver, sealed, "accepted").json()["status"] == "accepted"
    assert _waiting(inbox, receiver) == []                     # deleted once answered
    assert _answer(inbox, receiver, sealed, "accepted").json()["status"] == "duplicate"
    late = _answer(inbox, receiver, sealed, "declined")
    assert (late.status_code, _code(late)) == (409, "not_waiting")
    assert _answer(inbox, receiver, sealed, "warm_contact").status_code == 200


def test_a_decline_may_name_other_bytes_an_acceptance_may_not(
        inbox: Server, three: tuple[Device, Device, Device]) -> None:
    """What arrived did not verify (changed on the way): the receiver declines what it got;
    the CJG takes that and deletes its copy."""
    sender, receiver, _other = three
    sealed = _sealed(inbox, sender, receiver)
    assert _post(inbox, sender, sealed).status_code == 200
    response = _answer(inbox, receiver, sealed, "declined", digest="f" * 64)
    assert response.status_code == 200, response.text
    assert _waiting(inbox, receiver) == []
    [status] = inbox.signed(sender, "GET", "/v1/handover-status").json()["statuses"]
    assert status["state"] == "answered"
    assert [r["outcome"] for r in status["receipts"]] == ["declined"]


def test_the_sender_takes_back_a_package_not_answered_and_the_receiver_is_told(
        inbox: Server, three: tuple[Device, Device, Device]) -> None:
    """Withdrawn while waiting: the ciphertext is deleted, the receiver no longer gets it
    and is told (signed by the CJG) so that a copy it fetched goes; only its sender can
    withdraw it, and once answered it is too late."""
    from sync.protocol.handover import HandoverStatus, verify_status

    sender, receiver, other = three
    sealed, answered = _sealed(inbox, sender, receiver), _sealed(inbox, sender, receiver)
    for package in (sealed, answered):
        assert _post(inbox, sender, package).status_code == 200
    assert _answer(inbox, receiver, answered, "accepted").status_code == 200

    def withdraw(device: Device, handover_id: str):  # type: ignore[no-untyped-def]
        return inbox.signed(device, "POST", "/v1/handover-withdrawals",
                            canonical({"handover_id": handover_id}))

    assert _code(withdraw(other, sealed.header.id)) == "not_your_handover"
    assert _code(withdraw(receiver, sealed.header.id)) == "not_your_handover"
    assert _code(withdraw(sender, uuid.uuid4().hex)) == "not_your_handover"
    assert withdraw(sender, "not an id").status_code == 422
    too_late = withdraw(sender, answered.header.id)
    assert too_late.status_code == 409 and _code(too_late) == "not_waiting"
    assert withdraw(sender, sealed.header.id).json() == {"status": "withdrawn"}
    assert withdraw(sender, sealed.header.id).json() == {"status": "duplicate"}
    with inbox.repo.tx() as c:
        assert c.execute("SELECT sealed, state FROM handover WHERE id = ?",
                         (sealed.header.id,)).fetchone() == (None, "withdrawn")
        logged = c.execute("SELECT outcome FROM access_log WHERE object_id = ? AND"
                           " action = 'D'", (f"handover:{sealed.header.id}",)).fetchall()
    assert logged == [("success:withdrawn",)]
    answer = inbox.signed(receiver, "GET", "/v1/handover-inbox").json()
    assert answer["handovers"] == []
    [told] = [HandoverStatus.model_validate(s) for s in answer["withdrawn"]]
    verify_status(told, inbox.keys.receipt.public_key().public_bytes_raw())
    assert (told.handover_id, told.state) == (sealed.header.id, "withdrawn")
    assert inbox.signed(other, "GET", "/v1/handover-inbox").json()["withdrawn"] == []
    late = _answer(inbox, receiver, sealed, "accepted")
    assert late.status_code == 409 and _code(late) == "not_waiting"
    states = {s["handover_id"]: s["state"] for s in inbox.signed(
        sender, "GET", "/v1/handover-status").json()["statuses"]}
    assert states == {sealed.header.id: "withdrawn", answered.header.id: "answered"}
