"""Which relations between family members make sense.

A parent or carer is an adult (a parent or an adult client) of a child or an unborn child;
partners are two adults; siblings are two children (born or not). Anything else — an
unborn child as someone's parent, a child as partner — is refused, in the dialog and in
storage alike, so the matching at the CJG never starts from a nonsense link.
"""

from __future__ import annotations

from enum import StrEnum

from stap0_desktop.domain.models import MemberRole, RelationKind

_ADULTS = frozenset({MemberRole.PARENT, MemberRole.ADULT_CLIENT})
_CHILDREN = frozenset({MemberRole.CHILD, MemberRole.UNBORN})


class RelationProblem(StrEnum):
    SAME_MEMBER = "same_member"
    FIRST_NOT_ADULT = "first_not_adult"      # a parent or carer must be an adult
    SECOND_NOT_CHILD = "second_not_child"    # ... of a child or an unborn child
    PARTNER_NOT_ADULT = "partner_not_adult"
    SIBLING_NOT_CHILD = "sibling_not_child"


def relation_problem(kind: RelationKind, first: MemberRole, second: MemberRole,
                     same: bool = False) -> RelationProblem | None:
    """What is wrong with "first <kind> second", or None when it makes sense."""
    if same:
        return RelationProblem.SAME_MEMBER
    if kind in (RelationKind.PARENT_OF, RelationKind.CARER_OF):
        if first not in _ADULTS:
            return RelationProblem.FIRST_NOT_ADULT
        if second not in _CHILDREN:
            return RelationProblem.SECOND_NOT_CHILD
        return None
    if kind is RelationKind.PARTNER_OF:
        return None if {first, second} <= _ADULTS else RelationProblem.PARTNER_NOT_ADULT
    return None if {first, second} <= _CHILDREN else RelationProblem.SIBLING_NOT_CHILD
