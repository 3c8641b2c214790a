"""The month's figures on matches: made, contact confirmed (and the median days to it),
regisseur agreed, stalled, ended — as text, CSV and a one-page PDF.

Small numbers identify: a cell under 5 is shown as "< 5", never as its figure, and a
figure derived from such a cell (a rate, a median) is not shown either. The follow-up rate
is compared with the only anchor there is: the VIR's evaluation found about 60 % of
matches followed up.
"""

from __future__ import annotations

import csv
import io
import statistics
from dataclasses import dataclass
from datetime import date

from sync.server.coordination_store import OpenMatch, Terms

SMALL = 5
VIR_ANCHOR = 60     # per cent of matches followed up (the VIR's own evaluation)


@dataclass(frozen=True)
class MonthFigures:
    month: str                  # YYYY-MM
    as_of: date
    made: int
    contact: int                # both sides confirmed contact
    median_days: float | None   # from the match to the second confirmation
    agreed: int
    stalled: int                # escalated, or open past a term now
    ended: int

    def shown(self, value: int) -> str:
        return f"< {SMALL}" if value < SMALL else str(value)

    @property
    def rate(self) -> int | None:
        """Contact confirmed per match made, in whole per cents; None when either is small."""
        if self.made < SMALL or self.contact < SMALL:
            return None
        return round(100 * self.contact / self.made)

    @property
    def median_shown(self) -> str:
        if self.median_days is None or self.contact < SMALL:
            return "-"
        return f"{self.median_days:g}"


def month_bounds(month: str) -> tuple[date, date]:
    """``YYYY-MM`` → its first day and the first day after it; ValueError otherwise."""
    try:
        year, number = (int(part) for part in month.split("-"))
        first = date(year, number, 1)
    except ValueError:
        raise ValueError("--month: give a month as YYYY-MM, e.g. 2026-12") from None
    if len(month) != 7:
        raise ValueError("--month: give a month as YYYY-MM, e.g. 2026-12")
    after = date(year + 1, 1, 1) if number == 12 else date(year, number + 1, 1)
    return first, after


def figures(month: str, matches: list[OpenMatch], as_of: date, terms: Terms) -> MonthFigures:
    confirmed = [m for m in matches if None not in m.contact]
    days = [(date.fromisoformat(max(str(c) for c in m.contact)[:10])
             - date.fromisoformat(m.matched_at[:10])).days for m in confirmed]
    return MonthFigures(
        month=month, as_of=as_of, made=len(matches), contact=len(confirmed),
        median_days=statistics.median(days) if days else None,
        agreed=sum(1 for m in matches if m.agreed_org is not None),
        stalled=sum(1 for m in matches
                    if m.escalated_on is not None or m.stalled(as_of, terms) is not None),
        ended=sum(1 for m in matches if m.ended_on is not None))


LABELS = {
    "nl": {"title": "Matches in {month}", "as_of": "stand op {day}",
           "made": "matches gemaakt", "contact": "contact bevestigd door beide kanten",
           "median": "mediaan dagen tot contact", "agreed": "regisseur afgesproken",
           "stalled": "vastgelopen (geëscaleerd of over de termijn)", "ended": "beëindigd",
           "rate": "opvolging (contact per match)",
           "anchor": "de evaluatie van de VIR vond ongeveer {anchor} %",
           "small": "Een aantal onder de 5 staat er als \"< 5\"."},
    "en": {"title": "Matches in {month}", "as_of": "as of {day}",
           "made": "matches made", "contact": "contact confirmed by both sides",
           "median": "median days to contact", "agreed": "regisseur agreed",
           "stalled": "stalled (escalated or past the term)", "ended": "ended",
           "rate": "follow-up (contact per match)",
           "anchor": "the VIR's evaluation found about {anchor} %",
           "small": "A count under 5 is shown as \"< 5\"."},
}


def rows(f: MonthFigures, language: str) -> list[tuple[str, str]]:
    """(label, value) in the report's order; every count through ``shown``."""
    words = LABELS[language]
    rate = "-" if f.rate is None else f"{f.rate} %"
    return [(words["made"], f.shown(f.made)), (words["contact"], f.shown(f.contact)),
            (words["median"], f.median_shown), (words["agreed"], f.shown(f.agreed)),
            (words["stalled"], f.shown(f.stalled)), (words["ended"], f.shown(f.ended)),
            (words["rate"], rate)]


def as_text(f: MonthFigures, municipality: str, language: str) -> str:
    words = LABELS[language]
    lines = [f"{words['title'].format(month=f.month)} — {municipality} "
             f"({words['as_of'].format(day=f.as_of.isoformat())})"]
    table = rows(f, language)
    width = max(len(label) for label, _ in table)
    lines += [f"  {label.ljust(width)}  {value}" for label, value in table]
    lines.append(f"  ({words['anchor'].format(anchor=VIR_ANCHOR)})")
    lines.append(words["small"])
    return "\n".join(lines) + "\n"


def as_csv(f: MonthFigures, language: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["month", "figure", "value"])
    keys = ("made", "contact", "median_days", "agreed", "stalled", "ended", "rate")
    for key, (_label, value) in zip(keys, rows(f, language), strict=True):
        writer.writerow([f.month, key, value])
    return out.getvalue()
