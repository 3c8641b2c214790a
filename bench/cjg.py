"""CJG inbox benchmark on PostgreSQL (a throwaway cluster with fsync on).

Prints, in one run: ingest throughput for 10,000 signals in batches of 100 through the
HTTP API (in-process ASGI); the cost per signal with 1,000 and with 100,000 signals
already stored (ratio); the match-notice query p95; and the crypto floor (device-signature
verify + HPKE open alone, per signal) with the ratio end-to-end / floor.

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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _report import report  # noqa: E402

from stap0_desktop.domain.bsn import bsns_in_test_range  # noqa: E402
from sync.protocol.crypto import open_envelope  # noqa: E402
from sync.server.pg_cluster import create_database, throwaway_cluster  # noqa: E402
from tests.sync.harness import Server, envelope, signal  # noqa: E402

BATCH = 100


def make_envelopes(server: Server, devices: list, count: int, rng: random.Random) -> list:  # type: ignore[type-arg]
    bsns = bsns_in_test_range()
    sealed = []
    for index in range(count):
        device = devices[index % len(devices)]
        # Only the test range may be used (never a real BSN): about 900 numbers, so most
        # people are given none, or the whole inbox would be one family.
        child: dict[str, object] = {"ref": "c", "role": "child", "parent_refs": ["m"]}
        parent: dict[str, object] = {"ref": "m", "role": "parent"}
        if rng.random() < 0.05:
            child["bsn"] = rng.choice(bsns)
        if rng.random() < 0.05:
            parent["bsn"] = rng.choice(bsns)
        people = [child, parent]
        sealed.append((device, envelope(server, device, signal(people, device))))
    return sealed


def push_all(server: Server, sealed: list) -> float:  # type: ignore[type-arg]
    """Each device sends its own outbox in batches of up to 100, as the client does."""
    by_device: dict[str, list] = {}  # type: ignore[type-arg]
    for device, item in sealed:
        by_device.setdefault(device.id, [device, []])[1].append(item)
    start = time.perf_counter()
    for device, items in by_device.values():
        for offset in range(0, len(items), BATCH):
            response = server.push(device, *items[offset:offset + BATCH])
            assert response.status_code == 200, response.text
    return time.perf_counter() - start


def prefill(server: Server, count: int, rng: random.Random) -> None:
    """Stored signals without going through HTTP and crypto (only to grow the inbox)."""
    bsns = bsns_in_test_range()
    device = server.repo.devices()[0]
    for _ in range(count):
        envelope_id = uuid.uuid4().hex
        keys = {f"{rng.getrandbits(128):032x}", f"bsn-{rng.choice(bsns)}"}
        server.repo.store_signal(envelope_id, device.id, "0" * 64, "2026-11-28T12:00:00Z",
                                 "{}", "2027-11-28", "{}", keys,
                                 (device.professional, device.organisation))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signals", type=int, default=10_000)
    parser.add_argument("--prefill", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(7)
    with throwaway_cluster(fsync=True) as cluster, tempfile.TemporaryDirectory() as work:
        server = Server(Path(work), url=create_database(cluster, "bench"))
        devices = [server.enroll(f"Professional {n}", f"Organisatie {n % 4}") for n in range(8)]
        print(f"Sealing {args.signals:,} signals …", flush=True)
        sealed = make_envelopes(server, devices, args.signals, rng)
        start = time.perf_counter()
        for device, item in sealed:
            open_envelope(item, server.keys.kem, device.key.public_key().public_bytes_raw())
        floor_per_signal = (time.perf_counter() - start) / len(sealed)

        # Cost per signal with 1,000 signals already stored ...
        prefill(server, 1000, rng)
        small = make_envelopes(server, devices, 1000, rng)
        at_small = push_all(server, small) / len(small)
        # ... the ingest throughput for the main batch ...
        ingest_seconds = push_all(server, sealed)
        throughput = len(sealed) / ingest_seconds
        # ... and the same work with 100,000 already stored.
        print(f"Growing the inbox to {args.prefill:,} …", flush=True)
        prefill(server, max(0, args.prefill - len(server.repo.inbox())), rng)
        large = make_envelopes(server, devices, 1000, rng)
        at_large = push_all(server, large) / len(large)

        timings = []
        for round_ in range(60):
            device = devices[round_ % len(devices)]
            t0 = time.perf_counter()
            assert server.signed(device, "GET", "/v1/matches").status_code == 200
            timings.append(time.perf_counter() - t0)
        timings.sort()
        notices = len(server.signed(devices[0], "GET", "/v1/matches").json())

    e2e_per_signal = 1 / throughput
    figures = {
        "signals": len(sealed), "engine": "postgresql (fsync on)",
        "ingest_signals_per_s": throughput,
        "cost_per_signal_ms_at_1k": at_small * 1000,
        "cost_per_signal_ms_at_100k": at_large * 1000,
        "scaling_ratio": at_large / at_small,
        "match_query_p50_ms": statistics.median(timings) * 1000,
        "match_query_p95_ms": timings[int(0.95 * (len(timings) - 1))] * 1000,
        "match_notices_for_one_device": notices,
        "crypto_floor_ms": floor_per_signal * 1000,
        "e2e_over_floor": e2e_per_signal / floor_per_signal,
    }
    checks = [
        ("at least 1,000 signals/s end-to-end", throughput >= 1000),
        ("cost per signal at 100k within 1.3x of 1k", figures["scaling_ratio"] <= 1.3),
    ]
    return report("cjg", figures, checks)


if __name__ == "__main__":
    raise SystemExit(main())
