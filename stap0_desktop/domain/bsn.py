"""The Dutch citizen service number (BSN) and its eleven test (elfproef).

A BSN has nine digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11,
and is never all zeros. Test and demo data use only the range 999 990 000 - 999 999 999,
which is kept for testing and never issued to a person.
"""

from __future__ import annotations

from enum import StrEnum

TEST_RANGE_START = 999_990_000
TEST_RANGE_END = 999_999_999


class BsnProblem(StrEnum):
    """Why a BSN was refused; the UI turns each into a sentence."""

    NOT_DIGITS = "not_digits"
    WRONG_LENGTH = "wrong_length"
    ELFPROEF = "elfproef"
    ALL_ZERO = "all_zero"


_SEPARATORS = str.maketrans("", "", " .-")
_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def normalise_bsn(text: str) -> str:
    """Remove the spaces, dots and dashes people type; keep everything else."""
    return text.strip().translate(_SEPARATORS)


def bsn_problem(text: str) -> BsnProblem | None:
    """Return what is wrong with a BSN, or None when it passes the elfproef.

    Eight-digit numbers are valid BSNs written without their leading zero.
    """
    digits = normalise_bsn(text)
    if not digits.isascii() or not digits.isdigit():
        return BsnProblem.NOT_DIGITS
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9:
        return BsnProblem.WRONG_LENGTH
    if int(digits) == 0:
        return BsnProblem.ALL_ZERO
    total = sum(map(int.__mul__, map(int, digits), _WEIGHTS))
    if total % 11 != 0:
        return BsnProblem.ELFPROEF
    return None


def is_valid_bsn(text: str) -> bool:
    return bsn_problem(text) is None


def canonical_bsn(text: str) -> str:
    """The nine-digit form of a valid BSN; raises ValueError for an invalid one."""
    problem = bsn_problem(text)
    if problem is not None:
        raise ValueError(f"invalid BSN ({problem.value})")
    return normalise_bsn(text).zfill(9)


def is_test_bsn(text: str) -> bool:
    """True for numbers from the range kept for testing (never a real person)."""
    return is_valid_bsn(text) and TEST_RANGE_START <= int(canonical_bsn(text)) <= TEST_RANGE_END


def bsns_in_test_range() -> list[str]:
    """Every valid BSN in the test range, in order (about 900 numbers)."""
    return [
        str(n)
        for n in range(TEST_RANGE_START, TEST_RANGE_END + 1)
        if bsn_problem(str(n)) is None
    ]
