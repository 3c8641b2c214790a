"""The sociale kaart: imports with a report of every bad row, no duplicates on a second
import, and search by words, need (domain), age and wijk. All entries are fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from stap0_desktop.domain.kaart import KaartQuery
from stap0_desktop.i18n.messages import describe_kaart_problem, describe_row_problem
from stap0_desktop.services.kaart import KaartService, read_export
from stap0_desktop.storage.vault import Vault
from sync.protocol.kaart_export import RowProblem, parse_kaart
from tests.builders import DEMO_KAART, KAART_DOMAINS

HEADER = ("organisatie;aanbod;omschrijving;leeftijd_van;leeftijd_tot;leefgebieden;gemeente;"
          "wijk;telefoon;email\n")
GOOD = ("Welzijn Demostad;Maatschappelijk werk;Hulp bij geldzorgen en stress;18;;"
        "leefomstandigheden|ouder_gezin;Demostad;;0800-0000105;amw@welzijn.demostad.example\n"
        "Wijkteam Noord;Wijkteam;Eén team in de wijk;;;ouder_gezin|kind;Demostad;Noord;"
        "0800-0000111;\n")


def test_a_good_csv_in_utf8_with_a_bom_and_in_cp1252_from_excel() -> None:
    text = HEADER + GOOD
    for data, encoding in ((b"\xef\xbb\xbf" + text.encode("utf-8"), "utf-8-sig"),
                           (text.encode("cp1252"), "cp1252"), (text.encode(), "utf-8")):
        report = parse_kaart(data, "kaart.csv", KAART_DOMAINS)
        assert report.ok and report.encoding == encoding, report.problems
        assert [e.organisation for e in report.entries] == ["Welzijn Demostad",
                                                            "Wijkteam Noord"]
        assert report.entries[1].description == "Eén team in de wijk"


def test_every_bad_row_is_reported_with_its_line_and_reason() -> None:
    bad = (HEADER + GOOD
           + "Zorg BV;Praktijk;;;;kind;Demostad;;06 12;\n"                       # line 4
           + "Zorg BV;Spreekuur;;;;kind;Demostad;;;iemand@\n"                    # line 5
           + ";Zonder naam;;;;kind;Demostad;;;\n"                                # line 6
           + "Zorg BV;Te oud;;12;4;kind;Demostad;;;\n"                           # line 7
           + "Zorg BV;Onbekend;;;;geluk;Demostad;;;\n"                           # line 8
           + "Zorg BV;Leeftijd;;twaalf;;kind;Demostad;;;\n")                     # line 9
    report = parse_kaart(bad.encode(), "kaart.csv", KAART_DOMAINS)
    assert len(report.entries) == 2 and not report.ok
    assert report.problems == [
        RowProblem(4, "telefoon", "phone_invalid", "06 12"),
        RowProblem(5, "email", "email_invalid", "iemand@"),
        RowProblem(6, "organisatie", "missing"),
        RowProblem(7, "leeftijd_tot", "ages_reversed", "4"),
        RowProblem(8, "leefgebieden", "unknown_domain", "geluk"),
        RowProblem(9, "leeftijd_van", "not_a_number", "twaalf")]
    assert describe_row_problem("phone_invalid", "06 12") == \
        "This phone number cannot be right. It says: “06 12”."


def test_a_problem_names_the_column_as_the_file_does() -> None:
    english = ("Organisation,Offer,Municipality,Phone,Age_Min\n"
               "Zorg BV,Praktijk,Demostad,06 12,\n"
               "Zorg BV,Spreekuur,Demostad,,twelve\n")
    report = parse_kaart(english.encode(), "kaart.csv", KAART_DOMAINS)
    assert report.problems == [RowProblem(2, "Phone", "phone_invalid", "06 12"),
                               RowProblem(3, "Age_Min", "not_a_number", "twelve")]
    as_json = b'[{"organisation": "Zorg BV", "offer": "P", "gemeente": "D", "phone": "12ab"}]'
    assert parse_kaart(as_json, "kaart.json", KAART_DOMAINS).problems == [
        RowProblem(1, "phone", "phone_invalid", "12ab")]


@pytest.mark.parametrize(("data", "problem"), [
    (b"", "empty"), (b"  \n\n", "empty"),
    (b"aanbod;gemeente\nWijkteam;Demostad\n", "missing_column:organisatie"),
    (b"\x00\x01\x02binary", "not_text"), (b"[{]", "bad_json"), (b'{"x": 1}', "bad_json"),
])
def test_files_that_are_no_kaart(data: bytes, problem: str) -> None:
    report = parse_kaart(data, "kaart.csv", KAART_DOMAINS)
    assert report.file_problem == problem and report.entries == []


def test_json_export_and_the_demo_kaart() -> None:
    report = read_export(DEMO_KAART, KAART_DOMAINS)
    assert report.ok and len(report.entries) >= 20
    assert len({e.key for e in report.entries}) == len(report.entries)


def test_importing_the_same_file_twice_creates_no_duplicates(vault: Vault, tmp_path: Path) -> None:
    service = KaartService(vault)
    path = tmp_path / "kaart.csv"
    path.write_bytes((HEADER + GOOD).encode("cp1252"))
    first = service.store(read_export(path, KAART_DOMAINS).entries).value
    second = service.store(read_export(path, KAART_DOMAINS).entries).value
    assert len(first.added) == 2 and second.added == [] and second.unchanged == 2
    assert service.count().value == 2
    path.write_bytes((HEADER + GOOD.replace("Eén team", "Eén sterk team")).encode())
    third = service.store(read_export(path, KAART_DOMAINS).entries).value
    assert len(third.changed) == 1 and service.count().value == 2
    assert service.search(KaartQuery(words="sterk")).value[0].entry.offer == "Wijkteam"


def test_search_by_words_need_age_and_wijk(vault: Vault) -> None:
    service = KaartService(vault)
    service.load_demo(DEMO_KAART, KAART_DOMAINS)
    search = service.search
    hits = search(KaartQuery(words="schuld")).value
    assert hits and hits[0].entry.organisation == "Schuldhulp Demostad"
    assert search(KaartQuery(words="Eén plàn")).value            # diacritics folded
    pregnant = search(KaartQuery(domains=["zwangerschap"], pregnant=True)).value
    assert {"VoorZorg", "Stevig Ouderschap"} <= {h.entry.offer for h in pregnant}
    assert all(h.entry.serves_age(None, pregnant=True) for h in pregnant)
    assert not any(h.entry.age_max is not None and not h.entry.from_pregnancy
                   for h in pregnant)                  # no help for older children only
    debt = search(KaartQuery(words="schuld", pregnant=True)).value
    assert "Schuldhulp Demostad" in {h.entry.organisation for h in debt}   # not hidden
    debt_toddler = search(KaartQuery(words="schuld", age=3)).value         # nor for parents
    assert "Schuldhulp Demostad" in {h.entry.organisation for h in debt_toddler}
    toddler = search(KaartQuery(domains=["kind", "ouder_gezin"], age=3, wijk="Zuid")).value
    offers = [(h.entry.offer, h.entry.wijk) for h in toddler]
    assert ("Wijkteam", "Noord") not in offers and ("Wijkteam", "Zuid") in offers
    assert all(h.entry.serves_age(3) for h in toddler)
    assert toddler[0].fits == ["kind", "ouder_gezin"]             # both domains first
    teen = search(KaartQuery(domains=["kind"], age=15)).value
    assert "VoorZorg" not in {h.entry.offer for h in teen}
    assert search(KaartQuery(words='NEAR" OR *')).value == []      # operators are words


def test_notes_stay_local_and_referrals_land_on_the_family(vault: Vault) -> None:
    from stap0_desktop.domain.models import Family
    from stap0_desktop.services.caseload import CaseloadService

    service = KaartService(vault)
    service.load_demo(DEMO_KAART, KAART_DOMAINS)
    service.set_note("demo-schuldhulp", "Bram kent het gezin; dinsdag gebeld")
    hit = service.search(KaartQuery(words="schuldhulpverlening")).value[0]
    assert hit.note == "Bram kent het gezin; dinsdag gebeld"
    family = CaseloadService(vault).create_family(Family(name="Gezin Verhoeven")).value
    assert family.id is not None
    service.refer(family.id, "demo-schuldhulp", note="Warme overdracht afgesproken")
    referrals = service.referrals(family.id).value
    assert [(r.entry.offer, r.note) for r in referrals] == [
        ("Schuldhulpverlening", "Warme overdracht afgesproken")]


def test_cli_import_dry_run_bad_rows_and_search(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    from stap0_desktop.cli.main import main
    from tests.conftest import PASSPHRASE

    vault.close()
    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(vault_dir), "--lang", "en", "kaart"]
    path = tmp_path / "kaart.csv"
    path.write_bytes((HEADER + GOOD + "Zorg BV;Praktijk;;;;kind;Demostad;;06 12;\n")
                     .encode("cp1252"))
    assert main([*base, "import", str(path), "--dry-run"]) == 1
    out = capsys.readouterr()
    assert "line 4 (telefoon): This phone number cannot be right." in out.err
    assert "2 good rows, 1 bad rows." in out.out
    assert main([*base, "import", str(path)]) == 1                 # all or nothing
    assert "Nothing was imported" in capsys.readouterr().err
    assert main([*base, "search", "", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main([*base, "import", str(path), "--good-rows"]) == 0
    assert "Imported: 2 new" in capsys.readouterr().out
    assert main([*base, "import", str(DEMO_KAART)]) == 0
    capsys.readouterr()
    assert main([*base, "search", "--domain", "kind", "--age", "3", "--wijk", "Zuid",
                 "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found and all("kind" in e["domains"] for e in found)
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    assert main([*base, "import", str(empty)]) == 1
    assert "The file is empty. Nothing was imported." in capsys.readouterr().err


def test_a_utf8_file_with_one_bad_byte_names_its_line_instead_of_guessing_cp1252() -> None:
    data = (HEADER + GOOD + "Stichting Café;Koffie;;;;kind;Demostad;;0800-0000112;\n").encode()
    broken = data.replace("Café".encode(), b"Caf\xe9")  # one Windows-1252 byte among UTF-8
    report = parse_kaart(broken, "kaart.csv", KAART_DOMAINS)
    assert report.file_problem == "bad_byte:4" and report.entries == []
    assert "Line 4" in describe_kaart_problem(report.file_problem)
    cp1252_only = (HEADER + "Stichting Café;Koffie;;;;kind;Demostad;;0800-0000112;\n").encode(
        "cp1252")
    assert parse_kaart(cp1252_only, "kaart.csv", KAART_DOMAINS).encoding == "cp1252"


def test_an_unclosed_quote_is_reported_with_its_line() -> None:
    for rest in (10, 1000):  # to the end of the file; past the cell limit of 128 KiB
        data = (HEADER + GOOD + '"Zorg Noord;Praktijk;;;;kind;Demostad;;0800-0000113;\n'
                + ("x" * 200 + "\n") * rest).encode()
        report = parse_kaart(data, "kaart.csv", KAART_DOMAINS)
        assert report.file_problem == "unclosed_quote:4"
        assert "line 4" in describe_kaart_problem(report.file_problem)


def test_deeply_nested_json_is_no_kaart() -> None:
    report = parse_kaart(b"[" * 100_000 + b"]" * 100_000, "kaart.json", KAART_DOMAINS)
    assert report.file_problem == "bad_json"
