"""The coordination steps this laptop sends after a match: queued, sealed once, sent until
the CJG's receipt verifies — as signals are. A state moves forward only. Sending a step
about a family's match is logged as an export; queueing it as an update of the family."""

from __future__ import annotations

import uuid

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.domain.coordination import Coordination, CoordinationStep, StepState
from stap0_desktop.storage.clock import now_text, parse_time
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.errors import InvalidReference

_COLUMNS = "s.id, s.envelope_id, s.step, s.state, s.error, s.sealed, s.created_at, s.rowid"


def _row(r: tuple[object, ...]) -> CoordinationStep:
    return CoordinationStep(
        id=str(r[0]), envelope_id=str(r[1]), step=Coordination.model_validate_json(str(r[2])),
        state=StepState(str(r[3])), error=None if r[4] is None else str(r[4]),
        sealed=None if r[5] is None else str(r[5]), created_at=parse_time(r[6]),
        seq=int(str(r[7])))


def queue_step(tx: Transaction, envelope_id: str, step: Coordination) -> tuple[str, int]:
    """Queue a step about a match of one of this laptop's signals (the CJG's notice must
    name it). Its envelope id, and the family it is about."""
    found = tx.fetchone(
        "SELECT o.family_id FROM match_notice n JOIN outbox o ON o.id = n.envelope_id"
        " WHERE n.envelope_id = ? AND n.match_id = ? AND n.ended_on IS NULL",
        (envelope_id, step.match_id))
    if found is None:
        raise InvalidReference(field="match_id", reason="no_open_match")
    step_id, now, family_id = uuid.uuid4().hex, now_text(), int(str(found[0]))
    tx.execute("INSERT INTO coordination_step (id, envelope_id, match_id, step, state,"
               " created_at, updated_at) VALUES (?, ?, ?, ?, 'waiting', ?, ?)",
               (step_id, envelope_id, step.match_id, step.model_dump_json(), now, now))
    tx.log_family(AccessAction.UPDATE, family_id, f"coordination_{step.step}", step_id)
    return step_id, family_id


def pending(tx: Transaction, limit: int = 100, after: int = 0) -> list[CoordinationStep]:
    """Steps to send (or whose sending was interrupted), in the order they were queued."""
    rows = tx.fetchall(f"SELECT {_COLUMNS} FROM coordination_step s WHERE s.state IN"
                       " ('waiting', 'sending') AND s.rowid > ? ORDER BY s.rowid LIMIT ?",
                       (after, limit))
    return [_row(r) for r in rows]


def for_family(tx: Transaction, family_id: int) -> list[CoordinationStep]:
    """The family's steps, oldest first (inside the caller's read of the family)."""
    rows = tx.fetchall(f"SELECT {_COLUMNS} FROM coordination_step s"
                       " JOIN outbox o ON o.id = s.envelope_id WHERE o.family_id = ?"
                       " ORDER BY s.rowid", (family_id,))
    return [_row(r) for r in rows]


def every_step(tx: Transaction) -> list[tuple[CoordinationStep, int]]:
    """Every step with its family, newest first (the outbox window), one logged read."""
    rows = tx.fetchall(f"SELECT {_COLUMNS}, o.family_id FROM coordination_step s"
                       " JOIN outbox o ON o.id = s.envelope_id ORDER BY s.rowid DESC")
    tx.log(AccessAction.READ, client_id="", client_id_type=ClientIdType.NONE,
           object_type="coordination_step", object_id=len(rows))
    return [(_row(r), int(str(r[8]))) for r in rows]


def open_steps(tx: Transaction) -> list[CoordinationStep]:
    """Every step the CJG has not confirmed (for the overview), oldest first."""
    rows = tx.fetchall(f"SELECT {_COLUMNS} FROM coordination_step s"
                       " WHERE s.state <> 'received' ORDER BY s.rowid")
    return [_row(r) for r in rows]


def store_sealed(tx: Transaction, sealed: list[tuple[str, str]]) -> None:
    """Keep each step as sealed (the first sealing wins), mark it sending, log the export."""
    now = now_text()
    tx.conn.executemany(
        "UPDATE coordination_step SET sealed = coalesce(sealed, ?), state = 'sending',"
        " updated_at = ? WHERE id = ? AND state IN ('waiting', 'sending')",
        [(text, now, step_id) for step_id, text in sealed])
    if not sealed:
        return
    marks = ", ".join("?" * len(sealed))
    for step_id, family_id in tx.fetchall(
            f"SELECT s.id, o.family_id FROM coordination_step s JOIN outbox o"
            f" ON o.id = s.envelope_id WHERE s.id IN ({marks})",
            tuple(step_id for step_id, _ in sealed)):
        tx.log_family(AccessAction.EXPORT, int(str(family_id)), "coordination_sent",
                      str(step_id))


def record_results(tx: Transaction, received: list[tuple[str, str]],
                   refused: list[tuple[str, str]], problems: list[tuple[str, str]]) -> None:
    """A batch's answers: received (with the verified receipt), refused (the CJG's code),
    or a problem a retry may mend (the state stays)."""
    now = now_text()
    tx.conn.executemany(
        "UPDATE coordination_step SET receipt = ?, error = NULL, state = 'received',"
        " updated_at = ? WHERE id = ? AND state = 'sending'",
        [(receipt, now, step_id) for step_id, receipt in received])
    tx.conn.executemany(
        "UPDATE coordination_step SET state = 'refused', error = ?, updated_at = ?"
        " WHERE id = ? AND state = 'sending'", [(error, now, i) for i, error in refused])
    tx.conn.executemany("UPDATE coordination_step SET error = ?, updated_at = ? WHERE id = ?",
                        [(error, now, i) for i, error in problems])


def reseal(tx: Transaction, step_ids: list[str]) -> None:
    """Sealed too long ago, never held by the CJG: sealed anew next round (same id)."""
    tx.conn.executemany("UPDATE coordination_step SET sealed = NULL, updated_at = ?"
                        " WHERE id = ? AND state = 'sending'",
                        [(now_text(), i) for i in step_ids])


def forget_unsent(tx: Transaction, envelope_id: str) -> None:
    """The signal is withdrawn at the CJG: its match is gone, its unsent steps go too."""
    tx.execute("DELETE FROM coordination_step WHERE envelope_id = ? AND state = 'waiting'",
               (envelope_id,))
