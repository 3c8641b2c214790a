"""Bad requests and bad envelopes: each a specific 4xx or rejection, nothing stored."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.protocol.canonical import canonical
from sync.protocol.crypto import KemKeyPair, b64, key_id, sign_request
from sync.protocol.models import Envelope, Receipt
from sync.protocol.receipts import verify_receipt
from tests.sync.harness import Device, Server, envelope, signal

pytestmark = pytest.mark.system

CHILD = [{"ref": "c", "role": "child", "bsn": "999990019"}]


@pytest.fixture
def server(tmp_path: Path, engine_url: str) -> Server:
    return Server(tmp_path, url=engine_url)


def _error(response) -> str:  # type: ignore[no-untyped-def]
    return response.json()["detail"]["error"]


def test_accepted_envelope_has_a_verifiable_receipt_and_is_idempotent(server: Server) -> None:
    nurse = server.enroll()
    sealed = envelope(server, nurse, signal(CHILD, nurse))
    first = server.push(nurse, sealed).json()["results"][0]
    assert first["status"] == "accepted"
    receipt = Receipt.model_validate(first["receipt"])
    cjg_key = server.keys.receipt.public_key().public_bytes_raw()
    verify_receipt(receipt, cjg_key, envelope=sealed, device_id=nurse.id)
    assert receipt.status == "accepted" and receipt.key_id == key_id(cjg_key)
    again = server.push(nurse, sealed).json()["results"][0]
    repeated = Receipt.model_validate(again["receipt"])
    assert again["status"] == "duplicate" and repeated.status == "duplicate"
    verify_receipt(repeated, cjg_key, envelope=sealed, device_id=nurse.id)
    assert (repeated.received_at, repeated.digest) == (receipt.received_at, receipt.digest)
    assert len(server.repo.inbox()) == 1


def test_same_id_other_bytes_is_409(server: Server) -> None:
    nurse = server.enroll()
    sealed = envelope(server, nurse, signal(CHILD, nurse))
    server.push(nurse, sealed)
    other = envelope(server, nurse, signal(CHILD, nurse, judgement="high"),
                     envelope_id=sealed.header.id)
    response = server.push(nurse, other)
    assert response.status_code == 409
    assert response.json()["results"][0]["error"] == "conflict"


def test_one_bad_envelope_does_not_block_the_others(server: Server) -> None:
    nurse = server.enroll()
    good = envelope(server, nurse, signal(CHILD, nurse))
    stranger = KemKeyPair.generate()
    sealed_elsewhere = envelope(server, nurse, signal(CHILD, nurse),
                                public_raw=stranger.public_raw)
    extra_field = envelope(server, nurse, canonical({
        **signal(CHILD, nurse).model_dump(mode="json"), "note": "vrije tekst mag niet"}))
    results = server.push(nurse, sealed_elsewhere, good, extra_field).json()["results"]
    assert [r["status"] for r in results] == ["rejected", "accepted", "rejected"]
    assert results[0]["error"] == "cannot_open"
    assert results[2]["error"] == "bad_payload" and "Extra inputs" in results[2]["detail"]
    assert [e.id for e in server.repo.inbox()] == [good.header.id]


def test_unenrolled_revoked_and_forged_devices(server: Server) -> None:
    nurse = server.enroll()
    stranger = Device(uuid.uuid4().hex, ed25519.Ed25519PrivateKey.generate(), "X", "Y")
    assert _error(server.signed(stranger, "GET", "/v1/matches")) == "unknown_device"
    plain = server.http.get("/v1/matches")                  # curl, a browser: no signature
    assert plain.status_code == 401 and _error(plain) == "unsigned"
    forged = Device(nurse.id, ed25519.Ed25519PrivateKey.generate(), nurse.name, "")
    response = server.signed(forged, "GET", "/v1/matches")
    assert response.status_code == 401 and _error(response) == "bad_signature"
    server.repo.revoke(nurse.id, "2026-11-28T13:00:00+00:00")
    response = server.signed(nurse, "GET", "/v1/matches")
    assert response.status_code == 403 and _error(response) == "revoked_device"


def test_enrollment_codes_are_one_time_and_checked(server: Server) -> None:
    key = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    code = server.invite("Tess Verpleeg", "JGZ Demostad")
    assert server.http.post("/v1/enroll", json={"code": code,
                                                "device_public_key": b64(key)}).status_code == 200
    other = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    spent = server.http.post("/v1/enroll", json={"code": code, "device_public_key": b64(other)})
    assert spent.status_code == 410 and _error(spent) == "spent_code"
    wrong = server.http.post("/v1/enroll", json={"code": "AAAA-BBBB-CCCC",
                                                 "device_public_key": b64(other)})
    assert wrong.status_code == 403 and _error(wrong) == "unknown_code"
    malformed = server.http.post("/v1/enroll", json={"code": "x", "device_public_key": "!"})
    assert malformed.status_code == 422


def test_replayed_and_stale_requests(server: Server) -> None:
    nurse = server.enroll()
    headers = sign_request(nurse.key, nurse.id, "GET", "/v1/matches", b"", now=server.clock())
    assert server.http.get("/v1/matches", headers=headers).status_code == 200
    replay = server.http.get("/v1/matches", headers=headers)
    assert replay.status_code == 401 and _error(replay) == "replayed"
    stale = server.signed(nurse, "GET", "/v1/matches", now=server.clock() - 3600)
    assert stale.status_code == 401 and _error(stale) == "stale"


def test_old_nonces_go_at_most_once_a_minute_and_recent_ones_stay(server: Server) -> None:
    """A nonce is kept while a request with it could still be in its time window; the old
    ones are purged at most once a minute (not at every request)."""
    repo, device, start = server.repo, server.enroll().id, server.clock()

    def nonces() -> int:
        with repo.tx() as c:
            return int(c.execute("SELECT count(*) FROM nonce WHERE device_id = ?",
                                 (device,)).fetchone()[0])

    held = nonces()
    assert repo.admit(device, "a" * 32, start, 300) == (True, 1)
    assert repo.admit(device, "a" * 32, start + 1, 300)[0] is False       # a replay
    assert repo.admit(device, "b" * 32, start + 700, 300)[0] is True      # purged: a is old
    assert nonces() == held + 1
    assert repo.admit(device, "c" * 32, start + 1400, 300)[0] is True     # a minute later
    assert repo.admit(device, "d" * 32, start + 1420, 300)[0] is True     # not yet again
    assert nonces() == 2
    assert repo.admit(device, "e" * 32, start + 2100, 300)[0] is True
    assert nonces() == 1


def test_body_that_does_not_match_its_signature(server: Server) -> None:
    nurse = server.enroll()
    body = canonical({"envelopes": [envelope(server, nurse, signal(CHILD, nurse))
                                    .model_dump(mode="json")]})
    headers = sign_request(nurse.key, nurse.id, "POST", "/v1/envelopes", body,
                           now=server.clock())
    tampered = body.replace(b'"signal"', b'"withdrawal"', 1)
    response = server.http.post("/v1/envelopes", content=tampered,
                                headers={**headers, "content-type": "application/json"})
    assert response.status_code == 401 and _error(response) == "bad_signature"
    assert server.repo.inbox() == []


def test_oversize_and_malformed_bodies(server: Server) -> None:
    nurse = server.enroll()
    big = server.signed(nurse, "POST", "/v1/envelopes", b"{" + b" " * (3 * 1024 * 1024) + b"}")
    assert big.status_code == 413
    malformed = server.signed(nurse, "POST", "/v1/envelopes", b'{"envelopes": "geen lijst"}')
    assert malformed.status_code == 422 and _error(malformed) == "bad_batch"
    assert server.http.get("/openapi.json").json()["info"]["title"] == "Stap 0 CJG inbox"


def test_signal_ending_later_than_two_years_is_refused(server: Server) -> None:
    nurse = server.enroll()
    result = server.push(nurse, envelope(server, nurse, signal(CHILD, nurse,
                                                               ends_in_days=900))).json()
    assert result["results"][0]["error"] == "bad_payload"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2048))
def test_fuzzed_envelope_bodies_give_typed_errors_never_a_500(server: Server, blob: bytes) -> None:
    if not hasattr(server, "fuzz_device"):
        server.fuzz_device = server.enroll()  # type: ignore[attr-defined]
    device = server.fuzz_device  # type: ignore[attr-defined]
    response = server.signed(device, "POST", "/v1/envelopes", blob)
    assert response.status_code in (200, 409, 413, 422)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.text(max_size=12), st.text(max_size=40), max_size=8))
def test_fuzzed_payloads_inside_valid_envelopes_are_rejected_cleanly(
    server: Server, fields: dict[str, str]
) -> None:
    if not hasattr(server, "fuzz_device"):
        server.fuzz_device = server.enroll()  # type: ignore[attr-defined]
    device = server.fuzz_device  # type: ignore[attr-defined]
    sealed: Envelope = envelope(server, device, canonical(fields))
    response = server.push(device, sealed)
    assert response.status_code == 422     # its only envelope refused: the batch says so
    assert response.json()["results"][0]["status"] == "rejected"


def test_rate_limit_per_device(tmp_path: Path) -> None:
    from sync.server.app import Limits, create_app

    server = Server(tmp_path)
    server.app = create_app(server.repo, server.keys, clock=server.clock,
                            limits=Limits(per_device_minute=3))
    from fastapi.testclient import TestClient

    server.http = TestClient(server.app)
    nurse, other = server.enroll(), server.enroll("Bram Schuldhulp", "Schuldhulp Demostad")
    codes = [server.signed(nurse, "GET", "/v1/matches").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    assert server.signed(other, "GET", "/v1/matches").status_code == 200   # per device
    server.clock.now += 61
    assert server.signed(nurse, "GET", "/v1/matches").status_code == 200


def test_server_access_log_records_who_did_what(server: Server) -> None:
    nurse = server.enroll()
    good = envelope(server, nurse, signal(CHILD, nurse))
    stranger = KemKeyPair.generate()
    bad = envelope(server, nurse, signal(CHILD, nurse), public_raw=stranger.public_raw)
    server.push(nurse, good, bad)
    server.signed(nurse, "GET", "/v1/matches")
    server.repo.expire("2030-01-01")
    rows = server.repo.access_log()
    kinds = [(r["action"], r["outcome"]) for r in rows]
    assert ("C", "success") in kinds                      # enrollment and the signal
    assert ("C", "rejected:cannot_open") in kinds
    assert any(r["action"] == "R" and str(r["object_id"]).startswith("matches") for r in rows)
    assert any(r["action"] == "D" and r["object_id"] == good.header.id for r in rows)
    assert all(r["occurred_at"] and r["user_id"] and r["source_system"] for r in rows)


def test_a_batch_of_more_than_100_envelopes_is_refused(server: Server) -> None:
    nurse = server.enroll()
    sealed = envelope(server, nurse, signal(CHILD, nurse))
    body = canonical({"envelopes": [sealed.model_dump(mode="json")] * 101})
    response = server.signed(nurse, "POST", "/v1/envelopes", body)
    assert response.status_code == 422 and _error(response) == "bad_batch"
    assert server.repo.inbox() == []


def test_classic_suite_only_when_the_server_allows_it(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from sync.protocol.models import SuiteName
    from sync.server.app import create_app

    server = Server(tmp_path, suite=SuiteName.CLASSIC)
    nurse = server.enroll()
    refused = server.push(nurse, envelope(server, nurse, signal(CHILD, nurse))).json()
    assert refused["results"][0]["error"] == "suite_not_allowed"
    server.app = create_app(server.repo, server.keys, clock=server.clock, allow_classic=True)
    server.http = TestClient(server.app)
    accepted = server.push(nurse, envelope(server, nurse, signal(CHILD, nurse))).json()
    assert accepted["results"][0]["status"] == "accepted"
