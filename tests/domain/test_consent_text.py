"""The consent text tells the parents what a signal holds — exactly what the protocol lets
a signal hold. A field added to the signal fails here until the text says it."""

from __future__ import annotations

from datetime import date

import pytest

from stap0_desktop.domain.consent import CONSENT_TEXT_VERSION
from stap0_desktop.domain.consent_text import consent_text
from sync.protocol.models import Signal, SignalPerson


def _text(language: str) -> str:
    return consent_text(language, recipient="het CJG van Gemeente Demostad",
                        professional="Tess", organisation="JGZ", people=["Sanne (ouder)"],
                        valid_until=date(2027, 1, 1)).text


def test_the_text_is_written_for_what_a_signal_holds() -> None:
    assert set(Signal.model_fields) == {"version", "people", "signalled_on", "domains",
                                        "judgement", "ends_on", "consent_ref"}
    assert set(SignalPerson.model_fields) == {"ref", "role", "pseudonym", "parent_refs"}
    assert CONSENT_TEXT_VERSION == "2026-2"


@pytest.mark.parametrize(("language", "says", "never"), [
    ("nl", ["een code die deze laptop met een aparte dienst uit het BSN maakt",
            "het CJG kan er het BSN niet uit terughalen", "Het bevat geen BSN, geen namen, "
            "geen geboortedatum, geen adres"], ["rol, BSN", "geboortejaar"]),
    ("en", ["a code this laptop makes from the BSN with a separate service",
            "the CJG cannot get the BSN back from it", "It holds no BSN, no names, no date "
            "of birth, no address"], ["role, BSN", "year of birth"]),
])
def test_the_text_says_no_bsn_leaves(language: str, says: list[str], never: list[str]) -> None:
    text = " ".join(_text(language).split())
    for words in says:
        assert words in text
    for words in never:
        assert words not in text
