"""A signal as the CJG will see it: every field that leaves the laptop, and nothing else.

Used by the preview before sending, by the family's list of signals and by the printout
for the parents. The labels are translated; the values are the payload's own.
"""

from __future__ import annotations

import json

from stap0_desktop.domain.outbox import SignalState
from stap0_desktop.domain.signal_payload import Person, PersonRole, SignalPayload, wire_form
from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.documents.html_parts import esc, label_rows, paragraph


def role_label(role: PersonRole) -> str:
    return {
        PersonRole.CHILD: translate("SignalPreview", "child"),
        PersonRole.UNBORN: translate("SignalPreview", "unborn child"),
        PersonRole.PARENT: translate("SignalPreview", "parent"),
        PersonRole.ADULT_CLIENT: translate("SignalPreview", "adult client"),
    }[role]


def judgement_label(value: str) -> str:
    return {"raised": translate("SignalPreview", "raised"),
            "high": translate("SignalPreview", "high")}.get(value, value)


def state_label(state: SignalState) -> str:
    return {
        SignalState.WAITING: translate("SignalPreview", "waiting for a connection"),
        SignalState.SENDING: translate("SignalPreview", "sending"),
        SignalState.RECEIVED: translate("SignalPreview", "received by the CJG"),
        SignalState.REFUSED: translate("SignalPreview", "refused by the CJG"),
        SignalState.WITHDRAWAL_WAITING: translate("SignalPreview", "being withdrawn"),
        SignalState.WITHDRAWN: translate("SignalPreview", "withdrawn"),
        SignalState.EXPIRED: translate("SignalPreview", "expired"),
    }[state]


def person_text(person: Person) -> str:
    parts = [role_label(person.role)]
    if person.bsn:
        parts.append(translate("SignalPreview", "a pseudonym of BSN {bsn} (the BSN itself "
                                                "never leaves)").format(bsn=person.bsn))
    if person.parent_refs:
        parts.append(translate("SignalPreview", "parents: {refs}").format(
            refs=", ".join(person.parent_refs)))
    return f"{person.ref}: " + ", ".join(parts)


def plain_person_text(person: Person) -> str:
    """A person as parents read it: no references, no codes."""
    if person.role is PersonRole.UNBORN and person.expected_date:
        text = translate("SignalPreview", "unborn child, expected {date}").format(
            date=shown_date(person.expected_date))
    elif person.birth_year:
        text = translate("SignalPreview", "{role}, born in {year}").format(
            role=role_label(person.role), year=person.birth_year)
    else:
        text = role_label(person.role)
    if person.bsn:
        text += " — " + translate("SignalPreview", "BSN {bsn}: only a code made from it "
                                                   "leaves the laptop").format(bsn=person.bsn)
    return text[0].upper() + text[1:]


def preview_rows(payload: SignalPayload, domain_titles: dict[str, str],
                 plain: bool = False) -> list[tuple[str, str]]:
    """(label, value) for every field of the payload, in the order the CJG reads them;
    ``plain``: in words for the parents' printout (no references, codes or hashes)."""
    sender = translate("SignalPreview", "you, as enrolled at the CJG (name, organisation "
                                        "and work contact)")
    if plain:
        domains = ", ".join(domain_titles.get(code, code) for code in payload.domains)
        people = "\n".join(plain_person_text(p) for p in payload.people)
    else:
        domains = ", ".join(f"{code} ({domain_titles[code]})" if code in domain_titles
                            else code for code in payload.domains)
        people = "\n".join(person_text(p) for p in payload.people)
    rows = [
        (translate("SignalPreview", "Concerns"), people),
        (translate("SignalPreview", "Sent by"), sender),
        (translate("SignalPreview", "Date"), shown_date(payload.signalled_on)),
        (translate("SignalPreview", "Domains of the worry"), domains),
        (translate("SignalPreview", "Judgement"), judgement_label(payload.judgement)),
        (translate("SignalPreview", "Ends on"), shown_date(payload.ends_on)),
    ]
    if not plain:
        rows.append((translate("SignalPreview", "Consent reference"), payload.consent_ref))
    return rows


def preview_html(payload: SignalPayload, domain_titles: dict[str, str],
                 with_json: bool = True, plain: bool = False) -> str:
    only = translate("SignalPreview", "No names, no address, no notes: only these fields.")
    text = (label_rows(preview_rows(payload, domain_titles, plain), skip_empty=False)
            + paragraph(only))
    if with_json:
        placeholder = translate("SignalPreview", "«pseudonym, made when sending»")
        exact = json.dumps(wire_form(payload, lambda _bsn: placeholder), indent=1,
                           ensure_ascii=False)
        heading = translate("SignalPreview", "Exactly as sent (sealed for the CJG only):")
        text += paragraph(heading, style="b") + f"<pre>{esc(exact)}</pre>"
    return text
