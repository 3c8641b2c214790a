"""Composing a signal from a family and a checklist: who it concerns, which domains, how
worried, until when. Never for a case that is no longer stap 0."""

from __future__ import annotations

from datetime import date, timedelta

from stap0_desktop.domain.assessment import ChecklistRun, Level, domains_at_risk
from stap0_desktop.domain.models import Member, MemberRole, Relation, RelationKind
from stap0_desktop.domain.signal_payload import Person, PersonRole, Signaller, SignalPayload

MAX_DAYS = 2 * 365
_ROLES = {MemberRole.PARENT: PersonRole.PARENT, MemberRole.CHILD: PersonRole.CHILD,
          MemberRole.UNBORN: PersonRole.UNBORN, MemberRole.ADULT_CLIENT: PersonRole.ADULT_CLIENT}


class SignalRefused(ValueError):
    """This case may not be sent as a preventive signal; ``code`` says why:
    ``not_stap0`` (an acute sign or a Meldcode suspicion), ``judgement_needed``,
    ``domains_needed``, ``unknown_domain``, ``members_needed`` or ``lease_expired`` (the
    laptop has not seen the CJG for longer than the CJG's lease)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _ref(member: Member) -> str:
    return f"p{member.id}"


def people_for(members: list[Member], relations: list[Relation]) -> list[Person]:
    """The members as the signal is drafted on this laptop: role, BSN, birth year, parents,
    never names. Before anything leaves, each BSN becomes a pseudonym and the birth year
    and expected date stay behind (domain/signal_payload.py: what the CJG sees)."""
    ids = {m.id for m in members}
    parents: dict[int | None, list[str]] = {}
    for relation in relations:
        if relation.kind in (RelationKind.PARENT_OF, RelationKind.CARER_OF) and (
                relation.from_member_id in ids and relation.to_member_id in ids):
            parents.setdefault(relation.to_member_id, []).append(f"p{relation.from_member_id}")
    people = []
    for member in members:
        refs = list(parents.get(member.id, []))
        if member.role is MemberRole.UNBORN and member.mother_id in ids:
            refs = [f"p{member.mother_id}"]
        people.append(Person(
            ref=_ref(member), role=_ROLES[member.role], bsn=member.bsn,
            birth_year=member.birth_date.year if member.birth_date else None,
            expected_date=member.expected_date, parent_refs=sorted(set(refs))[:4]))
    return people


def unmatchable(payload: SignalPayload) -> list[str]:
    """The refs of people the CJG can never match: no BSN, and no parent in the signal
    with one (an unborn child matches through its mother's BSN)."""
    with_bsn = {p.ref for p in payload.people if p.bsn}
    return [p.ref for p in payload.people
            if p.ref not in with_bsn and not with_bsn.intersection(p.parent_refs)]


def member_id_of(ref: str) -> int:
    return int(ref.removeprefix("p"))


def compose(
    members: list[Member], relations: list[Relation], run: ChecklistRun,
    professional: Signaller, consent_ref: str, today: date, days: int = 365,
    meldcode_case: bool = False, domains: list[str] | None = None,
) -> SignalPayload:
    """The payload for a checklist's worry; refused when it is not a preventive case.

    ``domains`` narrows the concern domains (default: those with risks in the checklist);
    only the checklist's own domain codes can be chosen."""
    if not members:
        raise SignalRefused("members_needed")
    if run.acute_items or meldcode_case:
        raise SignalRefused("not_stap0")
    judgement = run.judgement
    if judgement is None or judgement.level is Level.LOW:
        raise SignalRefused("judgement_needed")
    known = [d.code for d in run.definition.domains]
    if domains is not None:
        if not domains:
            raise SignalRefused("domains_needed")
        unknown = set(domains) - set(known)
        if unknown:
            raise SignalRefused("unknown_domain")
        chosen = [code for code in known if code in domains]
    else:
        chosen = domains_at_risk(run) or known[:1]
    return SignalPayload(
        people=people_for(members, relations), professional=professional,
        signalled_on=today, domains=chosen, judgement=judgement.level.value,  # type: ignore[arg-type]
        ends_on=today + timedelta(days=min(days, MAX_DAYS)), consent_ref=consent_ref,
    )
