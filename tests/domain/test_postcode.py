"""Dutch postcodes as typed at the kitchen table."""

from __future__ import annotations

import pytest

from stap0_desktop.domain.postcode import normal_postcode


@pytest.mark.parametrize(("typed", "written"), [
    ("1071 LP", "1071 LP"), ("1071lp", "1071 LP"), (" 1071 lp ", "1071 LP"),
    ("9999ZZ", "9999 ZZ"), ("", ""), ("   ", ""),
])
def test_a_postcode_is_written_one_way(typed: str, written: str) -> None:
    assert normal_postcode(typed) == written


@pytest.mark.parametrize("typed", ["12345", "0171 LP", "10171 LP", "1071 LPP", "1071-LP",
                                   "1071  LP", "LP 1071", "１０７１ LP", "1071 L"])
def test_what_is_not_a_postcode_is_refused(typed: str) -> None:
    assert normal_postcode(typed) is None
