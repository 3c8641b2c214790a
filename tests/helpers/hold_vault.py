"""Child process: open a vault, say so, and keep it open until killed."""

import sys
import time
from pathlib import Path

from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault

vault = Vault.open(Path(sys.argv[1]), SecretBytes.from_text(sys.argv[2]))
print("open", flush=True)
time.sleep(120)
