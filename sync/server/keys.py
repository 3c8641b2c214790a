"""The server folder: keys (owner-only), a self-signed TLS certificate for loopback use,
and the connection profile that the CJG hands to each laptop."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.crypto import KemKeyPair, b64, unb64
from sync.protocol.files import write_atomically
from sync.protocol.loopback_tls import self_signed
from sync.protocol.models import ConnectionProfile, SuiteName
from sync.server.sealed_keys import (
    ENV_KEY_FILE,
    SealedKeyProblem,
    is_sealed,
    open_secret,
    secret_bytes,
    wrapping_key,
)

KEM_FILE = "kem.json"
RECEIPT_FILE = "receipt.key"
TLS_KEY = "tls.key"
TLS_CERT = "tls.crt"
PROFILE_FILE = "connection-profile.json"


@dataclass
class ServerKeys:
    kem: KemKeyPair
    receipt: ed25519.Ed25519PrivateKey    # signs receipts, notices, device certificates


def _write(path: Path, data: bytes, mode: int = 0o600) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(path, mode)


def init_folder(folder: Path, municipality: str, host: str = "127.0.0.1", port: int = 8443,
                suite: SuiteName = SuiteName.HYBRID) -> ConnectionProfile:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if (folder / KEM_FILE).exists():
        raise FileExistsError(str(folder / KEM_FILE))
    kem = KemKeyPair.generate(suite)
    kem_json = {"suite": suite.value, "private": b64(kem.private_raw),
                "public": b64(kem.public_raw)}
    _write(folder / KEM_FILE, secret_bytes(folder, KEM_FILE, json.dumps(kem_json).encode()))
    receipt = ed25519.Ed25519PrivateKey.generate()
    _write(folder / RECEIPT_FILE,
           secret_bytes(folder, RECEIPT_FILE, b64(receipt.private_bytes_raw()).encode()))
    key_pem, cert_pem = self_signed(host)
    _write(folder / TLS_KEY, key_pem)
    _write(folder / TLS_CERT, cert_pem, 0o644)
    profile = ConnectionProfile(
        municipality=municipality, server_url=f"https://{host}:{port}", hpke_suite=suite,
        hpke_public_key=b64(kem.public_raw),
        receipt_public_key=b64(receipt.public_key().public_bytes_raw()),
        tls_ca_pem=cert_pem.decode("ascii"), allow_classic_suite=suite is SuiteName.CLASSIC)
    _write(folder / PROFILE_FILE, profile.model_dump_json(indent=2).encode(), 0o644)
    return profile


STAGED_RECEIPT = ".receipt.key.new"   # a receipt key being rotated in (profile_chain)


def _finish_rotation(folder: Path) -> None:
    """A rotation stopped between the new profile and the key's rename: finish it when the
    profile already names the staged key, else drop the staged key."""
    staged = folder / STAGED_RECEIPT
    if not staged.exists():
        return
    key = ed25519.Ed25519PrivateKey.from_private_bytes(
        base64.b64decode(open_secret(folder, STAGED_RECEIPT, sealed_as=RECEIPT_FILE)))
    profile = ConnectionProfile.model_validate_json((folder / PROFILE_FILE).read_bytes())
    if profile.receipt_public_key == b64(key.public_key().public_bytes_raw()):
        os.replace(staged, folder / RECEIPT_FILE)
    else:
        staged.unlink()


def load_keys(folder: Path) -> ServerKeys:
    _finish_rotation(folder)
    kem = json.loads(open_secret(folder, KEM_FILE))
    return ServerKeys(
        kem=KemKeyPair(SuiteName(kem["suite"]), unb64(kem["private"]), unb64(kem["public"])),
        receipt=ed25519.Ed25519PrivateKey.from_private_bytes(
            base64.b64decode(open_secret(folder, RECEIPT_FILE).strip())),
    )


def keys_sealed(folder: Path) -> bool:
    return all(is_sealed((folder / name).read_bytes()) for name in (KEM_FILE, RECEIPT_FILE))


def seal_keys(folder: Path) -> int:
    """Seal the private key files still plain with the wrapping key; how many."""
    if wrapping_key(folder) is None:
        raise SealedKeyProblem(f"set {ENV_KEY_FILE} first (stap0-cjg keyfile --out FILE)")
    sealed = 0
    for name in (KEM_FILE, RECEIPT_FILE):
        raw = (folder / name).read_bytes()
        if not is_sealed(raw):
            write_atomically(folder / name, secret_bytes(folder, name, raw), 0o600)
            sealed += 1
    load_keys(folder)  # they open again
    return sealed
