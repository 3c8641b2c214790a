"""Sociale-kaart search benchmark: 5,000 fictional entries in an encrypted vault.

Prints, in one run: p50/p95 of ranked searches by words, by need (domains), by age and by
wijk and their combinations, against the floor: the same rows in the same schema (its FTS5
index included) in a plain SQLite database, searched by the same code, query by query in
turns; and the import time for the 5,000. Targets: p95 <= 20 ms and <= 1.5x the floor.

    python bench/kaart.py [--entries 5000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
# bench/sync.py is named like the `sync` package: the project root goes first, and this
# folder (which Python puts first for a script) last.
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != BENCH),
               str(BENCH)]

from _plain import PlainVault  # noqa: E402
from _report import at_most, percentile, ratio_at_most, report  # noqa: E402

from stap0_desktop.domain.kaart import KaartEntry, KaartQuery  # noqa: E402
from stap0_desktop.domain.models import Professional  # noqa: E402
from stap0_desktop.services.kaart import KaartService  # noqa: E402
from stap0_desktop.storage.keyslots import Argon2Params  # noqa: E402
from stap0_desktop.storage.secret import SecretBytes  # noqa: E402
from stap0_desktop.storage.vault import Vault  # noqa: E402

DOMAINS = ["ouder_gezin", "kind", "zwangerschap", "leefomstandigheden", "maatschappij_cultuur",
           "kindcheck"]
WIJKEN = ["Noord", "Zuid", "Oost", "West", "Centrum", "Haven", "Park", "Dorp"]
WORDS = ["opvoeding", "schulden", "huur", "taal", "zwangerschap", "stress", "rouw", "sport",
         "peuter", "school", "geld", "wonen", "verslaving", "somberheid", "netwerk", "maatje"]
OFFERS = ["Spreekuur", "Cursus", "Huisbezoek", "Groep", "Coach", "Inloop", "Maatje", "Loket"]


def fictional(count: int, rng: random.Random) -> list[KaartEntry]:
    entries = []
    for index in range(count):
        low = rng.choice([None, 0, 0, 4, 12, 18])
        entries.append(KaartEntry(
            key=f"bench-{index}", organisation=f"Organisatie {index % 400} Demostad",
            offer=f"{rng.choice(OFFERS)} {rng.choice(WORDS)}",
            description=" ".join(rng.choice(WORDS) for _ in range(12)),
            age_min=low, age_max=None if low is None else low + rng.choice([4, 12, 80]),
            from_pregnancy=rng.random() < 0.1,
            domains=rng.sample(DOMAINS, rng.randint(1, 3)), gemeente="Demostad",
            wijk=rng.choice(["", *WIJKEN]), phone=f"0800-{index:07d}",
            how_to_refer="Bellen", overleg=["Wijkteamoverleg"]))
    return entries


def queries(rng: random.Random, count: int) -> list[KaartQuery]:
    made = []
    for _ in range(count):
        kind = rng.randrange(5)
        made.append(KaartQuery(
            words=" ".join(rng.sample(WORDS, rng.randint(1, 2))) if kind in (0, 4) else "",
            domains=rng.sample(DOMAINS, rng.randint(1, 2)) if kind in (1, 3, 4) else [],
            age=rng.randint(0, 40) if kind in (2, 3, 4) else None,
            wijk=rng.choice(WIJKEN) if kind in (3, 4) else "", limit=50))
    return made


def timings(service: KaartService, asked: list[KaartQuery]) -> list[float]:
    seconds = []
    for query in asked:
        start = time.perf_counter()
        service.search(query)
        seconds.append(time.perf_counter() - start)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=400)
    args = parser.parse_args()
    owner = Professional(user_id="bench", name="Bench", role="jeugdverpleegkundige")
    kdf = Argon2Params(memory_kib=8 * 1024, iterations=1, lanes=1)   # not what is measured
    entries = fictional(args.entries, random.Random(7))
    asked = queries(random.Random(11), args.queries)
    figures: dict[str, object] = {"entries": args.entries, "queries": len(asked)}
    with tempfile.TemporaryDirectory(prefix="stap0-kaartbench-") as work:
        plain = PlainVault(Path(work) / "plain.db", owner)
        with Vault.create(Path(work) / "enc", SecretBytes.from_text("bench kaart zin lang"),
                          owner, kdf=kdf) as vault:
            services = {"encrypted": KaartService(vault), "plain": KaartService(plain)}  # type: ignore[arg-type]
            for name, service in services.items():
                start = time.perf_counter()
                service.store(entries)
                figures[f"import_{name}_s"] = round(time.perf_counter() - start, 3)
                timings(service, asked[:20])                     # warm the page cache
            results: dict[str, list[float]] = {"encrypted": [], "plain": []}
            for query in asked:                                  # in turns, query by query
                for name, service in services.items():
                    results[name] += timings(service, [query])
        plain.close()
    for name, values in results.items():
        figures[f"search_{name}_ms"] = {"p50": round(percentile(values, 50) * 1000, 3),
                                        "p95": round(percentile(values, 95) * 1000, 3)}
    enc, floor = percentile(results["encrypted"], 95), percentile(results["plain"], 95)
    checks = [at_most(f"search p95 at {args.entries:,} entries", enc * 1000, 20, " ms"),
              ratio_at_most("search p95 encrypted against plain SQLite", enc * 1000,
                            floor * 1000, 1.5, " ms")]
    return report("kaart", figures, checks)


if __name__ == "__main__":
    raise SystemExit(main())
