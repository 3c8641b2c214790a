"""Reading a municipality's sociale-kaart export (CSV or JSON) into entries, with every bad
row reported by its line number and reason — never a silent half-import.

CSV comes from Excel as often as not: UTF-8 with or without a BOM, Windows-1252, UTF-16,
separated by ``;`` or ``,``. Column names are Dutch (``organisatie``, ``aanbod``, …) or
English (``organisation``, ``offer``, …).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError

from sync.protocol.kaart_entry import KaartEntry, derived_key

COLUMNS: dict[str, tuple[str, ...]] = {
    "key": ("id", "key", "sleutel"),
    "organisation": ("organisatie", "organisation"),
    "offer": ("aanbod", "offer"),
    "description": ("omschrijving", "description"),
    "age_min": ("leeftijd_van", "age_min"),
    "age_max": ("leeftijd_tot", "age_max"),
    "from_pregnancy": ("vanaf_zwangerschap", "from_pregnancy"),
    "domains": ("leefgebieden", "domains"),
    "gemeente": ("gemeente", "municipality"),
    "wijk": ("wijk", "district"),
    "how_to_refer": ("verwijzen", "how_to_refer"),
    "contact_person": ("contactpersoon", "contact_person"),
    "phone": ("telefoon", "phone"),
    "email": ("email", "e-mail", "e_mail"),
    "address": ("adres", "address"),
    "opening_hours": ("openingstijden", "opening_hours"),
    "overleg": ("overleg", "consultation"),
    "last_verified": ("laatst_gecontroleerd", "last_verified"),
}
REQUIRED = ("organisation", "offer", "gemeente")
_ALIASES = {alias: name for name, aliases in COLUMNS.items() for alias in aliases}
_LIST_SPLIT = re.compile(r"\s*[|;,]\s*")
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class RowProblem:
    line: int            # the line in the file (CSV) or the entry's number (JSON)
    field: str           # the column as the file names it, or "" for the whole row
    code: str            # e.g. phone_invalid, missing, not_a_number, duplicate
    value: str = ""      # what the cell holds (shortened), so it can be found and fixed


@dataclass
class ImportReport:
    entries: list[KaartEntry] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    file_problem: str | None = None       # empty, not_text, missing_column:<name>, …
    encoding: str = ""
    rows: int = 0
    columns: dict[str, str] = field(default_factory=dict)  # field → column as in the file

    def column(self, name: str) -> str:
        """The file's own name for a field (``telephone``), else its Dutch name."""
        return self.columns.get(name, COLUMNS[name][0] if name in COLUMNS else name)

    @property
    def ok(self) -> bool:
        return self.file_problem is None and not self.problems


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in (BOMs first, then UTF-8, then Windows-1252)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data:
        raise ValueError("not_text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _UTF8_SEQUENCE.search(data):  # UTF-8 elsewhere: one bad byte, not Windows-1252
            raise BadByte(data.count(b"\n", 0, exc.start) + 1) from None
        return data.decode("cp1252", errors="strict"), "cp1252"


class BadByte(ValueError):
    """A UTF-8 file with a byte that is not UTF-8, on ``line``."""

    def __init__(self, line: int) -> None:
        super().__init__(f"bad byte on line {line}")
        self.line = line


# A multi-byte UTF-8 character: a file holding one is UTF-8, whatever else it holds.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")


def parse_kaart(data: bytes, name: str = "", known_domains: set[str] | None = None,
                ) -> ImportReport:
    """CSV or JSON, by content (a JSON file starts with ``[`` or ``{``)."""
    report = ImportReport()
    if len(data) > MAX_BYTES:
        report.file_problem = "too_large"
        return report
    try:
        text, report.encoding = decode(data)
    except BadByte as exc:
        report.file_problem = f"bad_byte:{exc.line}"
        return report
    except (ValueError, UnicodeDecodeError):
        report.file_problem = "not_text"
        return report
    if not text.strip():
        report.file_problem = "empty"
        return report
    if name.lower().endswith(".json") or text.lstrip()[:1] in ("[", "{"):
        rows = _json_rows(text, report)
    else:
        rows = _csv_rows(text, report)
    if report.file_problem is None:
        _to_entries(rows, report, known_domains)
    return report


def _csv_rows(text: str, report: ImportReport) -> list[tuple[int, dict[str, str]]]:
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    try:
        originals = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except csv.Error:
        report.file_problem = "unclosed_quote:1"
        return []
    header = [_column(h) for h in originals]
    for name, original in zip(header, originals, strict=True):
        report.columns.setdefault(name, original)
    unknown = [o for h, o in zip(header, originals, strict=True) if h and h not in COLUMNS]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        report.file_problem = f"missing_column:{COLUMNS[missing[0]][0]}"
        return []
    if unknown:
        report.problems.append(RowProblem(1, unknown[0], "unknown_column"))
    rows = []
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                report.problems.append(RowProblem(reader.line_num, "", "too_many_cells"))
                continue
            rows.append((reader.line_num,
                         {h: c for h, c in zip(header, cells, strict=False) if h}))
    except csv.Error:  # a cell over the limit: nearly always a quote that is never closed
        start = rows[-1][0] + 1 if rows else 2
        report.file_problem = f"unclosed_quote:{start}"
        return []
    return rows


def _json_rows(text: str, report: ImportReport) -> list[tuple[int, dict[str, str]]]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than any kaart
        report.file_problem = "bad_json"
        return []
    if isinstance(data, dict):
        data = data.get("entries", data.get("kaart"))
    if not isinstance(data, list):
        report.file_problem = "bad_json"
        return []
    rows = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            report.problems.append(RowProblem(number, "", "not_an_object"))
            continue
        for key in item:
            report.columns.setdefault(_column(str(key)), str(key))
        rows.append((number, {_column(str(k)): v for k, v in item.items()}))
    return rows


def _column(name: str) -> str:
    key = name.strip().lstrip("\ufeff").lower().replace(" ", "_")
    return _ALIASES.get(key, key)


def _to_entries(rows: list[tuple[int, dict[str, Any]]], report: ImportReport,
                known_domains: set[str] | None) -> None:
    seen: set[str] = set()
    report.rows = len(rows)
    for line, row in rows:
        try:
            values = _values(row)
        except _CellError as exc:
            report.problems.append(RowProblem(line, report.column(exc.column), exc.code,
                                              _shown(row.get(exc.column))))
            continue
        unknown = [d for d in values["domains"] if known_domains and d not in known_domains]
        if unknown:
            report.problems.append(RowProblem(line, report.column("domains"), "unknown_domain",
                                              _shown(", ".join(unknown))))
            continue
        try:
            entry = KaartEntry.model_validate(values)
        except ValidationError as exc:
            error = exc.errors()[0]
            column = str(error["loc"][0]) if error["loc"] else ""
            code = "missing" if error["type"] in ("string_too_short", "missing") else str(
                error["type"])
            value = "" if code == "missing" else _shown(row.get(column, error.get("input")))
            report.problems.append(RowProblem(line, report.column(column), code, value))
            continue
        if entry.key in seen:
            report.problems.append(RowProblem(line, "", "duplicate", _shown(entry.key)))
            continue
        seen.add(entry.key)
        report.entries.append(entry)


def _shown(value: object, limit: int = 60) -> str:
    """A cell as it can be quoted in a message: one line, at most ``limit`` characters."""
    if value is None or isinstance(value, dict | list):
        return ""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _CellError(ValueError):
    def __init__(self, column: str, code: str) -> None:
        super().__init__(code)
        self.column, self.code = column, code


def _values(row: dict[str, Any]) -> dict[str, Any]:
    def text(name: str) -> str:
        value = row.get(name, "")
        return "" if value is None else str(value).strip()

    values: dict[str, Any] = {name: text(name) for name in COLUMNS if name in row}
    for name in REQUIRED:
        values.setdefault(name, "")
    for name in ("age_min", "age_max"):
        raw = text(name)
        values[name] = None
        if raw:
            if not re.fullmatch(r"\d{1,3}", raw):
                raise _CellError(name, "not_a_number")
            values[name] = int(raw)
    raw = text("from_pregnancy").lower()
    if raw not in ("", "ja", "nee", "yes", "no", "true", "false", "1", "0", "j", "n"):
        raise _CellError("from_pregnancy", "not_yes_no")
    values["from_pregnancy"] = raw in ("ja", "yes", "true", "1", "j")
    for name in ("domains", "overleg"):
        value = row.get(name)
        items = value if isinstance(value, list) else _LIST_SPLIT.split(text(name))
        values[name] = [str(i).strip() for i in items if str(i).strip()]
    raw = text("last_verified")
    values["last_verified"] = _date(raw) if raw else None
    values["key"] = text("key") or derived_key(values["organisation"], values["offer"],
                                               values["gemeente"], values.get("wijk", ""))
    return values


def _date(raw: str) -> date:
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise _CellError("last_verified", "not_a_date")
