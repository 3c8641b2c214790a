"""Nothing readable reaches the disk: a unique string is nowhere in the files or temp folder."""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path

from stap0_desktop.domain.models import Family, Member, MemberRole, Note
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.storage import backup
from stap0_desktop.storage.vault import Vault
from tests.builders import canary_forms, files_holding
from tests.conftest import secret


def test_canary_is_nowhere_while_open_and_after_close(vault: Vault, vault_dir: Path) -> None:
    start = time.time() - 1
    canary = f"Kanarie{uuid.uuid4().hex}"
    needles = canary_forms(canary)
    service = CaseloadService(vault)
    family = service.create_family(Family(name=f"Gezin {canary}")).value
    assert family.id is not None
    service.add_member(family.id, Member(role=MemberRole.PARENT, given_name=canary))
    for index in range(200):
        service.save_note(Note(family_id=family.id, body=f"{canary} notitie {index} " * 30))
    assert service.search(canary[:12]).value
    backup.create_backup(vault, vault_dir.parent / "backup.stap0")
    temp = Path(tempfile.gettempdir())

    assert files_holding(vault_dir, needles) == []                 # open: db, -wal, -shm, slots
    assert files_holding(vault_dir.parent, needles) == []          # the backup beside it
    assert files_holding(temp, needles, since=start) == []         # the temp folder
    vault.close()
    assert files_holding(vault_dir, needles) == []
    assert files_holding(temp, needles, since=start) == []
    with Vault.open(vault_dir, secret()) as again:                   # and it really is there
        assert CaseloadService(again).search(canary[:12]).value
