"""The one Qt-free way in (services/session.py): create, open and recover give a session
that owns its vault thread, services and sync; the change bus; what a round changed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from stap0_desktop.domain.models import Family
from stap0_desktop.services.operations import ChangeSet
from stap0_desktop.services.session import ChangeBus, Session, round_changes
from stap0_desktop.services.vaults import (
    UnlockAttempts,
    WrongPassphrase,
    generate_recovery_pair,
    load_recovery_private_key,
    write_recovery_pair,
)
from sync.client.sync_client import PushSummary
from tests.conftest import FAST_KDF, NEW_PASSPHRASE, OWNER, secret


def _vault_threads() -> set[str]:
    return {t.name for t in threading.enumerate() if t.name.startswith("stap0-vault")}


def test_a_created_session_is_opened_again_and_closed_with_its_thread(tmp_path: Path) -> None:
    before = _vault_threads()
    session = Session.create(tmp_path / "kluis", secret(), OWNER, kdf=FAST_KDF)
    family = session.runner.run(
        lambda: session.caseload.create_family(Family(name="Fam. Sessie"))).value
    assert session.owner.name == OWNER.name
    assert session.data_folder == tmp_path / "kluis"
    session.close()
    assert not session.vault.is_open
    assert _vault_threads() == before                     # its thread ended with it

    again = Session.open(tmp_path / "kluis", secret())
    try:
        names = [f.name for f in again.runner.run(again.caseload.list_families).value]
        assert family.name in names
    finally:
        again.close()


def test_a_wrong_passphrase_opens_nothing_and_leaves_no_thread(tmp_path: Path) -> None:
    Session.create(tmp_path / "kluis", secret(), OWNER, kdf=FAST_KDF).close()
    before = _vault_threads()
    attempts = UnlockAttempts(tmp_path / "kluis")
    with pytest.raises(WrongPassphrase):
        Session.open(tmp_path / "kluis", secret("een verkeerde maar lange zin"), attempts)
    assert attempts.state().failures == 1                 # counted, as in the window
    assert _vault_threads() == before


def test_recover_sets_a_new_passphrase(tmp_path: Path) -> None:
    public, private = generate_recovery_pair("X25519", "Gemeente Demostad")
    write_recovery_pair(public, private, tmp_path / "pub.json", tmp_path / "priv.json")
    Session.create(tmp_path / "kluis", secret(), OWNER, kdf=FAST_KDF,
                   recovery_public_key=tmp_path / "pub.json").close()
    Session.recover(tmp_path / "kluis", load_recovery_private_key(tmp_path / "priv.json"),
                    secret(NEW_PASSPHRASE), kdf=FAST_KDF).close()
    Session.open(tmp_path / "kluis", secret(NEW_PASSPHRASE)).close()
    with pytest.raises(WrongPassphrase):
        Session.open(tmp_path / "kluis", secret())


def test_the_bus_passes_on_what_changed_and_nothing_when_nothing_did() -> None:
    bus, heard = ChangeBus(), []
    stop = bus.subscribe(heard.append)
    bus.publish(ChangeSet())
    bus.publish(ChangeSet(outbox=True))
    stop()
    bus.publish(ChangeSet(kaart=True))
    assert heard == [ChangeSet(outbox=True)]


def test_a_round_that_brought_nothing_new_changes_nothing() -> None:
    assert round_changes(None).empty                                   # a failed round
    assert round_changes(PushSummary(waiting=3, notices=2)).empty       # the same as before
    assert round_changes(PushSummary(sent=1, received=1)) == ChangeSet(outbox=True)
    assert round_changes(PushSummary(notices=2, notices_changed=True,
                                     matches_changed=True)) == ChangeSet(
        outbox=True, family_list=True, follow_ups=True, matches=True)  # what is due, the banner
    assert round_changes(PushSummary(kaart_version=4)) == ChangeSet(kaart=True)
    assert round_changes(PushSummary(coordinated=1)) == ChangeSet(
        outbox=True, follow_ups=True, matches=True)            # a step confirmed by the CJG
