"""CJG inbox benchmark over real HTTPS, on PostgreSQL (a throwaway cluster, fsync on).

``stap0-cjg serve --workers 2`` runs in its own processes on loopback; this process plays
the laptops. The inbox is grown with COPY to a realistic base (many devices, families
whose parents appear in several professionals' signals and so are matched, tombstones of
ended signals, and each test-range person signalled once, so that the pushes match too).
Pseudonyms of people outside the test range are random 64-hex values: the VOPRF's output
is indistinguishable from that, and no real BSN may be used.

Prints, in one run, each with its spread over repeated samples:
* the floors: HPKE open + the device's signature (once per batch) per signal, and
  PostgreSQL's batched insert of a signal's rows (100 signals per commit, same cluster);
* the cost per signal end to end (the VOPRF round and the push, two laptops at once)
  with 10k and with 1M signals stored, and their ratio — two inboxes in one cluster,
  each served on its own, sampled in turn so that a drift of the machine's speed moves
  both alike;
* ingest throughput for 10,000 signals at the small size;
* the match query p95 over HTTPS at the large size.

    python bench/cjg.py [--small 10000] [--large 1000000] [--samples 5]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
# bench/sync.py is named like the `sync` package: the project root goes first, and this
# folder (which Python puts first for a script) last.
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != BENCH),
               str(BENCH)]

from _report import (  # noqa: E402
    at_least,
    at_most,
    percentile,
    ratio_at_most,
    report,
    spread,
)
from cjg_bulk import BulkBase, insert_floor  # noqa: E402
from cjg_http import HttpInbox, blinded_rounds  # noqa: E402

from stap0_desktop.domain.bsn import bsns_in_test_range  # noqa: E402
from sync.protocol.canonical import canonical  # noqa: E402
from sync.protocol.envelopes import device_trees, open_envelope  # noqa: E402
from sync.server.keys import load_keys  # noqa: E402
from sync.server.repository import open_repository  # noqa: E402
from tests.pg_cluster import create_database, throwaway_cluster  # noqa: E402
from tests.sync.harness import Device, signal  # noqa: E402

BATCH = 100
CLIENTS = 2      # laptops sending at the same time
WORKERS = 2      # server worker processes (one per core)
SAMPLE = 1000    # signals per cost sample

Planned = list[tuple[Device, list[dict[str, object]]]]


QUERY_BSNS = 100  # test-range BSNs only the querying devices name (10 each)


def plan_signals(devices: list[Device], count: int, rng: random.Random) -> Planned:
    """A child and a parent per signal; one in twenty of each has a BSN from the test
    range (the only BSNs a test may use), the others are not known by BSN."""
    bsns = bsns_in_test_range()[QUERY_BSNS:]
    planned: Planned = []
    for index in range(count):
        child: dict[str, object] = {"ref": "c", "role": "child", "parent_refs": ["m"]}
        parent: dict[str, object] = {"ref": "m", "role": "parent"}
        if rng.random() < 0.05:
            child["bsn"] = rng.choice(bsns)
        if rng.random() < 0.05:
            parent["bsn"] = rng.choice(bsns)
        planned.append((devices[index % len(devices)], [child, parent]))
    return planned


def push_all(server: HttpInbox, planned: Planned) -> float:
    """Each device sends its own outbox as the client does — per batch of up to 100, one
    VOPRF round with the pseudonymisation service, then the push — with ``CLIENTS``
    laptops at the same time. Returned: the wall time of the CJG's side, the service's
    evaluations and the pushes; the laptops' own CPU (blinding and unblinding the BSNs,
    sealing) is done apart and not counted: here it would share the server's two cores,
    and one process's GIL would queue the laptops' blinding one after the other."""
    by_device: dict[str, tuple[Device, list[list[dict[str, object]]]]] = {}
    for device, people in planned:
        by_device.setdefault(device.id, (device, []))[1].append(people)
    rounds = {device.id: [blinded_rounds([
        str(p["bsn"]) for people in items[offset:offset + BATCH] for p in people
        if p.get("bsn")]) for offset in range(0, len(items), BATCH)]
        for device, items in by_device.values()}

    def evaluate(device: Device, _items: object) -> None:
        server.evaluate(device, [r for batch in rounds[device.id] for r in batch])

    sealed: dict[str, list[list[object]]] = {}

    def seal_all(device: Device, items: list[list[dict[str, object]]]) -> None:
        found = [server.unblinded(batch) for batch in rounds[device.id]]
        sealed[device.id] = [server.seal(device, [canonical(signal(
            people, device, pseudonym_of=found[offset // BATCH]).model_dump(
                mode="json")) for people in items[offset:offset + BATCH]])
            for offset in range(0, len(items), BATCH)]

    def push(device: Device, _items: object) -> None:
        for batch in sealed[device.id]:
            response = server.push(device, *batch)
            assert response.status_code == 200, response.text

    def timed(work: object) -> float:
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            for done in [pool.submit(work, d, items)  # type: ignore[arg-type]
                         for d, items in by_device.values()]:
                done.result()
        return time.perf_counter() - start

    oprf_s = timed(evaluate)
    for device, items in by_device.values():
        seal_all(device, items)
    return oprf_s + timed(push)


def cost_sample(inbox: Inbox, rng: random.Random) -> float:
    """Seconds per signal end to end, over ``SAMPLE`` signals."""
    planned = plan_signals(inbox.devices, SAMPLE, rng)
    return push_all(inbox.server, planned) / len(planned)


def crypto_floor(server: HttpInbox, folder: Path, devices: list[Device],
                 rng: random.Random) -> list[float]:
    """Per signal: the server's HPKE open and device-signature check alone (sealed first,
    not counted) — one signature per batch of ``BATCH`` as laptops sign them — in samples
    of 500."""
    keys = load_keys(folder)
    times = []
    for _ in range(4):
        planned = plan_signals(devices, 500, rng)
        payloads = {device.id: [canonical(signal(people, d).model_dump(mode="json"))
                                for d, people in planned if d is device] for device in devices}
        batches = [(device, server.seal(device, payloads[device.id][offset:offset + BATCH]))
                   for device in devices
                   for offset in range(0, len(payloads[device.id]), BATCH)]
        start = time.perf_counter()
        for device, envelopes in batches:
            public = device.key.public_key().public_bytes_raw()
            trees = device_trees(public)
            for envelope in envelopes:
                open_envelope(envelope, keys.kem, public, trees)
        times.append((time.perf_counter() - start) / len(planned))
    return times


def oprf_per_person(server: HttpInbox, device: Device) -> list[float]:
    """One laptop's VOPRF round over HTTPS for 64 people, per person."""
    people = bsns_in_test_range()[:64]
    server.pseudonyms(device, people)  # the certificate, the connection
    times = []
    for _ in range(10):
        start = time.perf_counter()
        server.pseudonyms(device, people)
        times.append((time.perf_counter() - start) / len(people))
    return times


def querying_devices(server: HttpInbox) -> list[Device]:
    """Eight professionals with a caseload's worth of signals (40 each), ten of which
    name a child the base already holds: ten matches each, as in real use. (The pushing
    devices of the bench send thousands and collect hundreds of matches.)"""
    bsns = bsns_in_test_range()[:QUERY_BSNS]
    devices = [server.enroll(f"Querying professional {n}", f"Organisatie {n % 4}")
               for n in range(8)]
    planned: Planned = []
    for n, device in enumerate(devices):
        for i in range(40):
            child: dict[str, object] = {"ref": "c", "role": "child", "parent_refs": ["m"]}
            if i < 10:
                child["bsn"] = bsns[n * 10 + i]
            planned.append((device, [child, {"ref": "m", "role": "parent"}]))
    push_all(server, planned)
    return devices


def match_query(server: HttpInbox, devices: list[Device]) -> list[float]:
    for device in devices:  # connections and caches warm
        assert server.matches(device).status_code == 200
    timings = []
    for round_ in range(200):
        start = time.perf_counter()
        assert server.matches(devices[round_ % len(devices)]).status_code == 200
        timings.append(time.perf_counter() - start)
    return timings


@dataclass
class Inbox:
    """One served inbox, grown to its size, with the professionals who push to it."""

    server: HttpInbox
    base: BulkBase
    folder: Path
    devices: list[Device]
    load_s: float

    @classmethod
    def grown(cls, cluster: str, work: Path, name: str, size: int,
              rng: random.Random) -> Inbox:
        url = create_database(cluster, name)
        folder = work / name
        server = HttpInbox(folder, url, open_repository(url, work / f"{name}-unused.db"),
                           workers=WORKERS)
        devices = [server.enroll(f"Professional {n}", f"Organisatie {n % 4}") for n in range(8)]
        base = BulkBase(url)
        print(f"Growing an inbox to {size:,} signals with COPY …", flush=True)
        load_s = base.grow(size, server.pseudonyms(devices[0], bsns_in_test_range()), rng)
        return cls(server, base, folder, devices, load_s)


def run(small: Inbox, large: Inbox, cluster: str, args: argparse.Namespace,
        rng: random.Random) -> dict[str, object]:
    querying = querying_devices(large.server)
    crypto = crypto_floor(small.server, small.folder, small.devices, rng)
    insert = insert_floor(create_database(cluster, "floor"), rng)
    oprf = oprf_per_person(small.server, small.devices[0])
    at_small: list[float] = []
    at_large: list[float] = []
    for _ in range(args.samples):   # in turn: the machine's drift moves both alike
        at_small.append(cost_sample(small, rng))
        at_large.append(cost_sample(large, rng))
    throughput_plan = plan_signals(small.devices, 10_000, rng)
    throughput = len(throughput_plan) / push_all(small.server, throughput_plan)
    queries = match_query(large.server, querying)
    busiest = match_query(large.server, large.devices[:1])

    floor_s = median(crypto) + median(insert)
    small_s, large_s = median(at_small), median(at_large)
    return {
        "setup": f"PostgreSQL (fsync on), HTTPS on loopback, {WORKERS} server workers, "
                 f"{CLIENTS} laptops sending at once, {BATCH} signals per request; two "
                 f"inboxes of one cluster, sampled in turn",
        "stored": {"small": small.base.count(), "large": large.base.count(),
                   "large_load_s": round(large.load_s, 1), "matches": large.base.matches()},
        "crypto_floor_ms": spread(crypto, 1000),
        "insert_floor_ms": spread(insert, 1000),
        "oprf_per_person_ms": spread(oprf, 1000),
        "cost_per_signal_ms_small": spread(at_small, 1000),
        "cost_per_signal_ms_large": spread(at_large, 1000),
        "scaling_large_over_small": round(large_s / small_s, 3),
        "cost_over_floor": round(small_s / floor_s, 2),
        "ingest_signals_per_s": round(throughput),
        "match_query_ms": {"p50": round(percentile(queries, 50) * 1000, 2),
                           "p95": round(percentile(queries, 95) * 1000, 2),
                           "samples": len(queries)},
        "match_notices_per_querying_device": sorted(
            len(large.server.matches(d).json()) for d in querying),
        "match_query_ms_busiest_pushing_device": {
            "notices": len(large.server.matches(large.devices[0]).json()),
            "p50": round(percentile(busiest, 50) * 1000, 2)},
        "_checks": (throughput, small_s, large_s, floor_s, percentile(queries, 95)),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)
    with throwaway_cluster(fsync=True) as cluster, tempfile.TemporaryDirectory() as work:
        inboxes: list[Inbox] = []
        try:
            for name, size in (("small", args.small), ("large", args.large)):
                inboxes.append(Inbox.grown(cluster, Path(work), name, size, rng))
            figures = run(*inboxes, cluster, args, rng)
        finally:
            for inbox in inboxes:
                inbox.server.close()
    throughput, small, large, floor_s, p95 = figures.pop("_checks")  # type: ignore[misc]
    checks = [
        at_least("ingest, 2 workers", throughput, 2000, " signals/s"),
        ratio_at_most("cost per signal against crypto + insert floor", small * 1000,
                      floor_s * 1000, 4.0, " ms"),
        ratio_at_most(f"cost per signal at {args.large:,} against {args.small:,} stored",
                      large * 1000, small * 1000, 1.2, " ms"),
        at_most(f"match query p95 at {args.large:,} stored", p95 * 1000, 15, " ms"),
    ]
    return report("cjg", figures, checks)


if __name__ == "__main__":
    raise SystemExit(main())
