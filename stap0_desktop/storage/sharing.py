"""Consent and legal-basis records, and the outbox of signals — each change logged.

A signal enters the outbox only in the same transaction that finds a valid basis for it
(and a trigger refuses any other insert). Withdrawing consent removes the signals not yet
sent and marks those already received for a signed withdrawal.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.domain.consent import SharingBasis
from stap0_desktop.domain.notices import Notice
from stap0_desktop.domain.signal_payload import SignalPayload
from stap0_desktop.storage.clock import now_text, parse_time
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.errors import InvalidReference, NotFound


@dataclass(frozen=True)
class OutboxRow:
    id: str
    family_id: int
    basis_id: int
    payload: SignalPayload
    state: str
    error: str | None



def record_basis(tx: Transaction, basis: SharingBasis) -> SharingBasis:
    tx.family_uid(basis.family_id)
    rows = tx.fetchall("SELECT id FROM member WHERE family_id = ?", (basis.family_id,))
    if not set(basis.member_ids) <= {int(str(r[0])) for r in rows}:
        raise InvalidReference(field="member_ids", reason="other_family")
    uid = uuid.uuid4().hex
    stored = basis.model_copy(update={"uid": uid, "recorded_at": parse_time(now_text())})
    new_id = tx.execute(
        "INSERT INTO sharing_basis (uid, family_id, record, valid_until) VALUES (?, ?, ?, ?)",
        (uid, basis.family_id, stored.model_dump_json(exclude={"id"}),
         basis.valid_until.isoformat()))
    tx.log_family(AccessAction.CREATE, basis.family_id, "sharing_basis", new_id)
    return stored.model_copy(update={"id": new_id})


def get_basis(tx: Transaction, basis_id: int) -> SharingBasis:
    row = tx.fetchone("SELECT id, record FROM sharing_basis WHERE id = ?", (basis_id,))
    if row is None:
        raise NotFound(kind="sharing_basis", id=basis_id)
    return SharingBasis.model_validate_json(str(row[1])).model_copy(
        update={"id": int(str(row[0]))})


def withdraw_basis(tx: Transaction, basis_id: int, by: str) -> tuple[int, int]:
    """Withdraw; returns (signals removed before sending, signals to withdraw at the CJG)."""
    basis = get_basis(tx, basis_id)
    now = now_text()
    withdrawn = basis.model_copy(update={"withdrawn_at": parse_time(now), "withdrawn_by": by})
    tx.execute("UPDATE sharing_basis SET record = ?, withdrawn_at = ? WHERE id = ?",
               (withdrawn.model_dump_json(exclude={"id"}), now, basis_id))
    removed = tx.conn.execute(
        "DELETE FROM outbox WHERE basis_id = ? AND state IN ('waiting', 'refused')",
        (basis_id,)).rowcount
    pending = tx.conn.execute(
        "UPDATE outbox SET state = 'withdrawal_waiting', updated_at = ? WHERE basis_id = ?"
        " AND state IN ('sending', 'received')", (now, basis_id)).rowcount
    tx.log_family(AccessAction.UPDATE, basis.family_id, "sharing_basis", basis_id)
    return int(removed), int(pending)


def bases_for_family(tx: Transaction, family_id: int) -> list[SharingBasis]:
    rows = tx.fetchall("SELECT id, record FROM sharing_basis WHERE family_id = ? ORDER BY id",
                       (family_id,))
    tx.log_family(AccessAction.READ, family_id, "sharing_basis", "list")
    return [SharingBasis.model_validate_json(str(r[1])).model_copy(
        update={"id": int(str(r[0]))}) for r in rows]


def queue_signal(tx: Transaction, basis_id: int, payload: SignalPayload,
                 today: date) -> str:
    """Put a signal in the outbox — only with a valid basis for the same family."""
    basis = get_basis(tx, basis_id)
    if not basis.valid_on(today):
        raise InvalidReference(field="basis_id", reason="no_valid_basis")
    if payload.consent_ref != basis.uid:
        raise InvalidReference(field="consent_ref", reason="other_basis")
    envelope_id = uuid.uuid4().hex
    now = now_text()
    tx.execute(
        "INSERT INTO outbox (id, family_id, basis_id, payload, state, ends_on, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, 'waiting', ?, ?, ?)",
        (envelope_id, basis.family_id, basis_id, payload.model_dump_json(),
         payload.ends_on.isoformat(), now, now))
    tx.log_family(AccessAction.EXPORT, basis.family_id, "signal", envelope_id)
    return envelope_id


def pending(tx: Transaction, limit: int = 100) -> list[OutboxRow]:
    """Signals waiting to be sent (or whose sending was interrupted), oldest first."""
    rows = tx.fetchall("SELECT id, family_id, basis_id, payload, state, error FROM outbox"
                       " WHERE state IN ('waiting', 'sending') ORDER BY created_at LIMIT ?",
                       (limit,))
    return [OutboxRow(str(r[0]), int(str(r[1])), int(str(r[2])),
                      SignalPayload.model_validate_json(str(r[3])), str(r[4]), None)
            for r in rows]


def set_state(tx: Transaction, envelope_id: str, state: str, receipt: str | None = None,
              error: str | None = None) -> None:
    tx.execute("UPDATE outbox SET state = ?, receipt = coalesce(?, receipt), error = ?,"
               " updated_at = ? WHERE id = ?", (state, receipt, error, now_text(), envelope_id))


def outbox(tx: Transaction, family_id: int | None = None) -> list[OutboxRow]:
    sql = "SELECT id, family_id, basis_id, payload, state, error FROM outbox"
    params: tuple[object, ...] = ()
    if family_id is not None:
        sql += " WHERE family_id = ?"
        params = (family_id,)
    rows = tx.fetchall(sql + " ORDER BY created_at", params)
    tx.log(AccessAction.READ, client_id="", client_id_type=ClientIdType.NONE,
           object_type="outbox", object_id=len(rows))
    return [OutboxRow(str(r[0]), int(str(r[1])), int(str(r[2])),
                      SignalPayload.model_validate_json(str(r[3])), str(r[4]),
                      str(r[5]) if r[5] is not None else None) for r in rows]


def replace_notices(tx: Transaction, notices: list[Notice]) -> int:
    """The CJG's current notices replace the stored ones (a withdrawn match disappears)."""
    tx.execute("DELETE FROM match_notice")
    known = {str(r[0]) for r in tx.fetchall("SELECT id FROM outbox")}
    rows = [n for n in notices if n.envelope_id in known]
    tx.conn.executemany(
        "INSERT INTO match_notice (envelope_id, other_envelope_id, other_name, other_org,"
        " other_phone, other_email, matched_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        [(n.envelope_id, n.other_envelope_id, n.name, n.organisation, n.phone, n.email,
          n.matched_at) for n in rows])
    tx.log(AccessAction.CREATE, client_id="", client_id_type=ClientIdType.NONE,
           object_type="match_notice", object_id=len(rows))
    return len(rows)


def notices_for_family(tx: Transaction, family_id: int) -> list[Notice]:
    rows = tx.fetchall(
        "SELECT n.envelope_id, n.other_envelope_id, n.other_name, n.other_org, n.other_phone,"
        " n.other_email, n.matched_at FROM match_notice n JOIN outbox o ON o.id = n.envelope_id"
        " WHERE o.family_id = ? ORDER BY n.matched_at", (family_id,))
    tx.log_family(AccessAction.READ, family_id, "match_notice", len(rows))
    return [Notice(*(str(v) for v in r)) for r in rows]
