"""A handover package in words: the sender's preview (exactly what travels), the
receiver's view before accepting, and the parents' printout (what was sent, to whom,
when, and their own reaction). One renderer, so that all three say the same."""

from __future__ import annotations

from stap0_desktop.domain.assessment import Level
from stap0_desktop.domain.handover import HandoverMember, HandoverPackage
from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.checklist.trend_dialog import level_label
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.documents.html_parts import bullets, esc, esc_lines, heading, label_rows


def _role(role: str) -> str:
    return {"parent": translate("Handover", "parent"),
            "child": translate("Handover", "child"),
            "unborn": translate("Handover", "unborn child"),
            "adult_client": translate("Handover", "adult client")}.get(role, role)


def package_html(package: HandoverPackage, receiver: str = "") -> str:
    """Everything in the package, nothing else; ``receiver`` named when known."""
    family = package.family
    parts = [heading(2, translate("Handover", "Handover of {family}").format(
        family=family.name))]
    address = ", ".join(p for p in (family.street_address,
                                    f"{family.postcode} {family.city}".strip(), family.wijk)
                        if p)
    parts.append(label_rows([
        (translate("Handover", "From"), package.sender.summary()),
        (translate("Handover", "To"), receiver),
        (translate("Handover", "Date"), shown_date(package.sent_on)),
        (translate("Handover", "Address"), address)]))
    parts.append(heading(3, translate("Handover", "Members")))
    parts.append(bullets(_member_line(m) for m in package.members))
    if package.checklist is not None:
        parts += _checklist(package)
    if package.referrals or package.coordination:
        parts.append(heading(3, translate("Handover", "Plan")))
        parts.append(bullets(
            [f"{r.offer} — {r.organisation}" + (f" ({r.contact})" if r.contact else "")
             for r in package.referrals]
            + [translate("Handover", "With {organisation}; regisseur: {regisseur}").format(
                organisation=c.with_organisation, regisseur=c.regisseur or "—")
               for c in package.coordination]))
    if package.notes:
        parts.append(heading(3, translate("Handover", "Notes")))
        parts += [f"<p><i>{esc(shown_date(n.written_on))}</i><br>{esc_lines(n.text)}</p>"
                  for n in package.notes]
    consent = package.consent
    parts.append(heading(3, translate("Handover", "The parents' consent")))
    parts.append(label_rows([
        (translate("Handover", "Given by"), consent.given_by),
        (translate("Handover", "Recorded by"), consent.recorded_by),
        (translate("Handover", "Valid until"), shown_date(consent.valid_until))]))
    parts.append(heading(3, translate("Handover", "The parents' own reaction")))
    reaction = (esc_lines(package.reaction) if package.reaction
                else esc(translate("Handover", "None.")))
    parts.append(f"<p>{reaction}</p>")
    return "".join(parts)


def _checklist(package: HandoverPackage) -> list[str]:
    checklist = package.checklist
    assert checklist is not None
    parts = [heading(3, translate("Handover", "Checklist: {title} ({date})").format(
        title=checklist.title, date=shown_date(checklist.filled_in_on)))]
    level = level_label(Level(checklist.judgement)) if checklist.judgement else "—"
    parts.append(label_rows([(translate("Handover", "Judgement"), level),
                             (translate("Handover", "Reason"), checklist.reason)]))
    for domain in checklist.domains:
        if not (domain.risks or domain.protective):
            continue
        parts.append(f"<p><b>{esc(domain.title)}</b></p>")
        parts.append(label_rows([(translate("Handover", "Burden"), "\n".join(domain.risks)),
                                 (translate("Handover", "Strengths"),
                                  "\n".join(domain.protective))]))
    return parts


def _member_line(member: HandoverMember) -> str:
    name = " ".join(p for p in (member.given_name, member.family_name) if p)
    details = [_role(member.role.value)]
    if member.birth_date:
        details.append(translate("Handover", "born {date}").format(
            date=shown_date(member.birth_date)))
    if member.expected_date:
        details.append(translate("Handover", "expected {date}").format(
            date=shown_date(member.expected_date)))
    if member.bsn:
        details.append(translate("Handover", "BSN {bsn}").format(bsn=member.bsn))
    return (f"{name} — " if name else "") + ", ".join(details)


def printout_html(package: HandoverPackage, receiver: str, sent_on: str) -> str:
    """For the parents: what was sent, to whom, when — and their reaction, as given."""
    intro = "<p>" + esc(translate(
        "Handover", "This is what {professional} handed over to {receiver} on {date}, with "
                    "your consent. Only this was sent, encrypted; the CJG could not read it."
    ).format(professional=package.sender.name, receiver=receiver, date=sent_on)) + "</p>"
    return intro + package_html(package, receiver)


__all__ = ["package_html", "printout_html"]
