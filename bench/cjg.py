"""CJG inbox benchmark over real HTTPS, on PostgreSQL (a throwaway cluster, fsync on).

``stap0-cjg serve`` runs in its own process on loopback; this process plays the laptops.
Prints, in one run: ingest throughput for 10,000 signals sent in batches of 100; the cost
per signal with 1,000 and with 100,000 signals already stored (ratio); the match-notice
query p95; and the crypto floor (device-signature verify + HPKE open alone, per signal)
with the ratio end-to-end / floor.

    python bench/cjg.py [--signals 10000] [--prefill 100000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
# bench/sync.py is named like the `sync` package: the project root goes first, and this
# folder (which Python puts first for a script) last.
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != BENCH),
               str(BENCH)]

from _report import report  # noqa: E402
from cjg_http import HttpInbox  # noqa: E402

from stap0_desktop.domain.bsn import bsns_in_test_range  # noqa: E402
from sync.protocol.canonical import canonical  # noqa: E402
from sync.protocol.crypto import open_envelope  # noqa: E402
from sync.server.keys import load_keys  # noqa: E402
from sync.server.pg_cluster import create_database, throwaway_cluster  # noqa: E402
from sync.server.repository import (  # noqa: E402
    Incoming,
    PersonKey,
    open_repository,
)
from tests.sync.harness import Device, pseudonym, signal  # noqa: E402

BATCH = 100
CLIENTS = 2      # laptops sending at the same time
WORKERS = 2      # server worker processes (one per core)


Planned = list[tuple[Device, list[dict[str, object]]]]


def plan_signals(devices: list[Device], count: int, rng: random.Random) -> Planned:
    # Only the test range may be used (never a real BSN): about 900 numbers, so most
    # people are given none, or the whole inbox would be one family.
    bsns = bsns_in_test_range()
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
    laptops at the same time. Returned: the wall time of the rounds and the pushes; the
    sealing between them is the laptops' own CPU (here it would share the server's two
    cores), so it is done apart and not counted."""
    by_device: dict[str, tuple[Device, list[list[dict[str, object]]]]] = {}
    for device, people in planned:
        by_device.setdefault(device.id, (device, []))[1].append(people)
    found: dict[str, list[dict[str, str]]] = {}

    def rounds(device: Device, items: list[list[dict[str, object]]]) -> None:
        found[device.id] = [server.pseudonyms(device, sorted({
            str(p["bsn"]) for people in items[offset:offset + BATCH] for p in people
            if p.get("bsn")})) for offset in range(0, len(items), BATCH)]

    sealed: dict[str, list[list[object]]] = {}

    def seal_all(device: Device, items: list[list[dict[str, object]]]) -> None:
        sealed[device.id] = [[server.seal(device, canonical(signal(
            people, device, pseudonym_of=found[device.id][offset // BATCH]).model_dump(
                mode="json"))) for people in items[offset:offset + BATCH]]
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

    oprf_s = timed(rounds)
    for device, items in by_device.values():
        seal_all(device, items)
    return oprf_s + timed(push)


def oprf_per_person(server: HttpInbox, device: Device) -> float:
    """One laptop's VOPRF round over HTTPS for 64 people, per person."""
    people = bsns_in_test_range()[:64]
    server.pseudonyms(device, people)  # the certificate, the connection
    start = time.perf_counter()
    for _ in range(10):
        server.pseudonyms(device, people)
    return (time.perf_counter() - start) / (10 * len(people))


def prefill(server: HttpInbox, count: int, rng: random.Random) -> None:
    """Stored signals without HTTP and crypto (only to grow the inbox)."""
    bsns = bsns_in_test_range()
    device = server.repo.devices()[0]
    for _ in range(count):
        keys = frozenset({PersonKey(f"{rng.getrandbits(256):064x}", "child"),
                          PersonKey(pseudonym(rng.choice(bsns)), "parent")})
        server.repo.store_batch([Incoming(
            "signal", uuid.uuid4().hex, device.id, "0" * 64, "2026-11-28T12:00:00Z", "{}",
            ends_on="2027-11-28", keys=keys, professional=(device.professional,
                                                           device.organisation))])


def run(server: HttpInbox, folder: Path, signals: int, prefill_to: int,
        rng: random.Random) -> dict[str, object]:
    keys = load_keys(folder)
    devices = [server.enroll(f"Professional {n}", f"Organisatie {n % 4}") for n in range(8)]
    planned = plan_signals(devices, signals, rng)
    start = time.perf_counter()  # the floor: seal and open alone, per signal
    for device, people in planned[:2000]:
        sealed = server.seal(device, canonical(signal(people, device).model_dump(mode="json")))
        open_envelope(sealed, keys.kem, device.key.public_key().public_bytes_raw())
    floor = (time.perf_counter() - start) / min(len(planned), 2000)
    oprf = oprf_per_person(server, devices[0])

    prefill(server, 1000, rng)                       # cost per signal with 1,000 stored
    small = plan_signals(devices, 1000, rng)
    at_small = push_all(server, small) / len(small)
    throughput = len(planned) / push_all(server, planned)
    print(f"Growing the inbox to {prefill_to:,} …", flush=True)
    prefill(server, max(0, prefill_to - len(server.repo.inbox())), rng)
    large = plan_signals(devices, 1000, rng)
    at_large = push_all(server, large) / len(large)

    timings = []
    for round_ in range(60):
        t0 = time.perf_counter()
        assert server.matches(devices[round_ % len(devices)]).status_code == 200
        timings.append(time.perf_counter() - t0)
    timings.sort()
    return {
        "signals": len(planned),
        "setup": f"PostgreSQL (fsync on), HTTPS on loopback, {WORKERS} server workers, "
                 f"{CLIENTS} laptops sending at once",
        "ingest_signals_per_s": throughput,
        "cost_per_signal_ms_at_1k": at_small * 1000,
        "cost_per_signal_ms_at_100k": at_large * 1000,
        "scaling_ratio": at_large / at_small,
        "match_query_p50_ms": statistics.median(timings) * 1000,
        "match_query_p95_ms": timings[int(0.95 * (len(timings) - 1))] * 1000,
        "match_notices_for_one_device": len(server.matches(devices[0]).json()),
        "crypto_floor_ms": floor * 1000,
        "oprf_per_person_ms": oprf * 1000,
        "e2e_over_floor": (1 / throughput) / floor,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signals", type=int, default=10_000)
    parser.add_argument("--prefill", type=int, default=100_000)
    args = parser.parse_args()
    with throwaway_cluster(fsync=True) as cluster, tempfile.TemporaryDirectory() as work:
        url = create_database(cluster, "bench")
        folder = Path(work) / "cjg"
        server = HttpInbox(folder, url, open_repository(url, Path(work) / "unused.db"),
                           workers=WORKERS)
        try:
            figures = run(server, folder, args.signals, args.prefill, random.Random(7))
        finally:
            server.close()
    checks = [
        ("at least 1,000 signals/s end-to-end", float(figures["ingest_signals_per_s"]) >= 1000),  # type: ignore[arg-type]
        ("cost per signal at 100k within 1.3x of 1k", float(figures["scaling_ratio"]) <= 1.3),  # type: ignore[arg-type]
    ]
    return report("cjg", figures, checks)


if __name__ == "__main__":
    raise SystemExit(main())
