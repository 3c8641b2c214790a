"""Consent-gated signals: record a basis, compose and preview, queue, withdraw."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from stap0_desktop.domain.access import AccessAction
from stap0_desktop.domain.consent import SharingBasis
from stap0_desktop.domain.coordination import (
    CONTACT_WORKING_DAYS,
    REGIE_WORKING_DAYS,
    CoordinationStep,
    MatchRegie,
    regie_of,
)
from stap0_desktop.domain.meldcode import Question
from stap0_desktop.domain.models import family_label
from stap0_desktop.domain.notices import Notice
from stap0_desktop.domain.outbox import OutboxRow, SignalState, lease_ended
from stap0_desktop.domain.signal_draft import SignalRefused, compose
from stap0_desktop.domain.signal_payload import Signaller, SignalPayload
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.storage import (
    checklist_runs,
    connection_store,
    coordination_steps,
    families,
    meldcode,
    members,
    outbox_store,
    sharing,
)
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.errors import InvalidReference
from stap0_desktop.storage.vault import Vault


def _changed(family_id: int) -> ChangeSet:
    return ChangeSet(families=frozenset({family_id}), outbox=True)


@dataclass(frozen=True)
class FamilySharing:
    """Everything the family's signals panel shows."""

    bases: list[SharingBasis]
    signals: list[OutboxRow]
    notices: list[Notice]
    steps: list[CoordinationStep] = field(default_factory=list)   # after its matches
    terms: tuple[int, int] = (CONTACT_WORKING_DAYS, REGIE_WORKING_DAYS)

    def regie(self, notice: Notice, organisation: str) -> MatchRegie:
        """The match's coordination with this laptop's own steps still on their way."""
        return regie_of(notice.coordination,
                        [s for s in self.steps if s.step.match_id == notice.match_id],
                        (organisation, notice.organisation))


def family_sharing(tx: Transaction, family_id: int) -> FamilySharing:
    """A family's consent records, signals, match notices and coordination steps, inside
    ``tx``."""
    return FamilySharing(sharing.bases_for_family(tx, family_id),
                         outbox_store.outbox(tx, family_id),
                         outbox_store.notices_for_family(tx, family_id),
                         coordination_steps.for_family(tx, family_id),
                         connection_store.regie_terms(connection_store.load(tx)))


class SignalService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def record_basis(self, basis: SharingBasis) -> OpResult[SharingBasis]:
        with self._vault.transaction() as tx:
            stored = sharing.record_basis(tx, basis)
        return OpResult(stored, _changed(basis.family_id))

    def withdraw(self, basis_id: int, by: str) -> OpResult[tuple[int, int]]:
        with self._vault.transaction() as tx:
            family_id = sharing.get_basis(tx, basis_id).family_id
            counts = sharing.withdraw_basis(tx, basis_id, by)
        return OpResult(counts, _changed(family_id))

    def compose(self, run_id: int, basis_id: int, phone: str = "", email: str = "",
                today: date | None = None, *, member_ids: list[int] | None = None,
                domains: list[str] | None = None, days: int = 365,
                ) -> OpResult[SignalPayload]:
        """The exact payload that would leave the laptop (for the preview): the members
        chosen among those the basis covers, the domains, the end date."""
        day = today or date.today()
        owner = self._vault.owner
        with self._vault.transaction() as tx:
            run = checklist_runs.get_run(tx, run_id)
            basis = sharing.get_basis(tx, basis_id)
            if basis.family_id != run.family_id:
                raise InvalidReference(field="basis_id", reason="other_family")
            covered = set(basis.member_ids)
            wanted = covered if member_ids is None else covered & set(member_ids)
            people = [m for m in members.list_members(tx, run.family_id) if m.id in wanted]
            relations = members.list_relations(tx, run.family_id)
            meldcode_case = any(a.answer(Question.SUSPICION) is True
                                for a in meldcode.for_family(tx, run.family_id))
        payload = compose(people, relations, run, Signaller(
            name=owner.name, organisation=owner.organisation or owner.role, phone=phone,
            email=email), consent_ref=basis.uid or "", today=day, days=days,
            meldcode_case=meldcode_case, domains=domains)
        return OpResult(payload)

    def queue(self, basis_id: int, payload: SignalPayload,
              today: date | None = None) -> OpResult[str]:
        with self._vault.transaction() as tx:
            lease_end = connection_store.lease_expires_at(connection_store.load(tx))
            if lease_ended(lease_end, datetime.now(UTC)):
                raise SignalRefused("lease_expired")
            envelope_id = sharing.queue_signal(tx, basis_id, payload, today or date.today())
            family_id = sharing.get_basis(tx, basis_id).family_id
        return OpResult(envelope_id, _changed(family_id))

    def withdraw_signal(self, envelope_id: str) -> OpResult[SignalState | None]:
        """End one signal (the professional's own choice); consent stays as it is."""
        with self._vault.transaction() as tx:
            state = outbox_store.withdraw_signal(tx, envelope_id)
        return OpResult(state, ChangeSet(outbox=True))

    def outbox(self, family_id: int | None = None) -> OpResult[list[OutboxRow]]:
        with self._vault.transaction() as tx:
            return OpResult(outbox_store.outbox(tx, family_id))

    def printout(self, basis_id: int) -> OpResult[tuple[SharingBasis, list[OutboxRow]]]:
        """What the parents' printout shows; gathering it is logged as an export."""
        with self._vault.transaction() as tx:
            basis = sharing.get_basis(tx, basis_id)
            rows = [r for r in outbox_store.outbox(tx, basis.family_id)
                    if r.basis_id == basis_id]
            tx.log_family(AccessAction.EXPORT, basis.family_id, "consent_printout", basis_id)
        return OpResult((basis, rows))

    def overview(self) -> OpResult[list[tuple[OutboxRow, str]]]:
        """Every signal with its family's name, newest first (the outbox window)."""
        with self._vault.transaction() as tx:
            rows = outbox_store.outbox(tx)
            names = {f.id: family_label(f.name, f.city, f.street_address)
                     for f in families.list_families(tx, archived=True)} if rows else {}
        return OpResult([(row, names.get(row.family_id, "?")) for row in rows])

    def mark_matches_seen(self, family_id: int) -> OpResult[int]:
        """The family's file showed its matches: they lose their mark."""
        with self._vault.transaction() as tx:
            seen = outbox_store.mark_matches_seen(tx, family_id)
        return OpResult(seen, ChangeSet(family_list=True) if seen else ChangeSet())

    def for_family(self, family_id: int) -> OpResult[FamilySharing]:
        with self._vault.transaction() as tx:
            return OpResult(family_sharing(tx, family_id))
