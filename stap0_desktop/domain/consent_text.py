"""The exact text a parent is shown before consenting (AVG art. 7: informed, specific).

The text is data with a version: the consent record keeps the version and the SHA-256 of
exactly what was shown, in the language it was shown in, and the printout repeats it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stap0_desktop.domain.consent import CONSENT_TEXT_VERSION, text_hash

_TEXT = {
    "nl": (
        "Toestemming om een zorg te delen met {recipient}\n\n"
        "{professional} ({organisation}) maakt zich samen met u zorgen over hoe het gaat "
        "en wil daarom een kort zorgsignaal sturen naar {recipient}. Het doel is dat hulp "
        "op tijd begint en dat professionals die ook bij uw gezin betrokken zijn elkaar "
        "kunnen vinden.\n\n"
        "Het signaal bevat alleen: voor wie het is (of het om een ouder, kind of "
        "ongeboren kind gaat, en per persoon een code die deze laptop met een aparte "
        "dienst uit het BSN maakt; het CJG kan er het BSN niet uit terughalen), wie het "
        "stuurt (naam, organisatie, telefoon, e-mail), op welke leefgebieden de zorg ligt, "
        "hoe groot de zorg is (verhoogd of hoog) en tot wanneer het geldt. Het bevat geen "
        "BSN, geen namen, geen geboortedatum, geen adres en geen aantekeningen of "
        "gespreksverslagen.\n\n"
        "Heeft een andere professional ook een zorg over uw gezin gemeld, dan krijgen wij "
        "elkaars naam en telefoonnummer, zodat we samen met u één plan kunnen maken.\n\n"
        "Deze toestemming geldt voor: {people}. Zij geldt tot en met {valid_until}. U kunt "
        "haar altijd intrekken, even gemakkelijk als u haar geeft: zeg het tegen "
        "{professional}. Wat nog niet verstuurd is, wordt dan verwijderd; wat al verstuurd "
        "is, wordt bij het CJG ingetrokken."
    ),
    "en": (
        "Consent to share a worry with {recipient}\n\n"
        "{professional} ({organisation}) shares a worry with you about how things are going "
        "and would like to send a short signal to {recipient}. The aim is that help starts "
        "in time and that professionals who are also involved with your family can find "
        "each other.\n\n"
        "The signal holds only: whom it concerns (whether a parent, a child or an unborn "
        "child, and for each person a code this laptop makes from the BSN with a separate "
        "service; the CJG cannot get the BSN back from it), who sends it (name, "
        "organisation, phone, e-mail), in which areas of life the worry lies, how great it "
        "is (raised or high) and until when it applies. It holds no BSN, no names, no date "
        "of birth, no address and no notes or records of what was said.\n\n"
        "If another professional has also shared a worry about your family, we receive "
        "each other's name and phone number, so that we can make one plan with you.\n\n"
        "This consent applies to: {people}. It is valid up to and including {valid_until}. "
        "You can withdraw it at any time, as easily as you give it: tell {professional}. "
        "What has not been sent yet is then deleted; what has been sent is withdrawn at "
        "the CJG."
    ),
}


@dataclass(frozen=True)
class ConsentText:
    version: str
    language: str
    text: str

    @property
    def sha256(self) -> str:
        return text_hash(self.text)


def consent_text(language: str, *, recipient: str, professional: str, organisation: str,
                 people: list[str], valid_until: date) -> ConsentText:
    template = _TEXT.get(language, _TEXT["nl"])
    text = template.format(recipient=recipient, professional=professional,
                           organisation=organisation or "—", people=", ".join(people),
                           valid_until=valid_until.strftime("%d-%m-%Y"))
    return ConsentText(CONSENT_TEXT_VERSION, language if language in _TEXT else "nl", text)


HANDOVER_TEXT_VERSION = "2026-1-overdracht"
_HANDOVER_TEXT = {
    "nl": (
        "Toestemming om uw dossier over te dragen aan {recipient}\n\n"
        "{professional} ({organisation}) draagt de zorg voor uw gezin over aan {recipient}, "
        "zodat de hulp doorgaat zonder dat u alles opnieuw hoeft te vertellen (een warme "
        "overdracht).\n\n"
        "Wat meegaat: {what}. Alleen dit — en alleen naar {recipient}. Het gaat versleuteld "
        "via het CJG, dat het niet kan lezen en het weggooit zodra het is opgehaald (of na "
        "30 dagen).\n\n"
        "U mag er uw eigen reactie bij schrijven; die gaat ongewijzigd mee.\n\n"
        "Deze toestemming geldt voor: {people}, en alleen voor deze overdracht, tot en met "
        "{valid_until}. U kunt haar intrekken zolang er nog niets verstuurd is: zeg het "
        "tegen {professional}."
    ),
    "en": (
        "Consent to hand your file over to {recipient}\n\n"
        "{professional} ({organisation}) hands the care for your family over to "
        "{recipient}, so that help goes on without you having to tell everything again (a "
        "warm handover).\n\n"
        "What goes: {what}. Only this — and only to {recipient}. It travels encrypted via "
        "the CJG, which cannot read it and deletes it once it is collected (or after 30 "
        "days).\n\n"
        "You may add your own reaction; it goes along unchanged.\n\n"
        "This consent applies to: {people}, and only to this handover, up to and including "
        "{valid_until}. You can withdraw it as long as nothing has been sent: tell "
        "{professional}."
    ),
}


def handover_consent_text(language: str, *, recipient: str, professional: str,
                          organisation: str, people: list[str], what: str,
                          valid_until: date) -> ConsentText:
    """The text the parents read before consenting to this one transfer."""
    template = _HANDOVER_TEXT.get(language, _HANDOVER_TEXT["nl"])
    text = template.format(recipient=recipient, professional=professional,
                           organisation=organisation or "—", people=", ".join(people),
                           what=what, valid_until=valid_until.strftime("%d-%m-%Y"))
    return ConsentText(HANDOVER_TEXT_VERSION, language if language in _HANDOVER_TEXT else "nl",
                       text)
