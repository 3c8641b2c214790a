"""Warm handover at the inbox: devices' KEM keys, the sealed packages it relays and the
receivers' receipts. The inbox cannot open a package: it keeps the ciphertext until the
receiver answers, or 30 days, and then deletes it; every step is in the access log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sync.protocol.canonical import utc_second
from sync.protocol.handover import KEEP_DAYS, HandoverReceipt, SealedHandover
from sync.server.access_log import LogRow, append_log
from sync.server.repository import Repository
from sync.server.rows import Device


@dataclass(frozen=True)
class HeldHandover:
    id: str
    from_device: str
    to_device: str
    received_at: str
    digest: str
    state: str                       # waiting | answered | expired | withdrawn
    sealed: str | None               # the SealedHandover's JSON while waiting


@dataclass(frozen=True)
class DeviceKeys:
    """An active device with a registered KEM key: what the directory lists."""

    device: Device
    suite: str
    public_key: str


class HandoverStore:
    def __init__(self, repo: Repository) -> None:
        self._repo = repo

    def register_key(self, device_id: str, suite: str, public_key: str, now: str) -> None:
        with self._repo.tx() as c:
            c.execute("INSERT INTO handover_key (device_id, suite, public_key, registered_at)"
                      " VALUES (?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET"
                      " suite = excluded.suite, public_key = excluded.public_key,"
                      " registered_at = excluded.registered_at",
                      (device_id, suite, public_key, now))
            append_log(c, [LogRow("U", device_id, "device", "", "handover_key", now)],
                       self._repo.engine.serialise_log)

    def directory(self, reader: str, now: str) -> list[DeviceKeys]:
        """Every active device with a KEM key (the reader's read is logged)."""
        with self._repo.tx() as c:
            rows = c.execute(
                "SELECT d.id, d.public_key, d.professional, d.organisation, d.phone, d.email,"
                " d.role, d.organisation_kind, k.suite, k.public_key FROM device d"
                " JOIN handover_key k ON k.device_id = d.id WHERE d.revoked_at IS NULL"
                " ORDER BY d.organisation, d.professional").fetchall()
            append_log(c, [LogRow("R", reader, "device", "", f"directory:{len(rows)}", now)],
                       self._repo.engine.serialise_log)
        return [DeviceKeys(Device(r[0], bytes(r[1]), r[2], r[3], False, r[4], r[5], r[6],
                                  organisation_kind=r[7]), r[8], r[9]) for r in rows]

    def receiver_key(self, device_id: str) -> tuple[str, str] | None:
        with self._repo.tx() as c:
            row = c.execute("SELECT k.suite, k.public_key FROM handover_key k JOIN device d"
                            " ON d.id = k.device_id WHERE k.device_id = ? AND"
                            " d.revoked_at IS NULL", (device_id,)).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def store(self, sealed: SealedHandover, digest: str, now: datetime) -> str:
        """``stored``, ``duplicate`` (the same bytes again) or ``conflict``; and when it was
        received first (for the receipt)."""
        header = sealed.header
        received = utc_second(now)
        expires = utc_second(now + timedelta(days=KEEP_DAYS))
        with self._repo.tx() as c:
            row = c.execute("SELECT digest, received_at FROM handover WHERE id = ?",
                            (header.id,)).fetchone()
            if row is not None:
                return "duplicate:" + str(row[1]) if row[0] == digest else "conflict"
            c.execute("INSERT INTO handover (id, from_device, to_device, received_at,"
                      " expires_at, digest, sealed, state) VALUES (?, ?, ?, ?, ?, ?, ?,"
                      " 'waiting')", (header.id, header.from_device, header.to_device,
                                      received, expires, digest, sealed.model_dump_json()))
            append_log(c, [LogRow("C", header.from_device, "device", "",
                                  f"handover:{header.id}", received,
                                  outcome=f"success:to={header.to_device}")],
                       self._repo.engine.serialise_log)
        return "stored:" + received

    def waiting_for(self, device_id: str, now: str) -> list[str]:
        """The sealed packages waiting for this device (their JSON); the read is logged."""
        with self._repo.tx() as c:
            rows = c.execute("SELECT id, sealed FROM handover WHERE to_device = ? AND"
                             " state = 'waiting' AND expires_at > ? ORDER BY received_at",
                             (device_id, now)).fetchall()
            append_log(c, [LogRow("R", device_id, "device", "", f"handover:{r[0]}", now)
                           for r in rows], self._repo.engine.serialise_log)
        return [str(r[1]) for r in rows]

    def held(self, handover_id: str) -> HeldHandover | None:
        with self._repo.tx() as c:
            row = c.execute("SELECT id, from_device, to_device, received_at, digest, state,"
                            " sealed FROM handover WHERE id = ?", (handover_id,)).fetchone()
        return None if row is None else HeldHandover(*(str(v) if v is not None else None
                                                       for v in row))  # type: ignore[arg-type]

    def answer(self, receipt: HandoverReceipt, now: str) -> str:
        """Record the receiver's receipt: ``stored``, ``duplicate``, or why not
        (``not_waiting``: answered already or expired; ``not_accepted``: warm contact
        before acceptance). Accepting or declining deletes the ciphertext."""
        with self._repo.tx() as c:
            state = c.execute("SELECT state FROM handover WHERE id = ?",
                              (receipt.handover_id,)).fetchone()[0]
            had = {str(r[0]): str(r[1]) for r in c.execute(
                "SELECT outcome, receipt FROM handover_receipt WHERE handover_id = ?",
                (receipt.handover_id,)).fetchall()}
            text = receipt.model_dump_json()
            if had.get(receipt.outcome) == text:
                return "duplicate"
            if receipt.outcome == "warm_contact":
                if "accepted" not in had:
                    return "not_accepted"
                if "warm_contact" in had:
                    return "not_waiting"
            elif state != "waiting":
                return "not_waiting"
            c.execute("INSERT INTO handover_receipt (handover_id, outcome, receipt)"
                      " VALUES (?, ?, ?)", (receipt.handover_id, receipt.outcome, text))
            if receipt.outcome != "warm_contact":
                c.execute("UPDATE handover SET state = 'answered', sealed = NULL WHERE id = ?",
                          (receipt.handover_id,))
            append_log(c, [LogRow("U", receipt.to_device, "device", "",
                                  f"handover:{receipt.handover_id}", now,
                                  outcome=f"success:{receipt.outcome}")],
                       self._repo.engine.serialise_log)
        return "stored"

    def sent_by(self, device_id: str, now: str) -> list[tuple[HeldHandover, list[str]]]:
        """This device's packages with their receipts' JSON (the read is logged)."""
        with self._repo.tx() as c:
            rows = c.execute("SELECT id, from_device, to_device, received_at, digest, state"
                             " FROM handover WHERE from_device = ? ORDER BY received_at",
                             (device_id,)).fetchall()
            receipts: dict[str, list[str]] = {}
            for handover_id, text in c.execute(
                    "SELECT r.handover_id, r.receipt FROM handover_receipt r JOIN handover h"
                    " ON h.id = r.handover_id WHERE h.from_device = ? ORDER BY r.outcome",
                    (device_id,)).fetchall():
                receipts.setdefault(str(handover_id), []).append(str(text))
            append_log(c, [LogRow("R", device_id, "device", "", f"handover_status:{len(rows)}",
                                  now)], self._repo.engine.serialise_log)
        return [(HeldHandover(*(str(v) for v in r), sealed=None),  # type: ignore[misc]
                 receipts.get(str(r[0]), [])) for r in rows]

    def withdraw(self, handover_id: str, device_id: str, now: str) -> str:
        """The sender takes back a package the receiver has not answered: its ciphertext
        is deleted. ``withdrawn``, ``duplicate`` (withdrawn before), ``not_waiting``
        (answered or expired) or ``not_your_handover``."""
        with self._repo.tx() as c:
            row = c.execute("SELECT from_device, state FROM handover WHERE id = ?",
                            (handover_id,)).fetchone()
            if row is None or str(row[0]) != device_id:
                return "not_your_handover"
            if row[1] != "waiting":
                return "duplicate" if row[1] == "withdrawn" else "not_waiting"
            c.execute("UPDATE handover SET state = 'withdrawn', sealed = NULL WHERE id = ?",
                      (handover_id,))
            append_log(c, [LogRow("D", device_id, "device", "", f"handover:{handover_id}",
                                  now, outcome="success:withdrawn")],
                       self._repo.engine.serialise_log)
        return "withdrawn"

    def withdrawn_for(self, device_id: str, now: str) -> list[HeldHandover]:
        """Packages for this device their senders withdrew (within the keeping time): a
        receiver that fetched one and has not answered deletes its copy."""
        with self._repo.tx() as c:
            rows = c.execute("SELECT id, from_device, to_device, received_at, digest, state"
                             " FROM handover WHERE to_device = ? AND state = 'withdrawn'"
                             " AND expires_at > ? ORDER BY received_at",
                             (device_id, now)).fetchall()
        return [HeldHandover(*(str(v) for v in r), sealed=None)  # type: ignore[misc]
                for r in rows]

    def expire(self, now: str) -> list[str]:
        """Packages not answered within 30 days: their ciphertext is deleted."""
        with self._repo.tx() as c:
            ids = [str(r[0]) for r in c.execute(
                "SELECT id FROM handover WHERE state = 'waiting' AND expires_at <= ?",
                (now,)).fetchall()]
            c.executemany("UPDATE handover SET state = 'expired', sealed = NULL WHERE id = ?",
                          [(i,) for i in ids])
            append_log(c, [LogRow("D", "cjg", "expire", "", f"handover:{i}", now)
                           for i in ids], self._repo.engine.serialise_log)
        return ids
