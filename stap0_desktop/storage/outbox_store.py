"""The outbox's states, sealed envelopes, withdrawals, match notices and sync status.

A state moves forward only: a late answer for a signal that was withdrawn meanwhile keeps
it withdrawn (its receipt is still kept). An envelope is sealed once and stored, so a
retry resends the same bytes. Sending and withdrawing client data are logged as exports.
"""

from __future__ import annotations

import json
from datetime import date

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.domain.coordination import NoticeCoordination
from stap0_desktop.domain.notices import Notice
from stap0_desktop.domain.outbox import (
    OutboxRow,
    SignalState,
    SyncStatus,
    WithdrawalReason,
    WithdrawalRow,
)
from stap0_desktop.domain.signal_payload import SignalPayload
from stap0_desktop.storage import coordination_steps
from stap0_desktop.storage.clock import now_text, parse_time
from stap0_desktop.storage.database import Transaction

_COLUMNS = ("o.id, o.family_id, o.basis_id, o.payload, o.state, o.error, o.sealed,"
            " o.created_at, o.updated_at, o.receipt, o.rowid")


def _row(r: tuple[object, ...]) -> OutboxRow:
    received_at = None
    if r[9] is not None:
        received_at = str(json.loads(str(r[9])).get("received_at", "")) or None
    return OutboxRow(
        id=str(r[0]), family_id=int(str(r[1])), basis_id=int(str(r[2])),
        payload=SignalPayload.model_validate_json(str(r[3])), state=SignalState(str(r[4])),
        error=str(r[5]) if r[5] is not None else None,
        sealed=str(r[6]) if r[6] is not None else None,
        created_at=parse_time(r[7]), updated_at=parse_time(r[8]), received_at=received_at,
        seq=int(str(r[10])))


def pending(tx: Transaction, today: date, limit: int = 100, after: int = 0) -> list[OutboxRow]:
    """Signals to send (or whose sending was interrupted), oldest first from ``after`` (a
    row's ``seq``) — only while their basis is valid and their end date has not passed."""
    rows = tx.fetchall(
        f"SELECT {_COLUMNS} FROM outbox o JOIN sharing_basis b ON b.id = o.basis_id"
        " WHERE o.state IN ('waiting', 'sending') AND b.withdrawn_at IS NULL"
        " AND b.valid_until >= ? AND o.ends_on >= ? AND o.rowid > ? ORDER BY o.rowid LIMIT ?",
        (today.isoformat(), today.isoformat(), after, limit))
    return [_row(r) for r in rows]


def store_sealed(tx: Transaction, sealed: list[tuple[str, str]]) -> None:
    """Keep each envelope as sealed (the first sealing wins) and mark it sending."""
    now = now_text()
    tx.conn.executemany(
        "UPDATE outbox SET sealed = coalesce(sealed, ?), state = 'sending', updated_at = ?"
        " WHERE id = ? AND state IN ('waiting', 'sending')",
        [(text, now, envelope_id) for envelope_id, text in sealed])
    _log_exports(tx, [envelope_id for envelope_id, _ in sealed], "signal_sent")


def _log_exports(tx: Transaction, envelope_ids: list[str], what: str) -> None:
    if not envelope_ids:
        return
    marks = ", ".join("?" * len(envelope_ids))
    for envelope_id, family_id, uid in tx.fetchall(  # each family's uid in the same read
            f"SELECT o.id, o.family_id, f.uid FROM outbox o JOIN family f ON f.id = o.family_id"
            f" WHERE o.id IN ({marks})", tuple(envelope_ids)):
        tx.remember_uid(int(str(family_id)), str(uid))
        tx.log_family(AccessAction.EXPORT, int(str(family_id)), what, str(envelope_id))
    for envelope_id, uid in tx.fetchall(  # an erased family: named by its uid in the log
            f"SELECT id, family_uid FROM erased_signal WHERE id IN ({marks})",
            tuple(envelope_ids)):
        tx.log(AccessAction.EXPORT, client_id=str(uid), client_id_type=ClientIdType.FAMILY_UID,
               object_type=what, object_id=str(envelope_id))


def record_results(tx: Transaction, received: list[tuple[str, str]],
                   refused: list[tuple[str, str]], problems: list[tuple[str, str]]) -> None:
    """A batch's answers at once. ``received``: (id, verified receipt) — received, unless
    withdrawn meanwhile (then kept so, with its receipt); ``refused``: (id, the server's
    reason) — set aside so that the rest still go; ``problems``: (id, what) — a retry may
    mend it (a receipt that does not verify), so the state stays."""
    now = now_text()
    tx.conn.executemany(
        "UPDATE outbox SET receipt = ?, error = NULL, updated_at = ?,"
        " state = CASE WHEN state = 'sending' THEN 'received' ELSE state END WHERE id = ?",
        [(receipt, now, envelope_id) for envelope_id, receipt in received])
    tx.conn.executemany(
        "UPDATE outbox SET state = 'refused', error = ?, updated_at = ?"
        " WHERE id = ? AND state = 'sending'",
        [(error, now, envelope_id) for envelope_id, error in refused])
    tx.conn.executemany("UPDATE outbox SET error = ?, updated_at = ? WHERE id = ?",
                        [(error, now, envelope_id) for envelope_id, error in problems])


def expire(tx: Transaction, today: date) -> tuple[int, int]:
    """Past its end date, or its basis's: unsent signals expire here; those the CJG may
    hold get a withdrawal. Returns (expired unsent, withdrawals due)."""
    day, now = today.isoformat(), now_text()
    lapsed = ("(o.ends_on < :day OR o.basis_id IN (SELECT id FROM sharing_basis"
              " WHERE valid_until < :day))")
    unsent = tx.conn.execute(
        f"UPDATE outbox AS o SET state = 'expired', updated_at = :now"
        f" WHERE state IN ('waiting', 'refused') AND {lapsed}", {"day": day, "now": now})
    held = tx.conn.execute(
        f"UPDATE outbox AS o SET state = 'withdrawal_waiting', withdrawal_reason = 'ended',"
        f" updated_at = :now WHERE state IN ('sending', 'received') AND {lapsed}",
        {"day": day, "now": now})
    return int(unsent.rowcount), int(held.rowcount)


def withdraw_signal(tx: Transaction, envelope_id: str) -> SignalState | None:
    """The professional ends one signal: unsent, it is withdrawn here; held, at the CJG."""
    row = tx.fetchone("SELECT state, family_id FROM outbox WHERE id = ?", (envelope_id,))
    if row is None:
        return None
    state, now = SignalState(str(row[0])), now_text()
    if state in (SignalState.WAITING, SignalState.REFUSED):
        state = SignalState.WITHDRAWN
        tx.execute("UPDATE outbox SET state = 'withdrawn', updated_at = ? WHERE id = ?",
                   (now, envelope_id))
    elif state in (SignalState.SENDING, SignalState.RECEIVED):
        state = SignalState.WITHDRAWAL_WAITING
        tx.execute("UPDATE outbox SET state = 'withdrawal_waiting', withdrawal_reason = ?,"
                   " updated_at = ? WHERE id = ?",
                   (WithdrawalReason.PROFESSIONAL.value, now, envelope_id))
    tx.log_family(AccessAction.UPDATE, int(str(row[1])), "signal", envelope_id)
    return state


# Withdrawals owed for erased families come after every outbox row, in one sequence.
_ERASED_SEQ = 1 << 40


def withdrawals(tx: Transaction, limit: int = 100, after: int = 0) -> list[WithdrawalRow]:
    rows = tx.fetchall(
        "SELECT * FROM (SELECT id, withdrawal_reason, withdrawal_sealed, rowid AS seq"
        " FROM outbox WHERE state = 'withdrawal_waiting' UNION ALL"
        " SELECT id, 'professional', withdrawal_sealed, rowid + ? FROM erased_signal)"
        " WHERE seq > ? ORDER BY seq LIMIT ?", (_ERASED_SEQ, after, limit))
    return [WithdrawalRow(str(r[0]), WithdrawalReason(str(r[1] or "professional")),
                          str(r[2]) if r[2] is not None else None, int(str(r[3])))
            for r in rows]


def store_withdrawal_sealed(tx: Transaction, sealed: list[tuple[str, str]]) -> None:
    for table in ("outbox", "erased_signal"):
        tx.conn.executemany(
            f"UPDATE {table} SET withdrawal_sealed = coalesce(withdrawal_sealed, ?)"
            " WHERE id = ?", [(text, envelope_id) for envelope_id, text in sealed])
    _log_exports(tx, [envelope_id for envelope_id, _ in sealed], "signal_withdrawal")


def reseal(tx: Transaction, envelope_ids: list[str]) -> None:
    """The CJG refused these signals (or their withdrawals) as sealed too long ago, and
    does not hold them: they are sealed anew at the next round (same id, fresh time)."""
    tx.conn.executemany(
        "UPDATE outbox SET updated_at = ?,"
        " sealed = CASE WHEN state = 'sending' THEN NULL ELSE sealed END,"
        " withdrawal_sealed = CASE WHEN state = 'withdrawal_waiting' THEN NULL"
        " ELSE withdrawal_sealed END WHERE id = ?", [(now_text(), i) for i in envelope_ids])
    tx.conn.executemany("UPDATE erased_signal SET withdrawal_sealed = NULL WHERE id = ?",
                        [(i,) for i in envelope_ids])


def withdrawal_received(tx: Transaction, envelope_id: str, receipt_json: str) -> None:
    """The CJG confirmed the withdrawal: the signal is gone there, and so are its matches."""
    tx.execute("UPDATE outbox SET withdrawal_receipt = ?, error = NULL, updated_at = ?,"
               " state = CASE withdrawal_reason WHEN 'ended' THEN 'expired'"
               " ELSE 'withdrawn' END WHERE id = ? AND state = 'withdrawal_waiting'",
               (receipt_json, now_text(), envelope_id))
    tx.execute("DELETE FROM match_notice WHERE envelope_id = ?", (envelope_id,))
    coordination_steps.forget_unsent(tx, envelope_id)
    tx.execute("DELETE FROM erased_signal WHERE id = ?", (envelope_id,))  # nothing is left


def outbox(tx: Transaction, family_id: int | None = None) -> list[OutboxRow]:
    sql = f"SELECT {_COLUMNS} FROM outbox o"
    params: tuple[object, ...] = ()
    if family_id is not None:
        sql += " WHERE o.family_id = ?"
        params = (family_id,)
    rows = tx.fetchall(sql + " ORDER BY o.created_at DESC", params)
    if family_id is not None:
        tx.log_family(AccessAction.READ, family_id, "outbox", len(rows))
    else:
        tx.log(AccessAction.READ, client_id="", client_id_type=ClientIdType.NONE,
               object_type="outbox", object_id=len(rows))
    return [_row(r) for r in rows]


def replace_notices(tx: Transaction, notices: list[Notice]) -> tuple[int, bool]:
    """The CJG's current notices replace the stored ones (a withdrawn match disappears).
    Returns how many are stored and whether that differs from before — the same notices
    again (most rounds) write and log nothing."""
    known = {str(r[0]) for r in tx.fetchall("SELECT id FROM outbox")}
    rows = {(n.envelope_id, n.match_id, n.how, n.name, n.organisation, n.phone, n.email,
             n.matched_at, n.ended_on, n.role, n.coordination.model_dump_json())
            for n in notices if n.envelope_id in known}
    stored = {tuple(None if value is None else str(value) for value in row)
              for row in tx.fetchall(_NOTICE_COLUMNS)}
    if stored == rows:
        return len(rows), False
    tx.execute("DELETE FROM match_notice")
    tx.conn.executemany(
        "INSERT INTO match_notice (envelope_id, match_id, how, other_name, other_org,"
        " other_phone, other_email, matched_at, ended_on, other_role, coordination)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", sorted(
            rows, key=lambda row: (row[0], row[1])))
    tx.log(AccessAction.CREATE, client_id="", client_id_type=ClientIdType.NONE,
           object_type="match_notice", object_id=len(rows))
    return len(rows), True


_NOTICE_COLUMNS = ("SELECT envelope_id, match_id, how, other_name, other_org, other_phone,"
                   " other_email, matched_at, ended_on, other_role, coordination"
                   " FROM match_notice")

_UNSEEN_SQL = """
    SELECT o.family_id, count(*) FROM match_notice mn JOIN outbox o ON o.id = mn.envelope_id
    WHERE NOT EXISTS (SELECT 1 FROM match_seen s
                      WHERE s.envelope_id = mn.envelope_id AND s.match_id = mn.match_id)
    GROUP BY o.family_id"""


def unseen_matches(tx: Transaction) -> dict[int, int]:
    """Per family, how many matches the professional has not seen yet."""
    return {int(str(family_id)): int(str(n)) for family_id, n in tx.fetchall(_UNSEEN_SQL)}


def mark_matches_seen(tx: Transaction, family_id: int) -> int:
    """The family's file showed its matches: they are seen. Returns how many were new."""
    cursor = tx.conn.execute(
        "INSERT OR IGNORE INTO match_seen (envelope_id, match_id, seen_at)"
        " SELECT mn.envelope_id, mn.match_id, ? FROM match_notice mn"
        " JOIN outbox o ON o.id = mn.envelope_id WHERE o.family_id = ?",
        (now_text(), family_id))
    if cursor.rowcount:
        tx.log_family(AccessAction.READ, family_id, "match_notice_seen", cursor.rowcount)
    return int(cursor.rowcount)


def notices_for_family(tx: Transaction, family_id: int) -> list[Notice]:
    rows = tx.fetchall(
        "SELECT n.envelope_id, n.match_id, n.how, n.other_name, n.other_org, n.other_phone,"
        " n.other_email, n.matched_at, n.ended_on, n.other_role, n.coordination"
        " FROM match_notice n JOIN outbox o ON o.id = n.envelope_id WHERE o.family_id = ?"
        " ORDER BY n.matched_at", (family_id,))
    tx.log_family(AccessAction.READ, family_id, "match_notice", len(rows))
    return [_notice(r) for r in rows]


def notices_of_caseload(tx: Transaction) -> list[tuple[int, str, Notice]]:
    """Every open family's match notices with the family's id and name (the overview's
    regie list), logged as one read of the caseload's notices."""
    rows = tx.fetchall(
        "SELECT n.envelope_id, n.match_id, n.how, n.other_name, n.other_org, n.other_phone,"
        " n.other_email, n.matched_at, n.ended_on, n.other_role, n.coordination,"
        " f.id, f.name FROM match_notice n JOIN outbox o ON o.id = n.envelope_id"
        " JOIN family f ON f.id = o.family_id WHERE f.archived_at IS NULL"
        " ORDER BY n.matched_at")
    tx.log(AccessAction.READ, client_id="", client_id_type=ClientIdType.NONE,
           object_type="match_notice", object_id=len(rows))
    return [(int(str(r[11])), str(r[12]), _notice(r)) for r in rows]


def _notice(r: tuple[object, ...]) -> Notice:
    return Notice(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                  str(r[6]), str(r[7]), None if r[8] is None else str(r[8]), str(r[9]),
                  NoticeCoordination.model_validate_json(str(r[10])))


def record_attempt(tx: Transaction, error: str | None) -> None:
    """After each sync attempt: when, and what went wrong (None when it worked)."""
    now = now_text()
    tx.execute("INSERT INTO sync_status (one, last_attempt_at, last_success_at, last_error)"
               " VALUES (1, ?, ?, ?) ON CONFLICT (one) DO UPDATE SET"
               " last_attempt_at = excluded.last_attempt_at, last_error = excluded.last_error,"
               " last_success_at = coalesce(excluded.last_success_at, last_success_at)",
               (now, now if error is None else None, error))


def status(tx: Transaction, municipality: str, connected: bool, enrolled: bool) -> SyncStatus:
    row = tx.fetchone("SELECT last_attempt_at, last_success_at, last_error FROM sync_status"
                      " WHERE one = 1") or (None, None, None)
    counts = {str(state): int(str(n)) for state, n in tx.fetchall(
        "SELECT state, count(*) FROM outbox WHERE state IN"
        " ('waiting', 'sending', 'withdrawal_waiting', 'refused') GROUP BY state")}
    owed = tx.fetchone("SELECT count(*) FROM erased_signal")
    waiting = sum(n for state, n in counts.items() if state != "refused") + int(
        str(owed[0] if owed else 0))
    return SyncStatus(
        connected=connected, enrolled=enrolled, municipality=municipality,
        last_attempt_at=parse_time(row[0]) if row[0] else None,
        last_success_at=parse_time(row[1]) if row[1] else None,
        last_error=str(row[2]) if row[2] else None, waiting=waiting,
        refused=counts.get("refused", 0))
