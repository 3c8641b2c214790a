"""Warm handover from the professional's side: choose the receiver from the CJG's
directory, compose what travels (previewed exactly), queue it with the parents' consent for
this transfer; receive, accept (imported as a family with its provenance, in one
transaction) or decline; confirm warm contact; and after the receiver's answer keep,
archive or erase the family here.

The sync (``sync/client/handover_client.py``) seals, sends and fetches; this service
never touches the wire."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date

from stap0_desktop.domain.access import AccessAction
from stap0_desktop.domain.assessment import ChecklistRun
from stap0_desktop.domain.handover import (
    PURPOSE_HANDOVER,
    CoordinationPart,
    FileParts,
    HandoverChoice,
    ReferralPart,
    compose_package,
)
from stap0_desktop.domain.models import Family, Member, MemberRole, Note, Relation, RelationKind
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.storage import (
    checklist_runs,
    connection_store,
    families,
    handovers,
    kaart_store,
    members,
    notes,
    outbox_store,
    sharing,
)
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.errors import InvalidReference, NotFound
from stap0_desktop.storage.handovers import InRow, OutRow
from stap0_desktop.storage.vault import Vault
from sync.protocol.handover import DirectoryEntry, HandoverPackage
from sync.protocol.models import Professional

CHOICES = ("keep", "archive", "erase")


@dataclass(frozen=True)
class Received:
    """A package that arrived: from whom (as the CJG's directory vouches), and what."""

    row: InRow
    package: HandoverPackage | None


def _changed(family_id: int | None = None) -> ChangeSet:
    return ChangeSet(families=frozenset({family_id}) if family_id is not None else frozenset(),
                     outbox=True, follow_ups=True)


class HandoverService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- the directory ---------------------------------------------------------------------
    def directory(self, text: str = "") -> OpResult[list[DirectoryEntry]]:
        """Enrolled professionals to hand over to (offline: as the last sync brought them),
        this laptop left out."""
        with self._vault.transaction(write=False) as tx:
            connection = connection_store.load(tx)
            found = handovers.directory(tx, text)
        mine = connection.device_id if connection else None
        entries = [DirectoryEntry.model_validate_json(e) for e in found]
        return OpResult([e for e in entries if e.device_id != mine])

    # -- composing and queueing ----------------------------------------------------------
    def parts(self, family_id: int) -> OpResult[FileParts]:
        """What a package can be made of (one logged read of the family's file)."""
        with self._vault.transaction() as tx:
            return OpResult(_parts(tx, family_id))

    def compose(self, family_id: int, choice: HandoverChoice, basis_id: int,
                language: str = "nl", today: date | None = None) -> OpResult[HandoverPackage]:
        """Exactly what would travel (the preview); ValueError when it cannot."""
        day = today or date.today()
        with self._vault.transaction() as tx:
            package = self._compose(tx, family_id, choice, basis_id, language, day,
                                    uuid.uuid4().hex)
        return OpResult(package)

    def _compose(self, tx: Transaction, family_id: int, choice: HandoverChoice,
                 basis_id: int, language: str, day: date, handover_id: str) -> HandoverPackage:
        basis = sharing.get_basis(tx, basis_id)
        if basis.family_id != family_id:
            raise InvalidReference(field="basis_id", reason="other_basis")
        return compose_package(_parts(tx, family_id), choice, basis,
                               _sender(tx, self._vault.owner.name,
                                       self._vault.owner.organisation),
                               handover_id, day, language)

    def queue(self, family_id: int, choice: HandoverChoice, basis_id: int,
              to: DirectoryEntry, language: str = "nl",
              today: date | None = None) -> OpResult[HandoverPackage]:
        """Compose again and queue what was previewed; the sync seals it to ``to``."""
        day = today or date.today()
        with self._vault.transaction() as tx:
            basis = sharing.get_basis(tx, basis_id)
            if to.professional.name not in basis.recipient:
                raise InvalidReference(field="basis_id", reason="other_recipient")
            package = self._compose(tx, family_id, choice, basis_id, language, day,
                                    uuid.uuid4().hex)
            handovers.queue_out(tx, package.handover_id, family_id, basis_id, to.device_id,
                                to.professional.summary(), package.model_dump_json())
        return OpResult(package, _changed(family_id))

    def sent(self, family_id: int | None = None) -> OpResult[list[OutRow]]:
        with self._vault.transaction() as tx:
            rows = (handovers.every_out(tx) if family_id is None
                    else handovers.out_for_family(tx, family_id))
        return OpResult(rows)

    def after_answer(self, handover_id: str, choice: str) -> OpResult[int | None]:
        """The receiver has the file: keep it here, archive it, or erase it (AVG art. 17);
        the choice is logged. The family's id when it was erased."""
        if choice not in CHOICES:
            raise ValueError(choice)
        with self._vault.transaction() as tx:
            row = handovers.get_out(tx, handover_id)
            if row is None or row.family_id is None:
                raise NotFound(kind="handover", id=handover_id)
            family_id = row.family_id
            handovers.set_choice(tx, handover_id, choice)
            tx.log_family(AccessAction.UPDATE, family_id, f"handover_{choice}", handover_id)
            if choice == "archive":
                families.set_archived(tx, family_id, True)
            if choice == "erase":
                families.erase_family(tx, family_id)
        if choice == "erase":
            self._vault.compact()
            return OpResult(family_id, ChangeSet(family_list=True, outbox=True,
                                                 families_gone=frozenset({family_id})))
        return OpResult(None, ChangeSet(family_list=True, families=frozenset({family_id}),
                                        outbox=True))

    # -- receiving ---------------------------------------------------------------------
    def received(self) -> OpResult[list[Received]]:
        with self._vault.transaction() as tx:
            rows = handovers.incoming(tx)
        return OpResult([Received(r, HandoverPackage.model_validate_json(r.package)
                                  if r.package else None) for r in rows])

    def accept(self, handover_id: str) -> OpResult[int]:
        """Import the package as a family with its provenance — all of it or nothing, in
        one transaction — and queue the signed "accepted" for the sender."""
        with self._vault.transaction() as tx:
            row = handovers.get_in(tx, handover_id)
            if row is None or row.state != "new" or row.package is None:
                raise NotFound(kind="handover", id=handover_id)
            package = HandoverPackage.model_validate_json(row.package)
            family_id = _import(tx, package, row)
            handovers.answer_in(tx, handover_id, "accepted", family_id)
        return OpResult(family_id, ChangeSet(family_list=True, families=frozenset({family_id}),
                                             outbox=True, follow_ups=True))

    def decline(self, handover_id: str) -> OpResult[None]:
        with self._vault.transaction() as tx:
            handovers.answer_in(tx, handover_id, "declined", None)
        return OpResult(None, _changed())

    def warm_contact(self, handover_id: str) -> OpResult[None]:
        """Warm contact with the family was made: the sender is told."""
        with self._vault.transaction() as tx:
            handovers.warm_contact_in(tx, handover_id)
        return OpResult(None, _changed())

    def provenance(self, family_id: int) -> OpResult[dict[str, object] | None]:
        with self._vault.transaction(write=False) as tx:
            text = families.provenance(tx, family_id)
        return OpResult(json.loads(text) if text else None)


def _sender(tx: Transaction, name: str, organisation: str) -> Professional:
    """This professional as the CJG enrolled them (what the receiver's directory says)."""
    connection = connection_store.load(tx)
    if connection is not None and connection.identity_json:
        return Professional.model_validate_json(connection.identity_json)
    return Professional(name=name, organisation=organisation or "-")


def _parts(tx: Transaction, family_id: int) -> FileParts:
    runs = [r for r in checklist_runs.list_runs(tx, family_id) if r.judgement is not None]
    latest: ChecklistRun | None = runs[-1] if runs else None
    referrals = [ReferralPart(r.entry.organisation, r.entry.offer,
                              r.entry.phone or r.entry.email,
                              date.fromisoformat(r.created_at[:10]))
                 for r in kaart_store.referrals_for(tx, family_id)]
    coordination = [CoordinationPart(
        n.organisation, n.coordination.agreed.regisseur.organisation
        if n.coordination.agreed else "",
        n.coordination.agreed.regisseur.until if n.coordination.agreed else None)
        for n in outbox_store.notices_for_family(tx, family_id) if not n.ended]
    return FileParts(family=families.get_family(tx, family_id),
                     members=members.list_members(tx, family_id),
                     relations=members.list_relations(tx, family_id), latest_run=latest,
                     referrals=referrals, coordination=coordination,
                     notes=notes.list_notes(tx, family_id))


def _import(tx: Transaction, package: HandoverPackage, row: InRow) -> int:
    """A new family from the package; every row logged as created (NEN 7513 "C")."""
    source = package.family
    family = families.create_family(tx, Family(
        name=source.name, street_address=source.street_address, postcode=source.postcode,
        city=source.city, wijk=source.wijk))
    assert family.id is not None
    ids: dict[str, int] = {}
    for person in sorted(package.members, key=lambda m: m.role == "unborn"):
        stored = members.add_member(tx, family.id, Member(
            role=MemberRole(person.role.value), given_name=person.given_name,
            family_name=person.family_name, bsn=person.bsn, birth_date=person.birth_date,
            expected_date=person.expected_date,
            mother_id=ids.get(person.mother_ref or "")))
        assert stored.id is not None
        ids[person.ref] = stored.id
    for relation in package.relations:
        members.add_relation(tx, Relation(from_member_id=ids[relation.from_ref],
                                          to_member_id=ids[relation.to_ref],
                                          kind=RelationKind(relation.kind)))
    for note in package.notes:
        notes.save_note(tx, Note(family_id=family.id, body=note.text))
    families.set_provenance(tx, family.id, json.dumps({
        "handover_id": package.handover_id, "from": row.from_name, "sent_on":
        package.sent_on.isoformat(), "received_on": date.today().isoformat(),
        "checklist": package.checklist.model_dump(mode="json") if package.checklist else None,
        "referrals": [r.model_dump(mode="json") for r in package.referrals],
        "coordination": [c.model_dump(mode="json") for c in package.coordination],
        "consent": package.consent.model_dump(mode="json"), "reaction": package.reaction,
        "notes": [n.written_on.isoformat() for n in package.notes]}, ensure_ascii=False))
    tx.log_family(AccessAction.CREATE, family.id, "handover_imported", row.id)
    return family.id


__all__ = ["PURPOSE_HANDOVER", "HandoverService", "Received"]
