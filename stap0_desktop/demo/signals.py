"""Fictional consented signals for the demo: two vaults made with the same seed hold the
same families, so two enrolled demo professionals produce signals that match at the CJG."""

from __future__ import annotations

from datetime import date, timedelta

from stap0_desktop.domain.assessment import Level
from stap0_desktop.domain.consent import (
    CONSENT_TEXT_VERSION,
    BasisKind,
    ConsentCapacity,
    ConsentMethod,
    SharingBasis,
    text_hash,
)
from stap0_desktop.domain.models import MemberRole
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage import checklist_runs, families, members
from stap0_desktop.storage.vault import Vault

DEMO_PHONE = "0800-0000000"  # not a number anyone answers
DEMO_CONSENT_TEXT = ("Demo: de ouders geven toestemming om de zorg te delen met het CJG "
                     "Demostad. Er gaat geen inhoud mee, alleen dat er zorg is.")


def queue_demo_signals(vault: Vault, count: int, today: date | None = None) -> int:
    """Consent and a queued signal for the first ``count`` families judged raised or high."""
    day = today or date.today()
    with vault.transaction() as tx:
        candidates: list[tuple[int, int, list[int], str]] = []
        for summary in families.list_families(tx):
            runs = checklist_runs.list_runs(tx, summary.id)
            judged = [r for r in runs if r.judgement and r.judgement.level is not Level.LOW
                      and not r.acute_items]
            if not judged or judged[-1].id is None:
                continue
            people = members.list_members(tx, summary.id)
            parent = next((m for m in people if m.role is MemberRole.PARENT), None)
            ids = [m.id for m in people if m.id is not None]
            if parent is None or not ids:
                continue
            candidates.append((summary.id, judged[-1].id, ids, parent.display_name))
            if len(candidates) == count:
                break
    signals = SignalService(vault)
    for family_id, run_id, member_ids, parent_name in candidates:
        basis = signals.record_basis(SharingBasis(
            family_id=family_id, kind=BasisKind.CONSENT, member_ids=member_ids,
            recipient="CJG Demostad", given_by=parent_name, capacity=ConsentCapacity.PARENT,
            method=ConsentMethod.SPOKEN, text_version=CONSENT_TEXT_VERSION,
            text_sha256=text_hash(DEMO_CONSENT_TEXT), recorded_by=vault.owner.name,
            valid_until=day + timedelta(days=365))).value
        assert basis.id is not None
        payload = signals.compose(run_id, basis.id, DEMO_PHONE, today=day).value
        signals.queue(basis.id, payload, today=day)
    return len(candidates)
