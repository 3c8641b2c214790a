"""A match's coordination in words — for the family's match banner, its Plan tab and the
overview alike: who made contact, who coordinates until when, what is proposed, what the
municipality proposes, and what the CJG refused."""

from __future__ import annotations

from datetime import date

from stap0_desktop.domain.coordination import MatchRegie, RegieDue, RegisseurNamed
from stap0_desktop.i18n.messages import describe_envelope_refusal
from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.common.qt_dates import shown_date


def kind_label(kind: str) -> str:
    """An organisation kind as the municipality's rules name it."""
    return {
        "jgz": translate("Regie", "youth health care (JGZ)"),
        "verloskunde": translate("Regie", "midwifery"),
        "schuldhulp": translate("Regie", "debt counselling"),
        "amw": translate("Regie", "general social work (AMW)"),
        "wijkteam": translate("Regie", "neighbourhood team"),
        "ggz": translate("Regie", "mental health care (GGZ)"),
        "verslavingszorg": translate("Regie", "addiction care"),
        "cjg": translate("Regie", "the CJG"),
        "overig": translate("Regie", "another organisation"),
    }.get(kind, kind)


def regisseur_line(regisseur: RegisseurNamed) -> str:
    """"Schuldhulp Demostad until 01-06-2027"."""
    return translate("Regie", "{organisation} until {until}").format(
        organisation=regisseur.organisation, until=shown_date(regisseur.until))


def agreed_line(regie: MatchRegie) -> str | None:
    """"Regisseur: Schuldhulp Demostad until 01-06-2027", once agreed (None before)."""
    agreed = regie.held.agreed
    if agreed is None:
        return None
    line = translate("Regie", "Regisseur: {regisseur}").format(
        regisseur=regisseur_line(agreed.regisseur))
    if regie.agreement_pending:
        line += " " + translate("Regie", "(being sent to the CJG)")
    return line


def contact_line(regie: MatchRegie, other: str) -> str:
    held = regie.held
    mine = (translate("Regie", "you on {date}").format(date=shown_date(held.contact_mine))
            if held.contact_mine else translate("Regie", "you not yet"))
    if regie.contact_pending:
        mine += " " + translate("Regie", "(being sent)")
    theirs = (translate("Regie", "{name} on {date}").format(
        name=other, date=shown_date(held.contact_theirs)) if held.contact_theirs
        else translate("Regie", "{name} not yet").format(name=other))
    return translate("Regie", "Contact: {mine} · {theirs}").format(mine=mine, theirs=theirs)


def regisseur_lines(regie: MatchRegie, other: str, *, with_reason: bool = True) -> list[str]:
    """The agreed regisseur, the open proposal and the municipality's proposal, in words
    (with the municipality's reason, unless ``with_reason`` is off)."""
    held, lines = regie.held, []
    agreed = agreed_line(regie)
    if agreed is not None:
        lines.append(agreed)
    proposal = held.proposal
    if proposal is not None and proposal.by == "other":
        lines.append(translate("Regie", "{name} proposes as regisseur: {regisseur}.").format(
            name=other, regisseur=regisseur_line(proposal.regisseur)))
    elif proposal is not None:
        waiting = (translate("Regie", "being sent to the CJG") if regie.proposal_pending
                   else translate("Regie", "waiting for {name}").format(name=other))
        lines.append(translate("Regie", "You proposed as regisseur: {regisseur} — {waiting}.")
                     .format(regisseur=regisseur_line(proposal.regisseur), waiting=waiting))
    suggestion = held.suggestion
    if suggestion is not None and held.agreed is None:
        who = suggestion.organisation or kind_label(suggestion.organisation_kind)
        line = translate("Regie", "The municipality proposes: {who}.").format(who=who)
        if suggestion.why and with_reason:
            line += f" {suggestion.why}"
        lines.append(line)
    if not lines:
        lines.append(translate("Regie", "No regisseur agreed yet."))
    return lines


def due_line(due: tuple[RegieDue, date] | None, today: date) -> str | None:
    if due is None:
        return None
    what, by = due
    text = (translate("Regie", "contact by {date}") if what is RegieDue.CONTACT
            else translate("Regie", "a regisseur by {date}")).format(date=shown_date(by))
    if by < today:
        text += " " + translate("Regie", "(overdue)")
    return text


def escalated_line(regie: MatchRegie) -> str | None:
    if regie.held.escalated_on is None:
        return None
    return translate("Regie", "The CJG reported this match as stalled on {date}.").format(
        date=shown_date(regie.held.escalated_on))


def refused_lines(regie: MatchRegie) -> list[str]:
    return [translate("Regie", "The CJG refused a step of yours: {reason}.").format(
        reason=describe_envelope_refusal(step.error or "?")) for step in regie.refused]
