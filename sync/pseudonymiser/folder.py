"""The service's folder: the VOPRF seed (owner-only), loopback TLS, its limits and the
CJG key it trusts for device certificates; ``pseudonymiser.json`` is what it publishes."""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from sync.protocol.crypto import b64, unb64
from sync.protocol.files import write_atomically
from sync.protocol.loopback_tls import self_signed
from sync.protocol.models import ConnectionProfile, PseudonymiserInfo
from sync.protocol.pseudonyms import Evaluator

SEED_FILE = "voprf.seed"
CONFIG_FILE = "pseudonymiser-config.json"
INFO_FILE = "pseudonymiser.json"
TLS_KEY = "tls.key"
TLS_CERT = "tls.crt"
COUNTS_DB = "counts.db"


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    per_device_per_day: int = Field(default=300, ge=1, le=100_000)
    all_devices_per_day: int = Field(default=20_000, ge=1, le=10_000_000)


class PseudonymiserConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: int = Field(default=1, ge=1, le=1)
    municipality: str
    cjg_certificate_key: str      # the CJG's Ed25519 key that signs device certificates
    limits: Limits = Limits()


@dataclass(frozen=True)
class Pseudonymiser:
    folder: Path
    config: PseudonymiserConfig
    evaluator: Evaluator
    info: PseudonymiserInfo

    @property
    def cjg_key(self) -> bytes:
        return unb64(self.config.cjg_certificate_key)


def _write(path: Path, data: bytes, mode: int = 0o600) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def init_folder(folder: Path, cjg_profile: ConnectionProfile, host: str = "127.0.0.1",
                port: int = 8444, limits: Limits | None = None) -> PseudonymiserInfo:
    """A new service; ``FileExistsError`` when the folder already holds one."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if (folder / SEED_FILE).exists():
        raise FileExistsError(str(folder / SEED_FILE))
    seed = secrets.token_bytes(32)
    _write(folder / SEED_FILE, b64(seed).encode())
    key_pem, cert_pem = self_signed(host, "Stap 0 pseudonymiser (loopback)")
    _write(folder / TLS_KEY, key_pem)
    _write(folder / TLS_CERT, cert_pem, 0o644)
    config = PseudonymiserConfig(municipality=cjg_profile.municipality,
                                 cjg_certificate_key=cjg_profile.receipt_public_key,
                                 limits=limits or Limits())
    _write(folder / CONFIG_FILE, config.model_dump_json(indent=2).encode(), 0o644)
    info = PseudonymiserInfo(url=f"https://{host}:{port}",
                             public_key=b64(Evaluator(seed).public_key),
                             tls_ca_pem=cert_pem.decode("ascii"))
    _write(folder / INFO_FILE, info.model_dump_json(indent=2).encode(), 0o644)
    return info


def load_folder(folder: Path) -> Pseudonymiser:
    seed = unb64((folder / SEED_FILE).read_text().strip())
    config = PseudonymiserConfig.model_validate(json.loads((folder / CONFIG_FILE).read_text()))
    info = PseudonymiserInfo.model_validate_json((folder / INFO_FILE).read_text())
    return Pseudonymiser(folder, config, Evaluator(seed), info)


def trust_certificate_key(folder: Path, public_key: str) -> None:
    """Trust another CJG key for device certificates (after ``follow``), atomically."""
    config = PseudonymiserConfig.model_validate_json((folder / CONFIG_FILE).read_bytes())
    updated = config.model_copy(update={"cjg_certificate_key": public_key})
    write_atomically(folder / CONFIG_FILE, updated.model_dump_json(indent=2).encode(),
                     0o644)
