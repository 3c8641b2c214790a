"""The sociale kaart's publishing key: kept off the server, never the online receipt key.

Whoever holds the server folder must not be able to change the phone numbers on every
laptop's kaart. So the kaart is signed with a key of its own, made by
``stap0-cjg kaart keygen --out FILE`` into a file *outside* the server folder (a USB stick
in a safe), encrypted with a passphrase (PKCS#8, from ``STAP0_KAART_PASSPHRASE`` or asked
for). Its public half goes into the connection profile as ``kaart_public_key``; a laptop
takes a kaart only when that key signed it. ``kaart publish FILE --key FILE`` signs.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.crypto import b64
from sync.protocol.crypto import fingerprint as key_fingerprint
from sync.protocol.models import ConnectionProfile

PASSPHRASE_ENV = "STAP0_KAART_PASSPHRASE"  # noqa: S105 - the variable's name
MIN_PASSPHRASE = 12


class KaartKeyProblem(Exception):
    """The key cannot be made or used; the message says why, for the operator."""


def passphrase(confirm: bool) -> bytes:
    """From the environment, or asked for on a terminal (twice when making a key)."""
    found = os.environ.get(PASSPHRASE_ENV)
    if found is None:
        if not sys.stdin.isatty():
            raise KaartKeyProblem(f"set {PASSPHRASE_ENV} or run this in a terminal")
        found = getpass.getpass("Passphrase of the kaart key: ")
        if confirm and getpass.getpass("The same passphrase again: ") != found:
            raise KaartKeyProblem("the two passphrases differ")
    if len(found) < MIN_PASSPHRASE:
        raise KaartKeyProblem(f"the passphrase needs at least {MIN_PASSPHRASE} characters")
    return found.encode("utf-8")


def keygen(out: Path, server_folder: Path, secret: bytes) -> ed25519.Ed25519PublicKey:
    """A new key in ``out`` (which must not exist, nor lie in the server folder)."""
    resolved, folder = out.resolve(), server_folder.resolve()
    if resolved == folder or folder in resolved.parents:
        raise KaartKeyProblem("keep the kaart key outside the server folder (--out)")
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(secret))
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KaartKeyProblem(f"{out} exists already; nothing was changed") from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    return key.public_key()


def load(path: Path, secret: bytes) -> ed25519.Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=secret)
    except (ValueError, TypeError):
        raise KaartKeyProblem(f"{path}: not a kaart key, or another passphrase") from None
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise KaartKeyProblem(f"{path}: not an Ed25519 key")
    return key


def with_kaart_key(profile: ConnectionProfile,
                   public: ed25519.Ed25519PublicKey) -> ConnectionProfile:
    return profile.model_copy(update={"kaart_public_key": b64(public.public_bytes_raw())})


def fingerprint(public: ed25519.Ed25519PublicKey) -> str:
    return key_fingerprint(public.public_bytes_raw())
