"""The demo colleague's file for the newcomer: a fictional family the colleague hands over,
with the parents' consent for this transfer and one note — so that the receiving side
(look at it, accept or decline, warm contact) can be tried too.

Only the colleague's throwaway vault is written; the family is not in the newcomer's demo
caseload, so accepting it adds a family rather than a second copy of one.
"""

from __future__ import annotations

from datetime import date, timedelta

from stap0_desktop.domain.consent import BasisKind, ConsentCapacity, ConsentMethod, SharingBasis
from stap0_desktop.domain.consent_text import HANDOVER_TEXT_VERSION, handover_consent_text
from stap0_desktop.domain.handover import PURPOSE_HANDOVER, HandoverChoice, receiver_name
from stap0_desktop.domain.models import Family, Member, MemberRole, Note, Relation, RelationKind
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.services.handover import HandoverService
from stap0_desktop.storage.vault import Vault
from sync.protocol.handover import DirectoryEntry

FAMILY_NAME = "Gezin Demir (overdracht demo)"
REACTION = "Fijn dat er iemand in de buurt is. Liefst 's ochtends bellen."
NOTE = ("Schuldhulptraject loopt, budgetbeheer sinds maart. Moeder verwacht over drie "
        "maanden een tweede kind; graag een kennismakingsbezoek van de JGZ.")


def hand_over_demo_family(colleague: Vault, to: DirectoryEntry, today: date) -> str:
    """Make the fictional family in the colleague's vault and queue it for ``to``, with
    consent for this transfer; the handover's id."""
    caseload = CaseloadService(colleague)
    family = caseload.create_family(Family(name=FAMILY_NAME, street_address="Fictieve Laan 3",
                                           city="Demostad")).value
    assert family.id is not None
    mother = caseload.add_member(family.id, Member(
        role=MemberRole.PARENT, given_name="Elif", family_name="Demir",
        birth_date=date(1995, 9, 14))).value
    child = caseload.add_member(family.id, Member(
        role=MemberRole.CHILD, given_name="Kerem", family_name="Demir",
        birth_date=today - timedelta(days=2 * 365))).value
    assert mother.id is not None and child.id is not None
    caseload.add_relation(Relation(from_member_id=mother.id, to_member_id=child.id,
                                   kind=RelationKind.PARENT_OF))
    note = caseload.save_note(Note(family_id=family.id, body=NOTE)).value
    assert note.id is not None
    choice = HandoverChoice(member_ids=frozenset({mother.id, child.id}), checklist=False,
                            note_ids=frozenset({note.id}), reaction=REACTION)
    owner = colleague.owner
    valid_until = today + timedelta(days=60)
    text = handover_consent_text(
        "nl", recipient=receiver_name(to), professional=owner.name,
        organisation=owner.organisation, people=["Elif Demir", "Kerem Demir"],
        what="de gezinsleden met namen en geboortedata; het plan; 1 notitie",
        valid_until=valid_until)
    consent = SharingBasis(
        family_id=family.id, kind=BasisKind.CONSENT, member_ids=sorted(choice.member_ids),
        purpose=PURPOSE_HANDOVER, recipient=receiver_name(to), given_by="Elif Demir",
        capacity=ConsentCapacity.PARENT, method=ConsentMethod.SPOKEN,
        text_version=HANDOVER_TEXT_VERSION, text_sha256=text.sha256, text_shown=text.text,
        recorded_by=owner.name, valid_until=valid_until)
    package = HandoverService(colleague).hand_over(family.id, choice, consent, to,
                                                   today=today).value
    return package.handover_id
