"""The family list's member count and last visit are kept with the family (migration 19):
they stay what the members and visits say through every change, and an older vault gets
them on upgrade."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from stap0_desktop.domain.models import Family, Member, MemberRole, Visit, VisitKind
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.storage import migrations
from stap0_desktop.storage.vault import Vault
from tests.builders import vault_at_version
from tests.conftest import secret


def _as_counted(vault: Vault) -> dict[int, tuple[int, date | None]]:
    rows = vault.db.conn.execute(
        "SELECT f.id, (SELECT count(*) FROM member m WHERE m.family_id = f.id),"
        " (SELECT max(visit_date) FROM visit v WHERE v.family_id = f.id) FROM family f"
        " WHERE f.archived_at IS NULL").fetchall()
    return {int(i): (int(n), date.fromisoformat(d) if d else None) for i, n, d in rows}


def _as_listed(caseload: CaseloadService) -> dict[int, tuple[int, date | None]]:
    return {f.id: (f.member_count, f.last_visit) for f in caseload.list_families().value}


def test_counts_follow_members_and_visits(vault: Vault) -> None:
    caseload = CaseloadService(vault)
    ids = [caseload.create_family(Family(name=f"Gezin {n}")).value.id for n in "ABC"]
    assert all(i is not None for i in ids)
    a, b, c = (int(i) for i in ids)  # type: ignore[arg-type]
    members = [caseload.add_member(fid, Member(role=MemberRole.PARENT, given_name=f"P{n}"))
               .value for n, fid in enumerate((a, a, a, b))]
    visits = [caseload.add_visit(Visit(family_id=fid, visit_date=day,
                                       kind=VisitKind.PRENATAL)).value
              for fid, day in ((a, date(2026, 3, 1)), (a, date(2026, 5, 2)),
                               (b, date(2026, 1, 9)))]
    assert _as_listed(caseload) == _as_counted(vault) == {
        a: (3, date(2026, 5, 2)), b: (1, date(2026, 1, 9)), c: (0, None)}
    caseload.delete_member(members[1].id)  # type: ignore[arg-type]
    caseload.delete_visit(visits[1].id)    # type: ignore[arg-type]
    caseload.delete_visit(visits[2].id)    # type: ignore[arg-type]
    assert _as_listed(caseload) == _as_counted(vault) == {
        a: (2, date(2026, 3, 1)), b: (1, None), c: (0, None)}
    caseload.delete_family(a)
    assert _as_listed(caseload) == _as_counted(vault) == {b: (1, None), c: (0, None)}


def test_an_older_vault_gets_its_counts_on_upgrade(tmp_path: Path) -> None:
    from stap0_desktop.storage import keyslots
    from stap0_desktop.storage.connection import open_connection

    folder = tmp_path / "v18"
    vault_at_version(folder, 18)       # a family, and now two members and a visit in it
    slots = keyslots.read_slot_file(folder / "keyslots.json")
    key = keyslots.unwrap_with_passphrase(slots.passphrase, secret(), slots.vault_id)
    conn = open_connection(folder / "vault.db", key)
    conn.execute("BEGIN")
    for _ in range(2):
        conn.execute("INSERT INTO member (family_id, role, created_at, updated_at)"
                     " VALUES (1, 'child', '2024-01-01', '2024-01-01')")
    conn.execute("INSERT INTO visit (family_id, visit_date, kind, created_at, updated_at)"
                 " VALUES (1, '2024-02-03', 'prenatal', '2024-01-01', '2024-01-01')")
    conn.execute("COMMIT")
    conn.close()
    key.wipe()
    with Vault.open(folder, secret()) as vault:   # upgraded to 19 here
        assert migrations.schema_version(vault.db.conn) == migrations.LATEST_VERSION
        assert _as_listed(CaseloadService(vault)) == {1: (2, date(2024, 2, 3))}
