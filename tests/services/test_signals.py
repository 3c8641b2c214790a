"""Consent-gated signals: the basis, composing (no names, no text), the outbox invariant."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlcipher3
from pydantic import ValidationError

from stap0_desktop.domain.assessment import Judgement, Level
from stap0_desktop.domain.consent import (
    BasisKind,
    LegalBasis,
    SharingBasis,
)
from stap0_desktop.domain.meldcode import MeldcodeAssessment, Question, QuestionAnswer
from stap0_desktop.domain.signal_draft import SignalRefused
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.services.checklists import ChecklistService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage.errors import InvalidReference
from stap0_desktop.storage.vault import Vault
from tests.builders import TODAY, sharing_consent, signal_family


def test_consent_and_legal_basis_must_be_complete() -> None:
    with pytest.raises(ValidationError) as exc:
        sharing_consent(1, [1], given_by=" ")
    assert exc.value.errors()[0]["type"] == "consent_incomplete"
    with pytest.raises(ValidationError) as exc:
        SharingBasis(family_id=1, kind=BasisKind.LEGAL_BASIS, member_ids=[1],
                     recipient="CJG", legal_basis=LegalBasis.MELDRECHT, recorded_by="T",
                     valid_until=TODAY)
    assert exc.value.errors()[0]["type"] == "reason_required"


def test_compose_gives_no_names_and_no_text(vault: Vault) -> None:
    family_id, member_ids, run_id = signal_family(vault)
    signals = SignalService(vault)
    basis = signals.record_basis(sharing_consent(family_id, member_ids)).value
    assert basis.id is not None and basis.uid
    payload = signals.compose(run_id, basis.id, phone="0800-1234567").value
    wire = payload.model_dump_json()
    for secret_word in ("Saar", "Mees", "Verhoeven", "Somberheid", "geldzorgen"):
        assert secret_word not in wire
    assert payload.consent_ref == basis.uid and payload.judgement == "raised"
    assert set(payload.domains) == {"ouder_gezin", "leefomstandigheden"}
    roles = {p.role.value: p for p in payload.people}
    assert roles["parent"].bsn == "999990019"
    assert roles["child"].parent_refs == [roles["parent"].ref]
    assert roles["unborn"].expected_date is not None
    assert roles["unborn"].parent_refs == [roles["parent"].ref]
    assert payload.ends_on <= payload.signalled_on + timedelta(days=730)


def test_no_signal_for_a_low_judgement_or_a_meldcode_case(vault: Vault) -> None:
    family_id, member_ids, run_id = signal_family(vault)
    signals = SignalService(vault)
    basis = signals.record_basis(sharing_consent(family_id, member_ids)).value
    assert basis.id is not None
    ChecklistService(vault).save_meldcode(MeldcodeAssessment(
        family_id=family_id, answers={Question.SUSPICION: QuestionAnswer(answer=True)}))
    with pytest.raises(SignalRefused) as exc:
        signals.compose(run_id, basis.id)
    assert exc.value.code == "not_stap0"
    ChecklistService(vault).judge(run_id, Judgement(level=Level.LOW))
    with pytest.raises(SignalRefused):
        signals.compose(run_id, basis.id)


def test_queue_needs_a_valid_basis_and_withdrawal_empties_the_outbox(vault: Vault) -> None:
    family_id, member_ids, run_id = signal_family(vault)
    signals = SignalService(vault)
    basis = signals.record_basis(sharing_consent(family_id, member_ids)).value
    assert basis.id is not None
    payload = signals.compose(run_id, basis.id).value
    first = signals.queue(basis.id, payload).value
    second = signals.queue(basis.id, payload).value
    vault.db.conn.execute("UPDATE outbox SET state = 'received' WHERE id = ?", (second,))
    assert signals.withdraw(basis.id, "Saar Verhoeven").value == (1, 1)
    states = {row.id: row.state for row in signals.outbox(family_id).value}
    assert first not in states and states[second] == "withdrawal_waiting"
    with pytest.raises(InvalidReference):
        signals.queue(basis.id, payload)


def test_the_database_itself_refuses_an_outbox_row_without_a_valid_basis(vault: Vault) -> None:
    family_id, member_ids, _run = signal_family(vault)
    basis = SignalService(vault).record_basis(sharing_consent(family_id, member_ids)).value
    SignalService(vault).withdraw(basis.id or 0, "Saar Verhoeven")
    with pytest.raises(sqlcipher3.IntegrityError, match="no valid consent"):
        vault.db.conn.execute(
            "INSERT INTO outbox (id, family_id, basis_id, payload, state, ends_on, created_at,"
            " updated_at) VALUES ('x', ?, ?, '{}', 'waiting', '2027-01-01', 'now', 'now')",
            (family_id, basis.id))


def test_members_of_another_family_cannot_be_named(vault: Vault) -> None:
    family_id, _members, _run = signal_family(vault)
    with pytest.raises(InvalidReference):
        SignalService(vault).record_basis(sharing_consent(family_id, [9999]))


def test_the_outbox_tells_families_of_one_name_apart(vault: Vault) -> None:
    family_id, member_ids, run_id = signal_family(vault)
    caseload = CaseloadService(vault)
    family = caseload.open_family(family_id).value.family
    caseload.update_family(family.model_copy(update={"street_address": "Lindelaan 4",
                                                     "city": "Demostad"}))
    signals = SignalService(vault)
    basis = signals.record_basis(sharing_consent(family_id, member_ids)).value
    assert basis.id is not None
    signals.queue(basis.id, signals.compose(run_id, basis.id).value)
    [(_row, label)] = signals.overview().value
    assert label == "Gezin Verhoeven — Lindelaan 4, Demostad"
