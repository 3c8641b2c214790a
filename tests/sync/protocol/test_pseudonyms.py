"""Pseudonyms by VOPRF (RFC 9497, ristretto255-SHA512): the library against the RFC's test
vectors, and the pseudonymisation service with a real inbox and real devices on loopback.
Every BSN here is from the test range."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from voprf import ristretto

from stap0_desktop.storage.vault import Vault
from sync.client.errors import SyncError
from sync.client.pseudonymise import fetch_certificate, pseudonyms
from sync.client.transport import Transport
from sync.protocol.canonical import canonical
from sync.protocol.crypto import b64, issue_certificate, sign_request
from sync.protocol.models import ConnectionProfile
from sync.protocol.pseudonyms import Evaluator, blind, finalize, person_input
from sync.pseudonymiser.folder import Limits
from sync.pseudonymiser.loopback import LoopbackPseudonymiser
from sync.server.loopback import LoopbackServer
from tests.builders import enrolled_client
from tests.conftest import FAST_KDF, OWNER, secret

# RFC 9497 appendix A.1.2, VOPRF mode, ristretto255-SHA512 (test data, not code).
SEED = bytes.fromhex("a3" * 32)
KEY_INFO = bytes.fromhex("74657374206b6579")  # "test key"
PK_SM = "c803e2cc6b05fc15064549b5920659ca4a77b2cca6f04f6b357009335476ad4e"
VECTORS = [
    ("00", "b58cfbe118e0cb94d79b5fd6a6dafb98764dff49c14e1770b566e42402da1a7da4d8527693914139"
           "caee5bd03903af43a491351d23b430948dd50cde10d32b3c"),
    ("5a" * 17, "8a9a2f3c7f085b65933594309041fc1898d42d0858e59f90814ae90571a6df60356f4610bf816"
                "f27afdd84f47719e480906d27ecd994985890e5f539e7ea74b6"),
]
BSNS = ["999990019", "999990020", "999990032"]


def test_the_library_meets_rfc_9497s_voprf_vectors() -> None:
    evaluator = ristretto.Evaluator.from_seed(SEED, KEY_INFO)  # DeriveKeyPair
    assert bytes(evaluator.public_key.serialize()).hex() == PK_SM
    clients, blinded = [], []
    for given, output in VECTORS:
        data = bytes.fromhex(given)
        assert bytes(evaluator.evaluate_known_input(data)).hex() == output  # Evaluate
        client, element = ristretto.Client.blind(data)                        # the round
        assert bytes(client.finalize(evaluator.evaluate(element),
                                     evaluator.public_key)).hex() == output
        clients.append(client)
        blinded.append(element)
    batch = evaluator.evaluate_batch(blinded)                                 # batch of 2
    outputs = ristretto.Client.finalize_batch(clients, batch, evaluator.public_key)
    assert [bytes(o).hex() for o in outputs] == [output for _, output in VECTORS]


def test_pseudonyms_are_stable_and_a_service_with_another_key_is_caught() -> None:
    service = Evaluator(bytes(range(32)))
    first_blinding, first = blind(BSNS)
    again_blinding, again = blind(BSNS)
    assert first != again  # blinded: nothing the service sees repeats
    one = finalize(first_blinding, service.evaluate(first), service.public_key)
    two = finalize(again_blinding, service.evaluate(again), service.public_key)
    assert one == two and len(set(one)) == 3 and all(len(p) == 64 for p in one)
    other = Evaluator(bytes(32))
    blinding, blinded = blind(BSNS)
    with pytest.raises(Exception) as exc:
        finalize(blinding, other.evaluate(blinded), service.public_key)
    assert getattr(exc.value, "code", "") == "bad_pseudonym_proof"
    with pytest.raises(ValueError):
        person_input("12345")


class _Recorder:
    """An ASGI wrapper that keeps every request body the service receives."""

    def __init__(self, app: object) -> None:
        self.app, self.bodies = app, []  # type: ignore[var-annotated]

    async def __call__(self, scope, receive, send):  # type: ignore[no-untyped-def]
        async def recording():  # type: ignore[no-untyped-def]
            message = await receive()
            if message.get("type") == "http.request":
                self.bodies.append(message.get("body", b""))
            return message

        await self.app(scope, recording, send)  # type: ignore[operator]


@pytest.fixture
def services(tmp_path: Path) -> Iterator[tuple[LoopbackServer, LoopbackPseudonymiser,
                                               ConnectionProfile]]:
    with LoopbackServer(tmp_path / "cjg") as inbox:
        profile = ConnectionProfile.model_validate_json(inbox.profile_path.read_text())
        service = LoopbackPseudonymiser(tmp_path / "pseudonymiser", profile,
                                        Limits(per_device_per_day=8))
        recorder = _Recorder(service.app)
        service.app = recorder  # type: ignore[assignment]
        linked = profile.model_copy(update={"pseudonymiser": service.info})
        inbox.profile_path.write_text(linked.model_dump_json())
        with service:
            yield inbox, service, linked


def _device(vault: Vault, inbox: LoopbackServer):  # type: ignore[no-untyped-def]
    client = enrolled_client(vault, inbox)
    device = client._device()
    with Transport(device.profile, 5.0) as http:
        certificate = fetch_certificate(http, device.id, device.key)
    return device, certificate


def test_two_devices_get_the_same_pseudonym_and_the_service_never_sees_a_bsn(
    services, make_vault, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    inbox, service, profile = services
    first = _device(make_vault(), inbox)
    with Vault.create(tmp_path / "tweede", secret(), OWNER, kdf=FAST_KDF) as other:
        second = _device(other, inbox)
        mine = pseudonyms(profile, first[0].id, first[0].key, first[1], BSNS)
        theirs = pseudonyms(profile, second[0].id, second[0].key, second[1], BSNS[:1])
    assert theirs[BSNS[0]] == mine[BSNS[0]] and len(set(mine.values())) == 3
    seen = b"".join(service.app.bodies)  # type: ignore[attr-defined]
    for bsn in BSNS:
        for form in (bsn, f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}", f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"):
            assert form.encode() not in seen
    counts = service._counts
    today = datetime.now(UTC).date().isoformat()
    assert counts.evaluated(today, first[0].id) == 3
    database = (tmp_path / "pseudonymiser" / "counts.db").read_bytes()
    for body in service.app.bodies:  # type: ignore[attr-defined]
        for element in json.loads(body or b"{}").get("blinded", []):
            assert element.encode() not in database  # counts only, never an element


def test_the_daily_limit_holds_and_is_said_in_plain_words(
    services, vault: Vault  # type: ignore[no-untyped-def]
) -> None:
    from stap0_desktop.i18n.messages import describe_sync_problem

    inbox, _service, profile = services
    device, certificate = _device(vault, inbox)
    many = [f"99999{n:04d}" for n in range(100, 200)]
    pseudonyms(profile, device.id, device.key, certificate, many[:8])
    with pytest.raises(SyncError) as exc:
        pseudonyms(profile, device.id, device.key, certificate, many[8:9])
    assert exc.value.code == "pseudonym_limit"
    assert "today's limit" in describe_sync_problem("pseudonym_limit")


def test_the_service_refuses_what_it_must(services, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    inbox, service, profile = services
    device, certificate = _device(vault, inbox)
    _blinding, blinded = blind(BSNS[:1])
    http = httpx.Client(base_url=service.info.url, verify=False, timeout=5)  # noqa: S501

    def post(body: bytes, key: ed25519.Ed25519PrivateKey = device.key,
             headers: dict[str, str] | None = None) -> httpx.Response:
        signed = headers or sign_request(key, device.id, "POST", "/v1/pseudonyms", body)
        return http.post("/v1/pseudonyms", content=body,
                         headers={**signed, "content-type": "application/json"})

    good = canonical({"certificate": certificate.model_dump(mode="json"), "blinded": blinded})
    assert post(good).status_code == 200
    headers = sign_request(device.key, device.id, "POST", "/v1/pseudonyms", good)
    assert post(good, headers=headers).status_code == 200
    replay = post(good, headers=headers)
    assert replay.status_code == 401 and replay.json()["detail"]["error"] == "replayed"
    stranger = ed25519.Ed25519PrivateKey.generate()
    assert post(good, key=stranger).json()["detail"]["error"] == "bad_signature"
    forged = issue_certificate(stranger, device.id, device.key.public_key().public_bytes_raw(),
                               "Nep", "Nep", datetime.now(UTC))
    body = canonical({"certificate": forged.model_dump(mode="json"), "blinded": blinded})
    assert post(body).json()["detail"]["error"] == "bad_certificate"
    inbox_key = inbox.keys.receipt
    old = issue_certificate(inbox_key, device.id, device.key.public_key().public_bytes_raw(),
                            "T", "J", datetime.now(UTC) - timedelta(days=30))
    body = canonical({"certificate": old.model_dump(mode="json"), "blinded": blinded})
    assert post(body).json()["detail"]["error"] == "expired_certificate"
    body = canonical({"certificate": certificate.model_dump(mode="json"),
                      "blinded": [b64(b"\x01" * 32)]})
    assert post(body).json()["detail"]["error"] == "bad_element"
    assert post(b"{" + b" " * 70_000 + b"}").status_code == 413
    chunked = http.post("/v1/pseudonyms", content=iter([good]),
                        headers={"content-type": "application/json"})
    assert chunked.status_code == 411
    http.close()
    assert profile.pseudonymiser is not None


def test_the_operator_commands_set_up_a_service_and_name_it_in_the_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sync.server.cli import main as cjg

    cjg_dir, service_dir = tmp_path / "cjg", tmp_path / "pseudonymiser"
    assert cjg(["init", "--dir", str(cjg_dir)]) == 0
    profile_path = cjg_dir / "connection-profile.json"
    assert cjg(["pseudonymiser", "init", "--dir", str(service_dir), "--profile",
                str(profile_path), "--per-device", "50"]) == 0
    assert cjg(["pseudonymiser", "init", "--dir", str(service_dir), "--profile",
                str(profile_path)]) == 1  # never a second key over the first
    assert (service_dir / "voprf.seed").stat().st_mode & 0o077 == 0
    assert cjg(["link-pseudonymiser", "--dir", str(cjg_dir),
                str(service_dir / "pseudonymiser.json")]) == 0
    profile = ConnectionProfile.model_validate_json(profile_path.read_text())
    assert profile.pseudonymiser is not None and profile.pseudonymiser.url.endswith(":8444")
    capsys.readouterr()
    assert cjg(["pseudonymiser", "init", "--dir", str(tmp_path / "x"), "--profile",
                str(profile_path), "--per-device", "0"]) == 2
    assert "Traceback" not in capsys.readouterr().err
