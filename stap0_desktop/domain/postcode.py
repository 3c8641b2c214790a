"""Dutch postcodes: four digits (the first not 0) and two letters, written "1071 LP".

The letters SA, SD and SS are never given out (PostNL); the rule here checks the form
only, which is what catches a typing slip at the kitchen table ("10171 LP", "1071LPP").
"""

from __future__ import annotations

import re

_POSTCODE = re.compile(r"([1-9][0-9]{3})\s?([A-Za-z]{2})")


def normal_postcode(text: str) -> str | None:
    """``text`` written as a Dutch postcode ("1071lp" -> "1071 LP"); "" for nothing typed;
    None when it is not one."""
    typed = text.strip()
    if not typed:
        return ""
    found = _POSTCODE.fullmatch(typed)
    if found is None:
        return None
    return f"{found.group(1)} {found.group(2).upper()}"
