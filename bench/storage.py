"""Storage benchmark: 100,000 notes in 10,000 families, encrypted against plain SQLite.

Prints, in one run: unlock time split into KDF and the rest; insert rate; search p50/p95;
note-save p99; and the same insert and search on the same data in an unencrypted
database (the same SQLite engine, no key) as ratios. Targets are from the storage issue.

    python bench/storage.py [--families 10000] [--notes-per-family 10]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
# bench/sync.py is named like the `sync` package: the project root goes first, and this
# folder (which Python puts first for a script) last.
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != BENCH),
               str(BENCH)]

from _report import report  # noqa: E402

from stap0_desktop.domain.models import Note, Professional  # noqa: E402
from stap0_desktop.services.caseload import CaseloadService  # noqa: E402
from stap0_desktop.services.demo_data import DemoCaseload  # noqa: E402
from stap0_desktop.storage import keyslots, migrations, notes  # noqa: E402
from stap0_desktop.storage.database import Database  # noqa: E402
from stap0_desktop.storage.secret import SecretBytes  # noqa: E402
from stap0_desktop.storage.vault import Vault, _context, _write_meta  # noqa: E402

PASSPHRASE = "benchmark wachtwoordzin voor stap 0"
OWNER = Professional(user_id="bench", name="Bench Verpleegkundige", role="jeugdverpleegkundige")
QUERIES = ("huur", "slaapt slecht", "financiën", "verhuurder", "opvoedcursus", "peuteropvang",
           "schuldhulptraject", "rook", "netwerk beperkt", "huisarts vermoeid", "zorg",
           "toeslagen formulier", "Kaya", "veiligheid traphekje", "voeding")


class PlainVault:
    """The same schema and code path on an unencrypted database (the floor)."""

    def __init__(self, path: Path) -> None:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        for pragma in ("temp_store = MEMORY", "foreign_keys = ON", "journal_mode = WAL",
                       "synchronous = FULL"):
            conn.execute(f"PRAGMA {pragma}")
        migrations.migrate(conn)
        _write_meta(conn, "0" * 32, OWNER)
        self.db = Database(conn, _context(OWNER, "bench"))

    @contextmanager
    def transaction(self, *, write: bool = True):
        with self.db.transaction(write=write) as tx:
            yield tx


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def time_searches(target, rounds: int) -> list[float]:
    timings = []
    for _ in range(rounds):
        for query in QUERIES:
            start = time.perf_counter()
            with target.transaction() as tx:
                notes.search_notes(tx, query, limit=50)
            timings.append(time.perf_counter() - start)
    return timings


def build(target, families: int, per_family: int) -> float:
    start = time.perf_counter()
    DemoCaseload(seed=2026).write(target, families, per_family, batch=100)
    return families * per_family / (time.perf_counter() - start)


def plain_floor(work: Path, families: int, per_family: int) -> int:
    """Child process: the same build and searches on plain SQLite, with none of
    SQLCipher's settings active in the process (cipher_memory_security is global)."""
    plain = PlainVault(work / "plain.db")
    insert = build(plain, families, per_family)
    time_searches(plain, 1)
    print(json.dumps({"insert": insert, "search": time_searches(plain, 6)}))
    return 0


def with_memory_security(work: Path, families: int, per_family: int) -> int:
    """Child process, a diagnostic only: the encrypted vault with SQLCipher's
    cipher_memory_security turned on, to show what the setting left off would cost."""
    real_connect = sqlcipher3.connect

    class Connection:
        def __init__(self, conn: object) -> None:
            self._conn = conn

        def execute(self, sql: str, *args: object) -> object:
            if "cipher_memory_security" in sql:
                sql = "PRAGMA cipher_memory_security = ON"
            return self._conn.execute(sql, *args)  # type: ignore[attr-defined]

        def __getattr__(self, name: str) -> object:
            return getattr(self._conn, name)

    sqlcipher3.connect = lambda *a, **k: Connection(real_connect(*a, **k))
    params = keyslots.Argon2Params(memory_kib=8 * 1024, iterations=1, lanes=1)
    vault = Vault.create(work / "enc-memsec", SecretBytes.from_text(PASSPHRASE), OWNER,
                         kdf=params)
    insert = build(vault, families, per_family)
    time_searches(vault, 1)
    print(json.dumps({"insert": insert, "search": time_searches(vault, 6)}))
    vault.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--notes-per-family", type=int, default=10)
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: temp)")
    parser.add_argument("--plain-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--memsec-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="stap0-bench-", dir=os.getcwd()))
    work.mkdir(parents=True, exist_ok=True)
    if args.plain_only:
        return plain_floor(work, args.families, args.notes_per_family)
    if args.memsec_only:
        return with_memory_security(work, args.families, args.notes_per_family)
    n_notes = args.families * args.notes_per_family
    print(f"Building {n_notes:,} notes in {args.families:,} families in {work} …", flush=True)

    child = subprocess.run(
        [sys.executable, __file__, "--plain-only", "--dir", str(work), "--families",
         str(args.families), "--notes-per-family", str(args.notes_per_family)],
        capture_output=True, text=True, check=True,
    )
    floor = json.loads(child.stdout.strip().splitlines()[-1])
    plain_insert, plain_search = floor["insert"], floor["search"]
    child = subprocess.run(
        [sys.executable, __file__, "--memsec-only", "--dir", str(work), "--families",
         str(args.families), "--notes-per-family", str(args.notes_per_family)],
        capture_output=True, text=True, check=True,
    )
    memsec = json.loads(child.stdout.strip().splitlines()[-1])

    params = keyslots.calibrate_argon2()
    vault = Vault.create(work / "enc", SecretBytes.from_text(PASSPHRASE), OWNER, kdf=params)
    enc_insert = build(vault, args.families, args.notes_per_family)
    time_searches(vault, 1)
    enc_search = time_searches(vault, 6)

    # Autosave: one note saved over and over, each in its own durable transaction.
    service = CaseloadService(vault)
    note = service.save_note(Note(family_id=1, body="autosave")).value
    saves = []
    for index in range(args.saves):
        start = time.perf_counter()
        note = service.save_note(note.model_copy(update={"body": f"autosave {index} " * 40})).value
        saves.append(time.perf_counter() - start)
    vault.close()

    kdf_times, rest_times, total_times = [], [], []
    for _ in range(5):
        slots = keyslots.read_slot_file(work / "enc" / "keyslots.json")
        start = time.perf_counter()
        key = keyslots.unwrap_with_passphrase(
            slots.passphrase, SecretBytes.from_text(PASSPHRASE), slots.vault_id)
        kdf_times.append(time.perf_counter() - start)
        # Everything but the KDF: lock, slot file, keying, schema check, owner, first query.
        start = time.perf_counter()
        opened = Vault._open_with(work / "enc", lambda _slots, key=key: key.copy(), None)
        with opened.transaction() as tx:
            tx.fetchone("SELECT count(*) FROM family")
        rest_times.append(time.perf_counter() - start)
        opened.close()
        key.wipe()
        start = time.perf_counter()
        Vault.open(work / "enc", SecretBytes.from_text(PASSPHRASE)).close()
        total_times.append(time.perf_counter() - start)

    figures = {
        "notes": n_notes,
        "argon2": params.model_dump(),
        "unlock_kdf_s": statistics.median(kdf_times),
        "unlock_rest_s": statistics.median(rest_times),
        "unlock_total_s": statistics.median(total_times),
        "insert_notes_per_s": enc_insert,
        "insert_plain_notes_per_s": plain_insert,
        "insert_ratio": plain_insert / enc_insert,
        "search_p50_ms": percentile(enc_search, 50) * 1000,
        "search_p95_ms": percentile(enc_search, 95) * 1000,
        "search_plain_p50_ms": percentile(plain_search, 50) * 1000,
        "search_plain_p95_ms": percentile(plain_search, 95) * 1000,
        "search_ratio_p50": percentile(enc_search, 50) / percentile(plain_search, 50),
        "search_ratio_p95": percentile(enc_search, 95) / percentile(plain_search, 95),
        "diagnostic_with_memory_security": {
            "insert_ratio": plain_insert / memsec["insert"],
            "search_p95_ms": percentile(memsec["search"], 95) * 1000,
            "search_ratio_p95": percentile(memsec["search"], 95)
            / percentile(plain_search, 95),
        },
        "save_p50_ms": percentile(saves, 50) * 1000,
        "save_p99_ms": percentile(saves, 99) * 1000,
        "db_mib": (work / "enc" / "vault.db").stat().st_size / 2**20,
    }
    checks = [
        ("search p95 <= 30 ms", figures["search_p95_ms"] <= 30),
        ("search encrypted/plain <= 1.3 (p95)", figures["search_ratio_p95"] <= 1.3),
        ("insert encrypted/plain <= 1.5", figures["insert_ratio"] <= 1.5),
        ("unlock minus KDF <= 0.2 s", figures["unlock_rest_s"] <= 0.2),
        ("KDF 0.3-0.5 s", 0.3 <= figures["unlock_kdf_s"] <= 0.5),
        ("note save p99 <= 15 ms", figures["save_p99_ms"] <= 15),
    ]
    if args.dir is None:   # a folder of its own making: 300 MB of fictional notes, gone
        shutil.rmtree(work, ignore_errors=True)
    return report("storage", figures, checks)


if __name__ == "__main__":
    raise SystemExit(main())
