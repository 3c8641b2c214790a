"""What goes into a visit report (for the midwife) or the parents' copy — and its export log.

Notes never leave the laptop, so no report contains them. Gathering the data for a
report is logged as an export (E) in the access log: it is about to be written out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.domain.action_route import ActionRoute
from stap0_desktop.domain.assessment import ChecklistRun
from stap0_desktop.domain.models import Family, Member, Professional, Visit
from stap0_desktop.services.operations import OpResult
from stap0_desktop.storage import (
    checklist_runs,
    connection_store,
    families,
    follow_ups,
    members,
    visits,
)
from stap0_desktop.storage.connection_store import Connection
from stap0_desktop.storage.vault import Vault


class ReportKind(StrEnum):
    MIDWIFE = "midwife"    # verslag voor de verloskundige
    VISIT = "visit"        # verslag van het huisbezoek (the professional's own, e.g. debt)
    PARENTS = "parents"    # begrijpelijke kopie voor de ouders


@dataclass(frozen=True)
class ReportData:
    kind: ReportKind
    family: Family
    members: list[Member]
    run: ChecklistRun
    visit: Visit | None
    route: ActionRoute | None
    professional: Professional


class ReportService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def report_data(self, run_id: int, kind: ReportKind) -> OpResult[ReportData]:
        with self._vault.transaction() as tx:
            run = checklist_runs.get_run(tx, run_id, log=False)
            family = families.get_family(tx, run.family_id, log=False)
            people = members.list_members(tx, run.family_id)
            visit = visits.get_visit(tx, run.visit_id) if run.visit_id is not None else None
            routes = [r for r in follow_ups.routes_for_family(tx, run.family_id)
                      if r.run_id == run_id]
            connection = connection_store.load(tx)
            tx.log(AccessAction.EXPORT, client_id=tx.family_uid(run.family_id),
                   client_id_type=ClientIdType.FAMILY_UID, object_type=f"report:{kind.value}",
                   object_id=run_id)
        return OpResult(ReportData(kind=kind, family=family, members=people, run=run,
                                   visit=visit, route=routes[-1] if routes else None,
                                   professional=_with_work_phone(self._vault.owner, connection)))


def _with_work_phone(owner: Professional, connection: Connection | None) -> Professional:
    """The owner's own work phone; else the one the CJG enrolled and the owner confirmed."""
    if owner.phone or connection is None or not connection.confirmed:
        return owner
    try:
        phone = str(json.loads(connection.identity_json or "{}").get("phone", ""))
    except (ValueError, AttributeError):
        return owner
    return owner.model_copy(update={"phone": phone}) if phone else owner
