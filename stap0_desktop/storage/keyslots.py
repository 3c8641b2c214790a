"""Key slots: the vault's random data key, stored only wrapped.

* The passphrase slot wraps the data key with ChaCha20-Poly1305 under a key derived from
  the passphrase with Argon2id. The parameters are stored with the slot and bound to it
  as associated data, so they cannot be weakened without the tag failing.
* The optional recovery slot seals the data key with HPKE (RFC 9180) to the
  organisation's recovery public key (see :mod:`recovery_keys`).

The slot file is JSON; it is rewritten atomically, never edited in place.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from pydantic import BaseModel, ConfigDict, Field, PlainSerializer
from pydantic.functional_validators import BeforeValidator

from stap0_desktop.storage.errors import (
    DeviceRevoked,
    KeySlotsDamaged,
    KeySlotsMissing,
    PassphraseTooShort,
    WrongPassphrase,
)
from stap0_desktop.storage.json_files import read_model
from stap0_desktop.storage.secret import KEY_BYTES, SecretBytes
from sync.protocol.files import write_atomically

MIN_PASSPHRASE_CHARS = 12


def _b64decode(value: object) -> bytes:
    if isinstance(value, bytes):
        return value
    if not isinstance(value, str):
        raise ValueError("expected base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except binascii.Error as exc:
        raise ValueError("not valid base64") from exc


B64 = Annotated[
    bytes,
    BeforeValidator(_b64decode),
    PlainSerializer(lambda b: base64.b64encode(b).decode("ascii"), return_type=str),
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# The most a slot or backup file may ask for: the file is not authenticated before the
# derivation, so a changed file must not be able to demand gigabytes or minutes.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 16


class Argon2Params(_Strict):
    memory_kib: int = Field(ge=8 * 1024, le=MAX_MEMORY_KIB)
    iterations: int = Field(ge=1, le=MAX_ITERATIONS)
    lanes: int = Field(ge=1, le=16)


class PassphraseSlot(_Strict):
    type: Literal["passphrase"] = "passphrase"
    kdf: Literal["argon2id"] = "argon2id"
    params: Argon2Params
    salt: Annotated[B64, Field(min_length=16, max_length=64)]
    aead: Literal["chacha20-poly1305"] = "chacha20-poly1305"
    nonce: Annotated[B64, Field(min_length=12, max_length=12)]
    wrapped: Annotated[B64, Field(min_length=KEY_BYTES + 16, max_length=KEY_BYTES + 16)]
    # "nfc": made from the passphrase in Unicode NFC. Slots from before (None) were made
    # from the text as typed; they are tried in both forms and rewritten in NFC on unlock.
    text_form: Literal["nfc"] | None = None


class RecoverySlot(_Strict):
    type: Literal["recovery"] = "recovery"
    kem: Literal["MLKEM768_X25519", "X25519"]
    kdf: Literal["HKDF_SHA256"] = "HKDF_SHA256"
    aead: Literal["CHACHA20_POLY1305"] = "CHACHA20_POLY1305"
    key_id: str = Field(min_length=8, max_length=64)
    organisation: str = Field(default="", max_length=200)
    sealed: Annotated[B64, Field(min_length=KEY_BYTES, max_length=4096)]


class KeySlotFile(_Strict):
    format: Literal[1] = 1
    vault_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    created_at: datetime
    # None once the CJG revoked this laptop: only the recovery slot opens it then.
    passphrase: PassphraseSlot | None
    recovery: RecoverySlot | None = None
    revoked_at: str | None = None          # when the CJG revoked it (its signed word)

    def to_bytes(self) -> bytes:
        return json.dumps(self.model_dump(mode="json"), indent=2).encode("utf-8") + b"\n"

    def with_passphrase(self, slot: PassphraseSlot) -> KeySlotFile:
        """A new passphrase slot (after a recovery, the revocation is history)."""
        return self.model_copy(update={"passphrase": slot, "revoked_at": None})

    def without_passphrase(self, revoked_at: str) -> KeySlotFile:
        return self.model_copy(update={"passphrase": None, "revoked_at": revoked_at})

    def passphrase_slot(self) -> PassphraseSlot:
        """The passphrase slot; :class:`DeviceRevoked` when the CJG's revocation removed it."""
        if self.passphrase is None:
            raise DeviceRevoked("passphrase slot removed", revoked_at=self.revoked_at or "")
        return self.passphrase


def new_vault_id() -> str:
    return uuid.uuid4().hex


def check_passphrase_length(passphrase: SecretBytes) -> None:
    chars = len(passphrase.buffer.decode("utf-8", errors="replace"))
    if chars < MIN_PASSPHRASE_CHARS:
        raise PassphraseTooShort(minimum=MIN_PASSPHRASE_CHARS, given=chars)


def _slot_ad(vault_id: str, params: Argon2Params, salt: bytes) -> bytes:
    return "|".join(
        (
            "stap0-keyslot-v1",
            "passphrase",
            vault_id,
            "argon2id",
            str(params.memory_kib),
            str(params.iterations),
            str(params.lanes),
            salt.hex(),
        )
    ).encode("ascii")


def _derive_kek(passphrase: SecretBytes, params: Argon2Params, salt: bytes) -> SecretBytes:
    kek = SecretBytes(bytearray(KEY_BYTES))
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    kdf.derive_into(passphrase.buffer, kek.buffer)  # type: ignore[arg-type]
    return kek


def wrap_with_passphrase(
    data_key: SecretBytes, passphrase: SecretBytes, params: Argon2Params, vault_id: str
) -> PassphraseSlot:
    check_passphrase_length(passphrase)
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    with _derive_kek(passphrase, params, salt) as kek:
        wrapped = ChaCha20Poly1305(kek.buffer).encrypt(
            nonce, data_key.buffer, _slot_ad(vault_id, params, salt)
        )
    return PassphraseSlot(params=params, salt=salt, nonce=nonce, wrapped=wrapped,
                          text_form="nfc")


def unwrap_with_passphrase(
    slot: PassphraseSlot, passphrase: SecretBytes, vault_id: str
) -> SecretBytes:
    """Return the data key; :class:`WrongPassphrase` when the tag does not verify.

    ``passphrase`` is in NFC (see :meth:`SecretBytes.from_text`); a slot from before NFC
    is also tried with the decomposed form, the one that NFC would otherwise lock out.
    """
    forms = [passphrase]
    if slot.text_form is None:
        decomposed = passphrase.normalised("NFD")
        if decomposed.buffer != passphrase.buffer:
            forms.append(decomposed)
    try:
        for form in forms:
            data_key = _try_unwrap(slot, form, vault_id)
            if data_key is not None:
                return data_key
    finally:
        for form in forms[1:]:
            form.wipe()
    raise WrongPassphrase()


def _try_unwrap(slot: PassphraseSlot, passphrase: SecretBytes, vault_id: str,
                ) -> SecretBytes | None:
    data_key = SecretBytes(bytearray(KEY_BYTES))
    with _derive_kek(passphrase, slot.params, slot.salt) as kek:
        try:
            ChaCha20Poly1305(kek.buffer).decrypt_into(
                slot.nonce, slot.wrapped, _slot_ad(vault_id, slot.params, slot.salt),
                data_key.buffer,
            )
        except InvalidTag:
            data_key.wipe()
            return None
    return data_key


# RFC 9106's second recommended option asks at least this much of every new vault, however
# loaded the computer is when the vault is made; calibration only adds passes above it.
KDF_FLOOR_MEMORY_KIB = 64 * 1024
KDF_FLOOR_ITERATIONS = 3


def calibrate_argon2(
    target_seconds: float = 0.4, memory_kib: int = KDF_FLOOR_MEMORY_KIB, lanes: int = 1
) -> Argon2Params:
    """Choose iterations so that one derivation takes about ``target_seconds`` here, never
    below the floor (64 MiB, three passes): a machine busy during calibration gives a
    vault the floor's strength, not less."""
    memory_kib = max(memory_kib, KDF_FLOOR_MEMORY_KIB)

    def timed(iterations: int) -> float:
        best = float("inf")
        for _ in range(3):  # the fastest of three: other work on the machine only adds
            start = time.perf_counter()
            Argon2id(
                salt=b"\x00" * 16, length=KEY_BYTES, iterations=iterations, lanes=lanes,
                memory_cost=memory_kib,
            ).derive(b"calibration-only")
            best = min(best, time.perf_counter() - start)
        return best

    one, two = timed(1), timed(2)
    per_iteration = max(two - one, 1e-4)
    fixed = max(one - per_iteration, 0.0)
    iterations = round((target_seconds - fixed) / per_iteration)
    return Argon2Params(memory_kib=memory_kib, lanes=lanes, iterations=max(
        KDF_FLOOR_ITERATIONS, min(iterations, MAX_ITERATIONS)))


def new_slot_file(vault_id: str, passphrase_slot: PassphraseSlot) -> KeySlotFile:
    return KeySlotFile(
        vault_id=vault_id,
        created_at=datetime.now(UTC).replace(microsecond=0),
        passphrase=passphrase_slot,
    )


def read_slot_file(path: Path) -> KeySlotFile:
    return read_model(path, KeySlotFile, KeySlotsDamaged, KeySlotsMissing)


def write_slot_file(path: Path, slots: KeySlotFile) -> None:
    write_atomically(path, slots.to_bytes())
