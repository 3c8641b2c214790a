"""Storage benchmark: 100,000 notes in 10,000 families, encrypted against plain SQLite.

Prints, in one run: unlock time split into the KDF and the rest (timed inside one
unlock); the Argon2id parameters the vault stored (against RFC 9106's floor); building the
caseload, per note (families, members and notes written; plain and encrypted built in
turns, 500 families at a time, so both meet the same machine); search p50/p95 on the same
data in a fresh process (plain and encrypted query by query in turns); note-save p99.
Everything it writes is removed at the end, also when it fails.

    python bench/storage.py [--families 10000] [--notes-per-family 10] [--with-memsec]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
# bench/sync.py is named like the `sync` package: the project root goes first, and this
# folder (which Python puts first for a script) last.
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != BENCH),
               str(BENCH)]

from _plain import PlainVault  # noqa: E402
from _report import (  # noqa: E402
    Check,
    at_most,
    percentile,
    ratio_at_most,
    report,
    spread,
)

from stap0_desktop.demo.caseload import DemoCaseload  # noqa: E402
from stap0_desktop.domain.models import Note, Professional  # noqa: E402
from stap0_desktop.services.caseload import CaseloadService  # noqa: E402
from stap0_desktop.storage import keyslots, notes  # noqa: E402
from stap0_desktop.storage.secret import SecretBytes  # noqa: E402
from stap0_desktop.storage.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark wachtwoordzin voor stap 0"
OWNER = Professional(user_id="bench", name="Bench Verpleegkundige", role="jeugdverpleegkundige")
QUERIES = ("huur", "slaapt slecht", "financiën", "verhuurder", "opvoedcursus", "peuteropvang",
           "schuldhulptraject", "rook", "netwerk beperkt", "huisarts vermoeid", "zorg",
           "toeslagen formulier", "Kaya", "veiligheid traphekje", "voeding")
CHUNK = 500   # families per turn when building


def search_once(target, query: str) -> float:
    start = time.perf_counter()
    with target.transaction() as tx:
        notes.search_notes(tx, query, limit=50)
    return time.perf_counter() - start


def build_in_turns(plain, vault, families: int, per_family: int) -> tuple[float, float]:
    """Seconds per note for plain and encrypted: the same caseload (two generators with
    one seed), written 500 families at a time to each in turn."""
    spent = {"plain": 0.0, "enc": 0.0}
    makers = {"plain": DemoCaseload(seed=2026), "enc": DemoCaseload(seed=2026)}
    for start in range(0, families, CHUNK):
        count = min(CHUNK, families - start)
        for name, target in (("plain", plain), ("enc", vault)):
            began = time.perf_counter()
            makers[name].write(target, count, per_family, batch=100)
            spent[name] += time.perf_counter() - began
    n = families * per_family
    return spent["plain"] / n, spent["enc"] / n


def searches_in_a_fresh_process(work: Path) -> int:
    """Child: open both databases cold, warm each with one round, then six rounds of
    every query, plain and encrypted in turns."""
    plain = PlainVault(work / "plain.db", OWNER)
    vault = Vault.open(work / "enc", SecretBytes.from_text(PASSPHRASE))
    for query in QUERIES:
        search_once(plain, query), search_once(vault, query)
    times: dict[str, list[float]] = {"plain": [], "enc": []}
    for _ in range(6):
        for query in QUERIES:
            times["plain"].append(search_once(plain, query))
            times["enc"].append(search_once(vault, query))
    vault.close()
    print(json.dumps(times))
    return 0


def with_memory_security(work: Path, families: int, per_family: int) -> int:
    """Child, a diagnostic only (--with-memsec): the encrypted vault with SQLCipher's
    cipher_memory_security on, to show what the setting left off would cost."""
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
    start = time.perf_counter()
    DemoCaseload(seed=2026).write(vault, families, per_family, batch=100)
    per_note = (time.perf_counter() - start) / (families * per_family)
    search = [search_once(vault, q) for _ in range(3) for q in QUERIES]
    vault.close()
    print(json.dumps({"per_note": per_note, "search": search}))
    return 0


def unlock_parts(folder: Path) -> tuple[list[float], list[float]]:
    """Five unlocks, each timed in two parts inside the same unlock: the KDF (unwrapping
    the passphrase slot), and the rest (lock, keying, schema check, owner, first query)."""
    kdf, rest = [], []
    for _ in range(5):
        slots = keyslots.read_slot_file(folder / "keyslots.json")
        start = time.perf_counter()
        key = keyslots.unwrap_with_passphrase(
            slots.passphrase, SecretBytes.from_text(PASSPHRASE), slots.vault_id)
        middle = time.perf_counter()
        opened = Vault._open_with(folder, lambda _slots, key=key: key.copy(), None)
        with opened.transaction() as tx:
            tx.fetchone("SELECT count(*) FROM family")
        end = time.perf_counter()
        opened.close()
        key.wipe()
        kdf.append(middle - start)
        rest.append(end - middle)
    return kdf, rest


def child(work: Path, *flags: str) -> dict:  # type: ignore[type-arg]
    done = subprocess.run([sys.executable, __file__, "--dir", str(work), *flags],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(work: Path, args: argparse.Namespace) -> tuple[dict[str, object], list[Check]]:
    n_notes = args.families * args.notes_per_family
    print(f"Building {n_notes:,} notes in {args.families:,} families in {work} …", flush=True)
    params = keyslots.calibrate_argon2()
    vault = Vault.create(work / "enc", SecretBytes.from_text(PASSPHRASE), OWNER, kdf=params)
    plain = PlainVault(work / "plain.db", OWNER)
    plain_note, enc_note = build_in_turns(plain, vault, args.families, args.notes_per_family)
    plain.close()

    # Autosave: one note saved over and over, each in its own durable transaction.
    service = CaseloadService(vault)
    note = service.save_note(Note(family_id=1, body="autosave")).value
    saves = []
    for index in range(args.saves):
        start = time.perf_counter()
        note = service.save_note(note.model_copy(update={"body": f"autosave {index} " * 40})).value
        saves.append(time.perf_counter() - start)
    vault.close()

    stored = keyslots.read_slot_file(work / "enc" / "keyslots.json").passphrase.params
    kdf, rest = unlock_parts(work / "enc")
    search = child(work, "--search-only")
    enc_p95, plain_p95 = percentile(search["enc"], 95), percentile(search["plain"], 95)
    figures: dict[str, object] = {
        "notes": n_notes,
        "argon2_stored": stored.model_dump(),
        "unlock_kdf_s": spread(kdf),
        "unlock_rest_s": spread(rest),
        "build_per_note_ms": {"encrypted": round(enc_note * 1000, 4),
                              "plain": round(plain_note * 1000, 4),
                              "what": "families, members and notes written, per note"},
        "search_ms": {"p50": percentile(search["enc"], 50) * 1000, "p95": enc_p95 * 1000,
                      "plain_p50": percentile(search["plain"], 50) * 1000,
                      "plain_p95": plain_p95 * 1000, "samples": len(search["enc"])},
        "save_ms": {"p50": percentile(saves, 50) * 1000, "p99": percentile(saves, 99) * 1000},
        "db_mib": round((work / "enc" / "vault.db").stat().st_size / 2**20, 1),
    }
    if args.with_memsec:
        memsec = child(work, "--memsec-only", "--families", str(args.families),
                       "--notes-per-family", str(args.notes_per_family))
        figures["diagnostic_with_memory_security"] = {
            "build_ratio": memsec["per_note"] / plain_note,
            "search_p95_ms": percentile(memsec["search"], 95) * 1000}
    floor_ok = (stored.memory_kib >= keyslots.KDF_FLOOR_MEMORY_KIB
                and stored.iterations >= keyslots.KDF_FLOOR_ITERATIONS)
    checks = [
        at_most("search p95", enc_p95 * 1000, 30, " ms"),
        ratio_at_most("search p95 encrypted against plain", enc_p95 * 1000, plain_p95 * 1000,
                      1.3, " ms"),
        ratio_at_most("build per note encrypted against plain", enc_note * 1000,
                      plain_note * 1000, 1.5, " ms"),
        at_most("unlock beyond the KDF (median)", sorted(rest)[2], 0.2, " s"),
        Check("Argon2id stored at or above RFC 9106's floor", floor_ok,
              f"{stored.memory_kib // 1024} MiB, {stored.iterations} passes >= "
              f"{keyslots.KDF_FLOOR_MEMORY_KIB // 1024} MiB, {keyslots.KDF_FLOOR_ITERATIONS}"),
        at_most("note save p99", percentile(saves, 99) * 1000, 15, " ms"),
    ]
    return figures, checks


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--notes-per-family", type=int, default=10)
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--with-memsec", action="store_true",
                        help="also build with cipher_memory_security on (a diagnostic)")
    parser.add_argument("--dir", type=Path, help=argparse.SUPPRESS)  # a child's folder
    parser.add_argument("--search-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--memsec-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.search_only:
        return searches_in_a_fresh_process(args.dir)
    if args.memsec_only:
        return with_memory_security(args.dir, args.families, args.notes_per_family)
    work = Path(tempfile.mkdtemp(prefix="stap0-bench-storage-"))
    try:
        figures, checks = run(work, args)
    finally:   # 300 MB of fictional notes, plain and encrypted: gone, also on failure
        shutil.rmtree(work, ignore_errors=True)
    return report("storage", figures, checks)


if __name__ == "__main__":
    raise SystemExit(main())
