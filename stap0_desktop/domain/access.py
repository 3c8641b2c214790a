"""NEN 7513 access-log events: who did what to whose data, when, why, from where."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class AccessAction(StrEnum):
    CREATE = "C"
    READ = "R"
    UPDATE = "U"
    DELETE = "D"
    EXPORT = "E"


class ClientIdType(StrEnum):
    BSN = "BSN"
    FAMILY_UID = "STAP0-GEZIN"   # our own family id when no BSN applies
    NONE = "NONE"


class AccessEvent(BaseModel):
    """One row of the access log, as stored (with its place in the hash chain)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    seq: int
    event_id: str
    action: AccessAction
    occurred_at: datetime
    outcome: str
    user_id: str
    user_name: str
    user_role: str
    purpose: str
    workstation: str
    client_id: str
    client_id_type: ClientIdType
    object_type: str
    object_id: str
    source_system: str
    prev_hash: str
    row_hash: str


PURPOSE_CARE = "zorgverlening"


class AccessContext(BaseModel):
    """Who is working, in what role, why, and where: stamped on every log row."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    user_id: str
    user_name: str
    user_role: str
    purpose: str = PURPOSE_CARE
    workstation: str
    source_system: str
