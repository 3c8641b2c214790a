"""A laptop enrolls with a real HTTPS inbox on loopback and sends consented signals;
when the server is down nothing is lost, and each signal arrives exactly once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stap0_desktop.cli.main import main as stap0
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage.vault import Vault
from sync.server.cli import main as cjg
from sync.server.loopback import free_port
from tests.builders import sharing_consent, signal_family
from tests.conftest import PASSPHRASE, secret
from tests.sync.harness import ServedCjg, link_pseudonymiser

pytestmark = pytest.mark.system


def _serve(folder: Path, port: int, certificate_key: str | None = None) -> ServedCjg:
    return ServedCjg(folder, port, certificate_key)


def _inbox_with_invite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, int, str]:
    """A server folder on a free port, and a one-time code for Tess Verpleeg."""
    server_dir, port = tmp_path / "cjg", free_port()
    cjg(["init", "--dir", str(server_dir), "--port", str(port)])
    cjg(["devices", "invite", "--dir", str(server_dir), "--org", "JGZ Demostad",
         "--name", "Tess Verpleeg", "--role", "jeugdverpleegkundige",
         "--phone", "0800-0000000"])
    return server_dir, port, capsys.readouterr().out.strip().splitlines()[-1]


def _queue(vault_dir: Path, family_id: int, run_id: int, member_ids: list[int], count: int) -> None:
    with Vault.open(vault_dir, secret()) as vault:
        signals = SignalService(vault)
        basis = signals.record_basis(sharing_consent(family_id, member_ids)).value
        assert basis.id is not None
        payload = signals.compose(run_id, basis.id).value
        for _ in range(count):
            signals.queue(basis.id, payload)


def test_enroll_push_and_recover_from_a_server_that_is_down(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    family_id, member_ids, run_id = signal_family(vault)
    vault.close()
    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)
    server_dir, port, code = _inbox_with_invite(tmp_path, capsys)
    profile = server_dir / "connection-profile.json"
    base = ["--data-dir", str(vault_dir), "--lang", "en"]

    server = _serve(server_dir, port)
    try:
        assert stap0([*base, "cjg", "enroll", "--profile", str(profile), "--code", code]) == 0
        out = capsys.readouterr().out
        assert "Enrolled with Gemeente Demostad as Tess Verpleeg" in out
        assert ("another professional sees: Tess Verpleeg, jeugdverpleegkundige, JGZ Demostad,"
                " 0800-0000000") in out
        _queue(vault_dir, family_id, run_id, member_ids, 2)
        assert stap0([*base, "sync"]) == 1               # nothing goes before she confirmed
        assert "(not_confirmed)" in capsys.readouterr().err
        assert stap0([*base, "cjg", "confirm"]) == 0
        assert "Confirmed: signals from this laptop go to the CJG as Tess" in (
            capsys.readouterr().out)
        assert stap0([*base, "sync"]) == 0
        assert "Sent 2, received by the CJG 2, refused 0, withdrawn 0, still waiting 0; match notices 0." in (
            capsys.readouterr().out)
    finally:
        server.terminate()
        server.wait(timeout=10)

    _queue(vault_dir, family_id, run_id, member_ids, 1)          # written while offline
    assert stap0([*base, "sync"]) == 1
    assert "unreachable" in capsys.readouterr().err
    with Vault.open(vault_dir, secret()) as again:
        states = sorted(row.state for row in SignalService(again).outbox().value)
        assert states.count("received") == 2 and len(states) == 3
        assert OutboxService(again).pending().value                # kept, not lost

    server = _serve(server_dir, port)
    try:
        assert stap0([*base, "sync"]) == 0
        assert "received by the CJG 1" in capsys.readouterr().out
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert cjg(["inbox", "--dir", str(server_dir), "--json"]) == 0
    inbox = json.loads(capsys.readouterr().out)
    with Vault.open(vault_dir, secret()) as again:
        rows = SignalService(again).outbox().value
    assert sorted(r["id"] for r in inbox) == sorted(r.id for r in rows)   # exactly once
    assert all(r.state == "received" for r in rows)
    assert cjg(["inbox", "--dir", str(server_dir)]) == 0       # as an operator reads it
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split("\t") == ["id", "device_id", "status", "judgement", "professional",
                                   "organisation", "signalled_on", "ends_on", "domains"]
    assert len(lines) == len(inbox)
    domains = {line.split("\t")[-1] for line in lines}
    assert domains == {",".join(r["domains"]) for r in inbox} and "[" not in "".join(domains)
    assert cjg(["devices", "list", "--dir", str(server_dir)]) == 0
    header, *devices = capsys.readouterr().out.splitlines()
    assert header == "device_id\tprofessional\trole\torganisation\tstate"
    assert len(devices) == 1 and devices[0].endswith("\tactive")


def test_a_profile_that_is_no_profile(vault: Vault, vault_dir: Path, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    vault.close()
    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)
    bad = tmp_path / "profiel.json"
    bad.write_text('{"server_url": "http://onveilig.example"}')
    assert stap0(["--data-dir", str(vault_dir), "--lang", "en", "cjg", "enroll",
                  "--profile", str(bad), "--code", "ABCD-EFGH-IJKL"]) == 1
    assert "bad_profile" in capsys.readouterr().err


def test_a_receipt_with_a_bad_signature_is_not_taken_for_received(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from sync.protocol.crypto import b64

    family_id, member_ids, run_id = signal_family(vault)
    vault.close()
    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)
    server_dir, port, code = _inbox_with_invite(tmp_path, capsys)
    # The server now signs receipts with a key that is not the one in the profile.
    link_pseudonymiser(server_dir)   # the profile is complete before the key is swapped
    other_key = ed25519.Ed25519PrivateKey.generate()
    (server_dir / "receipt.key").write_text(b64(other_key.private_bytes_raw()))
    base = ["--data-dir", str(vault_dir), "--lang", "en"]
    server = _serve(server_dir, port, b64(other_key.public_key().public_bytes_raw()))
    try:
        assert stap0([*base, "cjg", "enroll", "--profile",
                      str(server_dir / "connection-profile.json"), "--code", code]) == 0
        assert stap0([*base, "cjg", "confirm"]) == 0
        _queue(vault_dir, family_id, run_id, member_ids, 1)
        assert stap0([*base, "sync"]) == 1
        assert "receipt that does not verify" in capsys.readouterr().err
    finally:
        server.terminate()
        server.wait(timeout=10)
    with Vault.open(vault_dir, secret()) as again:
        assert [row.state for row in SignalService(again).outbox().value] == ["sending"]


def test_two_professionals_get_each_others_contact_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from stap0_desktop.services.outbox import OutboxService
    from tests.conftest import FAST_KDF

    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)
    server_dir, port = tmp_path / "cjg", free_port()
    cjg(["init", "--dir", str(server_dir), "--port", str(port)])
    professionals = {"nurse": ("Tess Verpleeg", "JGZ Demostad"),
                     "counsellor": ("Bram Schuldhulp", "Schuldhulp Demostad")}
    codes = {}
    for who, (name, org) in professionals.items():
        cjg(["devices", "invite", "--dir", str(server_dir), "--org", org, "--name", name,
             "--role", "jeugdverpleegkundige", "--phone", "0800-0000000"])
        codes[who] = capsys.readouterr().out.strip().splitlines()[-1]
        folder = tmp_path / who
        assert stap0(["--data-dir", str(folder), "vault", "init", "--name", name,
                      "--organisation", org], kdf=FAST_KDF) == 0
        assert stap0(["--data-dir", str(folder), "demo", "--families", "30",
                      "--notes-per-family", "1", "--seed", "4", "--signals", "3"],
                     kdf=FAST_KDF) == 0
    server = _serve(server_dir, port)
    try:
        for who in professionals:
            base = ["--data-dir", str(tmp_path / who), "--lang", "en"]
            assert stap0([*base, "cjg", "enroll", "--profile",
                          str(server_dir / "connection-profile.json"), "--code", codes[who]]) == 0
            assert stap0([*base, "cjg", "confirm"]) == 0
            assert stap0([*base, "sync"]) == 0
        assert stap0(["--data-dir", str(tmp_path / "nurse"), "--lang", "en", "sync"]) == 0
        capsys.readouterr()
    finally:
        server.terminate()
        server.wait(timeout=10)
    with Vault.open(tmp_path / "nurse", secret()) as vault:
        family_ids = {row.family_id for row in SignalService(vault).outbox().value}
        notices = [n for f in family_ids for n in OutboxService(vault).notices(f).value]
    assert notices, "the same fictional families were signalled by both"
    assert {(n.name, n.organisation) for n in notices} == {("Bram Schuldhulp",
                                                            "Schuldhulp Demostad")}
