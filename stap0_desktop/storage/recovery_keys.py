"""The organisation's recovery key pair and the HPKE recovery slot.

The organisation keeps the private key offline; each laptop's vault seals its data key
to the public key, so a forgotten passphrase does not lose a caseload. The default KEM is
the ML-KEM-768 + X25519 hybrid: a caseload stays sensitive for decades.

Files are JSON with a ``type`` field; the private key file is written owner-only.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from pydantic import BaseModel, ConfigDict, Field

from stap0_desktop.storage.atomic import write_new_files_together
from stap0_desktop.storage.errors import RecoveryFailed, RecoveryKeyInvalid
from stap0_desktop.storage.json_files import read_model
from stap0_desktop.storage.keyslots import B64, RecoverySlot
from stap0_desktop.storage.secret import KEY_BYTES, SecretBytes

KemName = Literal["MLKEM768_X25519", "X25519"]

_SUITES = {
    "MLKEM768_X25519": hpke.Suite(
        hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305
    ),
    "X25519": hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305),
}


class RecoveryPublicFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    type: Literal["stap0-recovery-public-key"]
    version: Literal[1] = 1
    kem: KemName
    organisation: str = Field(default="", max_length=200)
    x25519: B64 = Field(min_length=32, max_length=32)
    mlkem768: B64 | None = None


class RecoveryPrivateFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    type: Literal["stap0-recovery-private-key"]
    version: Literal[1] = 1
    kem: KemName
    organisation: str = Field(default="", max_length=200)
    x25519: B64 = Field(min_length=32, max_length=32)
    mlkem768_seed: B64 | None = None


HpkePublic = x25519.X25519PublicKey | hpke.MLKEM768X25519PublicKey
HpkePrivate = x25519.X25519PrivateKey | hpke.MLKEM768X25519PrivateKey


class RecoveryPublicKey:
    def __init__(self, data: RecoveryPublicFile) -> None:
        self.data = data
        self.kem: KemName = data.kem
        self.organisation = data.organisation
        self.key_id = hashlib.sha256(data.x25519 + (data.mlkem768 or b"")).hexdigest()[:16]
        try:
            x_pub = x25519.X25519PublicKey.from_public_bytes(data.x25519)
            if data.kem == "MLKEM768_X25519":
                if data.mlkem768 is None:
                    raise ValueError("mlkem768 missing")
                m_pub = mlkem.MLKEM768PublicKey.from_public_bytes(data.mlkem768)
                self._key: HpkePublic = hpke.MLKEM768X25519PublicKey(m_pub, x_pub)
            else:
                self._key = x_pub
        except ValueError as exc:
            raise RecoveryKeyInvalid(str(exc), field="key") from None

    def seal(self, data_key: SecretBytes, vault_id: str) -> RecoverySlot:
        sealed = _SUITES[self.kem].encrypt(data_key.buffer, self._key, info=_info(vault_id))
        return RecoverySlot(
            kem=self.kem, key_id=self.key_id, organisation=self.organisation, sealed=sealed
        )


class RecoveryPrivateKey:
    def __init__(self, data: RecoveryPrivateFile) -> None:
        self.kem: KemName = data.kem
        try:
            x_priv = x25519.X25519PrivateKey.from_private_bytes(data.x25519)
            x_pub = x_priv.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
            if data.kem == "MLKEM768_X25519":
                if data.mlkem768_seed is None:
                    raise ValueError("mlkem768_seed missing")
                m_priv = mlkem.MLKEM768PrivateKey.from_seed_bytes(data.mlkem768_seed)
                m_pub = m_priv.public_key().public_bytes_raw()
                self._key: HpkePrivate = hpke.MLKEM768X25519PrivateKey(m_priv, x_priv)
            else:
                m_pub = b""
                self._key = x_priv
        except ValueError as exc:
            raise RecoveryKeyInvalid(str(exc), field="key") from None
        self.key_id = hashlib.sha256(x_pub + m_pub).hexdigest()[:16]

    def open(self, slot: RecoverySlot, vault_id: str) -> SecretBytes:
        if slot.kem != self.kem or slot.key_id != self.key_id:
            raise RecoveryFailed("key id differs", expected=slot.key_id, given=self.key_id)
        try:
            suite = _SUITES[self.kem]
            plain = bytearray(suite.decrypt(slot.sealed, self._key, info=_info(vault_id)))
        except Exception:  # cryptography raises InvalidTag or ValueError for a bad blob
            raise RecoveryFailed("cannot open the recovery slot") from None
        if len(plain) != KEY_BYTES:
            raise RecoveryFailed("sealed key has the wrong length")
        return SecretBytes(plain)


def _info(vault_id: str) -> bytes:
    return b"stap0-vault-recovery-v1|" + vault_id.encode("ascii")


def generate_recovery_pair(
    kem: KemName = "MLKEM768_X25519", organisation: str = ""
) -> tuple[RecoveryPublicFile, RecoveryPrivateFile]:
    x_priv = x25519.X25519PrivateKey.generate()
    x_priv_raw = x_priv.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    x_pub_raw = x_priv.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    seed: bytes | None = None
    m_pub: bytes | None = None
    if kem == "MLKEM768_X25519":
        m_priv = mlkem.MLKEM768PrivateKey.generate()
        seed = m_priv.private_bytes_raw()
        m_pub = m_priv.public_key().public_bytes_raw()
    public = RecoveryPublicFile(
        type="stap0-recovery-public-key", kem=kem, organisation=organisation,
        x25519=x_pub_raw, mlkem768=m_pub,
    )
    private = RecoveryPrivateFile(
        type="stap0-recovery-private-key", kem=kem, organisation=organisation, x25519=x_priv_raw,
        mlkem768_seed=seed,
    )
    return public, private


def write_recovery_pair(
    public: RecoveryPublicFile, private: RecoveryPrivateFile, public_path: Path, private_path: Path
) -> None:
    """Both files or neither (a full disk, a crash); an existing key file is never replaced.
    The private key is placed first: no public key can exist without its private half."""
    write_new_files_together([(private_path, _dump(private), 0o600),
                              (public_path, _dump(public), 0o644)])


def _dump(model: BaseModel) -> bytes:
    return json.dumps(model.model_dump(mode="json"), indent=2).encode("utf-8") + b"\n"


def load_recovery_public_key(path: Path) -> RecoveryPublicKey:
    return RecoveryPublicKey(read_model(path, RecoveryPublicFile, RecoveryKeyInvalid))


def load_recovery_private_key(path: Path) -> RecoveryPrivateKey:
    return RecoveryPrivateKey(read_model(path, RecoveryPrivateFile, RecoveryKeyInvalid))

