"""Warm handover in the vault: this laptop's KEM key, the CJG's directory, the packages it
sends (what travelled, kept for the parents' printout) and receives (opened and verified,
until accepted or declined), and the answers it owes. The wire formats are the protocol's
(``sync.protocol.handover``); here they are kept as the JSON text they are."""

from __future__ import annotations

from dataclasses import dataclass

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.domain.handover import WITHDRAWABLE
from stap0_desktop.storage.clock import now_text
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.secret import SecretBytes


@dataclass(frozen=True)
class HandoverKeyRow:
    suite: str
    public: str                      # base64
    private: SecretBytes | None      # only when asked for, in a buffer its user wipes
    sent: bool                       # the CJG has it


@dataclass(frozen=True)
class OutRow:
    id: str
    family_id: int | None
    to_device: str
    to_name: str
    package: str
    sealed: str | None
    state: str
    error: str | None
    warm_contact: str | None
    choice: str | None
    created_at: str
    seq: int = 0
    answered_at: str | None = None


@dataclass(frozen=True)
class InRow:
    id: str
    from_device: str
    from_name: str
    digest: str
    package: str | None
    problem: str | None
    state: str
    family_id: int | None
    warm_contact: str | None
    received_at: str
    answered_at: str | None = None


# -- this laptop's key and the directory -----------------------------------------------------
def handover_key(tx: Transaction, with_private: bool = False) -> HandoverKeyRow | None:
    column = "handover_key" if with_private else "NULL"
    row = tx.fetchone(f"SELECT handover_suite, handover_public, {column},"
                      " handover_key_sent_at FROM cjg_connection WHERE one = 1"
                      " AND device_id IS NOT NULL")
    if row is None or row[0] is None:
        return None
    private = row[2]
    return HandoverKeyRow(str(row[0]), str(row[1]), SecretBytes(bytearray(private)) if
                          isinstance(private, bytes | bytearray | memoryview) else None,
                          row[3] is not None)


def save_handover_key(tx: Transaction, suite: str, private: bytes | bytearray,
                      public: str) -> None:
    tx.execute("UPDATE cjg_connection SET handover_suite = ?, handover_key = ?,"
               " handover_public = ?, handover_key_sent_at = NULL WHERE one = 1",
               (suite, bytes(private), public))
    tx.log(AccessAction.UPDATE, client_id="", client_id_type=ClientIdType.NONE,
           object_type="cjg_connection", object_id="handover_key")


def handover_key_sent(tx: Transaction) -> None:
    tx.execute("UPDATE cjg_connection SET handover_key_sent_at = ? WHERE one = 1",
               (now_text(),))


def directory_digest(tx: Transaction) -> str | None:
    row = tx.fetchone("SELECT directory_digest FROM cjg_connection WHERE one = 1")
    return None if row is None or row[0] is None else str(row[0])


def replace_directory(tx: Transaction, entries: list[tuple[str, str, str, str, str]],
                      digest: str) -> None:
    """(device id, name, organisation, role, entry JSON) — verified by the caller."""
    tx.execute("DELETE FROM directory_entry")
    tx.conn.executemany("INSERT INTO directory_entry (device_id, name, organisation, role,"
                        " entry) VALUES (?, ?, ?, ?, ?)", entries)
    tx.execute("UPDATE cjg_connection SET directory_digest = ? WHERE one = 1", (digest,))


def directory(tx: Transaction, text: str = "") -> list[str]:
    """The entries (JSON) whose name, organisation or role holds ``text``, by organisation."""
    like = f"%{text.strip()}%"
    return [str(r[0]) for r in tx.fetchall(
        "SELECT entry FROM directory_entry WHERE name LIKE ? OR organisation LIKE ?"
        " OR role LIKE ? ORDER BY organisation COLLATE NOCASE, name COLLATE NOCASE",
        (like, like, like))]


def directory_entry(tx: Transaction, device_id: str) -> str | None:
    row = tx.fetchone("SELECT entry FROM directory_entry WHERE device_id = ?", (device_id,))
    return None if row is None else str(row[0])


# -- packages sent ---------------------------------------------------------------------------
_OUT = ("id, family_id, to_device, to_name, package, sealed, state, error, warm_contact,"
        " choice, created_at, rowid, answered_at")


def _out(r: tuple[object, ...]) -> OutRow:
    return OutRow(str(r[0]), None if r[1] is None else int(str(r[1])), str(r[2]), str(r[3]),
                  str(r[4]), None if r[5] is None else str(r[5]), str(r[6]),
                  None if r[7] is None else str(r[7]), None if r[8] is None else str(r[8]),
                  None if r[9] is None else str(r[9]), str(r[10]), int(str(r[11])),
                  None if r[12] is None else str(r[12]))


def queue_out(tx: Transaction, handover_id: str, family_id: int, basis_id: int,
              to_device: str, to_name: str, package: str) -> None:
    now = now_text()
    tx.execute("INSERT INTO handover_out (id, family_id, family_uid, basis_id, to_device,"
               " to_name, package, state, created_at, updated_at)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?)",
               (handover_id, family_id, tx.family_uid(family_id), basis_id, to_device,
                to_name, package, now, now))
    tx.log_family(AccessAction.UPDATE, family_id, "handover_queued", handover_id)


def pending_out(tx: Transaction, limit: int = 20, after: int = 0) -> list[OutRow]:
    return [_out(r) for r in tx.fetchall(
        f"SELECT {_OUT} FROM handover_out WHERE state IN ('waiting', 'sending')"
        " AND rowid > ? ORDER BY rowid LIMIT ?", (after, limit))]


def store_out_sealed(tx: Transaction, handover_id: str, sealed: str) -> None:
    """Sealed once (the first sealing wins) and kept, so a retry sends the same bytes;
    the export of the family's data is logged (NEN 7513 "E")."""
    tx.execute("UPDATE handover_out SET sealed = coalesce(sealed, ?), state = 'sending',"
               " updated_at = ? WHERE id = ? AND state IN ('waiting', 'sending')",
               (sealed, now_text(), handover_id))
    row = tx.fetchone("SELECT family_id, family_uid FROM handover_out WHERE id = ?",
                      (handover_id,))
    if row is not None:
        tx.log(AccessAction.EXPORT, client_id=str(row[1]),
               client_id_type=ClientIdType.FAMILY_UID, object_type="handover_sent",
               object_id=handover_id)


def out_result(tx: Transaction, handover_id: str, receipt: str | None,
               error: str | None) -> None:
    """The CJG holds it (its receipt verified), or refused it (why)."""
    if receipt is not None:
        tx.execute("UPDATE handover_out SET state = 'held', receipt = ?, error = NULL,"
                   " updated_at = ? WHERE id = ? AND state = 'sending'",
                   (receipt, now_text(), handover_id))
    else:
        tx.execute("UPDATE handover_out SET state = 'refused', error = ?, updated_at = ?"
                   " WHERE id = ? AND state IN ('waiting', 'sending')",
                   (error, now_text(), handover_id))


def reseal_out(tx: Transaction, handover_id: str) -> None:
    tx.execute("UPDATE handover_out SET sealed = NULL, updated_at = ? WHERE id = ? AND"
               " state = 'sending'", (now_text(), handover_id))


def apply_status(tx: Transaction, handover_id: str, state: str, answered_at: str | None,
                 warm_contact: str | None) -> bool:
    """The CJG's verified status: the receiver accepted or declined (when) — or its laptop
    found the package unreadable (kept as declined, error ``unreadable``) —, made warm
    contact (when), or the package expired unread. Whether anything changed."""
    row = tx.fetchone("SELECT state, error, answered_at, warm_contact FROM handover_out"
                      " WHERE id = ?", (handover_id,))
    kept = TOO_LATE if row is not None and row[1] == TOO_LATE else None
    state, error = ("declined", "unreadable") if state == "unreadable" else (state, kept)
    if row is None or (str(row[0]), row[1], row[2], row[3]) == (state, error, answered_at,
                                                                warm_contact):
        return False
    tx.execute("UPDATE handover_out SET state = ?, error = ?, answered_at = ?,"
               " warm_contact = ?, updated_at = ? WHERE id = ?",
               (state, error, answered_at, warm_contact, now_text(), handover_id))
    return True


def withdraw_out(tx: Transaction, handover_id: str) -> str | None:
    """The sender takes a package back before the receiver answered: one not sealed yet is
    withdrawn here at once; one that may be at the CJG is withdrawn there at the next sync
    (``withdrawing``). The state it is in now, or None when it was answered, expired or
    refused (too late, or nothing to take back)."""
    row = tx.fetchone("SELECT state, family_id FROM handover_out WHERE id = ?",
                      (handover_id,))
    if row is None or row[0] not in WITHDRAWABLE:
        return None
    state = "withdrawn" if row[0] == "waiting" else "withdrawing"
    tx.execute("UPDATE handover_out SET state = ?, updated_at = ? WHERE id = ?",
               (state, now_text(), handover_id))
    if row[1] is not None:
        tx.log_family(AccessAction.UPDATE, int(str(row[1])), "handover_withdrawn", handover_id)
    return state


def withdrawals_out(tx: Transaction) -> list[str]:
    """Packages to take back at the CJG."""
    return [str(r[0]) for r in tx.fetchall(
        "SELECT id FROM handover_out WHERE state = 'withdrawing' ORDER BY rowid")]


TOO_LATE = "withdraw_too_late"


def withdrawal_done(tx: Transaction, handover_id: str, withdrawn: bool) -> None:
    """The CJG took it back (or never held it), or it was too late: the receiver had
    answered — held again (error ``withdraw_too_late``, kept) until the CJG's status says
    how."""
    tx.execute("UPDATE handover_out SET state = ?, error = ?, updated_at = ? WHERE id = ?"
               " AND state = 'withdrawing'",
               ("withdrawn" if withdrawn else "held", None if withdrawn else TOO_LATE,
                now_text(), handover_id))


def withdrawn_in(tx: Transaction, handover_id: str) -> bool:
    """Its sender withdrew a package this laptop fetched: unanswered, its content goes."""
    cursor = tx.conn.execute("UPDATE handover_in SET state = 'withdrawn', package = NULL,"
                             " problem = NULL, answered_at = ? WHERE id = ? AND state = 'new'",
                             (now_text(), handover_id))
    changed = int(cursor.rowcount) > 0
    if changed:
        tx.log(AccessAction.DELETE, client_id=handover_id, client_id_type=ClientIdType.NONE,
               object_type="handover_received", object_id="withdrawn_by_sender")
    return changed


def out_for_family(tx: Transaction, family_id: int) -> list[OutRow]:
    return [_out(r) for r in tx.fetchall(
        f"SELECT {_OUT} FROM handover_out WHERE family_id = ? ORDER BY rowid",
        (family_id,))]


def every_out(tx: Transaction) -> list[OutRow]:
    rows = [_out(r) for r in tx.fetchall(f"SELECT {_OUT} FROM handover_out ORDER BY rowid")]
    tx.log(AccessAction.READ, client_id="", client_id_type=ClientIdType.NONE,
           object_type="handover_out", object_id=len(rows))
    return rows


def get_out(tx: Transaction, handover_id: str) -> OutRow | None:
    row = tx.fetchone(f"SELECT {_OUT} FROM handover_out WHERE id = ?", (handover_id,))
    return None if row is None else _out(row)


def set_choice(tx: Transaction, handover_id: str, choice: str) -> None:
    tx.execute("UPDATE handover_out SET choice = ?, updated_at = ? WHERE id = ?",
               (choice, now_text(), handover_id))


def forget_family_out(tx: Transaction, family_id: int) -> None:
    """An erased family: what was (or would have been) sent is not kept either."""
    tx.execute("DELETE FROM handover_out WHERE family_id = ?", (family_id,))


# -- packages received -----------------------------------------------------------------------
_IN = ("id, from_device, from_name, digest, package, problem, state, family_id, warm_contact,"
       " received_at, answered_at")


def _in(r: tuple[object, ...]) -> InRow:
    return InRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]),
                 None if r[4] is None else str(r[4]), None if r[5] is None else str(r[5]),
                 str(r[6]), None if r[7] is None else int(str(r[7])),
                 None if r[8] is None else str(r[8]), str(r[9]),
                 None if r[10] is None else str(r[10]))


def known_in(tx: Transaction) -> set[str]:
    return {str(r[0]) for r in tx.fetchall("SELECT id FROM handover_in")}


def store_in(tx: Transaction, handover_id: str, from_device: str, from_name: str,
             digest: str, package: str | None, problem: str | None) -> None:
    """A package as it arrived: opened and verified (its JSON), or refused (why)."""
    tx.execute("INSERT OR IGNORE INTO handover_in (id, from_device, from_name, digest,"
               " package, problem, state, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               (handover_id, from_device, from_name, digest, package, problem,
                "new" if package is not None else "refused", now_text()))
    tx.log(AccessAction.CREATE, client_id=handover_id, client_id_type=ClientIdType.NONE,
           object_type="handover_received", object_id=problem or "verified")


def incoming(tx: Transaction) -> list[InRow]:
    rows = [_in(r) for r in tx.fetchall(f"SELECT {_IN} FROM handover_in ORDER BY received_at")]
    tx.log(AccessAction.READ, client_id="", client_id_type=ClientIdType.NONE,
           object_type="handover_in", object_id=len(rows))
    return rows


def to_answer(tx: Transaction) -> int:
    """How many files handed over to this laptop wait for an answer (a count, no content)."""
    row = tx.fetchone("SELECT count(*) FROM handover_in WHERE state = 'new'")
    return int(str(row[0])) if row else 0


def get_in(tx: Transaction, handover_id: str) -> InRow | None:
    row = tx.fetchone(f"SELECT {_IN} FROM handover_in WHERE id = ?", (handover_id,))
    return None if row is None else _in(row)


def answer_in(tx: Transaction, handover_id: str, state: str, family_id: int | None) -> None:
    """Accepted (imported as ``family_id``) or declined: the package itself is not kept."""
    now = now_text()
    tx.execute("UPDATE handover_in SET state = ?, family_id = ?, package = NULL,"
               " answered_at = ? WHERE id = ? AND state = 'new'",
               (state, family_id, now, handover_id))
    queue_answer(tx, handover_id, state, now)


def warm_contact_in(tx: Transaction, handover_id: str) -> None:
    now = now_text()
    tx.execute("UPDATE handover_in SET warm_contact = ? WHERE id = ? AND state = 'accepted'"
               " AND warm_contact IS NULL", (now, handover_id))
    queue_answer(tx, handover_id, "warm_contact", now)


def queue_answer(tx: Transaction, handover_id: str, outcome: str, at: str) -> None:
    tx.execute("INSERT OR IGNORE INTO handover_answer (handover_id, outcome, at)"
               " VALUES (?, ?, ?)", (handover_id, outcome, at))


def answers_pending(tx: Transaction) -> list[tuple[str, str, str, str, str]]:
    """(handover id, sender device, digest, outcome, at) of answers not yet sent."""
    return [(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in tx.fetchall(
        "SELECT a.handover_id, i.from_device, i.digest, a.outcome, a.at FROM handover_answer a"
        " JOIN handover_in i ON i.id = a.handover_id WHERE a.sent_at IS NULL"
        " ORDER BY a.at")]


def answer_sent(tx: Transaction, handover_id: str, outcome: str) -> None:
    tx.execute("UPDATE handover_answer SET sent_at = ? WHERE handover_id = ? AND outcome = ?",
               (now_text(), handover_id, outcome))
