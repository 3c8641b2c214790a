"""The server's private keys at rest, sealed with a key that is not in the server folder.

Whoever copies the server folder (a backup, a disk) must not get the KEM key that opens
every signal, nor the receipt key the laptops trust. With a *wrapping key* —
``STAP0_CJG_KEY_FILE`` naming a file outside the folder (``stap0-cjg keyfile --out``), or
``STAP0_CJG_KEY`` holding it — each private key file is written as
``{"format": "stap0-sealed-key-1", "nonce", "ciphertext"}``: ChaCha20-Poly1305 with the
file's name as associated data. Without one, ``init`` writes them plain and says so.
An HSM or KMS would take the wrapping key's place: ``wrapping_key`` is the one seam.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

ENV_KEY_FILE = "STAP0_CJG_KEY_FILE"
ENV_KEY = "STAP0_CJG_KEY"
FORMAT = "stap0-sealed-key-1"


class SealedKeyProblem(Exception):
    """The keys cannot be sealed or opened; the message says why, for the operator."""


def _decode(text: str, where: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except ValueError:
        raise SealedKeyProblem(f"{where} is not base64") from None
    if len(key) != 32:
        raise SealedKeyProblem(f"{where} must hold 32 bytes")
    return key


def wrapping_key(folder: Path) -> bytes | None:
    """The wrapping key from the environment (None: none given)."""
    named = os.environ.get(ENV_KEY_FILE)
    if named:
        path = Path(named).resolve()
        if path.parent == folder.resolve() or folder.resolve() in path.parents:
            raise SealedKeyProblem(f"{ENV_KEY_FILE} must lie outside the server folder")
        try:
            return _decode(path.read_text(encoding="ascii"), str(path))
        except (OSError, UnicodeDecodeError) as exc:
            raise SealedKeyProblem(f"{path}: cannot be read ({exc})") from None
    text = os.environ.get(ENV_KEY)
    return _decode(text, ENV_KEY) if text else None


def make_key_file(path: Path, folder: Path | None = None) -> None:
    if folder is not None and folder.resolve() in path.resolve().parents:
        raise SealedKeyProblem("keep the wrapping key outside the server folder")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise SealedKeyProblem(f"{path} exists already; nothing was changed") from None
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(base64.b64encode(secrets.token_bytes(32)).decode() + "\n")


def is_sealed(raw: bytes) -> bool:
    try:
        return bool(json.loads(raw).get("format") == FORMAT)
    except (ValueError, AttributeError):
        return False


def seal(name: str, data: bytes, key: bytes) -> bytes:
    nonce = secrets.token_bytes(12)
    sealed = ChaCha20Poly1305(key).encrypt(nonce, data, name.encode())
    return json.dumps({"format": FORMAT, "nonce": base64.b64encode(nonce).decode(),
                       "ciphertext": base64.b64encode(sealed).decode()}).encode()


def open_secret(folder: Path, name: str, sealed_as: str | None = None) -> bytes:
    """A private key file's content, opened when sealed (``sealed_as``: the name it was
    sealed under, when it is staged under another)."""
    raw = (folder / name).read_bytes()
    if not is_sealed(raw):
        return raw
    key = wrapping_key(folder)
    if key is None:
        raise SealedKeyProblem(f"the server keys are sealed: set {ENV_KEY_FILE} to the "
                               "wrapping key's file")
    data = json.loads(raw)
    try:
        return ChaCha20Poly1305(key).decrypt(base64.b64decode(data["nonce"]),
                                             base64.b64decode(data["ciphertext"]),
                                             (sealed_as or name).encode())
    except (InvalidTag, KeyError, ValueError):
        raise SealedKeyProblem(f"{name}: the wrapping key does not open it (another key, "
                               "or the file was changed)") from None


def secret_bytes(folder: Path, name: str, data: bytes) -> bytes:
    """What to write for a private key file: sealed when there is a wrapping key."""
    key = wrapping_key(folder)
    return seal(name, data, key) if key is not None else data
