"""Match notices are signed once per content: the same fields give the same notice (Ed25519
is deterministic), changed fields a new, verifying one, and only the newest are kept."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.crypto import sign_notice, verify_notice
from sync.server.match_notices import SignedNotices


def _fields(match: int, ended_on: str | None = None) -> dict[str, object]:
    return {"device_id": "d" * 32, "envelope_id": f"{match:032x}", "match_id": f"{match:032x}",
            "how": "same_child", "matched_at": "2026-12-07T09:00:00Z",
            "other": {"name": "Bram Schuldhulp", "organisation": "Schuldhulp Demostad",
                      "role": "schuldhulpverlener", "phone": "0800-0000000", "email": ""},
            "ended_on": ended_on, "coordination": {}}


def test_a_notice_is_signed_once_per_content_and_stays_verifiable() -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes_raw()
    notices = SignedNotices(key, keep=2)
    first = notices.sign(_fields(1))
    assert notices.sign(_fields(1)) is first                     # not signed again
    assert first == sign_notice(key, _fields(1))                 # what signing gives anyway
    ended = notices.sign(_fields(1, ended_on="2026-12-08"))      # changed: signed anew
    assert ended.ended_on is not None and ended.signature != first.signature
    for notice in (first, ended):
        verify_notice(notice, public, "d" * 32)
    notices.sign(_fields(2))                                     # keeps the newest two
    assert notices.sign(_fields(1)) is not first
