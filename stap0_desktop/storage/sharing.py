"""Consent and legal-basis records, and the outbox of signals — each change logged.

A signal enters the outbox only in the same transaction that finds a valid basis for it
(and a trigger refuses any other insert). Withdrawing consent removes the signals not yet
sent and marks those already received for a signed withdrawal.
"""

from __future__ import annotations

import uuid
from datetime import date

from stap0_desktop.domain.access import AccessAction
from stap0_desktop.domain.consent import PURPOSE, SharingBasis
from stap0_desktop.domain.outbox import WithdrawalReason
from stap0_desktop.domain.signal_payload import SignalPayload
from stap0_desktop.storage.clock import now_text, parse_time
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.errors import InvalidReference, NotFound


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
        "UPDATE outbox SET state = 'withdrawal_waiting', withdrawal_reason = ?, updated_at = ?"
        " WHERE basis_id = ? AND state IN ('sending', 'received')",
        (WithdrawalReason.CONSENT_WITHDRAWN.value, now, basis_id)).rowcount
    removed += tx.conn.execute(   # a handover not yet sealed goes too
        "DELETE FROM handover_out WHERE basis_id = ? AND state = 'waiting'",
        (basis_id,)).rowcount
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
    if not basis.valid_on(today) or basis.purpose != PURPOSE:
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
