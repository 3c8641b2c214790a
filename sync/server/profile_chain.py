"""Changing the connection profile without re-enrolling a single laptop.

Every change of ``connection-profile.json`` after ``init`` goes through ``write_profile``:
the new profile is signed by the receipt key of the profile before it and appended to
``profile-chain.json``. The inbox serves the chain at ``GET /v1/profile-chain``; a laptop
walks it from the key it trusts and takes the newest profile it can reach, keeping its
device key and enrollment. The receipt key itself is rotated this way too
(``stap0-cjg rotate-receipt-key``): the old key signs the profile that names the new one.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.crypto import b64, fingerprint, sign_profile
from sync.protocol.files import write_atomically
from sync.protocol.models import ConnectionProfile, Policy, ProfileChain
from sync.server.keys import PROFILE_FILE, RECEIPT_FILE, STAGED_RECEIPT, load_keys
from sync.server.sealed_keys import secret_bytes

CHAIN_FILE = "profile-chain.json"


def chain(folder: Path) -> ProfileChain:
    path = folder / CHAIN_FILE
    if not path.exists():
        return ProfileChain()
    return ProfileChain.model_validate_json(path.read_bytes())


def write_profile(folder: Path, profile: ConnectionProfile,
                  signer: ed25519.Ed25519PrivateKey | None = None) -> None:
    """Make ``profile`` the folder's profile, signed into the chain by the current
    receipt key (or ``signer``, the key being rotated out)."""
    key = signer or load_keys(folder).receipt
    current = ConnectionProfile.model_validate_json((folder / PROFILE_FILE).read_bytes())
    if current.receipt_public_key != b64(key.public_key().public_bytes_raw()):
        raise ValueError("the receipt key does not belong to the current profile")
    grown = ProfileChain(updates=[*chain(folder).updates, sign_profile(key, profile)])
    write_atomically(folder / CHAIN_FILE, grown.model_dump_json().encode(), 0o644)
    write_atomically(folder / PROFILE_FILE, profile.model_dump_json(indent=2).encode(), 0o644)


def rotate_receipt_key(folder: Path) -> str:
    """A new receipt key: the old one signs the profile that names it. The server must be
    restarted to sign with it. Returns the new key's fingerprint."""
    old = load_keys(folder).receipt
    new = ed25519.Ed25519PrivateKey.generate()
    staged = secret_bytes(folder, RECEIPT_FILE, b64(new.private_bytes_raw()).encode())
    write_atomically(folder / STAGED_RECEIPT, staged, 0o600)
    profile = ConnectionProfile.model_validate_json((folder / PROFILE_FILE).read_bytes())
    public = new.public_key().public_bytes_raw()
    write_profile(folder, profile.model_copy(update={"receipt_public_key": b64(public)}), old)
    os.replace(folder / STAGED_RECEIPT, folder / RECEIPT_FILE)
    return fingerprint(public)



def current_policy(folder: Path | None) -> Policy:
    """The policy of the profile the CJG hands out now (the default without a folder)."""
    if folder is None or not (folder / PROFILE_FILE).exists():
        return Policy()
    return ConnectionProfile.model_validate_json((folder / PROFILE_FILE).read_bytes()).policy
