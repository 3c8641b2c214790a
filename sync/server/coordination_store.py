"""A match's coordination at the inbox: contact confirmed by each side, the open proposal
for a regisseur, the agreed one and until when, and whether the CJG escalated it.

Per match nothing else is kept: steps, dates and organisation names (an organisation of
one of the two enrolled professionals, or the third one a laptop named). Sides are ``a``
and ``b`` as in ``match``; each side is told them relative to itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sync.protocol.coordination import Coordination, working_days_after
from sync.protocol.models import Policy
from sync.server.access_log import LogRow

if TYPE_CHECKING:
    from sync.server.repository import Tx
    from sync.server.rows import Incoming

# The coordination columns, in the order ``matches_for_device`` reads them.
COLUMNS = ("contact_a", "contact_b", "proposal_id", "proposal_by", "proposal_side",
           "proposal_org", "proposal_kaart", "proposal_until", "proposed_on", "agreed_side",
           "agreed_org", "agreed_kaart", "agreed_until", "agreed_on", "escalated_on")


def other_side(side: str) -> str:
    return "b" if side == "a" else "a"


def apply_step(c: Tx, item: Incoming) -> tuple[str | None, LogRow]:
    """One verified coordination step of one side of a match, stored with its envelope (so
    that a retry is a duplicate). The refusal's code, or None; and the log row."""
    step = item.step
    assert isinstance(step, Coordination)
    refused = _apply(c, item.device_id, step)
    if refused is None:
        c.execute("INSERT INTO envelope (id, device_id, kind, digest, received_at, receipt,"
                  " status, payload) VALUES (?, ?, 'coordination', ?, ?, ?, 'done', '')",
                  (item.envelope_id, item.device_id, item.digest, item.received_at,
                   item.receipt))
    outcome = f"success:{step.step}" if refused is None else f"rejected:{refused}"
    return refused, LogRow("U", item.device_id, "device", "", f"match:{step.match_id}",
                           item.received_at, outcome=outcome)


def _apply(c: Tx, device_id: str, step: Coordination) -> str | None:
    row = c.execute("SELECT a_device, b_device, ended_on FROM match WHERE match_id = ?",
                    (step.match_id,)).fetchone()
    if row is None or device_id not in (row[0], row[1]):
        return "not_your_match"
    if row[2] is not None:
        return "match_ended"
    me = "a" if device_id == row[0] else "b"
    c.execute("INSERT INTO coordination (match_id) VALUES (?) ON CONFLICT DO NOTHING",
              (step.match_id,))
    day = step.on.isoformat()
    if step.step == "contact":
        c.execute(f"UPDATE coordination SET contact_{me} = ? WHERE match_id = ?",
                  (day, step.match_id))
        return None
    if step.step == "propose":
        assert step.regisseur is not None and step.until is not None
        side = {"mine": me, "yours": other_side(me), "third": "third"}[step.regisseur.side]
        organisation = step.regisseur.organisation or _organisation(
            c, row[0] if side == "a" else row[1])
        c.execute("UPDATE coordination SET proposal_id = ?, proposal_by = ?,"
                  " proposal_side = ?, proposal_org = ?, proposal_kaart = ?,"
                  " proposal_until = ?, proposed_on = ? WHERE match_id = ?",
                  (step.proposal_id, me, side, organisation, step.regisseur.kaart_key,
                   step.until.isoformat(), day, step.match_id))
        return None
    open_id, by = c.execute("SELECT proposal_id, proposal_by FROM coordination"
                            " WHERE match_id = ?", (step.match_id,)).fetchone()
    if open_id != step.proposal_id or by == me:
        return "not_open_proposal"
    c.execute("UPDATE coordination SET agreed_side = proposal_side, agreed_org = proposal_org,"
              " agreed_kaart = proposal_kaart, agreed_until = proposal_until, agreed_on = ?,"
              " proposal_id = NULL, proposal_by = NULL, proposal_side = NULL,"
              " proposal_org = NULL, proposal_kaart = NULL, proposal_until = NULL,"
              " proposed_on = NULL WHERE match_id = ?", (day, step.match_id))
    return None


def _organisation(c: Tx, device_id: str) -> str:
    row = c.execute("SELECT organisation FROM device WHERE id = ?", (device_id,)).fetchone()
    return str(row[0]) if row else ""


# -- stalled matches, escalation and the month's figures ---------------------------------
@dataclass(frozen=True)
class Terms:
    """From the profile's policy: working days for contact, and for a regisseur."""

    contact: int
    regie: int


def terms_of(policy: Policy) -> Terms:
    return Terms(policy.contact_working_days, policy.regie_working_days)


@dataclass(frozen=True)
class OpenMatch:
    """A match as the CJG's own view lists it: no envelope, no person."""

    match_id: str
    how: str
    matched_at: str
    organisations: tuple[str, str]
    contact: tuple[str | None, str | None]
    agreed_org: str | None
    agreed_until: str | None
    ended_on: str | None
    escalated_on: str | None

    def working_days(self, today: date) -> int:
        return working_days_after(date.fromisoformat(self.matched_at[:10]), today)

    def stalled(self, today: date, terms: Terms) -> str | None:
        """Why it stalls: ``no_contact`` or ``no_regisseur`` past its term; None."""
        if self.ended_on is not None:
            return None
        days = self.working_days(today)
        if None in self.contact and days > terms.contact:
            return "no_contact"
        if self.agreed_org is None and days > terms.regie:
            return "no_regisseur"
        return None


_OPEN_MATCHES = (
    "SELECT m.match_id, m.how, m.matched_at, da.organisation, db.organisation,"
    " c.contact_a, c.contact_b, c.agreed_org, c.agreed_until, m.ended_on, c.escalated_on"
    " FROM match m JOIN device da ON da.id = m.a_device JOIN device db ON db.id = m.b_device"
    " LEFT JOIN coordination c ON c.match_id = m.match_id")


def _open_match(r: Any) -> OpenMatch:
    return OpenMatch(str(r[0]), str(r[1]), str(r[2]), (str(r[3]), str(r[4])),
                     (_text(r[5]), _text(r[6])), _text(r[7]), _text(r[8]), _text(r[9]),
                     _text(r[10]))


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def stalled_matches(c: Tx, today: date, terms: Terms) -> list[tuple[OpenMatch, str]]:
    """Matches still open past a term without contact or regisseur, oldest first. Only
    those made at least ``contact`` calendar days ago can be (a working day is a day)."""
    before = (today - timedelta(days=min(terms.contact, terms.regie))).isoformat()
    rows = c.execute(_OPEN_MATCHES + " WHERE m.ended_on IS NULL AND m.matched_at < ?"
                     " ORDER BY m.matched_at, m.match_id", (before,)).fetchall()
    found = [(match, match.stalled(today, terms)) for match in map(_open_match, rows)]
    return [(match, why) for match, why in found if why is not None]


def escalate(c: Tx, today: date, terms: Terms) -> list[tuple[OpenMatch, str]]:
    """Mark each stalled match not escalated before: both laptops are told at their next
    sync (the notice's ``escalated_on``); once per match."""
    due = [(m, why) for m, why in stalled_matches(c, today, terms) if m.escalated_on is None]
    for match, _why in due:
        c.execute("INSERT INTO coordination (match_id) VALUES (?) ON CONFLICT DO NOTHING",
                  (match.match_id,))
        c.execute("UPDATE coordination SET escalated_on = ? WHERE match_id = ?",
                  (today.isoformat(), match.match_id))
    return due


def matches_made_in(c: Tx, first: date, after_last: date) -> list[OpenMatch]:
    rows = c.execute(_OPEN_MATCHES + " WHERE m.matched_at >= ? AND m.matched_at < ?"
                     " ORDER BY m.matched_at", (first.isoformat(), after_last.isoformat()))
    return [_open_match(r) for r in rows.fetchall()]
