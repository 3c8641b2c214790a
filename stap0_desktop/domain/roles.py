"""What the professional's role (chosen at first run) means for the defaults she sees.

A debt counsellor's visit is not a prenatal home visit: the role decides which kind of
visit and which checklist are offered first. Nothing is decided for her; only the order
and the preselection follow the role.
"""

from __future__ import annotations

from stap0_desktop.domain.models import VisitKind

YOUTH_NURSE = "jeugdverpleegkundige"
DEBT_COUNSELLOR = "schuldhulpverlener"
OTHER_PROFESSIONAL = "andere professional"

_VISIT_KINDS = {YOUTH_NURSE: VisitKind.PRENATAL, DEBT_COUNSELLOR: VisitKind.DEBT_COUNSELLING}


def default_visit_kind(role: str) -> VisitKind:
    """The kind of home visit a professional of this role usually makes."""
    return _VISIT_KINDS.get(role.strip().casefold(), VisitKind.OTHER)

# The checklist that fits a kind of visit (by definition id); the general list otherwise.
_CHECKLISTS = {VisitKind.PRENATAL: "prenataal-huisbezoek",
               VisitKind.DEBT_COUNSELLING: "schuldhulp-huisbezoek"}
GENERAL_CHECKLIST = "algemeen-stap0"


def fitting_checklist(visit_kind: VisitKind | None, role: str) -> str:
    """The checklist to offer first: the one for the visit just held, else for the role."""
    kind = visit_kind or default_visit_kind(role)
    return _CHECKLISTS.get(kind, GENERAL_CHECKLIST)
