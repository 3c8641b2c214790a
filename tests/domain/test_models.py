from __future__ import annotations

from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from stap0_desktop.domain.models import Family, Member, MemberRole, Relation, RelationKind


def _error_type(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    return str(exc.value.errors()[0]["type"])


def test_invalid_bsn_is_refused_with_its_own_error_type() -> None:
    with pytest.raises(ValidationError) as exc:
        Member(role=MemberRole.CHILD, given_name="Mila", bsn="999990018")
    assert _error_type(exc) == "bsn_invalid"


def test_bsn_is_stored_in_canonical_form() -> None:
    member = Member(role=MemberRole.PARENT, given_name="Sanne", bsn="999 990 019")
    assert member.bsn == "999990019"


def test_future_birth_date_for_a_child_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        Member(role=MemberRole.CHILD, given_name="Finn",
               birth_date=date.today() + timedelta(days=3))
    assert _error_type(exc) == "birth_date_future"


def test_member_needs_a_name_except_an_unborn_child() -> None:
    with pytest.raises(ValidationError) as exc:
        Member(role=MemberRole.PARENT, given_name="  ", family_name="")
    assert _error_type(exc) == "name_empty"
    unborn = Member(role=MemberRole.UNBORN, expected_date=date.today() + timedelta(days=90),
                    mother_id=1)
    assert unborn.display_name == ""


def test_unborn_child_rules() -> None:
    with pytest.raises(ValidationError) as exc:
        Member(role=MemberRole.UNBORN)
    assert _error_type(exc) == "expected_date_missing"
    with pytest.raises(ValidationError) as exc:
        Member(role=MemberRole.UNBORN, expected_date=date.today(), bsn="999990019")
    assert _error_type(exc) == "unborn_bsn"
    with pytest.raises(ValidationError):
        Member(role=MemberRole.CHILD, given_name="Evi", expected_date=date.today())


def test_family_name_may_not_be_empty_and_extra_fields_are_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        Family(name="   ")
    assert _error_type(exc) == "empty"
    with pytest.raises(ValidationError):
        Family(name="Gezin Bakker", notes="free text")  # type: ignore[call-arg]


def test_relation_to_self_is_refused() -> None:
    with pytest.raises(ValidationError):
        Relation(from_member_id=3, to_member_id=3, kind=RelationKind.PARENT_OF)
