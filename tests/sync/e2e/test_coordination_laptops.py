"""Two laptops and the real inbox over HTTPS: a match becomes coordination — contact
confirmed by both, a regisseur proposed, a counter-proposal, agreement — and a withdrawn
signal ends it on both laptops. Nothing of the family travels: only steps, dates and
organisations."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from stap0_desktop.domain.coordination import RegieDue, Regisseur
from stap0_desktop.services.coordination import CoordinationService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage.errors import InvalidReference
from stap0_desktop.storage.vault import Vault
from sync.client.sync_client import SyncClient
from sync.server.loopback import LoopbackServer
from tests.builders import matched_laptop
from tests.conftest import REPO

pytestmark = pytest.mark.system

RULES = REPO / "resources/regie/demostad.toml"
TODAY = date.today()


@dataclass
class Laptop:
    vault: Vault
    client: SyncClient
    signal_id: str

    @property
    def regie(self) -> CoordinationService:
        return CoordinationService(self.vault)

    def match(self) -> tuple[str, str]:
        [found] = self.regie.overview(TODAY).value
        return found.notice.envelope_id, found.notice.match_id


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, LoopbackServer]]:
    with LoopbackServer(tmp_path / "cjg", rules=RULES) as server:
        nurse = Laptop(*matched_laptop(tmp_path / "tess", server, "Tess Verpleeg",
                                       "JGZ Demostad", "jgz"))
        counsellor = Laptop(*matched_laptop(tmp_path / "bram", server, "Bram Schuldhulp",
                                            "Schuldhulp Demostad", "schuldhulp"))
        for laptop in (nurse, counsellor, nurse):
            laptop.client.sync()
        try:
            yield nurse, counsellor, server
        finally:
            nurse.vault.close()
            counsellor.vault.close()


def test_a_match_becomes_agreed_coordination(
        laptops: tuple[Laptop, Laptop, LoopbackServer]) -> None:
    nurse, counsellor, _server = laptops
    [start] = nurse.regie.overview(TODAY).value
    assert start.notice.name == "Bram Schuldhulp"
    assert start.due is not None and start.due[0] is RegieDue.CONTACT
    suggestion = start.regie.held.suggestion
    assert suggestion is not None and (suggestion.organisation_kind, suggestion.side,
                                       suggestion.organisation) == ("jgz", "mine",
                                                                    "JGZ Demostad")
    envelope_id, match_id = nurse.match()
    nurse.regie.record_contact(envelope_id, match_id, TODAY)
    [pending] = nurse.regie.overview(TODAY).value      # shown at once, before it is sent
    assert pending.regie.contact_pending and pending.due is not None
    assert pending.due[0] is RegieDue.REGISSEUR
    until = TODAY + timedelta(days=180)
    nurse.regie.propose(envelope_id, match_id, Regisseur(side="mine"), until, TODAY)
    summary = nurse.client.sync()
    assert (summary.coordinated, summary.coordination_refused) == (2, 0)

    counsellor.client.sync()
    [seen] = counsellor.regie.overview(TODAY).value
    assert seen.regie.held.contact_theirs == TODAY and seen.regie.held.contact_mine is None
    proposal = seen.regie.held.proposal
    assert proposal is not None and proposal.by == "other"
    assert (proposal.regisseur.side, proposal.regisseur.organisation,
            proposal.regisseur.until) == ("yours", "JGZ Demostad", until)
    theirs_id, theirs_match = counsellor.match()
    counsellor.regie.record_contact(theirs_id, theirs_match, TODAY)
    counsellor.regie.propose(theirs_id, theirs_match, Regisseur(
        side="third", organisation="Wijkteam Demostad Noord"), until, TODAY)
    counsellor.client.sync()

    nurse.client.sync()
    [counter] = nurse.regie.overview(TODAY).value
    assert counter.regie.held.contact_theirs == TODAY
    offered = counter.regie.held.proposal
    assert offered is not None and offered.by == "other"
    assert offered.regisseur.organisation == "Wijkteam Demostad Noord"
    nurse.regie.accept(envelope_id, match_id, offered.id, TODAY)
    nurse.client.sync()
    counsellor.client.sync()
    for laptop in (nurse, counsellor):
        [done] = laptop.regie.overview(TODAY).value
        agreed = done.regie.held.agreed
        assert agreed is not None and agreed.regisseur.organisation == "Wijkteam Demostad Noord"
        assert agreed.regisseur.side == "third" and agreed.regisseur.until == until
        assert done.due is None and done.regie.held.suggestion is None
    sharing = SignalService(nurse.vault).for_family(1).value
    assert [s.state for s in sharing.steps] == ["received"] * 3
    exported = [row for row in nurse.vault.db.conn.execute(
        "SELECT action, object_type FROM access_log WHERE object_type = 'coordination_sent'")]
    assert len(exported) == 3 and {a for a, _ in exported} == {"E"}


def test_a_withdrawn_signal_ends_coordination_on_both_laptops(
        laptops: tuple[Laptop, Laptop, LoopbackServer]) -> None:
    nurse, counsellor, _server = laptops
    envelope_id, match_id = nurse.match()
    SignalService(nurse.vault).withdraw_signal(nurse.signal_id)
    nurse.regie.record_contact(envelope_id, match_id, TODAY)   # queued before it went
    nurse.client.sync()
    counsellor.client.sync()
    assert nurse.regie.overview(TODAY).value == []
    assert counsellor.regie.overview(TODAY).value == []         # ended: nothing due
    [notice] = SignalService(counsellor.vault).for_family(1).value.notices
    assert notice.ended
    theirs_id, theirs_match = notice.envelope_id, notice.match_id
    with pytest.raises(InvalidReference):
        counsellor.regie.record_contact(theirs_id, theirs_match, TODAY)
