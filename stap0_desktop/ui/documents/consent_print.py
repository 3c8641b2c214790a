"""A printout for the parents: what they consented to, and what is shared with the CJG."""

from __future__ import annotations

from stap0_desktop.domain.consent import (
    BasisKind,
    ConsentCapacity,
    ConsentMethod,
    SharingBasis,
)
from stap0_desktop.domain.outbox import OutboxRow
from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.common.qt_dates import shown_date, shown_moment
from stap0_desktop.ui.documents.html_parts import heading, label_rows, paragraph
from stap0_desktop.ui.sharing.signal_preview import preview_html, state_label


def _capacity(value: ConsentCapacity | None) -> str:
    return {ConsentCapacity.PARENT: translate("ConsentPrint", "parent with authority"),
            ConsentCapacity.GUARDIAN: translate("ConsentPrint", "guardian"),
            ConsentCapacity.SELF: translate("ConsentPrint", "the client themself")}.get(
        value, "—") if value else "—"


def _method(value: ConsentMethod | None) -> str:
    return {ConsentMethod.SPOKEN: translate("ConsentPrint", "spoken"),
            ConsentMethod.SIGNED: translate("ConsentPrint", "signed")}.get(
        value, "—") if value else "—"


def consent_printout_html(basis: SharingBasis, signals: list[OutboxRow],
                          domain_titles: dict[str, str]) -> str:
    parts = []
    if basis.kind is BasisKind.CONSENT and basis.text_shown:
        paragraphs = basis.text_shown.split("\n\n")
        parts.append(heading(1, paragraphs[0]))
        parts += [paragraph(p) for p in paragraphs[1:]]
    else:
        title = translate("ConsentPrint", "Sharing a worry with the CJG")
        parts.append(heading(1, title))
    recorded = shown_moment(basis.recorded_at) if (
        basis.recorded_at) else "—"
    rows = [(translate("ConsentPrint", "Recipient"), basis.recipient),
            (translate("ConsentPrint", "Recorded on"), recorded),
            (translate("ConsentPrint", "Recorded by"), basis.recorded_by),
            (translate("ConsentPrint", "Valid until"), shown_date(basis.valid_until))]
    if basis.kind is BasisKind.CONSENT:
        rows[1:1] = [(translate("ConsentPrint", "Consent given by"), basis.given_by),
                     (translate("ConsentPrint", "As"), _capacity(basis.capacity)),
                     (translate("ConsentPrint", "How"), _method(basis.method)),
                     (translate("ConsentPrint", "Text version"),
                      f"{basis.text_version} (SHA-256 {basis.text_sha256[:16]}…)")]
    else:
        rows[1:1] = [(translate("ConsentPrint", "Legal basis"),
                      basis.legal_basis.value if basis.legal_basis else "—"),
                     (translate("ConsentPrint", "Reason"), basis.reason)]
    if basis.withdrawn_at is not None:
        rows.append((translate("ConsentPrint", "Withdrawn on"),
                     shown_date(basis.withdrawn_at.astimezone().date())))
    parts.append(label_rows(rows, skip_empty=False))
    mine = [s for s in signals if s.basis_id == basis.id]
    what = translate("ConsentPrint", "What is shared with the CJG")
    parts.append(heading(2, what))
    if not mine:
        nothing = translate("ConsentPrint", "No signal has been prepared yet.")
        parts.append(paragraph(nothing))
    for signal in mine:
        status = translate("ConsentPrint", "Status: {state}").format(
            state=state_label(signal.state))
        parts.append(paragraph(status, style="i"))
        parts.append(preview_html(signal.payload, domain_titles, with_json=False, plain=True))
    return "".join(parts)
