"""Child process: change the passphrase back and forth, acknowledging each change."""

import sys
from pathlib import Path

from stap0_desktop.storage.keyslots import Argon2Params
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault

folder, first, second = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
fast = Argon2Params(memory_kib=8 * 1024, iterations=1, lanes=1)
try:
    vault = Vault.open(folder, SecretBytes.from_text(first))
    current, other = first, second
except Exception:
    vault = Vault.open(folder, SecretBytes.from_text(second))
    current, other = second, first
print("open", flush=True)
while True:
    vault.change_passphrase(SecretBytes.from_text(current), SecretBytes.from_text(other), fast)
    current, other = other, current
    print(f"now {current}", flush=True)
