"""After a match, at the inbox: contact, a regisseur proposed, a counter-proposal, agreement
— each side told relative to itself; refusals with codes; stalled matches escalated once;
the month's figures. On SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from sync.protocol.canonical import canonical
from sync.protocol.coordination import Regisseur
from sync.protocol.models import Withdrawal
from sync.server.coordination_store import Terms
from sync.server.regie_report import figures
from sync.server.regie_rules import RegieRules, RulesProblem, parse_rules
from tests.sync.harness import Device, Server, envelope, matched_family, notices, signal, step

MOTHER, CHILD = "999990032", "999990019"      # fictional BSNs from the test range
TODAY = date(2026, 11, 28)                     # the harness clock's day (a Saturday)
RULES = parse_rules(b"""
version = 1

[[rules]]
id = "ongeboren-kind"
when = "unborn"
propose = "jgz"
why = "Bij een ongeboren kind coordineert de JGZ."

[[rules]]
id = "alleen-volwassenen"
when = "adults_only"
propose = "amw"
""", "test")


@pytest.fixture
def inbox(tmp_path: Path, engine_url: str) -> Server:
    return Server(tmp_path, url=engine_url, rules=RULES)


def _matched(inbox: Server) -> tuple[Device, Device, str, str]:
    """A nurse (JGZ) signals a mother and her unborn child; a debt counsellor the mother."""
    nurse = inbox.enroll("Tess Verpleeg", "JGZ Demostad", "jgz")
    counsellor = inbox.enroll("Bram Schuldhulp", "Schuldhulp Demostad", "schuldhulp")
    mine = signal([{"ref": "u", "role": "unborn", "parent_refs": ["m"]},
                   {"ref": "m", "role": "parent", "bsn": MOTHER}], nurse)
    theirs = signal([{"ref": "a", "role": "adult_client", "bsn": MOTHER}], counsellor)
    first, second = envelope(inbox, nurse, mine), envelope(inbox, counsellor, theirs)
    assert inbox.push(nurse, first).status_code == 200
    assert inbox.push(counsellor, second).status_code == 200
    [notice] = notices(inbox, nurse)
    return nurse, counsellor, str(notice["match_id"]), first.header.id




def _coordination(inbox: Server, device: Device) -> dict[str, Any]:
    [notice] = notices(inbox, device)
    return dict(notice["coordination"])


def test_contact_proposal_counter_proposal_and_agreement(inbox: Server) -> None:
    nurse, counsellor, match_id, _ = _matched(inbox)
    start = _coordination(inbox, nurse)
    assert start["suggestion"] == {"rule": "ongeboren-kind", "organisation_kind": "jgz",
                                   "side": "mine", "organisation": "JGZ Demostad",
                                   "why": "Bij een ongeboren kind coordineert de JGZ."}
    assert _coordination(inbox, counsellor)["suggestion"]["side"] == "yours"

    assert step(inbox, nurse, match_id, "contact")["http"] == 200
    assert _coordination(inbox, nurse)["contact_mine"] == TODAY.isoformat()
    assert _coordination(inbox, counsellor)["contact_theirs"] == TODAY.isoformat()
    assert _coordination(inbox, counsellor)["contact_mine"] is None

    first = uuid.uuid4().hex
    until = (TODAY + timedelta(days=180)).isoformat()
    assert step(inbox, counsellor, match_id, "propose", proposal_id=first,
                 regisseur={"side": "mine"}, until=until)["http"] == 200
    seen = _coordination(inbox, nurse)["proposal"]
    assert seen == {"id": first, "by": "other", "proposed_on": TODAY.isoformat(),
                    "regisseur": {"side": "yours", "organisation": "Schuldhulp Demostad",
                                  "kaart_key": None, "until": until}}

    second = uuid.uuid4().hex
    assert step(inbox, nurse, match_id, "propose", proposal_id=second,
                 regisseur={"side": "third", "organisation": "Wijkteam Demostad Noord",
                            "kaart_key": "wijkteam-noord"}, until=until)["http"] == 200
    assert step(inbox, counsellor, match_id, "accept",
                 proposal_id=first)["error"] == "not_open_proposal"          # replaced
    assert step(inbox, nurse, match_id, "accept",
                 proposal_id=second)["error"] == "not_open_proposal"         # her own
    accepted = step(inbox, counsellor, match_id, "accept", proposal_id=second)
    assert accepted["http"] == 200 and accepted["receipt"]["status"] == "accepted"

    for device in (nurse, counsellor):
        held = _coordination(inbox, device)
        assert held["proposal"] is None and held["suggestion"] is None
        assert held["agreed"] == {"agreed_on": TODAY.isoformat(), "regisseur": {
            "side": "third", "organisation": "Wijkteam Demostad Noord",
            "kaart_key": "wijkteam-noord", "until": until}}
    again = inbox.push(counsellor, accepted["sealed"]).json()["results"][0]
    assert again["status"] == "duplicate"                   # exactly once: a retry is told so
    outcomes = [row["outcome"] for row in inbox.repo.access_log()
                if row["object_id"] == f"match:{match_id}"]
    assert outcomes == ["success:contact", "success:propose", "success:propose",
                        "rejected:not_open_proposal", "rejected:not_open_proposal",
                        "success:accept"]


def test_steps_about_a_match_that_is_not_yours_or_has_ended(inbox: Server) -> None:
    nurse, counsellor, match_id, nurse_signal = _matched(inbox)
    stranger = inbox.enroll("Sam Wijkteam", "Wijkteam Demostad", "wijkteam")
    refused = step(inbox, stranger, match_id, "contact")
    assert (refused["http"], refused["error"]) == (403, "not_your_match")
    assert step(inbox, nurse, uuid.uuid4().hex, "contact")["error"] == "not_your_match"

    withdrawal = envelope(inbox, nurse, canonical(Withdrawal(
        envelope_id=nurse_signal).model_dump(mode="json")), kind="withdrawal")
    assert inbox.push(nurse, withdrawal).status_code == 200
    ended = step(inbox, counsellor, match_id, "contact")
    assert (ended["http"], ended["error"]) == (409, "match_ended")
    [notice] = notices(inbox, counsellor)
    assert notice["ended_on"] is not None and notice["coordination"]["suggestion"] is None
    assert notices(inbox, nurse) == []                      # her signal is gone: no match


def test_a_step_that_is_not_a_step_is_refused_with_its_reason(inbox: Server) -> None:
    nurse, _counsellor, match_id, _ = _matched(inbox)
    for payload in (
            {"match_id": match_id, "step": "contact", "on": TODAY.isoformat(),
             "until": "2027-01-01"},                                      # contact has no term
            {"match_id": match_id, "step": "propose", "on": TODAY.isoformat(),
             "proposal_id": uuid.uuid4().hex, "regisseur": {"side": "third",
                                                             "organisation": "Tel 0612345678"},
             "until": "2027-01-01"},                                      # a phone number
            {"match_id": match_id, "step": "contact", "on": "2027-06-01"},  # in the future
            {"match_id": match_id, "step": "contact", "on": TODAY.isoformat(),
             "family": "Verhoeven"}):                                     # unknown field
        sealed = envelope(inbox, nurse, canonical(payload), kind="coordination")
        [result] = inbox.push(nurse, sealed).json()["results"]
        assert (result["status"], result["error"]) == ("rejected", "bad_payload"), payload
    assert _coordination(inbox, nurse)["contact_mine"] is None


def test_a_stalled_match_is_escalated_once_and_both_sides_are_told(inbox: Server) -> None:
    nurse, counsellor, match_id, _ = _matched(inbox)
    terms = Terms(contact=10, regie=20)
    assert inbox.repo.stalled(TODAY + timedelta(days=14), terms) == []     # 10 working days
    later = TODAY + timedelta(days=16)                     # Monday 14 December: 11 working days
    [(stalled, why)] = inbox.repo.stalled(later, terms)
    assert (stalled.match_id, why) == (match_id, "no_contact")
    assert [m.match_id for m, _ in inbox.repo.escalate(later, terms, "2026-12-14T09:00:00Z")] \
        == [match_id]
    assert inbox.repo.escalate(later + timedelta(days=1), terms, "2026-12-15T09:00:00Z") == []
    for device in (nurse, counsellor):
        assert _coordination(inbox, device)["escalated_on"] == later.isoformat()
    logged = [row for row in inbox.repo.access_log() if row["user_role"] == "escalate"]
    assert [(r["object_id"], r["outcome"]) for r in logged] == [
        (f"match:{match_id}", "success:no_contact")]
    step(inbox, nurse, match_id, "contact")
    step(inbox, counsellor, match_id, "contact")
    [(_, why)] = inbox.repo.stalled(TODAY + timedelta(days=30), terms)
    assert why == "no_regisseur"                                            # contact, no regie


def test_the_month_in_figures_hides_small_cells(inbox: Server) -> None:
    nurse = inbox.enroll("Tess Verpleeg", "JGZ Demostad", "jgz")
    counsellor = inbox.enroll("Bram Schuldhulp", "Schuldhulp Demostad", "schuldhulp")
    pairs = [(nurse, counsellor, matched_family(inbox, nurse, counsellor, index))
             for index in range(6)]
    for nurse, counsellor, match_id in pairs[:5]:
        step(inbox, nurse, match_id, "contact")
        step(inbox, counsellor, match_id, "contact")
    nurse, counsellor, match_id = pairs[0]
    proposal = uuid.uuid4().hex
    step(inbox, nurse, match_id, "propose", proposal_id=proposal,
          regisseur={"side": "mine"}, until="2027-06-01")
    step(inbox, counsellor, match_id, "accept", proposal_id=proposal)
    first = date(2026, 11, 1)
    month = figures("2026-11", inbox.repo.matches_made_in(first, date(2026, 12, 1)),
                    date(2027, 1, 4), Terms(10, 20))       # 26 working days after
    assert (month.made, month.contact, month.agreed, month.stalled) == (6, 5, 1, 5)
    assert month.rate == 83 and month.median_days == 0
    assert (month.shown(month.agreed), month.shown(month.made)) == ("< 5", "6")
    assert inbox.repo.matches_made_in(date(2026, 12, 1), date(2027, 1, 1)) == []


@pytest.mark.parametrize(("text", "field", "message"), [
    (b"version = 1\n[[rules]]\nid = 'a'\nwhen = 'toddler'\npropose = 'jgz'\n",
     "rules.0.when", "Input should be"),
    (b"version = 1\n[[rules]]\nid = 'a'\nwhen = 'any'\npropose = 'jgz'\ncolour = 1\n",
     "rules.0.colour", "Extra inputs are not permitted"),
    (b"version = 1\n[[rules]]\nid = 'a'\nwhen = 'any'\npropose = 'jgz'\n"
     b"[[rules]]\nid = 'a'\nwhen = 'child'\npropose = 'amw'\n", "rules",
     "rule ids must differ: a"),
    (b"version = 1\n[[rules]\n", "(file)", "invalid TOML"),
    (b"version = 2\nrules = []\n", "version", "Input should be 1"),
    (b"\xff\xfe", "(file)", "not UTF-8 text"),
])
def test_a_rules_file_that_cannot_be_used_says_where(text: bytes, field: str,
                                                     message: str) -> None:
    with pytest.raises(RulesProblem) as raised:
        parse_rules(text, "regie.toml")
    assert (raised.value.source, raised.value.field) == ("regie.toml", field)
    assert message in raised.value.message


def test_rules_propose_by_the_roles_of_the_match() -> None:
    rules: RegieRules = RULES
    jgz, amw = ("jgz", "JGZ Demostad"), ("amw", "Maatschappelijk werk Demostad")
    assert rules.suggest({"parent", "unborn"}, amw, jgz).side == "yours"     # type: ignore[union-attr]
    assert rules.suggest({"adult_client"}, jgz, amw).organisation == "Maatschappelijk werk Demostad"  # type: ignore[union-attr]
    assert rules.suggest({"child"}, jgz, amw) is None                      # no rule for it
    proposed = rules.suggest({"adult_client", "parent"}, jgz, ("ggz", "GGZ"))
    assert proposed is not None and (proposed.side, proposed.organisation_kind) == (None, "amw")
    Regisseur(side="third", organisation="Wijkteam Demostad (Noord)")      # a name passes
