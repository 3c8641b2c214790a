"""After a match, on the laptop: contact made, one regisseur agreed (1 gezin, 1 plan,
1 regisseur) — the steps this laptop sends, and what a match's coordination looks like
once the CJG's word and the steps still on their way are put together.

The steps are content-free: a date, a side or an organisation's name, a term. They travel
as the protocol's ``Coordination`` payloads (``sync.protocol.coordination``), sealed and
signed like signals, exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from sync.protocol.coordination import (
    Agreement,
    Coordination,
    NoticeCoordination,
    Proposal,
    Regisseur,
    RegisseurNamed,
    Suggestion,
    add_working_days,
)

__all__ = [
    "Agreement",
    "Coordination",
    "CoordinationStep",
    "MatchRegie",
    "NoticeCoordination",
    "Proposal",
    "RegieDue",
    "Regisseur",
    "RegisseurNamed",
    "StepState",
    "Suggestion",
    "regie_of",
]

CONTACT_WORKING_DAYS = 10      # the profile's policy says otherwise when it does
REGIE_WORKING_DAYS = 20


class StepState(StrEnum):
    WAITING = "waiting"        # for a connection
    SENDING = "sending"        # sealed and sent, no verified receipt yet
    RECEIVED = "received"      # the CJG's receipt verified
    REFUSED = "refused"        # the CJG refused it (its reason is kept)


@dataclass(frozen=True)
class CoordinationStep:
    """One step this laptop sends about one of its matches."""

    id: str                    # the envelope id
    envelope_id: str           # our signal that matched
    step: Coordination
    state: StepState
    error: str | None = None
    sealed: str | None = None
    created_at: datetime | None = None
    seq: int = 0


class RegieDue(StrEnum):
    CONTACT = "contact"        # no contact confirmed by this side within the term
    REGISSEUR = "regisseur"    # no regisseur agreed within the term


@dataclass(frozen=True)
class MatchRegie:
    """A match's coordination as this laptop shows it: the CJG's word, with this laptop's
    own steps that the CJG has not confirmed yet taken in (marked ``pending``)."""

    held: NoticeCoordination
    contact_pending: bool = False
    proposal_pending: bool = False
    agreement_pending: bool = False
    refused: tuple[CoordinationStep, ...] = ()

    def due(self, matched_on: date, today: date, contact_days: int,
            regie_days: int) -> tuple[RegieDue, date] | None:
        """What is due next and by when — once its term has begun to run."""
        if self.held.contact_mine is None:
            return RegieDue.CONTACT, add_working_days(matched_on, contact_days)
        if self.held.agreed is None:
            return RegieDue.REGISSEUR, add_working_days(matched_on, regie_days)
        return None


def regie_of(held: NoticeCoordination, steps: list[CoordinationStep],
             organisations: tuple[str, str]) -> MatchRegie:
    """The CJG's word about one match with this laptop's steps for it (oldest first) that
    are still on their way laid over it; refused ones are kept apart, with their reason.
    ``organisations``: this professional's and the other's, to name ``mine``/``yours``."""
    view = MatchRegie(held)
    refused: list[CoordinationStep] = []
    for step in steps:
        if step.state is StepState.RECEIVED:
            refused.clear()           # a later step went through: the earlier refusal is old
            continue
        if step.state is StepState.REFUSED:
            refused.append(step)
            continue
        view = _laid_over(view, step.step, organisations)
    return replace(view, refused=tuple(refused))


def _laid_over(view: MatchRegie, step: Coordination,
               organisations: tuple[str, str]) -> MatchRegie:
    held = view.held
    if step.step == "contact":
        return replace(view, held=held.model_copy(update={"contact_mine": step.on}),
                       contact_pending=True)
    if step.step == "propose" and step.regisseur is not None and step.until is not None \
            and step.proposal_id is not None:
        mine, theirs = organisations
        named = RegisseurNamed(side=step.regisseur.side,
                               organisation=step.regisseur.organisation or (
                                   mine if step.regisseur.side == "mine" else theirs) or "?",
                               kaart_key=step.regisseur.kaart_key, until=step.until)
        proposal = Proposal(id=step.proposal_id, by="me", regisseur=named,
                            proposed_on=step.on)
        return replace(view, held=held.model_copy(update={"proposal": proposal}),
                       proposal_pending=True)
    if step.step == "accept" and held.proposal is not None \
            and held.proposal.id == step.proposal_id:
        agreed = Agreement(regisseur=held.proposal.regisseur, agreed_on=step.on)
        return replace(view, held=held.model_copy(update={"agreed": agreed, "proposal": None}),
                       agreement_pending=True)
    return view
