"""What the CJG holds (protocol v2): after a demo with two professionals, matches, a
withdrawal and expiry, no BSN, no name and no birth date of any demo person is anywhere
in the inbox's folder or the pseudonymiser's — and a laptop used as an oracle is stopped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stap0_desktop.demo.cjg import COLLEAGUE
from stap0_desktop.demo.vault import DEMO_PASSPHRASE, make_demo_vault
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault
from sync.client.sync_client import SyncClient
from sync.protocol.models import Withdrawal
from sync.server.expiry import start_expiry
from tests.sync.harness import Server, envelope, signal

pytestmark = pytest.mark.system


def _demo_people(vault: Vault) -> tuple[set[str], set[str], set[str]]:
    rows = vault.db.conn.execute(
        "SELECT given_name, family_name, bsn, birth_date FROM member").fetchall()
    names = {str(n) for r in rows for n in r[:2] if n and len(str(n)) > 3}
    bsns = {str(r[2]) for r in rows if r[2]}
    births = {str(r[3]) for r in rows if r[3]}
    families = {str(r[0]) for r in vault.db.conn.execute("SELECT name FROM family")}
    return names | {f.removeprefix("Gezin ").strip() for f in families}, bsns, births


def _everything_in(*folders: Path) -> bytes:
    return b"".join(p.read_bytes() for folder in folders for p in sorted(folder.rglob("*"))
                    if p.is_file())


def _pg_dump(url: str) -> bytes:
    """The whole PostgreSQL database as text (``pg_dump``), or skip without the binary."""
    import subprocess
    from urllib.parse import parse_qs, urlparse

    from tests.pg_cluster import find_binary

    binary = find_binary("pg_dump")
    if binary is None:
        pytest.skip("pg_dump not found")
    parsed = urlparse(url)
    query = {k: v[0] for k, v in parse_qs(parsed.query).items()}
    return subprocess.run([binary, "-h", query["host"], "-p", query["port"], "-U",
                           parsed.username or "postgres", parsed.path.lstrip("/")],
                          capture_output=True, check=True).stdout


def test_the_cjg_and_the_pseudonymiser_hold_nothing_that_identifies_a_family(
    tmp_path: Path, engine_url: str,
) -> None:
    from stap0_desktop.config.paths import checklists_dir
    from stap0_desktop.demo.cjg import start_demo_cjg
    from stap0_desktop.demo.vault import DEMO_SEED
    from stap0_desktop.services.checklists import load_library

    make_demo_vault(tmp_path / "kluis", families=20)
    passphrase = SecretBytes.from_text(DEMO_PASSPHRASE)
    with Vault.open(tmp_path / "kluis", passphrase) as vault:
        demo = start_demo_cjg(tmp_path, vault, families=20, seed=DEMO_SEED,
                              notes_per_family=3,
                              checklists=load_library(checklists_dir()).latest(),
                              db_url=engine_url)
    server = demo.server
    try:
        with Vault.open(tmp_path / "kluis", passphrase) as vault:
            client = SyncClient(OutboxService(vault))
            summary = client.sync()
            assert summary.received == 2 and summary.notices >= 1  # matches still found
            _agree_on_a_regisseur(vault, client)                  # coordination too
            assert demo.answer_once() >= 1
            signals = SignalService(vault)
            first = signals.outbox().value[0]
            signals.withdraw_signal(first.id)
            client.sync()
            names, bsns, births = _demo_people(vault)
        # The professionals' own names are at the CJG by design (from the enrollment).
        own = {w for n in (vault.owner.name, COLLEAGUE.name) for w in n.replace("(", " ").split()}
        names -= own
        server.repo.expire("2099-01-01")  # every other signal ends too
        folders = (server.folder, server.pseudonymiser.service.folder)
        database = _pg_dump(engine_url) if engine_url.startswith("postgres") else b""
    finally:
        demo.close()
    dump = _everything_in(*folders) + database
    assert len(bsns) >= 10 and len(names) >= 10
    for bsn in bsns:
        for form in (bsn, f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}", f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"):
            assert form.encode() not in dump, "a BSN reached the CJG"
    for name in names:  # as a word: a short name can occur by chance inside base64 keys
        word = rb"(?<![A-Za-z0-9+/=])" + re.escape(name.encode()) + rb"(?![A-Za-z0-9+/=])"
        assert re.search(word, dump) is None, f"a name reached the CJG: {name}"
    for birth in births:
        assert birth.encode() not in dump, "a birth date reached the CJG"


def _agree_on_a_regisseur(vault: Vault, client: SyncClient) -> None:
    """Contact and a proposal on the first match, sent (the demo colleague accepts)."""
    from datetime import date, timedelta

    from stap0_desktop.domain.coordination import Regisseur
    from stap0_desktop.services.coordination import CoordinationService

    regie, today = CoordinationService(vault), date.today()
    notice = regie.overview(today).value[0].notice
    regie.record_contact(notice.envelope_id, notice.match_id, today)
    regie.propose(notice.envelope_id, notice.match_id, Regisseur(
        side="third", organisation="Wijkteam Demostad Noord"), today + timedelta(days=90),
        today)
    assert client.sync().coordinated == 2


def test_a_sweep_of_every_test_bsn_is_stopped_and_raises_an_alert(tmp_path: Path) -> None:
    from stap0_desktop.domain.bsn import bsns_in_test_range

    server = Server(tmp_path)
    prober = server.enroll("Nep Laptop", "Onbekend")
    sweep = bsns_in_test_range()  # all 909 of the test range
    accepted = refused = 0
    for start in range(0, len(sweep), 100):
        batch = [envelope(server, prober, signal([{"ref": "c", "role": "child", "bsn": b}],
                                                 prober)) for b in sweep[start:start + 100]]
        for result in server.push(prober, *batch).json()["results"]:
            accepted += result["status"] == "accepted"
            refused += result.get("error") == "too_many_people"
    assert accepted == 100 and refused == len(sweep) - 100  # stopped in its first request
    assert [(kind, device) for _at, device, kind, _n in server.repo.alerts()] == [
        ("too_many_people", prober.id)]


def test_serve_expires_by_itself_and_a_revoked_device_s_signals_end(tmp_path: Path) -> None:
    server = Server(tmp_path)
    nurse, counsellor = server.enroll(), server.enroll("Bram Schuldhulp", "Schuldhulp")
    child = [{"ref": "c", "role": "child", "bsn": "999990019"}]
    short = envelope(server, nurse, signal(child, nurse, ends_in_days=1))
    server.push(nurse, short)
    server.push(counsellor, envelope(server, counsellor, signal(child, counsellor)))
    stop = start_expiry(server.repo, lambda: server.clock() + 3 * 86400, every_s=0.05)
    try:
        import time

        deadline = time.monotonic() + 5
        while server.repo.envelope(short.header.id).status != "expired":  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "serve did not expire the signal"
            time.sleep(0.05)
    finally:
        stop.set()
    told = server.signed(counsellor, "GET", "/v1/matches").json()
    assert [n["ended_on"] is not None for n in told] == [True]
    other = envelope(server, nurse, signal(child, nurse))
    server.push(nurse, other)
    assert server.repo.revoke(nurse.id, "2026-11-29T10:00:00Z")
    assert server.repo.envelope(other.header.id).status == "revoked"  # type: ignore[union-attr]
    assert all(n["ended_on"] for n in server.signed(counsellor, "GET", "/v1/matches").json())


def _child_signals(server: Server, device, bsns: list[str]) -> list[object]:  # type: ignore[no-untyped-def]
    return [envelope(server, device, signal([{"ref": "c", "role": "child", "bsn": b}], device))
            for b in bsns]


def test_withdrawn_probes_still_count_and_a_person_named_again_does_not(
        tmp_path: Path, engine_url: str) -> None:
    """The daily count of new people is a counter: withdrawing a sweep's probes does not
    give the laptop its budget back, and naming the same person twice costs nothing."""
    from stap0_desktop.domain.bsn import bsns_in_test_range

    server = Server(tmp_path, url=engine_url)
    prober = server.enroll("Nep Laptop", "Onbekend")
    bsns = bsns_in_test_range()
    first = _child_signals(server, prober, bsns[:60])
    assert all(r["status"] == "accepted" for r in server.push(prober, *first).json()["results"])
    for sent in first:  # withdrawn: the people are deleted, the count stays
        withdrawal = Withdrawal(envelope_id=sent.header.id)  # type: ignore[attr-defined]
        assert server.push(prober, envelope(server, prober, withdrawal, kind="withdrawal")
                           ).json()["results"][0]["status"] == "accepted"
    again = _child_signals(server, prober, bsns[60:100])    # 60 + 40 = the limit of 100
    assert all(r["status"] == "accepted" for r in server.push(prober, *again).json()["results"])
    same = _child_signals(server, prober, bsns[60:100])     # named today already: free
    assert all(r["status"] == "accepted" for r in server.push(prober, *same).json()["results"])
    one_more = server.push(prober, *_child_signals(server, prober, bsns[100:101])).json()
    assert one_more["results"][0]["error"] == "too_many_people"
