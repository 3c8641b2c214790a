"""A name is not a number typed one field too early."""

from __future__ import annotations

import pytest

from stap0_desktop.domain.person_names import number_in_name


@pytest.mark.parametrize("name", ["Anna", "Pietersen", "Van der Berg-El Amrani", "Kind 2",
                                  "Willem III", "Nguyễn", ""])
def test_names(name: str) -> None:
    assert not number_in_name(name)


@pytest.mark.parametrize("typed", ["999990019", "1234", "12-03-2020", "12.03.2020",
                                   "06 1234 5678", "Anna 999990019", "Gezin 2020"])
def test_numbers(typed: str) -> None:
    assert number_in_name(typed)
