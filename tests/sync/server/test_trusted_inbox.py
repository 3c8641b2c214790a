"""The inbox an auditor signs off (#13), tried against the real server over HTTPS: only a
signal's own device withdraws it, bad input is refused with a code and nothing stored,
and enrollment is bounded (what a receipt binds: tests/sync/protocol/test_receipts.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.canonical import canonical, utc_second
from sync.protocol.crypto import b64
from sync.protocol.models import Withdrawal
from tests.sync.harness import HttpsServer, envelope, signal

pytestmark = pytest.mark.system

CHILD = [{"ref": "c", "role": "child", "bsn": "999990019"}]


def today() -> date:
    """The server's date (UTC): the real inbox runs at the real time."""
    return datetime.now(UTC).date()


@pytest.fixture
def cjg(tmp_path: Path, engine_url: str) -> Iterator[HttpsServer]:
    server = HttpsServer(tmp_path / "cjg", url=engine_url)
    yield server
    server.close()


def _error(response) -> str:  # type: ignore[no-untyped-def]
    return str(response.json()["detail"]["error"])


def _withdrawal(server: HttpsServer, device, target: str):  # type: ignore[no-untyped-def]
    return envelope(server, device, canonical(Withdrawal(envelope_id=target).model_dump(
        mode="json")), kind="withdrawal")


def test_only_the_signals_own_device_can_withdraw_it(cjg: HttpsServer) -> None:
    nurse, other = cjg.enroll(), cjg.enroll("Bram Schuldhulp", "Schuldhulp Demostad")
    mine = envelope(cjg, nurse, signal(CHILD, nurse, today=today()))
    assert cjg.push(nurse, mine).status_code == 200
    attack = _withdrawal(cjg, other, mine.header.id)
    answer = cjg.push(other, attack)
    assert answer.status_code == 403
    [result] = answer.json()["results"]
    assert (result["status"], result["error"], result["receipt"]) == (
        "rejected", "not_your_signal", None)
    stored = cjg.repo.envelope(mine.header.id)
    assert stored is not None and stored.status == "active"
    assert cjg.repo.envelope(attack.header.id) is None                    # nothing stored
    log = cjg.repo.access_log()
    assert [r["outcome"] for r in log if r["user_id"] == other.id and r["action"] == "D"] == [
        "rejected:not_your_signal"]
    own = cjg.push(nurse, _withdrawal(cjg, nurse, mine.header.id))
    assert own.status_code == 200 and own.json()["results"][0]["status"] == "accepted"
    assert cjg.repo.envelope(mine.header.id).status == "withdrawn"  # type: ignore[union-attr]


def _raw_push(server: HttpsServer, device, sealed, **header: str):  # type: ignore[no-untyped-def]
    data = sealed.model_dump(mode="json")
    data["header"].update(header)
    return server.signed(device, "POST", "/v1/envelopes", canonical({"envelopes": [data]}))


@pytest.mark.parametrize(("created_at", "status", "code"), [
    ("1970-01-01T00:00:00Z", 422, "bad_time"),
    ("9999-12-31T23:59:59Z", 422, "bad_time"),
    ("2026-12-02T10:00:00", 422, "bad_batch"),          # no time zone
    ("2026-12-02T10:00:00+00:00", 422, "bad_batch"),    # the protocol writes Z only
    ("2026-12-02T10:00:00.5Z", 422, "bad_batch"),
])
def test_created_at_is_utc_z_and_within_a_day(cjg: HttpsServer, created_at: str, status: int,
                                              code: str) -> None:
    nurse = cjg.enroll()
    sealed = envelope(cjg, nurse, signal(CHILD, nurse, today=today()),
                      created_at=created_at if created_at.endswith("Z") and "." not in
                      created_at else None)
    answer = _raw_push(cjg, nurse, sealed, created_at=created_at)
    assert answer.status_code == status
    body = answer.json()
    found = body["results"][0]["error"] if "results" in body else body["detail"]["error"]
    assert found == code
    assert cjg.repo.inbox() == []


@pytest.mark.parametrize(("shift", "ends_in_days"), [
    (timedelta(days=365 * 72), 365),    # a signal of 2098
    (timedelta(days=2), 365),           # the day after tomorrow
    (timedelta(0), 800),                # ending after more than two years
    (timedelta(0), -1),                 # ending before it was made
])
def test_signal_dates_are_bounded(cjg: HttpsServer, shift: timedelta, ends_in_days: int) -> None:
    nurse = cjg.enroll()
    made = signal(CHILD, nurse, today=today() + shift,
                  ends_in_days=ends_in_days)
    answer = cjg.push(nurse, envelope(cjg, nurse, made))
    assert answer.status_code == 422
    assert answer.json()["results"][0]["error"] == "bad_payload"
    assert cjg.repo.inbox() == []


def test_a_signal_dated_tomorrow_is_taken(cjg: HttpsServer) -> None:
    """A laptop's local date may be a day ahead of the server's UTC date."""
    nurse = cjg.enroll()
    made = signal(CHILD, nurse, today=today() + timedelta(days=1))
    assert cjg.push(nurse, envelope(cjg, nurse, made)).status_code == 200


def test_requests_must_be_json(cjg: HttpsServer) -> None:
    nurse = cjg.enroll()
    sealed = envelope(cjg, nurse, signal(CHILD, nurse, today=today()))
    body = canonical({"envelopes": [sealed.model_dump(mode="json")]})
    from sync.protocol.crypto import sign_request

    headers = sign_request(nurse.key, nurse.id, "POST", "/v1/envelopes", body)
    plain = cjg.http.post("/v1/envelopes", content=body,
                          headers={**headers, "content-type": "text/plain"})
    assert plain.status_code == 415 and _error(plain) == "not_json"
    enroll = cjg.http.post("/v1/enroll", content=b'{"code": "ABCD-ABCD"}',
                           headers={"content-type": "text/plain"})
    assert enroll.status_code == 415
    broken = cjg.signed(nurse, "POST", "/v1/envelopes", b'{"envelopes": [')
    assert broken.status_code == 422 and _error(broken) == "bad_batch"
    assert cjg.repo.inbox() == []


def test_enrollment_bad_input_is_422_and_spends_nothing(cjg: HttpsServer) -> None:
    code = cjg.loopback.invite("Tess Verpleeg", "JGZ Demostad", "0800-0000000")
    bad = cjg.http.post("/v1/enroll", json={"code": code, "device_public_key": "geen base64!"})
    assert bad.status_code == 422 and _error(bad) == "bad_request"
    # base64's letters but not a key's base64, and a key one byte short: the schema names
    # an Ed25519 key's exact form, so each is refused by it, with the field in the detail
    for text in ("a" * 43, "A=", b64(b"k" * 31)):
        wrong = cjg.http.post("/v1/enroll", json={"code": code, "device_public_key": text})
        assert wrong.status_code == 422 and _error(wrong) == "bad_request"
        assert "device_public_key" in wrong.json()["detail"]["detail"]
    not_json = cjg.http.post("/v1/enroll", content=b"{", headers={
        "content-type": "application/json"})
    assert not_json.status_code == 422 and _error(not_json) == "bad_json"
    key = ed25519.Ed25519PrivateKey.generate()
    good = cjg.http.post("/v1/enroll", json={
        "code": code, "device_public_key": b64(key.public_key().public_bytes_raw())})
    assert good.status_code == 200, good.text                     # the code still works
    assert good.json()["professional"] == {"name": "Tess Verpleeg", "organisation": "JGZ Demostad",
                                           "role": "", "phone": "0800-0000000", "email": ""}


def test_invite_codes_expire(cjg: HttpsServer) -> None:
    old = utc_second(datetime.now(UTC) - timedelta(days=15))
    code = cjg.loopback.invite("Tess Verpleeg", "JGZ Demostad", "0800-0000000", now=old)
    key = ed25519.Ed25519PrivateKey.generate()
    answer = cjg.http.post("/v1/enroll", json={
        "code": code, "device_public_key": b64(key.public_key().public_bytes_raw())})
    assert answer.status_code == 410 and _error(answer) == "expired_code"
    assert cjg.repo.devices() == []


def test_enrollment_is_rate_limited_per_address(cjg: HttpsServer) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    public = b64(key.public_key().public_bytes_raw())
    codes = [cjg.http.post("/v1/enroll", json={"code": f"GUESS-{n:04d}-0000",
                                                "device_public_key": public}).status_code
             for n in range(10)]
    assert codes == [403] * 10
    good = cjg.loopback.invite("Tess Verpleeg", "JGZ Demostad", "0800-0000000")
    late = cjg.http.post("/v1/enroll", json={"code": good, "device_public_key": public})
    assert late.status_code == 429 and _error(late) == "rate_limited"
    refused = [r for r in cjg.repo.access_log() if str(r["outcome"]).startswith("refused:")]
    assert len(refused) == 11 and all(r["workstation"] == "127.0.0.1" for r in refused)


def test_the_rate_limit_is_shared_by_server_processes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two server processes on one database: a device's requests count once, wherever
    they land."""
    import ssl

    import httpx

    from sync.protocol.models import ConnectionProfile
    from sync.server.cli import main as cjg_cli
    from tests.sync.harness import ServedCjg, free_port
    from tests.sync.protocol.test_protocol_doc_client import signed_headers

    folder = tmp_path / "cjg"
    port = free_port()
    assert cjg_cli(["init", "--dir", str(folder), "--port", str(port)]) == 0
    config = json.loads((folder / "server.json").read_text())
    (folder / "server.json").write_text(json.dumps(
        {**config, "requests_per_device_per_minute": 5}))
    first = ServedCjg(folder, port)
    second_port = free_port()
    import subprocess
    import sys

    from sync.server.loopback import wait_for_port
    from tests.conftest import child_env

    second = subprocess.Popen([sys.executable, "-m", "sync.server.cli", "serve", "--allow-plain-keys", "--dir",
                               str(folder), "--port", str(second_port)], env=child_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(second_port)
        profile = ConnectionProfile.model_validate_json(
            (folder / "connection-profile.json").read_text())
        context = ssl.create_default_context(cadata=profile.tls_ca_pem)
        assert cjg_cli(["devices", "invite", "--dir", str(folder), "--name", "Tess",
                        "--org", "JGZ", "--role", "jeugdverpleegkundige",
                        "--phone", "0800-0000000", "--operator", "test"]) == 0
        code = capsys.readouterr().out.splitlines()[-1]
        key = ed25519.Ed25519PrivateKey.generate()
        clients = [httpx.Client(base_url=f"https://127.0.0.1:{p}", verify=context, timeout=10)
                   for p in (port, second_port)]
        enrolled = clients[0].post("/v1/enroll", json={
            "code": code, "device_public_key": b64(key.public_key().public_bytes_raw())})
        device_id = enrolled.json()["device_id"]
        statuses = [clients[n % 2].get("/v1/matches", headers=signed_headers(
            key, device_id, "GET", "/v1/matches", b"")).status_code for n in range(6)]
        assert statuses == [200] * 5 + [429]
        for client in clients:
            client.close()
    finally:
        second.terminate()
        first.terminate()
        second.wait(10)
        first.wait(10)
