"""The route to action and the follow-ups that fall due (including the Apeldoorn route)."""

from __future__ import annotations

from datetime import date, timedelta

from stap0_desktop.domain.action_route import (
    ActionRoute,
    ApeldoornStage,
    FollowUp,
    FollowUpKind,
    FollowUpOutcome,
    next_apeldoorn_step,
)
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.storage import follow_ups
from stap0_desktop.storage.vault import Vault


def _changed(family_id: int) -> ChangeSet:
    return ChangeSet(families=frozenset({family_id}), follow_ups=True)


class RouteService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save_route(self, route: ActionRoute) -> OpResult[ActionRoute]:
        with self._vault.transaction() as tx:
            stored = follow_ups.save_route(tx, route)
        return OpResult(stored, _changed(route.family_id))

    def routes(self, family_id: int) -> OpResult[list[ActionRoute]]:
        with self._vault.transaction() as tx:
            return OpResult(follow_ups.routes_for_family(tx, family_id))

    def due(self, today: date, days: int = 14) -> OpResult[list[FollowUp]]:
        """Open follow-ups due within ``days`` (overdue ones included)."""
        until = (today + timedelta(days=days)).isoformat()
        with self._vault.transaction() as tx:
            return OpResult(follow_ups.open_follow_ups(tx, until))

    def missed_appointment(self, family_id: int, today: date,
                           note: str = "") -> OpResult[FollowUp]:
        """"Niet verschenen zonder bericht": always a home visit first."""
        with self._vault.transaction() as tx:
            created = follow_ups.add_follow_up(tx, FollowUp(
                family_id=family_id, kind=FollowUpKind.MISSED_APPOINTMENT,
                stage=ApeldoornStage.HOME_VISIT, due_on=today, note=note))
        return OpResult(created, _changed(family_id))

    def close(self, follow_up_id: int, outcome: FollowUpOutcome,
              today: date) -> OpResult[FollowUp | None]:
        """Close a follow-up; returns the next Apeldoorn step when the outcome calls for one."""
        with self._vault.transaction() as tx:
            closed = follow_ups.close_follow_up(tx, follow_up_id, outcome)
            following = next_apeldoorn_step(closed, outcome, today)
            if following is not None:
                following = follow_ups.add_follow_up(tx, following)
        return OpResult(following, _changed(closed.family_id))
