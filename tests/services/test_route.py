"""The route to action, follow-ups that fall due, and the Apeldoorn route."""

from __future__ import annotations

from datetime import date, timedelta

from stap0_desktop.domain.action_route import (
    ActionRoute,
    ApeldoornStage,
    ChosenHelp,
    FollowUpOutcome,
    ShareIntent,
)
from stap0_desktop.domain.models import Family
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.services.route import RouteService
from stap0_desktop.storage.vault import Vault

TODAY = date(2026, 11, 28)


def _family(vault: Vault, name: str = "Gezin Bakker") -> int:
    family = CaseloadService(vault).create_family(Family(name=name)).value
    assert family.id is not None
    return family.id


def test_route_is_stored_and_its_follow_up_falls_due(vault: Vault) -> None:
    family_id = _family(vault)
    service = RouteService(vault)
    route = service.save_route(ActionRoute(
        family_id=family_id, discussed_on=TODAY, parents_said="Ze willen hulp bij geld",
        share=ShareIntent.INTENDED, help=[ChosenHelp(code="schuldhulp", title="Schuldhulp")],
        referral="Schuldhulp Demostad", follow_up_on=TODAY + timedelta(days=5),
        follow_up_note="Bellen over aanmelding")).value
    assert route.id is not None
    stored = service.routes(family_id).value[0]
    assert stored.share is ShareIntent.INTENDED and stored.help[0].code == "schuldhulp"
    assert service.due(TODAY, days=3).value == []
    due = service.due(TODAY, days=7).value
    assert [(f.family_name, f.note) for f in due] == [("Gezin Bakker", "Bellen over aanmelding")]
    assert service.close(due[0].id or 0, FollowUpOutcome.DONE, TODAY).value is None
    assert service.due(TODAY, days=30).value == []


def test_overdue_follow_ups_stay_on_the_list(vault: Vault) -> None:
    family_id = _family(vault)
    service = RouteService(vault)
    service.save_route(ActionRoute(family_id=family_id, follow_up_on=TODAY - timedelta(days=3)))
    assert len(service.due(TODAY).value) == 1


def test_apeldoorn_route_step_by_step(vault: Vault) -> None:
    family_id = _family(vault, "Gezin Yilmaz")
    service = RouteService(vault)
    first = service.missed_appointment(family_id, TODAY, "Consultatiebureau gemist").value
    assert first.stage is ApeldoornStage.HOME_VISIT
    second = service.close(first.id or 0, FollowUpOutcome.REFUSED, TODAY).value
    assert second is not None and second.stage is ApeldoornStage.OTHER_HELP
    third = service.close(second.id or 0, FollowUpOutcome.NO_OTHER_HELP, TODAY).value
    assert third is not None and third.stage is ApeldoornStage.NEXT_STEP
    assert [f.stage for f in service.due(TODAY).value] == [ApeldoornStage.NEXT_STEP]
    assert service.close(third.id or 0, FollowUpOutcome.DONE, TODAY).value is None
    assert service.due(TODAY).value == []


def test_apeldoorn_route_ends_when_seen_or_other_help(vault: Vault) -> None:
    family_id = _family(vault)
    service = RouteService(vault)
    seen = service.missed_appointment(family_id, TODAY).value
    assert service.close(seen.id or 0, FollowUpOutcome.SEEN, TODAY).value is None
    refused = service.missed_appointment(family_id, TODAY).value
    other = service.close(refused.id or 0, FollowUpOutcome.REFUSED, TODAY).value
    assert other is not None
    assert service.close(other.id or 0, FollowUpOutcome.OTHER_HELP_INVOLVED, TODAY).value is None


def test_follow_up_access_is_logged(vault: Vault) -> None:
    family_id = _family(vault)
    RouteService(vault).missed_appointment(family_id, TODAY)
    RouteService(vault).due(TODAY)
    kinds = {(e.action.value, e.object_type) for e in vault.read_access_log()}
    assert ("C", "follow_up") in kinds and ("R", "follow_up_list") in kinds
