"""Builders the tests share: a family with a judged checklist and its consent, an enrolled
laptop and its queued signals, canary notes, the demo kaart, an old vault, a full disk.
Imported by name from here — never as private helpers of another test module."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from stap0_desktop.domain.assessment import Answer, ItemAnswer, Judgement, Level
from stap0_desktop.domain.checklists import parse_definition
from stap0_desktop.domain.consent import (
    CONSENT_TEXT_VERSION,
    BasisKind,
    ConsentCapacity,
    ConsentMethod,
    SharingBasis,
    text_hash,
)
from stap0_desktop.domain.models import (
    Family,
    Member,
    MemberRole,
    Note,
    Professional,
    Relation,
    RelationKind,
)
from stap0_desktop.domain.outbox import SignalState
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.services.checklists import ChecklistService
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage import keyslots, migrations
from stap0_desktop.storage.connection import open_connection
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault, _write_meta
from sync.client.sync_client import SyncClient
from sync.protocol.crypto import unb64
from sync.protocol.models import ConnectionProfile, Envelope, Receipt
from sync.protocol.receipts import verify_receipt
from sync.server.loopback import LoopbackServer
from tests.conftest import FAST_KDF, OWNER, REPO, child_env, secret

TODAY = date.today()


CONSENT_TEXT = "U geeft toestemming om uw zorg te delen met het CJG Demostad."


def signal_family(vault: Vault) -> tuple[int, list[int], int]:
    caseload = CaseloadService(vault)
    family = caseload.create_family(Family(name="Gezin Verhoeven")).value
    assert family.id is not None
    mother = caseload.add_member(family.id, Member(
        role=MemberRole.PARENT, given_name="Saar", family_name="Verhoeven",
        bsn="999990019", birth_date=date(1998, 3, 4))).value
    child = caseload.add_member(family.id, Member(
        role=MemberRole.CHILD, given_name="Mees", birth_date=date(2024, 6, 1))).value
    unborn = caseload.add_member(family.id, Member(
        role=MemberRole.UNBORN, mother_id=mother.id,
        expected_date=TODAY + timedelta(days=90))).value
    assert mother.id and child.id and unborn.id
    caseload.add_relation(Relation(from_member_id=mother.id, to_member_id=child.id,
                                   kind=RelationKind.PARENT_OF))
    checklists = ChecklistService(vault)
    run = checklists.start(family.id, prenatal_definition()).value
    assert run.id is not None
    checklists.answer(run.id, ItemAnswer(item_id="PO3", answer=Answer.YES))
    checklists.answer(run.id, ItemAnswer(item_id="PL1", answer=Answer.YES))
    checklists.judge(run.id, Judgement(level=Level.RAISED, reason="Somberheid, geldzorgen"))
    return family.id, [mother.id, child.id, unborn.id], run.id


def sharing_consent(family_id: int, member_ids: list[int], **changes: object) -> SharingBasis:
    values: dict[str, object] = dict(
        family_id=family_id, kind=BasisKind.CONSENT, member_ids=member_ids,
        recipient="CJG Demostad", given_by="Saar Verhoeven", capacity=ConsentCapacity.PARENT,
        method=ConsentMethod.SPOKEN, text_version=CONSENT_TEXT_VERSION,
        text_sha256=text_hash(CONSENT_TEXT), recorded_by="Tess Verpleeg",
        valid_until=TODAY + timedelta(days=365))
    values.update(changes)
    return SharingBasis.model_validate(values)


SHIPPED = REPO / "resources/checklists"


PRENATAL = SHIPPED / "prenataal-huisbezoek.toml"


def prenatal_definition():  # type: ignore[no-untyped-def]
    result = parse_definition(PRENATAL.read_text(), str(PRENATAL))
    assert not isinstance(result, list), result
    return result


def enrolled_client(vault: Vault, server: LoopbackServer, timeout: float = 5.0) -> SyncClient:
    client = SyncClient(OutboxService(vault), timeout=timeout)
    client.import_profile(server.profile_path.read_text())
    client.enroll(server.invite("Tess Verpleeg", "JGZ Demostad", "0800-0000000"))
    assert OutboxService(vault).confirm_enrollment().value
    return client


def matched_laptop(folder: Path, server: LoopbackServer, name: str, organisation: str,
                   kind: str = "", timeout: float = 10.0) -> tuple[Vault, SyncClient, str]:
    """A professional's laptop enrolled with ``server`` that has signalled the fictional
    Gezin Verhoeven (as ``signal_family`` makes it): two of them, of different
    professionals, match. The vault (the caller closes it), its client, its signal."""
    vault = Vault.create(folder, secret(), Professional(
        user_id=name.split()[0].lower(), name=name, role="professional",
        organisation=organisation), kdf=FAST_KDF)
    client = SyncClient(OutboxService(vault), timeout=timeout)
    client.import_profile(server.profile_path.read_text())
    client.enroll(server.invite(name, organisation, "0800-0000000", role="professional",
                                organisation_kind=kind))
    assert OutboxService(vault).confirm_enrollment().value
    [signal_id] = queue_signals(vault, 1)
    return vault, client, signal_id


def handover_laptop(folder: Path, server: LoopbackServer, name: str,
                    organisation: str) -> tuple[Vault, SyncClient]:
    """A professional's laptop enrolled with ``server`` whose sync also hands over family
    files (the caller closes the vault)."""
    from stap0_desktop.services.handover_sync import HandoverSyncService

    vault = Vault.create(folder, secret(), Professional(
        user_id=name.split()[0].lower(), name=name, role="professional",
        organisation=organisation), kdf=FAST_KDF)
    client = SyncClient(OutboxService(vault), timeout=10,
                        handover=HandoverSyncService(vault))
    client.import_profile(server.profile_path.read_text())
    client.enroll(server.invite(name, organisation, "0800-0000000", role="professional"))
    assert OutboxService(vault).confirm_enrollment().value
    return vault, client


def handover_consent(vault: Vault, family_id: int, member_ids: list[int],
                     recipient: str) -> int:
    """The parents' consent for handing the file over to ``recipient``; its id."""
    from stap0_desktop.domain.handover import PURPOSE_HANDOVER

    basis = SignalService(vault).record_basis(sharing_consent(
        family_id, member_ids, purpose=PURPOSE_HANDOVER, recipient=recipient)).value
    assert basis.id is not None
    return basis.id


def queue_signals(vault: Vault, count: int) -> list[str]:
    family_id, member_ids, run_id = signal_family(vault)
    signals = SignalService(vault)
    basis = signals.record_basis(sharing_consent(family_id, member_ids)).value
    assert basis.id is not None
    payload = signals.compose(run_id, basis.id).value
    return [signals.queue(basis.id, payload).value for _ in range(count)]


def assert_exactly_once(vault: Vault, server: LoopbackServer, ids: list[str]) -> None:
    rows = SignalService(vault).outbox().value
    assert sorted(r.id for r in rows) == sorted(ids)                         # none lost
    assert all(r.state is SignalState.RECEIVED for r in rows), [r.state for r in rows]
    stored = [e for e in server.repo.inbox() if e.kind == "signal"]
    assert sorted(e.id for e in stored) == sorted(ids)                       # exactly once
    digests = {e.id: e.digest for e in stored}
    profile = ConnectionProfile.model_validate_json(server.profile_path.read_text())
    key = unb64(profile.receipt_public_key)
    device_id = vault.db.conn.execute("SELECT device_id FROM cjg_connection").fetchone()[0]
    for r in rows:
        text, sealed = vault.db.conn.execute("SELECT receipt, sealed FROM outbox WHERE id = ?",
                                             (r.id,)).fetchone()
        receipt = Receipt.model_validate_json(text)
        verify_receipt(receipt, key, envelope=Envelope.model_validate_json(sealed),
                       device_id=device_id)                     # every receipt, for what was sent
        assert receipt.envelope_id == r.id and receipt.digest == digests[r.id]


def note_in_new_family(vault: Vault, body: str) -> None:
    service = CaseloadService(vault)
    family = service.create_family(Family(name="Gezin Huisman")).value
    assert family.id is not None
    service.save_note(Note(family_id=family.id, body=body))


def canary_note_bodies(folder: Path, passphrase: str) -> list[str]:
    with Vault.open(folder, secret(passphrase)) as vault:
        service = CaseloadService(vault)
        return [hit.snippet for hit in service.search("Kanarie").value]


def canary_forms(canary: str) -> list[bytes]:
    return [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.lower().encode("utf-8")]


def files_holding(folder: Path, needles: list[bytes], since: float | None = None) -> list[Path]:
    found = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            try:
                if since is not None and path.stat().st_mtime < since:
                    continue
                if path.stat().st_size > 256 * 1024 * 1024:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if any(needle in data for needle in needles):
                found.append(path)
    return found


KAART_DOMAINS = {"ouder_gezin", "kind", "zwangerschap", "leefomstandigheden",
           "maatschappij_cultuur", "kindcheck"}


DEMO_KAART = REPO / "resources/kaart/demostad.json"


def vault_at_version(folder: Path, version: int) -> None:
    """Build a vault whose schema stops at ``version``, with data valid at that version."""
    folder.mkdir(parents=True)
    key = SecretBytes.random()
    vault_id = keyslots.new_vault_id()
    slot = keyslots.wrap_with_passphrase(key, secret(), FAST_KDF, vault_id)
    keyslots.write_slot_file(folder / "keyslots.json", keyslots.new_slot_file(vault_id, slot))
    conn = open_connection(folder / "vault.db", key, create=True)
    migrations.migrate(conn, target=version)
    if version >= 1:
        _write_meta(conn, vault_id, OWNER)
        conn.execute("BEGIN")
        conn.execute("INSERT INTO family (id, uid, name, created_at, updated_at)"
                     " VALUES (1, 'f1', 'Gezin Oud', '2024-01-01', '2024-01-01')")
        conn.execute("INSERT INTO note (family_id, body, created_at, updated_at)"
                     " VALUES (1, 'Notitie van vóór de upgrade over huisvesting',"
                     " '2024-01-01T10:00:00+00:00', '2024-01-01T10:00:00+00:00')")
        conn.execute("COMMIT")
    conn.close()
    key.wipe()


def fill_disk(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` with one file, ``vol``, leaving ``leave`` bytes free."""
    filler = disk / "vol"
    with open(filler, "ab", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    if leave:
        with open(filler, "r+b") as handle:
            handle.truncate(max(filler.stat().st_size - leave, 0))
    return filler


KILL_AT_RENAME = str(REPO / "tests/helpers/kill_at_rename.py")


def killed_at_rename(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, KILL_AT_RENAME, *args], capture_output=True, text=True,
                          env=child_env(), timeout=120, check=False)
