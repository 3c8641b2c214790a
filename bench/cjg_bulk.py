"""Growing the CJG benchmark's inbox with COPY, and the batched-insert floor.

The base looks like a municipality's inbox after a year: 400 devices of 20 organisations;
each signal names a child and a parent; one signal in eight names a parent already named
in another professional's signal, and is matched with it (as the inbox would have done);
one in ten has ended and is a tombstone without people. Written straight into the
server's own tables (the schema its migrations made), then vacuumed, analysed and
checkpointed, as a server that has run for a while would be.
"""

from __future__ import annotations

import random
import time
import uuid

import psycopg

DEVICES = 400
RECEIPT = '{"status": "accepted", "signature": "' + "A" * 88 + '"}'  # a receipt's size


class BulkBase:
    def __init__(self, url: str) -> None:
        self.url = url
        self._parents: list[tuple[str, str, str]] = []  # (envelope, device, parent key)
        self._devices: list[str] = []
        self._test_range_done = False

    def count(self) -> int:
        with psycopg.connect(self.url) as conn:
            return int(conn.execute("SELECT count(*) FROM envelope").fetchone()[0])  # type: ignore[index]

    def matches(self) -> int:
        with psycopg.connect(self.url) as conn:
            return int(conn.execute("SELECT count(*) FROM match").fetchone()[0])  # type: ignore[index]

    def grow(self, to: int, test_range: dict[str, str], rng: random.Random) -> float:
        """Add signals until ``to`` are stored; the first call also names each test-range
        person once (so pushed signals with a test-range BSN match, as in real use).
        Returns the seconds it took."""
        start = time.perf_counter()
        with psycopg.connect(self.url) as conn:
            if not self._devices:
                self._add_devices(conn, rng)
            missing = to - int(conn.execute("SELECT count(*) FROM envelope").fetchone()[0])  # type: ignore[index]
            while missing > 0:  # in commits of 100,000 signals
                self._add_signals(conn, min(missing, 100_000), test_range, rng)
                missing -= 100_000
            conn.commit()
            # As a server that has run for a while: vacuumed (hint bits, visibility map),
            # analysed, and its bulk load written out by a checkpoint — not done by the
            # first samples that follow.
            conn.autocommit = True
            conn.execute("VACUUM (ANALYZE)")
            conn.execute("CHECKPOINT")
        return time.perf_counter() - start

    def _add_devices(self, conn: psycopg.Connection, rng: random.Random) -> None:
        self._devices = [f"bulk{n:04d}" for n in range(DEVICES)]
        with conn.cursor() as cur, cur.copy(
                "COPY device (id, public_key, professional, organisation, enrolled_at, role,"
                " phone, email) FROM STDIN") as copy:
            for n, device in enumerate(self._devices):
                copy.write_row((device, rng.randbytes(32), f"Professional {n}",
                                f"Organisatie {n % 20}", "2026-01-05T09:00:00Z",
                                "jeugdverpleegkundige", "0800-0000000", ""))

    def _add_signals(self, conn: psycopg.Connection, count: int, test_range: dict[str, str],
                     rng: random.Random) -> None:
        named = [] if self._test_range_done else list(test_range.values())
        self._test_range_done = True
        envelopes, keys, matches = [], [], []
        for index in range(count):
            envelope, device = uuid.UUID(int=rng.getrandbits(128)).hex, rng.choice(self._devices)
            day = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
            if rng.random() < 0.1:  # ended: a tombstone, its people gone
                envelopes.append((envelope, device, day, "withdrawn", None))
                continue
            envelopes.append((envelope, device, day, "active", f"{int(day[:4]) + 1}{day[4:]}"))
            child = named[index] if index < len(named) else f"{rng.getrandbits(256):064x}"
            parent = f"{rng.getrandbits(256):064x}"
            shared = rng.random() < 0.125 and self._parents
            if shared:
                earlier, other_device, parent = rng.choice(self._parents)
                if other_device != device:
                    (a, a_device), (b, b_device) = sorted([(envelope, device),
                                                           (earlier, other_device)])
                    matches.append((a, b, a_device, b_device, f"{day}T10:00:00Z",
                                    uuid.uuid4().hex, "shared_parent"))
            keys += [(envelope, child, "child", 0, device, day),
                     (envelope, parent, "parent", 0, device, day)]
            if len(self._parents) < 200_000:
                self._parents.append((envelope, device, parent))
            else:
                self._parents[rng.randrange(len(self._parents))] = (envelope, device, parent)
        with conn.cursor() as cur:
            with cur.copy("COPY envelope (id, device_id, kind, digest, received_at, receipt,"
                          " status, ends_on, payload, signalled_on, domains, judgement)"
                          " FROM STDIN") as copy:
                for envelope, device, day, status, ends in envelopes:
                    copy.write_row((envelope, device, "signal", envelope * 2,
                                    f"{day}T10:00:00Z", RECEIPT, status, ends, "",
                                    day if ends else None, "financien,gezondheid" if ends
                                    else None, "raised" if ends else None))
            with cur.copy("COPY person_key (envelope_id, key, role, mother_of_unborn,"
                          " device_id, day) FROM STDIN") as copy:
                for row in keys:
                    copy.write_row(row)
            with cur.copy("COPY match (a, b, a_device, b_device, matched_at, match_id, how)"
                          " FROM STDIN") as copy:
                for row in matches:
                    copy.write_row(row)
        conn.commit()


def insert_floor(url: str, rng: random.Random, signals: int = 2000) -> list[float]:
    """Seconds per signal for PostgreSQL alone: a signal's envelope row and two person
    rows, 100 signals per commit, into tables with the inbox's keys; four samples."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE envelope (id TEXT PRIMARY KEY, device_id TEXT NOT NULL,"
                     " received_at TEXT NOT NULL, receipt TEXT NOT NULL, status TEXT NOT NULL,"
                     " ends_on TEXT)")
        conn.execute("CREATE TABLE person_key (envelope_id TEXT NOT NULL, key TEXT NOT NULL,"
                     " role TEXT NOT NULL, device_id TEXT NOT NULL, day TEXT NOT NULL,"
                     " PRIMARY KEY (key, envelope_id))")
        conn.execute("CREATE INDEX person_key_device_day ON person_key(key, device_id, day)")
        times = []
        for _ in range(4):
            start = time.perf_counter()
            for _batch in range(signals // 100):
                with conn.transaction(), conn.cursor() as cur:
                    rows = [(uuid.uuid4().hex, "device", "2026-12-03T10:00:00Z", RECEIPT,
                             "active", "2027-12-03") for _ in range(100)]
                    cur.executemany("INSERT INTO envelope VALUES (%s, %s, %s, %s, %s, %s)",
                                    rows)
                    cur.executemany("INSERT INTO person_key VALUES (%s, %s, %s, %s, %s)", [
                        (row[0], f"{rng.getrandbits(256):064x}", role, "device",
                         "2026-12-03") for row in rows for role in ("child", "parent")])
            times.append((time.perf_counter() - start) / signals)
    return times
