"""``stap0 --demo-cjg``: a loopback CJG and a simulated colleague; the demo's own signals
go out and match notices come back, with the colleague's contact and nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from stap0_desktop.demo.cjg import COLLEAGUE, DemoCjg
from stap0_desktop.demo.vault import DEMO_PASSPHRASE, make_demo_vault
from stap0_desktop.domain.coordination import Regisseur
from stap0_desktop.services.coordination import CoordinationService
from stap0_desktop.services.handover import HandoverService
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault
from sync.client.sync_client import SyncClient


def test_the_demo_sees_a_signal_go_out_and_a_match_come_back(tmp_path: Path) -> None:
    server = make_demo_vault(tmp_path / "kluis", families=20, with_cjg=True)
    assert server is not None
    try:
        with Vault.open(tmp_path / "kluis", SecretBytes.from_text(DEMO_PASSPHRASE)) as vault:
            client = SyncClient(OutboxService(vault))
            summary = client.sync()
            assert summary.received == 2 and summary.notices >= 1
            assert summary.matches_changed                  # the family list must show them
            assert not client.sync().matches_changed        # the same matches: no refresh
            families = {row.family_id for row in SignalService(vault).outbox().value}
            notices = [n for f in families for n in OutboxService(vault).notices(f).value]
    finally:
        server.close()
    assert {(n.name, n.organisation) for n in notices} == {(COLLEAGUE.name,
                                                            COLLEAGUE.organisation)}


def test_the_demo_colleague_confirms_contact_and_accepts_a_proposal(tmp_path: Path) -> None:
    demo = make_demo_vault(tmp_path / "kluis", families=20, with_cjg=True)
    assert demo is not None
    try:
        with Vault.open(tmp_path / "kluis", SecretBytes.from_text(DEMO_PASSPHRASE)) as vault:
            client = SyncClient(OutboxService(vault))
            client.sync()
            regie = CoordinationService(vault)
            today = date.today()
            first = regie.overview(today).value[0]
            suggestion = first.regie.held.suggestion    # the demo municipality's rules
            assert suggestion is not None and suggestion.organisation_kind == "jgz"
            notice = first.notice
            regie.record_contact(notice.envelope_id, notice.match_id, today)
            regie.propose(notice.envelope_id, notice.match_id, Regisseur(side="yours"),
                          today + timedelta(days=180), today)
            client.sync()
            assert demo.answer_once() == 2                  # contact confirmed, accepted
            client.sync()
            [done] = [m for m in regie.overview(today).value
                      if m.notice.match_id == notice.match_id]
    finally:
        demo.close()
    agreed = done.regie.held.agreed
    assert agreed is not None and agreed.regisseur.organisation == COLLEAGUE.organisation
    assert done.regie.held.contact_theirs == today and done.due is None


@contextmanager
def _newcomer(tmp_path: Path) -> Iterator[tuple[DemoCjg, Vault, SyncClient]]:
    """The demo with its CJG, the newcomer's vault open and its sync client (with
    handovers)."""
    from stap0_desktop.services.handover_sync import HandoverSyncService

    demo = make_demo_vault(tmp_path / "kluis", families=20, with_cjg=True)
    assert demo is not None
    try:
        with Vault.open(tmp_path / "kluis", SecretBytes.from_text(DEMO_PASSPHRASE)) as vault:
            yield demo, vault, SyncClient(OutboxService(vault),
                                          handover=HandoverSyncService(vault))
    finally:
        demo.close()


def _hand_bram_family_1(vault: Vault, client: SyncClient) -> str:
    """The newcomer hands family 1 over to the demo colleague; the handover's id."""
    from stap0_desktop.domain.handover import HandoverChoice
    from tests.builders import handover_consent

    handover = HandoverService(vault)
    [bram] = handover.directory("Bram").value
    family = handover.parts(1).value
    ids = [m.id for m in family.members if m.id is not None]
    basis_id = handover_consent(vault, 1, ids, bram.professional.summary())
    package = handover.queue(1, HandoverChoice(member_ids=frozenset(ids)), basis_id,
                             bram).value
    assert client.sync().handovers_sent == 1
    return package.handover_id


def test_the_demo_colleague_takes_a_handed_over_file_and_confirms_warm_contact(
        tmp_path: Path) -> None:
    with _newcomer(tmp_path) as (demo, vault, client):
        client.sync()
        _hand_bram_family_1(vault, client)
        demo.take_after_s = 0                          # the minute has gone by
        assert demo.answer_once() >= 1                 # accepted
        assert demo.answer_once() >= 1                 # warm contact made
        client.sync()
        [sent] = HandoverService(vault).sent(1).value
    assert sent.state == "accepted" and sent.warm_contact is not None


def test_a_file_handed_to_the_demo_colleague_waits_a_minute_and_can_be_withdrawn(
        tmp_path: Path) -> None:
    with _newcomer(tmp_path) as (demo, vault, client):
        client.sync()
        handover_id = _hand_bram_family_1(vault, client)
        assert demo.take_after_s == 60
        assert demo.answer_once() == 0                 # fetched, not yet read
        handover = HandoverService(vault)
        assert handover.withdraw(handover_id).value == "withdrawing"
        client.sync()
        [sent] = handover.sent(1).value
        assert sent.state == "withdrawn"
        demo.take_after_s = 0                          # later: nothing left to take
        assert demo.answer_once() == 0
        client.sync()
        [sent] = handover.sent(1).value
    assert sent.state == "withdrawn"


def test_the_demo_colleague_hands_a_fictional_family_over_to_the_newcomer(
        tmp_path: Path) -> None:
    from stap0_desktop.demo.handover import FAMILY_NAME, REACTION
    from stap0_desktop.services.caseload import CaseloadService

    with _newcomer(tmp_path) as (_demo, vault, client):
        assert client.sync().handovers_received == 1   # handed over at the start
        assert client.sync().handovers_received == 0   # once
        handover = HandoverService(vault)
        [arrived] = handover.received().value
        assert arrived.package is not None
        assert arrived.package.family.name == FAMILY_NAME
        assert arrived.package.reaction == REACTION
        family_id = handover.accept(arrived.row.id).value
        client.sync()
        people = CaseloadService(vault).family_people(family_id).value
        [done] = handover.received().value
    assert sorted(m.given_name for m in people.members) == ["Elif", "Kerem"]
    assert done.row.state == "accepted" and done.package is None   # not kept twice
