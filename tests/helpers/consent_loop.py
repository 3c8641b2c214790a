"""Child process: record consent, queue signals, withdraw — over and over, acknowledging."""

import sys
from datetime import date, timedelta
from pathlib import Path

from stap0_desktop.domain.consent import (
    BasisKind,
    ConsentCapacity,
    ConsentMethod,
    SharingBasis,
    text_hash,
)
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault

folder, passphrase = Path(sys.argv[1]), sys.argv[2]
family_id, run_id = int(sys.argv[3]), int(sys.argv[4])
members = [int(m) for m in sys.argv[5].split(",")]
vault = Vault.open(folder, SecretBytes.from_text(passphrase))
signals = SignalService(vault)
round_ = 0
while True:
    basis = signals.record_basis(SharingBasis(
        family_id=family_id, kind=BasisKind.CONSENT, member_ids=members, recipient="CJG",
        given_by="Ouder", capacity=ConsentCapacity.PARENT, method=ConsentMethod.SPOKEN,
        text_version="2026-1", text_sha256=text_hash("tekst"), recorded_by="Tess",
        valid_until=date.today() + timedelta(days=30))).value
    assert basis.id is not None
    payload = signals.compose(run_id, basis.id).value
    for _ in range(3):
        signals.queue(basis.id, payload)
    if round_ % 2 == 0:
        signals.withdraw(basis.id, "Ouder")
    print(f"round {round_}", flush=True)
    round_ += 1
