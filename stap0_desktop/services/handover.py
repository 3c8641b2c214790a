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
from datetime import date, datetime

from stap0_desktop.domain.access import AccessAction
from stap0_desktop.domain.assessment import ChecklistRun
from stap0_desktop.domain.consent import SharingBasis
from stap0_desktop.domain.handover import (
    PURPOSE_HANDOVER,
    CoordinationPart,
    FileParts,
    HandoverChoice,
    ReferralPart,
    compose_package,
    receiver_name,
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
from sync.protocol.coordination import add_working_days
from sync.protocol.handover import DirectoryEntry, HandoverPackage
from sync.protocol.models import Professional

CHOICES = ("keep", "archive", "erase")


@dataclass(frozen=True)
class HandoverItem:
    """One handover as the overview lists it, received or sent, with what is due: warm
    contact confirmed by the receiver within the CJG's term after acceptance."""

    id: str
    received: bool               # this laptop is the receiver
    family: str                  # the family's name (from the package, or the file; "" once
                                 # a declined package is gone)
    family_id: int | None
    other: str                   # the sender (received) or the receiver (sent)
    state: str
    problem: str | None = None
    warm_contact: str | None = None
    due: date | None = None      # warm contact by then (once accepted, until confirmed)
    choice: str | None = None    # the sender's keep / archive / erase, once made


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

    def preview(self, family_id: int, choice: HandoverChoice, basis: SharingBasis,
                language: str = "nl", today: date | None = None) -> OpResult[HandoverPackage]:
        """Exactly what would travel with this consent (not yet recorded); ValueError with
        the reason when it cannot."""
        day = today or date.today()
        with self._vault.transaction() as tx:
            package = self._compose(tx, family_id, choice, basis, language, day,
                                    uuid.uuid4().hex)
        return OpResult(package)

    def _compose(self, tx: Transaction, family_id: int, choice: HandoverChoice,
                 basis: SharingBasis, language: str, day: date,
                 handover_id: str) -> HandoverPackage:
        if basis.family_id != family_id:
            raise InvalidReference(field="basis_id", reason="other_basis")
        return compose_package(_parts(tx, family_id), choice, basis,
                               _sender(tx, self._vault.owner.name,
                                       self._vault.owner.organisation),
                               handover_id, day, language)

    def hand_over(self, family_id: int, choice: HandoverChoice, consent: SharingBasis,
                  to: DirectoryEntry, language: str = "nl",
                  today: date | None = None) -> OpResult[HandoverPackage]:
        """Record the parents' consent for this transfer and queue what was previewed, in
        one transaction (neither without the other)."""
        day = today or date.today()
        with self._vault.transaction() as tx:
            basis = sharing.record_basis(tx, consent)
            assert basis.id is not None
            package = self._queue(tx, family_id, choice, basis, to, language, day)
        return OpResult(package, _changed(family_id))

    def queue(self, family_id: int, choice: HandoverChoice, basis_id: int,
              to: DirectoryEntry, language: str = "nl",
              today: date | None = None) -> OpResult[HandoverPackage]:
        """Compose again and queue with a recorded consent; the sync seals it to ``to``."""
        day = today or date.today()
        with self._vault.transaction() as tx:
            package = self._queue(tx, family_id, choice, sharing.get_basis(tx, basis_id), to,
                                  language, day)
        return OpResult(package, _changed(family_id))

    def _queue(self, tx: Transaction, family_id: int, choice: HandoverChoice,
               basis: SharingBasis, to: DirectoryEntry, language: str,
               day: date) -> HandoverPackage:
        if to.professional.name not in basis.recipient:
            raise InvalidReference(field="basis_id", reason="other_recipient")
        package = self._compose(tx, family_id, choice, basis, language, day, uuid.uuid4().hex)
        assert basis.id is not None
        handovers.queue_out(tx, package.handover_id, family_id, basis.id, to.device_id,
                            receiver_name(to), package.model_dump_json())
        return package

    def record_consent(self, consent: SharingBasis) -> OpResult[SharingBasis]:
        """The parents' consent for a later handover (with the whole caseload)."""
        with self._vault.transaction() as tx:
            stored = sharing.record_basis(tx, consent)
        return OpResult(stored, _changed(consent.family_id))

    def consents_for(self, to: DirectoryEntry, today: date | None = None,
                     ) -> OpResult[list[tuple[int, str, SharingBasis | None, bool]]]:
        """For handing over a whole caseload to ``to``: every open family (id, name), its
        valid consent for a transfer to this receiver (or None), and whether it is on its
        way to them already."""
        day = today or date.today()
        with self._vault.transaction() as tx:
            return OpResult([(summary.id, summary.name, _consent(tx, summary.id, to, day),
                              _on_its_way(tx, summary.id, to))
                             for summary in families.list_families(tx)])

    def hand_over_caseload(self, to: DirectoryEntry, language: str = "nl",
                           today: date | None = None) -> OpResult[list[tuple[int, str]]]:
        """Every family with consent for this receiver, queued with what a handover sends
        by default (members, checklist summary, plan; no notes). The families left out,
        for want of consent: (id, name)."""
        day = today or date.today()
        left_out: list[tuple[int, str]] = []
        touched: set[int] = set()
        with self._vault.transaction() as tx:
            for summary in families.list_families(tx):
                if _on_its_way(tx, summary.id, to):
                    continue
                basis = _consent(tx, summary.id, to, day)
                if basis is None:
                    left_out.append((summary.id, summary.name))
                    continue
                choice = HandoverChoice(member_ids=frozenset(basis.member_ids))
                self._queue(tx, summary.id, choice, basis, to, language, day)
                touched.add(summary.id)
        return OpResult(left_out, ChangeSet(families=frozenset(touched), outbox=True,
                                            follow_ups=True))

    def sent(self, family_id: int | None = None) -> OpResult[list[OutRow]]:
        with self._vault.transaction() as tx:
            rows = (handovers.every_out(tx) if family_id is None
                    else handovers.out_for_family(tx, family_id))
        return OpResult(rows)

    def withdraw(self, handover_id: str) -> OpResult[str | None]:
        """Take a file back before the receiver answered (logged): withdrawn here at once
        when it has not left yet, else at the CJG at the next sync (``withdrawing``). None
        when it is too late: answered, expired or refused."""
        with self._vault.transaction() as tx:
            row = handovers.get_out(tx, handover_id)
            state = handovers.withdraw_out(tx, handover_id)
        if state is None:
            return OpResult(None, ChangeSet())
        # The family's file changed, and a withdrawal waits to go: the window syncs now.
        return OpResult(state, _changed(row.family_id if row is not None else None))

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

    def overview(self, today: date | None = None) -> OpResult[list[HandoverItem]]:
        """Every handover received or sent, newest first, with warm contact due (one
        read)."""
        with self._vault.transaction() as tx:
            days = connection_store.regie_terms(connection_store.load(tx))[0]
            received, sent = handovers.incoming(tx), handovers.every_out(tx)
            # A received file's name from the family it became (its package is not kept):
            # those families only, not the whole caseload.
            named = {r.family_id for r in received if not r.package and r.family_id}
            names = {f.id: f.name for f in families.list_families(
                tx, archived=True, ids=named)} if named else {}
        items = [HandoverItem(
            r.id, True, HandoverPackage.model_validate_json(r.package).family.name
            if r.package else names.get(r.family_id or -1, ""), r.family_id, r.from_name,
            r.state, r.problem, r.warm_contact,
            _due(r.answered_at if r.state == "accepted" else None, r.warm_contact, days))
            for r in received]
        items += [HandoverItem(
            o.id, False, HandoverPackage.model_validate_json(o.package).family.name,
            o.family_id, o.to_name, o.state, o.error, o.warm_contact,
            _due(o.answered_at if o.state == "accepted" else None, o.warm_contact, days),
            o.choice) for o in sent]
        return OpResult(list(reversed(items)))

    def provenance(self, family_id: int) -> OpResult[dict[str, object] | None]:
        with self._vault.transaction(write=False) as tx:
            text = families.provenance(tx, family_id)
        return OpResult(json.loads(text) if text else None)


def _consent(tx: Transaction, family_id: int, to: DirectoryEntry,
             day: date) -> SharingBasis | None:
    bases = [b for b in sharing.bases_for_family(tx, family_id)
             if b.purpose == PURPOSE_HANDOVER and b.valid_on(day)
             and to.professional.name in b.recipient]
    return bases[-1] if bases else None


def _on_its_way(tx: Transaction, family_id: int, to: DirectoryEntry) -> bool:
    return any(row.to_device == to.device_id and row.state not in ("refused", "expired",
                                                                      "declined")
               for row in handovers.out_for_family(tx, family_id))


def _due(accepted_at: str | None, warm_contact: str | None, days: int) -> date | None:
    if accepted_at is None or warm_contact is not None:
        return None
    return add_working_days(datetime.fromisoformat(accepted_at.replace("Z", "+00:00"))
                            .astimezone().date(), days)


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
        notes.save_note(tx, Note(family_id=family.id, body=note.text,
                                 written_on=note.written_on))
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
