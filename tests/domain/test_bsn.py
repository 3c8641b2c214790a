from __future__ import annotations

import pytest

from stap0_desktop.domain.bsn import (
    BsnProblem,
    bsn_problem,
    bsns_in_test_range,
    canonical_bsn,
    is_test_bsn,
    is_valid_bsn,
)


@pytest.mark.parametrize("number", ["999990019", "999 990 019", "999.990.019", "999-99-0019"])
def test_valid_test_bsn_in_any_common_notation(number: str) -> None:
    assert is_valid_bsn(number)
    assert canonical_bsn(number) == "999990019"


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("999990018", BsnProblem.ELFPROEF),
        ("12345678A", BsnProblem.NOT_DIGITS),
        ("", BsnProblem.NOT_DIGITS),
        ("1234567", BsnProblem.WRONG_LENGTH),
        ("1234567890", BsnProblem.WRONG_LENGTH),
        ("000000000", BsnProblem.ALL_ZERO),
        ("٩٩٩٩٩٠٠١٩", BsnProblem.NOT_DIGITS),  # non-ASCII digits are refused
    ],
)
def test_invalid_bsn_says_why(number: str, problem: BsnProblem) -> None:
    assert bsn_problem(number) is problem
    with pytest.raises(ValueError):
        canonical_bsn(number)


def test_eight_digit_bsn_gets_its_leading_zero() -> None:
    eight = next(str(n) for n in range(10_000_000, 10_001_000) if is_valid_bsn(str(n)))
    assert canonical_bsn(eight) == "0" + eight


def test_range_numbers_are_all_valid_and_in_range() -> None:
    numbers = bsns_in_test_range()
    assert len(numbers) > 800
    assert all(is_test_bsn(n) for n in numbers)
    assert not is_test_bsn("111222333")
