"""Taking a new connection profile during sync: the CJG's chain of profiles, each signed
by the receipt key of the one before. The laptop follows it from the key it holds and
keeps the newest profile it reaches — with its enrollment. A link that does not verify
ends the walk there (``bad_profile_update``); nothing after it is taken."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import ValidationError

from sync.client.errors import SyncError
from sync.client.transport import Transport, refusal
from sync.protocol.crypto import follow_chain, unb64
from sync.protocol.models import ConnectionProfile, ProfileChain


def newest_profile(http: Transport, profile: ConnectionProfile,
                   key: ed25519.Ed25519PrivateKey,
                   device_id: str) -> tuple[ConnectionProfile | None, str | None]:
    """(the newer profile, or None; a problem code, or None)."""
    response = http.signed(key, device_id, "GET", "/v1/profile-chain")
    if response.status_code == 404:
        return None, None                       # a CJG without profile changes
    if response.status_code != 200:
        raise refusal(response)
    try:
        updates = ProfileChain.model_validate_json(response.content).updates
    except ValidationError as exc:
        raise SyncError("bad_reply", str(exc).splitlines()[0]) from None
    newest, problem = follow_chain(updates, unb64(profile.receipt_public_key),
                                   profile.municipality)
    return (newest if newest is not None and newest != profile else None), problem
