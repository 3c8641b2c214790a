"""The connection to the CJG as the settings show it: a connection profile read and
summarised, the enrollment with a one-time code, and who the CJG enrolled this laptop as
(what another professional is shown at a match). The window speaks no wire protocol; this
is where it reaches it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sync.client.errors import SyncError
from sync.client.sync_client import SyncClient
from sync.client.transport import parse_profile
from sync.protocol.crypto import fingerprint, unb64
from sync.protocol.models import ConnectionProfile, Professional

MAX_PROFILE_BYTES = 64 * 1024
_CODE_PROBLEMS = ("unknown_code", "spent_code", "expired_code")


class ProfileProblem(Exception):
    """A profile file that cannot be used: ``unreadable`` (not a text file), or the sync
    problem's code (``bad_profile``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class ProfileSummary:
    municipality: str
    server_url: str
    fingerprint: str   # of the CJG's receipt key, to compare with what the CJG gave


def _summary(profile: ConnectionProfile) -> ProfileSummary:
    return ProfileSummary(profile.municipality, profile.server_url,
                          fingerprint(unb64(profile.receipt_public_key)))


def read_profile(path: Path) -> tuple[str, ProfileSummary]:
    """The profile's text (stored only when the code is accepted) and what it says."""
    try:
        if path.stat().st_size > MAX_PROFILE_BYTES:
            raise ProfileProblem("bad_profile")
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise ProfileProblem("unreadable") from None
    try:
        return text, _summary(parse_profile(text))
    except SyncError as exc:
        raise ProfileProblem(exc.code) from None


def enroll(client: SyncClient, profile_text: str, code: str) -> ProfileSummary:
    """Enroll with the one-time code; the profile and enrollment are stored together once
    the CJG accepts it. A code the CJG does not know, spent or expired says so."""
    profile = parse_profile(profile_text)
    try:
        client.enroll(code, profile_text)
    except SyncError as exc:
        if exc.detail in _CODE_PROBLEMS:
            raise SyncError(exc.detail) from None
        raise
    return _summary(profile)


def enrolled_as(identity_json: str | None) -> str:
    """Who the CJG enrolled this laptop as, in one line ("" when unknown)."""
    if not identity_json:
        return ""
    try:
        return Professional.model_validate_json(identity_json).summary()
    except ValueError:
        return ""
