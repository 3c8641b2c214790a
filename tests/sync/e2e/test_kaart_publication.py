"""The CJG publishes its sociale kaart, signed; laptops take it during sync, see what is
new or changed, and refuse one whose signature does not verify (keeping the old)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from stap0_desktop.domain.kaart import KaartQuery
from stap0_desktop.services.kaart import KaartService
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.storage.vault import Vault
from sync.client.sync_client import SyncClient
from sync.protocol.kaart import KaartPublication, sign_kaart
from sync.server.cli import main as cjg
from sync.server.kaart_publish import KAART_FILE
from sync.server.loopback import LoopbackServer
from tests.builders import DEMO_KAART, enrolled_client

pytestmark = pytest.mark.system

KAART_KEY_PASSPHRASE = "kaartsleutel van de demo"


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackServer]:
    """An inbox whose profile names a kaart key made offline (before laptops get it)."""
    monkeypatch.setenv("STAP0_KAART_PASSPHRASE", KAART_KEY_PASSPHRASE)
    with LoopbackServer(tmp_path / "cjg") as server:
        assert cjg(["kaart", "keygen", "--dir", str(server.folder),
                    "--out", str(tmp_path / "usb" / "kaart.key")]) != 0   # no such folder
        (tmp_path / "usb").mkdir()
        assert cjg(["kaart", "keygen", "--dir", str(server.folder),
                    "--out", str(tmp_path / "usb" / "kaart.key")]) == 0
        yield server


def _publish(server: LoopbackServer, export: Path) -> int:
    return cjg(["kaart", "publish", "--dir", str(server.folder), str(export),
                "--key", str(server.folder.parent / "usb" / "kaart.key")])


def _client(vault: Vault, server: LoopbackServer) -> SyncClient:
    enrolled_client(vault, server)
    return SyncClient(OutboxService(vault), kaart=KaartService(vault))


def test_a_published_kaart_arrives_and_changes_are_shown(
    vault: Vault, server: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    client = _client(vault, server)
    assert client.sync().kaart_version is None                     # nothing published yet
    assert _publish(server, DEMO_KAART) == 0
    assert "Published version 1 with 20 entries." in capsys.readouterr().out
    assert client.sync().kaart_version == 1
    kaart = KaartService(vault)
    assert kaart.count().value == 20
    assert client.sync().kaart_version is None                     # not again
    changed = json.loads(DEMO_KAART.read_text())
    changed["entries"][0]["omschrijving"] = "Nu ook op zaterdag."
    del changed["entries"][1]
    export = tmp_path / "kaart-v2.json"
    export.write_text(json.dumps(changed))
    assert _publish(server, export) == 0
    assert client.sync().kaart_version == 2
    version, _when, changes = kaart.publication().value  # type: ignore[misc]
    assert version == 2 and changes["changed"] == ["demo-cjg-coach"]
    assert changes["removed"] == ["demo-voorzorg"] and changes["added"] == []
    assert kaart.search(KaartQuery(words="zaterdag")).value[0].entry.key == "demo-cjg-coach"


def test_a_kaart_whose_signature_does_not_verify_is_refused_and_the_old_kept(
    vault: Vault, server: LoopbackServer,
) -> None:
    client = _client(vault, server)
    _publish(server, DEMO_KAART)
    client.sync()
    path = server.folder / KAART_FILE
    good = KaartPublication.model_validate_json(path.read_text())
    forged = sign_kaart(ed25519.Ed25519PrivateKey.generate(), good.body.model_copy(
        update={"version": 2, "entries": good.body.entries[:1]}))
    path.write_text(forged.model_dump_json())
    summary = client.sync()
    assert summary.kaart_version is None and summary.kaart_problem == "bad_kaart_signature"
    assert KaartService(vault).count().value == 20                  # the old kaart kept
    assert OutboxService(vault).status().value.last_error == "bad_kaart_signature"
    tampered = good.model_copy(update={"body": good.body.model_copy(update={"version": 3})})
    path.write_text(tampered.model_dump_json())                      # signed body changed
    assert client.sync().kaart_problem == "bad_kaart_signature"


def test_a_bad_export_is_not_published(server: LoopbackServer, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "kaart.csv"
    export.write_bytes(b"organisatie;aanbod;gemeente;telefoon\nA;B;Demostad;06 1\n")
    assert _publish(server, export) == 1
    assert "line 2" in capsys.readouterr().err
    assert not (server.folder / KAART_FILE).exists()


def test_the_online_receipt_key_cannot_sign_the_kaart(
    vault: Vault, server: LoopbackServer,
) -> None:
    """Whoever holds the server folder holds the receipt key — and still cannot change
    the phone numbers on the laptops' kaart."""
    client = _client(vault, server)
    assert _publish(server, DEMO_KAART) == 0
    client.sync()
    path = server.folder / KAART_FILE
    good = KaartPublication.model_validate_json(path.read_text())
    entries = [dict(good.body.entries[0], phone="0612345678")]
    forged = sign_kaart(server.keys.receipt, good.body.model_copy(
        update={"version": 2, "entries": entries}))
    path.write_text(forged.model_dump_json())
    assert client.sync().kaart_problem == "bad_kaart_signature"
    assert KaartService(vault).count().value == 20


def test_the_kaart_key_stays_out_of_the_server_folder_and_must_match(
    server: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    inside = server.folder / "kaart.key"
    assert cjg(["kaart", "keygen", "--dir", str(server.folder), "--out", str(inside)]) == 2
    assert "outside the server folder" in capsys.readouterr().err and not inside.exists()
    again = tmp_path / "usb" / "kaart.key"
    assert cjg(["kaart", "keygen", "--dir", str(server.folder), "--out", str(again)]) == 2
    assert "exists already" in capsys.readouterr().err
    other = tmp_path / "other.key"
    from sync.server.kaart_key import keygen

    keygen(other, server.folder, KAART_KEY_PASSPHRASE.encode())
    assert cjg(["kaart", "publish", "--dir", str(server.folder), str(DEMO_KAART),
                "--key", str(other)]) == 2
    assert "not the kaart key of the connection profile" in capsys.readouterr().err
    assert not (server.folder / KAART_FILE).exists()


def test_a_wrong_passphrase_publishes_nothing(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("STAP0_KAART_PASSPHRASE", "een andere zin dan die")
    assert _publish(server, DEMO_KAART) == 2
    assert "another passphrase" in capsys.readouterr().err
    assert not (server.folder / KAART_FILE).exists()
