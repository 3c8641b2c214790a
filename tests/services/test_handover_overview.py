"""The handover overview reads the handovers, not the caseload: at unlock it shares the
vault's thread with the family list (bench/app.py: 50,000 families)."""

from __future__ import annotations

from stap0_desktop.domain.models import Family
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.services.handover import HandoverService
from stap0_desktop.storage.vault import Vault


def test_the_overview_does_not_read_the_whole_caseload(vault: Vault) -> None:
    caseload = CaseloadService(vault)
    for n in range(12):
        caseload.create_family(Family(name=f"Gezin {n:02d}"))
    assert HandoverService(vault).overview().value == []
    listed = [e for e in vault.read_access_log() if e.object_type == "family_list"]
    assert all(e.object_id != "12" for e in listed), listed
