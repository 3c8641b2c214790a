"""Run one vault command and SIGKILL this process right after its k-th rename (k ≥ 1),
or after the k-th chunk of a backup copy ("copy" mode); print how many renames there
were when it was not killed.

    kill_at_rename.py restore FOLDER BACKUP PASSPHRASE K
    kill_at_rename.py init FOLDER PASSPHRASE K
    kill_at_rename.py backup FOLDER PASSPHRASE DEST K
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path

from stap0_desktop.domain.models import Professional
from stap0_desktop.storage import backup
from stap0_desktop.storage.keyslots import Argon2Params
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault

renames = 0
real_replace = os.replace


def replace_then_maybe_die(src: object, dst: object) -> None:
    global renames
    real_replace(src, dst)  # type: ignore[arg-type]
    renames += 1
    if renames == KILL_AT:
        os.kill(os.getpid(), signal.SIGKILL)


def copy_then_die(src: object, dst: object, length: int = 0) -> None:
    dst.write(src.read(4096))  # type: ignore[attr-defined]
    dst.flush()  # type: ignore[attr-defined]
    os.kill(os.getpid(), signal.SIGKILL)


mode = sys.argv[1]
KILL_AT = int(sys.argv[-1])
os.replace = replace_then_maybe_die  # type: ignore[assignment]
folder = Path(sys.argv[2])
kdf = Argon2Params(memory_kib=8 * 1024, iterations=1, lanes=1)
if mode == "restore":
    backup.restore_backup(Path(sys.argv[3]), folder, SecretBytes.from_text(sys.argv[4]))
elif mode == "init":
    owner = Professional(user_id="t", name="Test", role="jeugdverpleegkundige")
    Vault.create(folder, SecretBytes.from_text(sys.argv[3]), owner, kdf=kdf).close()
elif mode == "backup":
    shutil.copyfileobj = copy_then_die  # type: ignore[assignment]
    with Vault.open(folder, SecretBytes.from_text(sys.argv[3])) as vault:
        backup.create_backup(vault, Path(sys.argv[4]))
print(renames)
