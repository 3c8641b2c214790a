"""The CJG connection profile and the device key, kept inside the encrypted vault."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.domain.coordination import CONTACT_WORKING_DAYS, REGIE_WORKING_DAYS
from stap0_desktop.storage.clock import now_text
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.secret import SecretBytes


@dataclass(frozen=True)
class Connection:
    profile_json: str
    device_id: str | None
    device_key: SecretBytes | None     # the Ed25519 key, in a buffer its user wipes
    identity_json: str | None = None   # who the CJG enrolled this laptop as (its JSON)
    confirmed: bool = False            # the professional said that is right
    lease_json: str | None = None      # the CJG's signed lease, renewed at each sync


def _log(tx: Transaction, action: AccessAction, what: str) -> None:
    tx.log(action, client_id="", client_id_type=ClientIdType.NONE,
           object_type="cjg_connection", object_id=what)


def save_profile(tx: Transaction, profile_json: str) -> None:
    """A new profile replaces the old one and forgets an enrollment made under it."""
    tx.execute("INSERT INTO cjg_connection (one, profile) VALUES (1, ?) ON CONFLICT (one)"
               " DO UPDATE SET profile = excluded.profile, device_id = NULL,"
               " device_key = NULL, enrolled_at = NULL, identity = NULL, confirmed_at = NULL,"
               " lease = NULL",
               (profile_json,))
    _log(tx, AccessAction.UPDATE, "profile")


def update_profile(tx: Transaction, profile_json: str) -> None:
    """A newer profile the CJG signed with the key of the one held: the enrollment stays."""
    tx.execute("UPDATE cjg_connection SET profile = ? WHERE one = 1", (profile_json,))
    _log(tx, AccessAction.UPDATE, "profile_update")


def save_enrollment(tx: Transaction, device_id: str, device_key: bytes | bytearray,
                    identity_json: str | None = None) -> None:
    """An enrollment waits for the professional to confirm who the CJG enrolled."""
    tx.execute("UPDATE cjg_connection SET device_id = ?, device_key = ?, enrolled_at = ?,"
               " identity = ?, confirmed_at = NULL, lease = NULL WHERE one = 1",
               (device_id, device_key, now_text(), identity_json))
    _log(tx, AccessAction.UPDATE, "enrollment")


def confirm_enrollment(tx: Transaction) -> bool:
    cursor = tx.conn.execute("UPDATE cjg_connection SET confirmed_at = ? WHERE one = 1 AND"
                             " device_id IS NOT NULL", (now_text(),))
    done = int(cursor.rowcount) == 1
    _log(tx, AccessAction.UPDATE, "enrollment_confirmed")
    return done


def forget_enrollment(tx: Transaction) -> None:
    """The identity is not right: the device key is forgotten (the CJG revokes the device);
    the profile stays, for a new code."""
    tx.execute("UPDATE cjg_connection SET device_id = NULL, device_key = NULL,"
               " enrolled_at = NULL, identity = NULL, confirmed_at = NULL, lease = NULL"
               " WHERE one = 1")
    _log(tx, AccessAction.DELETE, "enrollment")


def load(tx: Transaction, *, with_key: bool = False) -> Connection | None:
    """The profile and enrollment; the device key only when it is about to sign."""
    key_column = "device_key" if with_key else "NULL"
    row = tx.fetchone(f"SELECT profile, device_id, {key_column}, identity, confirmed_at,"
                      " lease FROM cjg_connection WHERE one = 1")
    if row is None:
        return None
    key = row[2]
    return Connection(str(row[0]), str(row[1]) if row[1] is not None else None,
                      SecretBytes(bytearray(key)) if isinstance(
                          key, bytes | bytearray | memoryview) else None,
                      str(row[3]) if row[3] is not None else None, row[4] is not None,
                      str(row[5]) if row[5] is not None else None)


def save_lease(tx: Transaction, lease_json: str) -> None:
    """The lease the CJG just signed (verified by the client before it comes here)."""
    tx.execute("UPDATE cjg_connection SET lease = ? WHERE one = 1", (lease_json,))


def lease_expires_at(connection: Connection | None) -> datetime | None:
    """When the stored lease ends; None without one (never synced since enrolling)."""
    if connection is None or not connection.lease_json:
        return None
    try:
        text = str(json.loads(connection.lease_json)["expires_at"])
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except (ValueError, KeyError, TypeError):
        return datetime.min.replace(tzinfo=UTC)   # unreadable: as good as expired


def idle_lock_max_minutes(connection: Connection | None) -> int | None:
    """The CJG's policy: the longest idle lock it allows (None: no CJG, no limit)."""
    if connection is None:
        return None
    try:
        value = json.loads(connection.profile_json).get("policy", {}).get(
            "idle_lock_max_minutes")
    except (ValueError, AttributeError):
        return None
    return int(value) if isinstance(value, int) and value > 0 else None


def regie_terms(connection: Connection | None) -> tuple[int, int]:
    """The CJG's terms after a match, in working days: for contact, for a regisseur."""
    terms = [CONTACT_WORKING_DAYS, REGIE_WORKING_DAYS]
    if connection is not None:
        try:
            policy = json.loads(connection.profile_json).get("policy", {})
        except (ValueError, AttributeError):
            policy = {}
        for index, name in enumerate(("contact_working_days", "regie_working_days")):
            value = policy.get(name) if isinstance(policy, dict) else None
            if isinstance(value, int) and value > 0:
                terms[index] = value
    return terms[0], terms[1]


def municipality(connection: Connection) -> str:
    """The gemeente named in the stored profile (for the status line)."""
    try:
        value = json.loads(connection.profile_json).get("municipality", "")
    except ValueError:
        return ""
    return str(value)
