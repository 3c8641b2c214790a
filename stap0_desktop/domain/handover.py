"""Warm handover: what of a family's file travels to the receiving professional — only what
the sender chose, with the parents' consent for this transfer and their own reaction.

Pure: it turns the file's parts into the protocol's ``HandoverPackage`` (what the preview
shows is exactly this), and back into what a receiving laptop stores. Notes go only when
ticked one by one; the checklist goes as its summary (draaglast and draagkracht per
leefgebied, the needs rated, the professional's judgement), never as raw answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from stap0_desktop.domain.assessment import ChecklistRun, Need, domain_pictures
from stap0_desktop.domain.consent import SharingBasis
from stap0_desktop.domain.models import Family, Member, MemberRole, Note, Relation
from sync.protocol.handover import (
    DirectoryEntry,
    HandoverChecklist,
    HandoverConsent,
    HandoverCoordination,
    HandoverDomain,
    HandoverFamily,
    HandoverMember,
    HandoverNote,
    HandoverPackage,
    HandoverReferral,
    HandoverRelation,
)
from sync.protocol.models import PersonRole, Professional

__all__ = ["PURPOSE_HANDOVER", "DirectoryEntry", "FileParts", "HandoverChoice",
           "HandoverMember", "HandoverPackage", "compose_package", "receiver_name"]

PURPOSE_HANDOVER = "handover"        # a consent record's purpose: this transfer only
# A sent file can be taken back in these states (not yet answered by the receiver).
WITHDRAWABLE = frozenset({"waiting", "sending", "held"})
_NEED = {Need.NONE: 1, Need.SOME: 2, Need.MUCH: 3}


@dataclass(frozen=True)
class HandoverChoice:
    """What the sender chose to send. Notes: none unless ticked one by one."""

    member_ids: frozenset[int]
    checklist: bool = True
    plan: bool = True
    note_ids: frozenset[int] = frozenset()
    reaction: str = ""               # the parents' own words; not changed afterwards


@dataclass(frozen=True)
class ReferralPart:
    organisation: str
    offer: str
    contact: str
    made_on: date


@dataclass(frozen=True)
class CoordinationPart:
    with_organisation: str
    regisseur: str = ""
    until: date | None = None


@dataclass(frozen=True)
class FileParts:
    """The parts of the family's file a package can be made of."""

    family: Family
    members: list[Member]
    relations: list[Relation]
    latest_run: ChecklistRun | None = None
    referrals: list[ReferralPart] = field(default_factory=list)
    coordination: list[CoordinationPart] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def compose_package(parts: FileParts, choice: HandoverChoice, basis: SharingBasis,
                    sender: Professional, handover_id: str, today: date,
                    language: str = "nl") -> HandoverPackage:
    """The package as it travels; ValueError when the consent does not cover it."""
    if basis.purpose != PURPOSE_HANDOVER or not basis.valid_on(today):
        raise ValueError("consent_for_handover")
    chosen = [m for m in parts.members if m.id in choice.member_ids]
    if not chosen:
        raise ValueError("members_needed")
    if not set(choice.member_ids) <= set(basis.member_ids):
        raise ValueError("not_covered")
    refs = {m.id: f"p{index + 1}" for index, m in enumerate(chosen)}
    family = parts.family
    return HandoverPackage(
        handover_id=handover_id, sender=sender, sent_on=today,
        family=HandoverFamily(name=family.name, street_address=family.street_address,
                              postcode=family.postcode, city=family.city, wijk=family.wijk),
        members=[_member(m, refs) for m in chosen],
        relations=[HandoverRelation(from_ref=refs[r.from_member_id],
                                    to_ref=refs[r.to_member_id], kind=r.kind.value)
                   for r in parts.relations
                   if r.from_member_id in refs and r.to_member_id in refs],
        checklist=(_checklist(parts.latest_run, language)
                   if choice.checklist and parts.latest_run is not None else None),
        referrals=[HandoverReferral(organisation=r.organisation, offer=r.offer,
                                    contact=r.contact, made_on=r.made_on)
                   for r in parts.referrals] if choice.plan else [],
        coordination=[HandoverCoordination(with_organisation=c.with_organisation,
                                           regisseur=c.regisseur, until=c.until)
                      for c in parts.coordination] if choice.plan else [],
        notes=[HandoverNote(written_on=n.written_on or _day(n.updated_at or n.created_at, today),
                            text=n.body)
               for n in parts.notes if n.id in choice.note_ids],
        consent=HandoverConsent(
            given_by=basis.given_by or basis.recorded_by,
            capacity=basis.capacity.value if basis.capacity else basis.kind.value,
            method=basis.method.value if basis.method else "",
            text_version=basis.text_version or "-", text_sha256=basis.text_sha256 or "0" * 64,
            recorded_by=basis.recorded_by,
            recorded_on=(basis.recorded_at.date() if basis.recorded_at else today),
            valid_until=basis.valid_until),
        reaction=choice.reaction.strip())


def receiver_name(entry: DirectoryEntry) -> str:
    """"Bram Schuldhulp (Schuldhulp Demostad)": whom a file goes to, in one line."""
    who = entry.professional
    return f"{who.name} ({who.organisation})"


def _day(moment: datetime | None, otherwise: date) -> date:
    return moment.astimezone().date() if moment is not None else otherwise


def _member(member: Member, refs: dict[int | None, str]) -> HandoverMember:
    return HandoverMember(
        ref=refs[member.id], role=PersonRole(member.role.value), given_name=member.given_name,
        family_name=member.family_name, bsn=member.bsn, birth_date=member.birth_date,
        expected_date=member.expected_date,
        mother_ref=refs.get(member.mother_id) if member.role is MemberRole.UNBORN else None)


def _checklist(run: ChecklistRun, language: str) -> HandoverChecklist:
    definition = run.definition
    items = {i.id: i for i in definition.items}

    def said(item_id: str) -> str:
        item = items[item_id]
        return (item.statement or item.question).get(language)[:400]

    return HandoverChecklist(
        title=definition.title.get(language)[:400],
        filled_in_on=_day(run.updated_at or run.started_at, date.today()),
        judgement=run.judgement.level.value if run.judgement else None,
        reason=run.judgement.reason if run.judgement else "",
        domains=[HandoverDomain(
            title=definition.domain(p.code).title.get(language)[:400],
            risks=[said(i) for i in p.risks], protective=[said(i) for i in p.protective],
            need_professional=_NEED.get(p.professional) if p.professional else None,
            need_parent=_NEED.get(p.parent) if p.parent else None)
            for p in domain_pictures(run)])
