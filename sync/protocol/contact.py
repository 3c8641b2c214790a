"""Phone numbers and e-mail addresses that can be right (Dutch numbers first)."""

from __future__ import annotations

import re

from pydantic_core import PydanticCustomError

_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-.]+$")


def phone_problem(text: str) -> str | None:
    """None when ``text`` can be a phone number; else ``phone_chars`` or ``phone_length``."""
    value = text.strip()
    if not _PHONE_CHARS.match(value):
        return "phone_chars"
    digits = re.sub(r"\D", "", value)
    if value.startswith("+"):
        ok = 8 <= len(digits) <= 15
    elif digits.startswith("0800") or digits.startswith("0900"):
        ok = 7 <= len(digits) <= 11          # service numbers: 0800-2000, 0800-1234567
    else:
        ok = len(digits) == 10 and digits.startswith("0")
    return None if ok else "phone_length"


def email_problem(text: str) -> str | None:
    value = text.strip()
    if len(value) > 200 or not _EMAIL.match(value):
        return "email_invalid"
    return None


def checked_phone(value: str) -> str:
    """A pydantic field validator's body: an empty or plausible number, else ``phone_invalid``."""
    if value and phone_problem(value):
        raise PydanticCustomError("phone_invalid", "this phone number cannot be right")
    return value
