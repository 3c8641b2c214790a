"""Child process for the crash test: commit notes and acknowledge each one on stdout."""

import sys
from pathlib import Path

from stap0_desktop.domain.models import Family, Note
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault

folder, passphrase, run = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
vault = Vault.open(folder, SecretBytes.from_text(passphrase))
service = CaseloadService(vault)
family = service.create_family(Family(name=f"Gezin Crash {run}")).value
assert family.id is not None
index = 0
while True:
    note = service.save_note(Note(family_id=family.id, body=f"run {run} note {index} " * 20)).value
    print(f"ack {run} {index} {note.id}", flush=True)
    index += 1
