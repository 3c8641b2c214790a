"""The server folder: keys (owner-only), a self-signed TLS certificate for loopback use,
and the connection profile that the CJG hands to each laptop."""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import json
import os
import secrets
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import NameOID

from sync.protocol.crypto import KemKeyPair, b64, unb64
from sync.protocol.models import ConnectionProfile, SuiteName
from sync.server.app import ServerKeys

KEM_FILE = "kem.json"
RECEIPT_FILE = "receipt.key"
PERSON_FILE = "person.key"
TLS_KEY = "tls.key"
TLS_CERT = "tls.crt"
PROFILE_FILE = "connection-profile.json"


def _write(path: Path, data: bytes, mode: int = 0o600) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(path, mode)


def _self_signed(host: str) -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Stap 0 CJG (loopback)")])
    now = dt.datetime.now(dt.UTC)
    alt: list[x509.GeneralName] = [x509.DNSName("localhost")]
    try:
        alt.append(x509.IPAddress(ipaddress.ip_address(host)))
    except ValueError:
        alt.append(x509.DNSName(host))
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=825))
            .add_extension(x509.SubjectAlternativeName(alt), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM,
                                serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return key_pem, cert.public_bytes(serialization.Encoding.PEM)


def init_folder(folder: Path, municipality: str, host: str = "127.0.0.1", port: int = 8443,
                suite: SuiteName = SuiteName.HYBRID) -> ConnectionProfile:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if (folder / KEM_FILE).exists():
        raise FileExistsError(str(folder / KEM_FILE))
    kem = KemKeyPair.generate(suite)
    kem_json = {"suite": suite.value, "private": b64(kem.private_raw),
                "public": b64(kem.public_raw)}
    _write(folder / KEM_FILE, json.dumps(kem_json).encode())
    receipt = ed25519.Ed25519PrivateKey.generate()
    _write(folder / RECEIPT_FILE, b64(receipt.private_bytes_raw()).encode())
    _write(folder / PERSON_FILE, b64(secrets.token_bytes(32)).encode())
    key_pem, cert_pem = _self_signed(host)
    _write(folder / TLS_KEY, key_pem)
    _write(folder / TLS_CERT, cert_pem, 0o644)
    profile = ConnectionProfile(
        municipality=municipality, server_url=f"https://{host}:{port}", hpke_suite=suite,
        hpke_public_key=b64(kem.public_raw),
        receipt_public_key=b64(receipt.public_key().public_bytes_raw()),
        tls_ca_pem=cert_pem.decode("ascii"), allow_classic_suite=suite is SuiteName.CLASSIC)
    _write(folder / PROFILE_FILE, profile.model_dump_json(indent=2).encode(), 0o644)
    return profile


def load_keys(folder: Path) -> ServerKeys:
    kem = json.loads((folder / KEM_FILE).read_text())
    return ServerKeys(
        kem=KemKeyPair(SuiteName(kem["suite"]), unb64(kem["private"]), unb64(kem["public"])),
        receipt=ed25519.Ed25519PrivateKey.from_private_bytes(
            base64.b64decode((folder / RECEIPT_FILE).read_text().strip())),
        person_secret=base64.b64decode((folder / PERSON_FILE).read_text().strip()),
    )
