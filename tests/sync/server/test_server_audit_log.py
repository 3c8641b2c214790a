"""The CJG's access log to NEN 7513: refused requests are logged (never a body), the log
cannot be changed through the database, its hash chain shows a change made around the
database's own guard, and an operator's reads are logged with their name."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.crypto import sign_request
from sync.server.app import Limits
from sync.server.cli import main as cjg_cli
from tests.sync.harness import HttpsServer

pytestmark = pytest.mark.system

SECRET_BODY = b'{"envelopes": [], "geheim": "999990019"}'


@pytest.fixture
def cjg(tmp_path: Path, engine_url: str) -> Iterator[HttpsServer]:
    server = HttpsServer(tmp_path / "cjg", url=engine_url,
                         limits=Limits(refusals_logged_minute=5))
    yield server
    server.close()


def _refusals(server: HttpsServer) -> list[dict[str, object]]:
    return [r for r in server.repo.access_log() if str(r["outcome"]).startswith("refused:")]


def test_failed_authentications_are_logged_without_bodies(cjg: HttpsServer) -> None:
    nurse = cjg.enroll()
    stranger = ed25519.Ed25519PrivateKey.generate()
    unknown = sign_request(stranger, "f" * 32, "POST", "/v1/envelopes", SECRET_BODY)
    forged = sign_request(stranger, nurse.id, "POST", "/v1/envelopes", SECRET_BODY)
    for headers in (unknown, forged):
        answer = cjg.http.post("/v1/envelopes", content=SECRET_BODY,
                               headers={**headers, "content-type": "application/json"})
        assert answer.status_code == 401
    good = sign_request(nurse.key, nurse.id, "GET", "/v1/matches", b"")
    assert cjg.http.get("/v1/matches", headers=good).status_code == 200
    assert cjg.http.get("/v1/matches", headers=good).status_code == 401      # replayed
    rows = _refusals(cjg)
    assert [(r["user_id"], r["outcome"]) for r in rows] == [
        ("f" * 32, "refused:401:unknown_device"), (nurse.id, "refused:401:bad_signature"),
        (nurse.id, "refused:401:replayed")]
    assert all(r["workstation"] == "127.0.0.1" and r["action"] in ("C", "R") for r in rows)
    assert {r["object_id"] for r in rows} == {"POST /v1/envelopes", "GET /v1/matches"}
    assert "999990019" not in repr(cjg.repo.access_log())                  # no body


def test_a_flood_of_refusals_does_not_fill_the_log(cjg: HttpsServer) -> None:
    while time.time() % 60 > 54:  # the limit counts per clock minute: the flood in one
        time.sleep(0.25)
    for _ in range(12):
        assert cjg.http.get("/v1/matches").status_code == 401
    rows = _refusals(cjg)
    assert len(rows) == 6                         # five, then one saying the rest is not
    assert rows[-1]["outcome"] == "refused:401:refusals_beyond_log_limit"


def test_oversized_and_non_json_requests_are_logged(cjg: HttpsServer) -> None:
    assert cjg.http.post("/v1/envelopes", content=b"x" * (3 << 20), headers={
        "content-type": "application/json"}).status_code == 413
    assert cjg.http.post("/v1/enroll", content=b"{}", headers={
        "content-type": "text/plain"}).status_code == 415
    assert [r["outcome"] for r in _refusals(cjg)] == ["refused:413:too_large",
                                                      "refused:415:not_json"]


def test_the_log_is_append_only_in_the_database(cjg: HttpsServer) -> None:
    cjg.enroll()
    assert cjg.repo.access_log()
    for statement in ("UPDATE access_log SET outcome = 'success'", "DELETE FROM access_log"):
        with pytest.raises(Exception, match="append-only"), cjg.repo.tx() as c:
            c.execute(statement)
    if cjg.repo.engine.name == "postgresql":
        with pytest.raises(Exception, match="append-only"), cjg.repo.tx() as c:
            c.execute("TRUNCATE access_log")
    assert cjg.repo.verify_log().broken_at is None


def test_the_hash_chain_shows_a_row_changed_around_the_guard(cjg: HttpsServer) -> None:
    nurse = cjg.enroll()
    cjg.signed(nurse, "GET", "/v1/matches")
    cjg.signed(nurse, "GET", "/v1/matches")
    check = cjg.repo.verify_log()
    assert check.broken_at is None and check.rows == 3 and len(check.last_hash) == 64
    second = int(str(cjg.repo.access_log()[1]["seq"]))
    drop = ("DROP TRIGGER access_log_no_UPDATE" if cjg.repo.engine.name == "sqlite"
            else "DROP TRIGGER access_log_append_only ON access_log")
    with cjg.repo.tx() as c:      # someone with the database's keys goes around the guard
        c.execute(drop)
        c.execute("UPDATE access_log SET user_id = 'iemand anders' WHERE seq = ?", (second,))
    assert cjg.repo.verify_log().broken_at == second


def test_verify_log_and_operator_reads_through_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "cjg"
    assert cjg_cli(["init", "--dir", str(folder)]) == 0
    assert cjg_cli(["devices", "invite", "--dir", str(folder), "--name", "Tess Verpleeg",
                    "--org", "JGZ Demostad", "--role", "jeugdverpleegkundige",
                    "--email", "tess@jgz.example", "--operator", "Anna Beheer"]) == 0
    for command in (["inbox"], ["matches", "--json"], ["alerts"], ["devices", "list"]):
        assert cjg_cli([*command, "--dir", str(folder), "--operator", "Anna Beheer"]) == 0
    said = capsys.readouterr()
    assert "No signals yet." in said.err and "No alerts" in said.err   # not a blank answer
    assert said.out.splitlines()[-1] == "[]"     # matches --json; no device enrolled yet
    assert cjg_cli(["verify-log", "--dir", str(folder)]) == 0
    assert "intact: 5 rows" in capsys.readouterr().out
    with sqlite3.connect(folder / "cjg.db") as conn:
        rows = conn.execute("SELECT action, user_id, user_role, object_id FROM access_log"
                            " ORDER BY seq").fetchall()
    assert rows == [("C", "operator:Anna Beheer", "operator", "invite"),
                    ("R", "operator:Anna Beheer", "operator", "inbox:0"),
                    ("R", "operator:Anna Beheer", "operator", "matches:0"),
                    ("R", "operator:Anna Beheer", "operator", "alerts:0"),
                    ("R", "operator:Anna Beheer", "operator", "devices:0")]
    with sqlite3.connect(folder / "cjg.db") as conn:
        conn.execute("DROP TRIGGER access_log_no_DELETE")
        conn.execute("DELETE FROM access_log WHERE seq = 3")
    assert cjg_cli(["verify-log", "--dir", str(folder)]) == 1
    assert "row 4 does not follow" in capsys.readouterr().err


@pytest.mark.parametrize(("extra", "message"), [
    ([], "give a work contact"),
    (["--phone", "0800-0000000", "--valid-days", "0"], "--valid-days"),
    (["--phone", "0800-0000000", "--role", " "], "--role: may not be empty"),
    (["--email", "geen-adres"], "--email: not an e-mail address"),
])
def test_an_invite_names_role_and_work_contact(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               extra: list[str], message: str) -> None:
    folder = tmp_path / "cjg"
    assert cjg_cli(["init", "--dir", str(folder)]) == 0
    args = ["devices", "invite", "--dir", str(folder), "--name", "Tess", "--org", "JGZ",
            "--role", "jeugdverpleegkundige", *extra]
    assert cjg_cli(args) == 2
    assert message in capsys.readouterr().err
    assert not (folder / "cjg.db").exists()        # refused before the database is opened
