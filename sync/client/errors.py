"""Sync problems a person can act on (light: no network modules imported)."""

from __future__ import annotations


class SyncError(Exception):
    """Something a person can act on; ``code`` names it for the UI (see i18n.messages)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail

    @property
    def retry(self) -> bool:
        """Whether trying again later may help without the professional doing anything."""
        return self.code in RETRYABLE


class DeviceRevoked(SyncError):
    """The CJG answered that this device is revoked; ``statement`` is its signed word (a
    ``Revocation`` as JSON), checked by the client before it acts on it."""

    def __init__(self, statement: object) -> None:
        super().__init__("revoked", "this device was revoked")
        self.statement = statement


RETRYABLE = frozenset({"unreachable", "timeout", "connection_lost", "server_error",
                       "rate_limited", "bad_reply", "bad_receipt", "stale"})
