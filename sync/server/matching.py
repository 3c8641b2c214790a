"""How two signals concern one family, from the people they share (pure; no SQL).

Each signal's people carry a role and, but for an unborn child, a pseudonym; links within
a signal say who is whose parent. Two signals match when they share a pseudonym."""

from __future__ import annotations

from dataclasses import dataclass

# When several people are shared, the closest tie is named.
_ORDER = ("same_child", "unborn_mother", "parent_child", "adult_client_child",
          "shared_parent", "same_person")


@dataclass(frozen=True)
class Shared:
    """One shared pseudonym: its role on each side, and whether, on either side, it is
    the parent of an unborn child of that signal."""

    mine: str
    theirs: str
    mother_of_unborn: bool


def how(shared: list[Shared]) -> str:
    return min((_kind(s) for s in shared), key=_ORDER.index)


def _kind(shared: Shared) -> str:
    roles = {shared.mine, shared.theirs}
    if roles == {"child"}:
        return "same_child"
    if shared.mother_of_unborn and roles & {"parent", "adult_client"}:
        return "unborn_mother"
    if roles == {"parent", "child"}:
        return "parent_child"
    if roles == {"adult_client", "child"}:
        return "adult_client_child"
    if roles == {"parent"}:
        return "shared_parent"
    return "same_person"
