"""The server's private keys at rest are sealed with a wrapping key kept outside the
server folder: a copy of the folder holds no usable key, the server still runs and
rotates, and a missing or wrong wrapping key gets one clear line."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from sync.protocol.crypto import b64
from sync.server.cli import main as cjg
from sync.server.keys import KEM_FILE, RECEIPT_FILE, load_keys
from sync.server.loopback import LoopbackServer
from tests.builders import assert_exactly_once, enrolled_client, queue_signals


@pytest.fixture
def wrapping(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "safe" / "cjg-wrapping.key"
    path.parent.mkdir()
    assert cjg(["keyfile", "--dir", str(tmp_path / "cjg"), "--out", str(path)]) == 0
    monkeypatch.setenv("STAP0_CJG_KEY_FILE", str(path))
    return path


def test_a_copy_of_the_folder_holds_no_usable_key(
        tmp_path: Path, wrapping: Path, vault: object) -> None:
    folder = tmp_path / "cjg"
    assert cjg(["init", "--dir", str(folder)]) == 0
    keys = load_keys(folder)
    secrets = [b64(keys.receipt.private_bytes_raw()), b64(keys.kem.private_raw)]
    for name in (KEM_FILE, RECEIPT_FILE):
        text = (folder / name).read_text()
        assert json.loads(text)["format"] == "stap0-sealed-key-1"
        assert not any(secret in text for secret in secrets)
    with LoopbackServer(folder) as server:          # and it still works, end to end
        client = enrolled_client(vault, server)  # type: ignore[arg-type]
        ids = queue_signals(vault, 2)  # type: ignore[arg-type]
        assert client.sync().received == 2
        assert_exactly_once(vault, server, ids)  # type: ignore[arg-type]
    assert cjg(["rotate-receipt-key", "--dir", str(folder)]) == 0
    assert json.loads((folder / RECEIPT_FILE).read_text())["format"] == "stap0-sealed-key-1"
    assert load_keys(folder).receipt.private_bytes_raw() != keys.receipt.private_bytes_raw()


def test_without_or_with_another_wrapping_key_one_clear_line(
        tmp_path: Path, wrapping: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "cjg"
    assert cjg(["init", "--dir", str(folder)]) == 0
    monkeypatch.delenv("STAP0_CJG_KEY_FILE")
    capsys.readouterr()
    assert cjg(["serve", "--dir", str(folder), "--port", "9"]) == 2
    err = capsys.readouterr().err
    assert "the server keys are sealed: set STAP0_CJG_KEY_FILE" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    other = tmp_path / "other.key"
    other.write_text(base64.b64encode(b"\x01" * 32).decode())
    monkeypatch.setenv("STAP0_CJG_KEY_FILE", str(other))
    assert cjg(["fingerprint", "--dir", str(folder)]) == 0       # the profile is public
    assert cjg(["rotate-receipt-key", "--dir", str(folder)]) == 2
    assert "the wrapping key does not open it" in capsys.readouterr().err
    inside = folder / "wrap.key"
    assert cjg(["keyfile", "--dir", str(folder), "--out", str(inside)]) == 2
    assert "outside the server folder" in capsys.readouterr().err and not inside.exists()
    monkeypatch.setenv("STAP0_CJG_KEY_FILE", str(folder / "tls.key"))
    assert cjg(["serve", "--dir", str(folder), "--port", "9"]) == 2
    assert "must lie outside the server folder" in capsys.readouterr().err


def test_plain_keys_are_sealed_later_and_stay_the_same_keys(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "cjg"
    monkeypatch.delenv("STAP0_CJG_KEY_FILE", raising=False)
    assert cjg(["init", "--dir", str(folder)]) == 0
    assert "NOT sealed" in capsys.readouterr().err
    assert cjg(["serve", "--dir", str(folder), "--port", "9"]) == 2  # not on plain keys
    refused = capsys.readouterr().err
    assert "are not sealed, so a copy of the folder would open every signal" in refused
    assert "--allow-plain-keys" in refused and len(refused.strip().splitlines()) == 1
    before = load_keys(folder)
    assert cjg(["seal-keys", "--dir", str(folder)]) == 2            # no wrapping key yet
    key = tmp_path / "wrap.key"
    assert cjg(["keyfile", "--dir", str(folder), "--out", str(key)]) == 0
    assert cjg(["keyfile", "--dir", str(folder), "--out", str(key)]) == 2  # not over it
    monkeypatch.setenv("STAP0_CJG_KEY_FILE", str(key))
    capsys.readouterr()
    assert cjg(["seal-keys", "--dir", str(folder)]) == 0
    assert "2 key files sealed" in capsys.readouterr().out
    after = load_keys(folder)
    assert after.receipt.private_bytes_raw() == before.receipt.private_bytes_raw()
    assert after.kem.private_raw == before.kem.private_raw
