"""Which signals find each other — run as a table of cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from sync.protocol.canonical import canonical
from sync.protocol.crypto import verify_notice
from sync.protocol.models import MatchNotice, Withdrawal
from tests.sync.harness import Server, envelope, signal

CHILD_A = "999990019"   # fictional BSNs from the test range
CHILD_B = "999990020"
MOTHER = "999990032"
FATHER = "999990044"


def _bsns() -> list[str]:
    from stap0_desktop.domain.bsn import bsns_in_test_range

    return bsns_in_test_range()[:6]


CASES = {
    "same child": (
        [{"ref": "c", "role": "child", "bsn": 0}],
        [{"ref": "k", "role": "child", "bsn": 0}], True),
    "siblings share a parent": (
        [{"ref": "c", "role": "child", "bsn": 0, "parent_refs": ["m"]},
         {"ref": "m", "role": "parent", "bsn": 2}],
        [{"ref": "k", "role": "child", "bsn": 1, "parent_refs": ["p"]},
         {"ref": "p", "role": "parent", "bsn": 2}], True),
    "parent and child": (
        [{"ref": "a", "role": "adult_client", "bsn": 2}],
        [{"ref": "k", "role": "child", "bsn": 1, "parent_refs": ["p"]},
         {"ref": "p", "role": "parent", "bsn": 2}], True),
    "unborn child and the mother's other children": (
        [{"ref": "u", "role": "unborn", "expected_date": "2027-03-01", "parent_refs": ["m"]},
         {"ref": "m", "role": "parent", "bsn": 2}],
        [{"ref": "k", "role": "child", "bsn": 1, "parent_refs": ["p"]},
         {"ref": "p", "role": "parent", "bsn": 2}], True),
    "adult debt client and their child": (
        [{"ref": "a", "role": "adult_client", "bsn": 3},
         {"ref": "k", "role": "child", "bsn": 4, "parent_refs": ["a"]}],
        [{"ref": "c", "role": "child", "bsn": 4}], True),
    "different families": (
        [{"ref": "c", "role": "child", "bsn": 0}],
        [{"ref": "k", "role": "child", "bsn": 1}], False),
}


HOW = {"same child": "same_child", "siblings share a parent": "shared_parent",
       "parent and child": "same_person",
       "unborn child and the mother's other children": "unborn_mother",
       "adult debt client and their child": "same_child"}


def _people(spec: list[dict[str, object]]) -> list[dict[str, object]]:
    bsns = _bsns()
    return [{**p, "bsn": bsns[p["bsn"]]} if "bsn" in p else p for p in spec]  # type: ignore[index]


@pytest.mark.parametrize("case", list(CASES))
def test_matching_table(tmp_path: Path, case: str, engine_url: str) -> None:
    first, second, expected = CASES[case]
    server = Server(tmp_path, url=engine_url)
    nurse = server.enroll("Tess Verpleeg", "JGZ Demostad")
    counsellor = server.enroll("Bram Schuldhulp", "Schuldhulp Demostad")
    assert server.push(nurse, envelope(server, nurse, signal(_people(first), nurse))).status_code == 200
    assert server.push(counsellor, envelope(
        server, counsellor, signal(_people(second), counsellor))).status_code == 200
    nurse_notices = server.signed(nurse, "GET", "/v1/matches").json()
    counsellor_notices = server.signed(counsellor, "GET", "/v1/matches").json()
    assert bool(nurse_notices) is expected and bool(counsellor_notices) is expected
    if expected:
        assert nurse_notices[0]["other"] == {"name": "Bram Schuldhulp",
                                             "organisation": "Schuldhulp Demostad",
                                             "role": "", "phone": "0800-0000000", "email": ""}
        assert set(nurse_notices[0]) == {"device_id", "envelope_id", "match_id", "how",
                                         "other", "matched_at", "ended_on", "coordination",
                                         "key_id", "signature"}  # nothing of the other's signal
        assert nurse_notices[0]["coordination"] == {   # a new match: nothing agreed, no rules
            "contact_mine": None, "contact_theirs": None, "proposal": None, "agreed": None,
            "suggestion": None, "escalated_on": None}
        verify_notice(MatchNotice.model_validate(nurse_notices[0]),
                      server.keys.receipt.public_key().public_bytes_raw(), nurse.id)
        assert nurse_notices[0]["how"] == counsellor_notices[0]["how"] == HOW[case]
        assert nurse_notices[0]["match_id"] == counsellor_notices[0]["match_id"]


def test_the_same_professional_twice_is_no_match(tmp_path: Path, engine_url: str) -> None:
    server = Server(tmp_path, url=engine_url)
    nurse = server.enroll("Tess Verpleeg", "JGZ Demostad")
    laptop2 = server.enroll("Tess Verpleeg", "JGZ Demostad")   # her second device
    child = _people([{"ref": "c", "role": "child", "bsn": 0}])
    server.push(nurse, envelope(server, nurse, signal(child, nurse)))
    server.push(nurse, envelope(server, nurse, signal(child, nurse)))
    server.push(laptop2, envelope(server, laptop2, signal(child, laptop2)))
    assert server.signed(nurse, "GET", "/v1/matches").json() == []


def test_withdrawn_and_expired_signals_no_longer_match(tmp_path: Path, engine_url: str) -> None:
    server = Server(tmp_path, url=engine_url)
    nurse = server.enroll("Tess Verpleeg", "JGZ Demostad")
    counsellor = server.enroll("Bram Schuldhulp", "Schuldhulp Demostad")
    other = server.enroll("Iris Opvang", "Kinderopvang Demostad")
    child = _people([{"ref": "c", "role": "child", "bsn": 0}])
    first = envelope(server, nurse, signal(child, nurse))
    server.push(nurse, first)
    server.push(counsellor, envelope(server, counsellor, signal(child, counsellor)))
    assert server.signed(nurse, "GET", "/v1/matches").json()
    withdrawal = Withdrawal(envelope_id=first.header.id, reason="consent_withdrawn")
    result = server.push(nurse, envelope(server, nurse, canonical(withdrawal.model_dump(mode="json")),
                                         kind="withdrawal")).json()
    assert result["results"][0]["status"] == "accepted"
    assert server.signed(nurse, "GET", "/v1/matches").json() == []
    told = server.signed(counsellor, "GET", "/v1/matches").json()
    assert [n["ended_on"] for n in told] == ["2026-11-28"]  # the counterpart is told
    short = envelope(server, other, signal(child, other, ends_in_days=1))
    server.push(other, short)
    live = server.signed(other, "GET", "/v1/matches").json()
    assert [n["ended_on"] for n in live] == [None]  # the counsellor's is still active
    expired = server.repo.expire("2026-12-30")
    assert short.header.id in expired
    assert server.signed(other, "GET", "/v1/matches").json() == []
    assert [n["ended_on"] for n in server.signed(counsellor, "GET", "/v1/matches").json()
            if n["match_id"] == live[0]["match_id"]] == ["2026-12-30"]
    with server.repo.tx() as c:  # nothing of an ended signal stays but its tombstone
        for envelope_id in (first.header.id, short.header.id):
            assert c.execute("SELECT count(*) FROM person_key WHERE envelope_id = ?",
                             (envelope_id,)).fetchone()[0] == 0
            row = c.execute("SELECT domains, judgement, payload FROM envelope WHERE id = ?",
                            (envelope_id,)).fetchone()
            assert row == (None, None, "")


def test_schema_is_versioned_and_reopening_keeps_the_data(tmp_path: Path, engine_url: str) -> None:
    from sync.server.engines import LATEST
    from sync.server.repository import open_repository

    server = Server(tmp_path, url=engine_url)
    nurse = server.enroll()
    assert server.repo.schema_version == LATEST
    server.repo.close()
    again = open_repository(engine_url, tmp_path / "cjg.db")
    assert again.schema_version == LATEST
    assert [d.id for d in again.devices()] == [nurse.id]
    with again.tx() as c:
        c.execute("INSERT INTO schema_version (version) VALUES (?)", (LATEST + 1,))
    again.close()
    with pytest.raises(RuntimeError, match="newer"):
        open_repository(engine_url, tmp_path / "cjg.db")


def test_an_older_inbox_gets_each_pseudonym_s_device_and_day(
        tmp_path: Path, engine_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Migration 11 on an inbox that holds signals: each stored pseudonym row gets its
    signal's device and day, so that matching and the oracle limit read them from then on."""
    from sync.server import repository
    from sync.server.repository import open_repository

    with monkeypatch.context() as old:
        old.setattr(repository, "MIGRATIONS", repository.MIGRATIONS[:10])
        old.setattr(repository, "LATEST", 10)
        repo = open_repository(engine_url, tmp_path / "cjg.db")
        with repo.tx() as c:
            c.execute("INSERT INTO envelope (id, device_id, kind, digest, received_at, receipt,"
                      " status, payload) VALUES ('e1', 'd1', 'signal', 'x',"
                      " '2026-12-03T09:00:00Z', '{}', 'active', '')")
            c.execute("INSERT INTO person_key (envelope_id, key, role) VALUES ('e1', 'k1', 'child')")
        assert repo.schema_version == 10
        repo.close()
    repo = open_repository(engine_url, tmp_path / "cjg.db")
    try:
        assert repo.schema_version == 11
        with repo.tx() as c:
            assert c.execute("SELECT key, device_id, day FROM person_key").fetchall() == [
                ("k1", "d1", "2026-12-03")]
        assert repo.people_named_today("d1", "2026-12-03", {"k1", "k2"}) == (0, {"k1"})
        assert repo.people_named_today("d1", "2026-12-04", {"k1"}) == (0, set())
    finally:
        repo.close()
