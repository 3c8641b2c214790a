"""Fictional demo caseloads: Dutch-sounding families, visits and notes.

Everything here is invented. Names are combined at random from common given names and
surnames; BSNs come only from the range kept for testing (999 99x xxx), so no real
person's number is ever used. The same seed always gives the same caseload.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from stap0_desktop.demo.checklists import add_demo_checklist
from stap0_desktop.domain.bsn import bsns_in_test_range
from stap0_desktop.domain.checklists import ChecklistDefinition
from stap0_desktop.domain.models import (
    Family,
    Member,
    MemberRole,
    Note,
    Relation,
    RelationKind,
    Visit,
    VisitKind,
)
from stap0_desktop.storage import families, members, notes, visits
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.vault import Vault

GIVEN_F = ("Anouk", "Sanne", "Fleur", "Lotte", "Iris", "Noor", "Fatima", "Yasmina", "Esra",
           "Mirjam", "Kim", "Demi", "Chantal", "Naima", "Priya", "Ilse", "Marloes", "Zeynep")
GIVEN_M = ("Daan", "Bram", "Jeroen", "Mohamed", "Youssef", "Kevin", "Sem", "Ruben", "Thijs",
           "Emre", "Stefan", "Dennis", "Rachid", "Joost", "Milan", "Anil", "Bas", "Wouter")
GIVEN_CHILD = ("Liam", "Emma", "Noah", "Julia", "Luuk", "Mila", "Finn", "Saar", "Adam",
               "Yara", "Levi", "Nora", "Sami", "Lina", "Jesse", "Evi", "Ayoub", "Olivia")
SURNAMES = ("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
            "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
            "Dijkstra", "Kaya", "El Amrani", "Yilmaz", "Verhoeven", "Kramer", "Postma",
            "van Dam", "Koster", "Prins", "Huisman", "Boukhari", "Sahin", "Willems")
WIJKEN = ("Noord", "Zuid", "Centrum")   # the demo kaart's wijken
CITIES = (("Arnhem", "68"), ("Apeldoorn", "73"), ("Breda", "48"), ("Amsterdam", "10"))
STREETS = ("Lindelaan", "Kastanjestraat", "Molenweg", "Vlietstraat", "Beukenhof",
           "Zonnebloemstraat", "Havenkade", "Parklaan", "Wilgenpad", "Kerkstraat")

_OPENINGS = (
    "Huisbezoek in de keuken, {parent} was open en rustig.",
    "{parent} had het gesprek voorbereid en had vragen opgeschreven.",
    "Gesprek met {parent} aan de keukentafel, de kinderen speelden in de kamer.",
    "Bij aankomst was {parent} nog bezig met de was; daarna tijd voor het gesprek.",
)
_TOPICS = (
    "Zwangerschap verloopt volgens de verloskundige goed, controles worden bezocht.",
    "Moeder slaapt slecht en voelt zich somber sinds een paar weken.",
    "Er zijn betalingsachterstanden bij de huur; er is een brief van de verhuurder.",
    "De partner werkt in ploegendienst en is vaak weg; weinig steun bij de zorg.",
    "Opa en oma wonen dichtbij en springen regelmatig bij.",
    "De woning is klein en vochtig, de kinderen delen één kamer.",
    "{child} huilt veel en drinkt moeizaam; voeding besproken.",
    "Ouders vertellen over spanningen in de relatie, vooral rond geldzaken.",
    "Er is een schuldhulptraject gestart; overzicht van de schulden is bijna rond.",
    "{parent} zegt open te staan voor hulp en wil graag een opvoedcursus.",
    "Rookt nog, wil minderen; informatie over stoppen met roken meegegeven.",
    "Contact met de huisarts over de vermoeidheid is gepland.",
    "Het netwerk is beperkt: weinig vrienden in de buurt, familie in het buitenland.",
    "De kinderen gaan naar de peuteropvang en doen het daar goed.",
    "Toeslagen zijn nog niet aangevraagd; samen het formulier doorgenomen.",
    "Veiligheid in huis besproken: traphekje en rookmelder zijn er.",
)
_CLOSINGS = (
    "Afgesproken: over twee weken opnieuw langs.",
    "Vervolgafspraak gepland; {parent} belt als er eerder iets is.",
    "Folder van het CJG achtergelaten.",
    "Volgende keer de zorgen over de financiën verder bespreken.",
)


@dataclass(frozen=True)
class DemoSummary:
    families: int
    members: int
    visits: int
    notes: int


class DemoCaseload:
    """Writes a deterministic fictional caseload into an open vault."""

    def __init__(self, seed: int = 2026, today: date | None = None,
                 checklists: list[ChecklistDefinition] | None = None) -> None:
        self._rng = random.Random(seed)
        self._checklists = {d.id: d for d in checklists or []}
        self._today = today or date(2026, 11, 1)
        self._bsns = bsns_in_test_range()
        self._rng.shuffle(self._bsns)

    def _next_bsn(self) -> str | None:
        return self._bsns.pop() if self._bsns else None

    def note_text(self, parent: str, child: str) -> str:
        rng = self._rng
        parts = [rng.choice(_OPENINGS)]
        parts += rng.sample(_TOPICS, k=rng.randint(2, 4))
        parts.append(rng.choice(_CLOSINGS))
        return " ".join(parts).format(parent=parent, child=child)

    def write(
        self, vault: Vault, n_families: int, notes_per_family: int, batch: int = 50,
        progress: Callable[[int], None] | None = None,
    ) -> DemoSummary:
        totals = [0, 0, 0, 0]
        for start in range(0, n_families, batch):
            with vault.transaction() as tx:
                for _ in range(start, min(start + batch, n_families)):
                    counts = self._family(tx, notes_per_family)
                    totals = [a + b for a, b in zip(totals, counts, strict=True)]
            if progress is not None:
                progress(min(start + batch, n_families))
        return DemoSummary(*totals)

    def _family(self, tx: Transaction, n_notes: int) -> tuple[int, int, int, int]:
        rng = self._rng
        surname = rng.choice(SURNAMES)
        city, postcode = rng.choice(CITIES)
        street = f"{rng.choice(STREETS)} {rng.randint(1, 180)}"
        family = families.create_family(tx, Family(
            name=f"Gezin {surname[0].upper()}{surname[1:]}",
            street_address=street,
            wijk=WIJKEN[len(street) % len(WIJKEN)],  # not from rng: the same families as before
            postcode=f"{postcode}{rng.randint(10, 99)} {rng.choice('ABCDEHKLMNPRST')}"
                     f"{rng.choice('ABCDEHKLMNPRST')}",
            city=city,
        ))
        assert family.id is not None
        mother = members.add_member(tx, family.id, Member(
            role=MemberRole.PARENT, given_name=rng.choice(GIVEN_F), family_name=surname,
            bsn=self._next_bsn() if rng.random() < 0.5 else None,
            birth_date=self._today - timedelta(days=rng.randint(19 * 365, 40 * 365)),
        ))
        people = [mother]
        if rng.random() < 0.7:
            people.append(members.add_member(tx, family.id, Member(
                role=MemberRole.PARENT, given_name=rng.choice(GIVEN_M), family_name=surname,
                birth_date=self._today - timedelta(days=rng.randint(20 * 365, 45 * 365)),
            )))
        child_name = rng.choice(GIVEN_CHILD)
        for index in range(rng.randint(0, 3)):
            child = members.add_member(tx, family.id, Member(
                role=MemberRole.CHILD, given_name=child_name if index == 0
                else rng.choice(GIVEN_CHILD), family_name=surname,
                bsn=self._next_bsn() if rng.random() < 0.5 else None,
                birth_date=self._today - timedelta(days=rng.randint(30, 12 * 365)),
            ))
            assert mother.id is not None and child.id is not None
            members.add_relation(tx, Relation(
                from_member_id=mother.id, to_member_id=child.id, kind=RelationKind.PARENT_OF))
            people.append(child)
        if rng.random() < 0.4:
            people.append(members.add_member(tx, family.id, Member(
                role=MemberRole.UNBORN, family_name=surname, mother_id=mother.id,
                expected_date=self._today + timedelta(days=rng.randint(20, 200)),
            )))
        kind = VisitKind.PRENATAL if rng.random() < 0.6 else VisitKind.DEBT_COUNSELLING
        visit_ids: list[int | None] = [None]
        for number in range(rng.randint(1, 3)):
            visit = visits.add_visit(tx, Visit(
                family_id=family.id, kind=kind if number == 0 else VisitKind.FOLLOW_UP,
                visit_date=self._today - timedelta(days=rng.randint(1, 300)),
                place="thuis",
            ))
            visit_ids.append(visit.id)
        definition = self._checklists.get(
            "prenataal-huisbezoek" if kind is VisitKind.PRENATAL else "schuldhulp-huisbezoek")
        if definition is not None and rng.random() < 0.5:
            add_demo_checklist(tx, rng, family.id, definition, date.today())
        for _ in range(n_notes):
            notes.save_note(tx, Note(
                family_id=family.id, visit_id=rng.choice(visit_ids),
                body=self.note_text(mother.given_name, child_name),
            ))
        return 1, len(people), len(visit_ids) - 1, n_notes
