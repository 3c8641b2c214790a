"""What goes into a visit report (for the midwife) or the parents' copy — and its export log.

Notes never leave the laptop, so no report contains them. Gathering the data for a
report is logged as an export (E) in the access log: it is about to be written out.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.domain.action_route import ActionRoute
from stap0_desktop.domain.assessment import ChecklistRun
from stap0_desktop.domain.models import Family, Member, Professional, Visit
from stap0_desktop.services.operations import OpResult
from stap0_desktop.storage import checklist_runs, families, follow_ups, members, visits
from stap0_desktop.storage.vault import Vault


class ReportKind(StrEnum):
    MIDWIFE = "midwife"    # verslag voor de verloskundige
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
            tx.log(AccessAction.EXPORT, client_id=tx.family_uid(run.family_id),
                   client_id_type=ClientIdType.FAMILY_UID, object_type=f"report:{kind.value}",
                   object_id=run_id)
        return OpResult(ReportData(kind=kind, family=family, members=people, run=run,
                                   visit=visit, route=routes[-1] if routes else None,
                                   professional=self._vault.owner))
