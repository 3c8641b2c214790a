"""What a name typed at the kitchen table may not be: a number.

A BSN, a date or a phone number typed one field too early ends up as a name, and a name
travels where a BSN never does (a handover, a report for the parents, the screen). Four
digits in a row, spaces, dots and dashes left out, are no part of a Dutch name
("Kind 2" is; "12-03-2020" and "999990019" are not).
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"[0-9]{4,}")


def number_in_name(text: str) -> bool:
    return _NUMBER.search(re.sub(r"[\s.\-/]", "", text)) is not None
