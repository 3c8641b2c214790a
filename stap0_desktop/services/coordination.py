"""After a match: record that contact was made, propose a regisseur, accept the other's
proposal — each a step queued for the CJG (sent by the sync, exactly once) — and the
caseload's matches with what is due and who coordinates, for the overview."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from stap0_desktop.domain.coordination import (
    Coordination,
    CoordinationStep,
    MatchRegie,
    RegieDue,
    Regisseur,
    regie_of,
)
from stap0_desktop.domain.models import family_label
from stap0_desktop.domain.notices import Notice
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.storage import connection_store, coordination_steps, families, outbox_store
from stap0_desktop.storage.vault import Vault


@dataclass(frozen=True)
class MatchOverview:
    """One open match of the caseload: the family, the other professional, its regie, and
    what is due by when (None: contact made and a regisseur agreed)."""

    family_id: int
    family_name: str
    notice: Notice
    regie: MatchRegie
    due: tuple[RegieDue, date] | None


def _changed(family_id: int) -> ChangeSet:
    return ChangeSet(families=frozenset({family_id}), outbox=True, follow_ups=True,
                     matches=True)


class CoordinationService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _queue(self, envelope_id: str, step: Coordination) -> OpResult[str]:
        with self._vault.transaction() as tx:
            step_id, family_id = coordination_steps.queue_step(tx, envelope_id, step)
        return OpResult(step_id, _changed(family_id))

    def record_contact(self, envelope_id: str, match_id: str, on: date) -> OpResult[str]:
        """Contact with the other professional was made on ``on``."""
        return self._queue(envelope_id, Coordination(match_id=match_id, step="contact", on=on))

    def propose(self, envelope_id: str, match_id: str, regisseur: Regisseur, until: date,
                on: date) -> OpResult[str]:
        """Propose who coordinates until ``until``; the other side accepts or proposes
        otherwise."""
        return self._queue(envelope_id, Coordination(
            match_id=match_id, step="propose", on=on, proposal_id=uuid.uuid4().hex,
            regisseur=regisseur, until=until))

    def accept(self, envelope_id: str, match_id: str, proposal_id: str,
               on: date) -> OpResult[str]:
        """Agree with the other side's open proposal."""
        return self._queue(envelope_id, Coordination(
            match_id=match_id, step="accept", on=on, proposal_id=proposal_id))

    def outbox(self) -> OpResult[list[tuple[CoordinationStep, int, str]]]:
        """Every step with its family's id and name, newest first (the outbox window)."""
        with self._vault.transaction() as tx:
            steps = coordination_steps.every_step(tx)
            names = {f.id: family_label(f.name, f.city, f.street_address)
                     for f in families.list_families(tx, archived=True)} if steps else {}
        return OpResult([(step, family_id, names.get(family_id, "?"))
                         for step, family_id in steps])

    def terms(self) -> OpResult[tuple[int, int]]:
        """The CJG's terms in working days: for contact, for a regisseur."""
        with self._vault.transaction() as tx:
            return OpResult(connection_store.regie_terms(connection_store.load(tx)))

    def overview(self, today: date) -> OpResult[list[MatchOverview]]:
        """Every open match of the caseload (its other signal not ended), with its regie
        and what is due: one read."""
        organisation = self._vault.owner.organisation
        with self._vault.transaction() as tx:
            contact_days, regie_days = connection_store.regie_terms(connection_store.load(tx))
            notices = outbox_store.notices_of_caseload(tx)
            steps = coordination_steps.open_steps(tx)
        found = []
        for family_id, name, notice in notices:
            if notice.ended:
                continue
            regie = regie_of(notice.coordination,
                             [s for s in steps if s.step.match_id == notice.match_id],
                             (organisation, notice.organisation))
            matched_on = date.fromisoformat(notice.matched_at[:10])
            found.append(MatchOverview(family_id, name, notice, regie,
                                       regie.due(matched_on, today, contact_days, regie_days)))
        return OpResult(found)
