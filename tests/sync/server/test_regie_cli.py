"""The CJG's commands after a match: installing the municipality's regie rules (a bad file
is refused with file and field, the good one kept), the policy's terms, stalled matches
listed and escalated once, and the month's report as text, CSV and a one-page PDF — with
every cell under 5 shown as "< 5". Each operator read is in the access log."""

from __future__ import annotations

import csv
import io
import json
import uuid
from pathlib import Path

import pytest

from sync.server.cli import main as cjg
from sync.server.config import open_folder_repository
from sync.server.regie_rules import RULES_FILE
from tests.conftest import REPO
from tests.sync.harness import Server, matched_family, step

RULES = REPO / "resources/regie/demostad.toml"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A CJG folder whose inbox holds a known month: six matches made on 28 November
    2026, five with contact confirmed by both sides, one with a regisseur agreed."""
    folder = tmp_path / "cjg"
    assert cjg(["init", "--dir", str(folder)]) == 0
    inbox = Server(folder)      # the same database file as the folder's
    nurse = inbox.enroll("Tess Verpleeg", "JGZ Demostad", "jgz")
    counsellor = inbox.enroll("Bram Schuldhulp", "Schuldhulp Demostad", "schuldhulp")
    matches = [matched_family(inbox, nurse, counsellor, index) for index in range(6)]
    for match_id in matches[:5]:
        step(inbox, nurse, match_id, "contact")
        step(inbox, counsellor, match_id, "contact")
    proposal = uuid.uuid4().hex
    step(inbox, nurse, matches[0], "propose", proposal_id=proposal,
         regisseur={"side": "mine"}, until="2027-06-01")
    step(inbox, counsellor, matches[0], "accept", proposal_id=proposal)
    inbox.repo.close()
    return folder


def test_the_rules_are_checked_before_they_are_installed(
        folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "regie.toml"
    bad.write_text("version = 1\n[[rules]]\nid = 'a'\nwhen = 'baby'\npropose = 'jgz'\n")
    assert cjg(["regie", "rules", "--dir", str(folder), str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}: rules.0.when:" in err and "Nothing was changed." in err
    assert not (folder / RULES_FILE).exists()
    assert cjg(["regie", "rules", "--dir", str(folder), str(RULES)]) == 0
    assert "3 rules installed" in capsys.readouterr().out
    assert cjg(["regie", "rules", "--dir", str(folder)]) == 0
    assert "ongeboren-kind\twhen unborn\tpropose jgz" in capsys.readouterr().out
    assert cjg(["regie", "rules", "--dir", str(folder), str(bad)]) == 2   # kept as it was
    assert (folder / RULES_FILE).read_bytes() == RULES.read_bytes()
    assert cjg(["regie", "rules", "--dir", str(folder), str(tmp_path / "nergens.toml")]) == 2
    assert "nergens.toml: No such file" in capsys.readouterr().err


def test_stalled_matches_follow_the_policys_terms_and_are_escalated_once(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cjg(["matches", "--dir", str(folder), "--stalled", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"           # within ten working days
    assert cjg(["policy", "--dir", str(folder), "--contact-working-days", "0"]) == 2
    assert "--contact-working-days: 1-60 working days" in capsys.readouterr().err
    assert cjg(["policy", "--dir", str(folder), "--contact-working-days", "2",
                "--regie-working-days", "3"]) == 0
    assert "contact within 2 and a regisseur within 3 working days" in (
        capsys.readouterr().out)
    assert cjg(["matches", "--dir", str(folder), "--stalled", "--json"]) == 0
    stalled = json.loads(capsys.readouterr().out)
    assert sorted(row["why"] for row in stalled) == ["no_contact"] + ["no_regisseur"] * 4
    assert all(sorted(row["organisations"].split(" / ")) == ["JGZ Demostad",
                                                              "Schuldhulp Demostad"]
               for row in stalled)
    assert cjg(["purge", "--dir", str(folder)]) == 0
    assert "5 stalled matches escalated" in capsys.readouterr().out
    assert cjg(["purge", "--dir", str(folder)]) == 0
    assert "0 stalled matches escalated" in capsys.readouterr().out
    repo = open_folder_repository(folder)
    try:
        log = repo.access_log()
    finally:
        repo.close()
    assert len([r for r in log if r["user_role"] == "escalate"]) == 5
    assert any(r["object_id"] == "stalled:5" and r["user_role"] == "operator" for r in log)


def test_the_months_report_as_text_csv_and_pdf(
        folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    out_csv, out_pdf = tmp_path / "maand.csv", tmp_path / "maand.pdf"
    assert cjg(["report", "--dir", str(folder), "--month", "2026-11", "--csv", str(out_csv),
                "--pdf", str(out_pdf)]) == 0
    text = capsys.readouterr().out
    assert "Matches in 2026-11 — Gemeente Demostad" in text
    assert "matches gemaakt" in text and "opvolging (contact per match)" in text
    lines = dict(line.strip().rsplit("  ", 1) for line in text.splitlines()[1:8])
    assert {key.strip(): value.strip() for key, value in lines.items()} == {
        "matches gemaakt": "6", "contact bevestigd door beide kanten": "5",
        "mediaan dagen tot contact": "0", "regisseur afgesproken": "< 5",
        "vastgelopen (geëscaleerd of over de termijn)": "< 5", "beëindigd": "< 5",
        "opvolging (contact per match)": "83 %"}
    assert "ongeveer 60 %" in text
    rows = list(csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["month", "figure", "value"]
    assert ["2026-11", "agreed", "< 5"] in rows and ["2026-11", "made", "6"] in rows
    assert "1" not in [value for _m, _f, value in rows[1:]]     # no small number, anywhere
    pdf = PdfReader(out_pdf)
    assert len(pdf.pages) == 1
    words = pdf.pages[0].extract_text()
    assert "Matches in 2026-11" in words and "< 5" in words and "VIR ~60 %" in words
    assert "beëindigd" in words                                  # Dutch letters survive
    assert (out_pdf.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize("month", ["2026-13", "november", "2026-1", "2999-01"])
def test_a_month_that_is_no_month_gets_one_clear_line(
        folder: Path, month: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cjg(["report", "--dir", str(folder), "--month", month]) == 2
    err = capsys.readouterr().err
    assert err.startswith("stap0-cjg: --month:") and err.count("\n") == 1
