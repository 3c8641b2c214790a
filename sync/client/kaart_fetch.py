"""Fetching the CJG's sociale kaart during sync: taken only when its signature verifies
(against the profile's kaart key) and every entry is valid; otherwise the old one stays."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import ValidationError

from sync.client.errors import SyncError
from sync.client.ports import KaartPort, VaultRun, run_here
from sync.client.transport import Transport, refusal
from sync.protocol.crypto import ProtocolError, unb64
from sync.protocol.kaart import KaartPublication, verify_kaart
from sync.protocol.kaart_entry import KaartEntry
from sync.protocol.models import ConnectionProfile

BAD_KAART = "bad_kaart_signature"


def fetch_kaart(http: Transport, profile: ConnectionProfile, key: ed25519.Ed25519PrivateKey,
                device_id: str, kaart: KaartPort | None,
                run: VaultRun = run_here) -> tuple[int | None, str | None]:
    """(the version taken, or None; a problem code, or None)."""
    if kaart is None or profile.kaart_public_key is None:  # no kaart key: no kaart
        return None, None
    found = run(kaart.publication).value
    since = found[0] if found else 0
    response = http.signed(key, device_id, "GET", "/v1/kaart", params={"since": str(since)})
    if response.status_code == 204:
        return None, None
    if response.status_code != 200:
        raise refusal(response)
    try:
        publication = KaartPublication.model_validate_json(response.content)
    except ValidationError as exc:
        raise SyncError("bad_reply", str(exc).splitlines()[0]) from None
    try:
        body = verify_kaart(publication, unb64(profile.kaart_public_key))
    except ProtocolError:
        return None, BAD_KAART
    if body.municipality != profile.municipality or body.version <= since:
        return None, BAD_KAART
    try:
        entries = [KaartEntry.model_validate(item) for item in body.entries]
    except ValidationError:
        return None, BAD_KAART
    run(lambda: kaart.apply_publication(entries, body.version, body.published_at))
    return body.version, None
