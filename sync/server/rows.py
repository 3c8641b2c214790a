"""The CJG's rows as the server code passes them around: devices, the people of a signal
(pseudonyms and roles only), envelopes, matches, and a verified envelope on its way in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Device:
    id: str
    public_key: bytes
    professional: str
    organisation: str
    revoked: bool
    phone: str = ""
    email: str = ""
    role: str = ""
    revoked_at: str = ""
    organisation_kind: str = ""


@dataclass(frozen=True)
class PersonKey:
    """One person of a signal at the inbox: a pseudonym and a role, nothing else."""

    pseudonym: str
    role: str
    mother_of_unborn: bool = False


@dataclass(frozen=True)
class MatchRow:
    """A match as one side's device sees it."""

    envelope_id: str
    match_id: str
    how: str
    professional: str
    organisation: str
    role: str
    phone: str
    email: str
    matched_at: str
    ended_on: str | None
    side: str = "a"                 # which side of the match the asking device is
    other_envelope: str = ""        # for the municipality's rules only; never told
    other_kind: str = ""            # the other organisation's kind
    coordination: tuple[str | None, ...] = ()   # coordination_store.COLUMNS, or empty


@dataclass(frozen=True)
class StoredEnvelope:
    id: str
    device_id: str
    kind: str
    digest: str
    receipt: str
    status: str
    payload: str
    received_at: str


@dataclass(frozen=True)
class Incoming:
    """A verified envelope, ready to store."""

    kind: str
    envelope_id: str
    device_id: str
    digest: str
    received_at: str
    receipt: str
    ends_on: str = ""
    keys: frozenset[PersonKey] = frozenset()
    professional: tuple[str, str] = ("", "")
    target: str = ""
    signalled_on: str = ""
    domains: str = ""           # kept only while the signal is active
    judgement: str = ""
    step: object = None         # a coordination step (sync.protocol.coordination)


DEVICE_COLUMNS = ("id, public_key, professional, organisation, revoked_at, phone, email, role,"
                   " organisation_kind")


def device_from_row(row: Any) -> Device:
    return Device(row[0], bytes(row[1]), row[2], row[3], row[4] is not None, row[5], row[6],
                  row[7], row[4] or "", row[8])


def match_row(v: list[str | None]) -> MatchRow:
    return MatchRow(str(v[0]), str(v[1]), str(v[2]), str(v[3]), str(v[4]), str(v[5]),
                    str(v[6]), str(v[7]), str(v[8]), v[9], str(v[10]), str(v[11]), str(v[12]),
                    tuple(v[13:]))
