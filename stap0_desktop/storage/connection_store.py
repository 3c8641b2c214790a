"""The CJG connection profile and the device key, kept inside the encrypted vault."""

from __future__ import annotations

import json
from dataclasses import dataclass

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.storage.clock import now_text
from stap0_desktop.storage.database import Transaction


@dataclass(frozen=True)
class Connection:
    profile_json: str
    device_id: str | None
    device_key: bytes | None


def _log(tx: Transaction, action: AccessAction, what: str) -> None:
    tx.log(action, client_id="", client_id_type=ClientIdType.NONE,
           object_type="cjg_connection", object_id=what)


def save_profile(tx: Transaction, profile_json: str) -> None:
    """A new profile replaces the old one and forgets an enrollment made under it."""
    tx.execute("INSERT INTO cjg_connection (one, profile) VALUES (1, ?) ON CONFLICT (one)"
               " DO UPDATE SET profile = excluded.profile, device_id = NULL,"
               " device_key = NULL, enrolled_at = NULL", (profile_json,))
    _log(tx, AccessAction.UPDATE, "profile")


def save_enrollment(tx: Transaction, device_id: str, device_key: bytes) -> None:
    tx.execute("UPDATE cjg_connection SET device_id = ?, device_key = ?, enrolled_at = ?"
               " WHERE one = 1", (device_id, device_key, now_text()))
    _log(tx, AccessAction.UPDATE, "enrollment")


def load(tx: Transaction) -> Connection | None:
    row = tx.fetchone("SELECT profile, device_id, device_key FROM cjg_connection WHERE one = 1")
    if row is None:
        return None
    key = row[2]
    return Connection(str(row[0]), str(row[1]) if row[1] is not None else None,
                      bytes(key) if isinstance(key, bytes | bytearray | memoryview) else None)


def municipality(connection: Connection) -> str:
    """The gemeente named in the stored profile (for the status line)."""
    try:
        value = json.loads(connection.profile_json).get("municipality", "")
    except ValueError:
        return ""
    return str(value)
