"""Visit report for the midwife and a plain-language copy for the parents, as PDF.

Written only where the professional chooses, after a warning that a PDF is not
encrypted; the export is in the access log. Rendered with Qt's own PDF writer.
"""

from __future__ import annotations

import contextlib
import html
import os
import secrets
from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from stap0_desktop.domain.action_route import ShareIntent
from stap0_desktop.domain.assessment import Level, Need, domain_pictures
from stap0_desktop.domain.meldcode import VEILIG_THUIS_PHONE
from stap0_desktop.domain.models import MemberRole
from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.files import InputFileProblem, check_output, problem_from_os_error
from stap0_desktop.services.reports import ReportData, ReportKind
from stap0_desktop.ui.qt_dates import shown_date


def _e(text: str) -> str:
    return html.escape(text)


def _h(level: int, text: str) -> str:
    return f"<h{level}>{_e(text)}</h{level}>"


def _items(texts: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{_e(t)}</li>" for t in texts) + "</ul>"


def _level(level: Level | None) -> str:
    if level is None:
        return translate("Report", "no judgement recorded")
    return {Level.LOW: translate("Report", "low"), Level.RAISED: translate("Report", "raised"),
            Level.HIGH: translate("Report", "high")}[level]


def _need(need: Need | None) -> str:
    if need is None:
        return "—"
    return {Need.NONE: translate("Report", "no need"),
            Need.SOME: translate("Report", "some need"),
            Need.MUCH: translate("Report", "much need")}[need]


def _header(data: ReportData, title: str) -> list[str]:
    family = data.family
    when = (data.visit.visit_date if data.visit else
            data.run.started_at.date() if data.run.started_at else None)
    address = ", ".join(p for p in (family.street_address,
                                    f"{family.postcode} {family.city}".strip()) if p)
    date_line = translate("Report", "Date: {date}").format(
        date=shown_date(when) if when else "—")
    by_line = translate("Report", "By: {name}, {role}, {organisation}").format(
        name=data.professional.name, role=data.professional.role,
        organisation=data.professional.organisation or "—")
    return [_h(1, title), f"<p><b>{_e(family.name)}</b><br>{_e(address)}</p>",
            f"<p>{_e(date_line)}<br>{_e(by_line)}</p>"]


def _agreements(data: ReportData) -> str:
    route = data.route
    if route is None:
        nothing = translate("Report", "No agreements recorded yet.")
        return f"<p>{_e(nothing)}</p>"
    parts = []
    if route.discussed_on is not None:
        parts.append(translate("Report", "Discussed with the parents on {date}.").format(
            date=shown_date(route.discussed_on)))
    if route.parents_said:
        parts.append(translate("Report", "The parents said: {text}").format(
            text=route.parents_said))
    for chosen in route.help:
        parts.append(translate("Report", "Help: {title}").format(title=chosen.title))
    if route.referral:
        parts.append(translate("Report", "Referral: {text}").format(text=route.referral))
    if route.share is ShareIntent.INTENDED:
        parts.append(translate("Report", "With consent, the worry is shared with the CJG."))
    if route.follow_up_on is not None:
        parts.append(translate("Report", "Next contact: {date} {note}").format(
            date=shown_date(route.follow_up_on), note=route.follow_up_note).strip())
    return _items(parts)


def _parents_copy(data: ReportData, language: str) -> str:
    titles = {d.code: d.title.get(language) for d in data.run.definition.domains}
    worries = [titles[p.code] for p in domain_pictures(data.run) if p.risks]
    talked = translate("Report", "We talked about how things are going with you and your family.")
    if worries:
        talked += " " + translate("Report", "We talked in particular about: {topics}.").format(
            topics=", ".join(worries))
    calls = [
        translate("Report", "Me: {name}, {organisation}.").format(
            name=data.professional.name, organisation=data.professional.organisation or "—"),
        translate("Report",
                  "For questions about raising children: your Centrum voor Jeugd en Gezin."),
        translate("Report", "If someone at home is not safe: Veilig Thuis, {phone} (free, day "
                            "and night).").format(phone=VEILIG_THUIS_PHONE),
    ]
    body = _header(data, translate("Report", "What we talked about"))
    body += [_h(2, translate("Report", "What we discussed")), f"<p>{_e(talked)}</p>",
             _h(2, translate("Report", "What we agreed")), _agreements(data),
             _h(2, translate("Report", "Whom you can call")),
             "<p>" + "<br>".join(_e(c) for c in calls) + "</p>"]
    return "".join(body)


def _midwife_report(data: ReportData, language: str) -> str:
    definition = data.run.definition
    titles = {d.code: d.title.get(language) for d in definition.domains}
    questions = {i.id: i.question.get(language) for i in definition.items}
    body = _header(data, translate("Report", "Report of the home visit — {title}").format(
        title=definition.title.get(language)))
    body += _pregnancy(data)
    remarks = {item_id: answer.remark for item_id, answer in data.run.answers.items()
               if answer.remark}

    def with_remark(item_id: str) -> str:
        remark = remarks.get(item_id)
        return f"{questions[item_id]} — {remark}" if remark else questions[item_id]

    body.append(_h(2, translate("Report", "Per domain")))
    for picture in domain_pictures(data.run):
        body.append(_h(3, titles[picture.code]))
        body.append("<p>" + _e(translate(
            "Report", "Need for support — professional: {pro}; parent: {par}").format(
            pro=_need(picture.professional), par=_need(picture.parent))) + "</p>")
        if picture.risks:
            heading = translate("Report", "Risk factors present")
            body.append(f"<p><b>{_e(heading)}</b></p>")
            body.append(_items([with_remark(i) for i in picture.risks]))
        if picture.protective:
            heading = translate("Report", "Protective factors present")
            body.append(f"<p><b>{_e(heading)}</b></p>")
            body.append(_items([with_remark(i) for i in picture.protective]))
    judgement = data.run.judgement
    verdict = _level(judgement.level if judgement else None)
    if judgement is not None and judgement.reason:
        verdict += f": {judgement.reason}"
    body += [_h(2, translate("Report", "Judgement of the professional")),
             f"<p>{_e(verdict)}</p>", _h(2, translate("Report", "Agreements")),
             _agreements(data)]
    return "".join(body)


def _pregnancy(data: ReportData) -> list[str]:
    """Who is pregnant, born when, and the expected date — what a midwife files it under."""
    people = {m.id: m for m in data.members}
    lines = []
    for unborn in (m for m in data.members if m.role is MemberRole.UNBORN):
        mother = people.get(unborn.mother_id)
        if mother is None:
            continue
        born = shown_date(mother.birth_date) if mother.birth_date else "—"
        expected = shown_date(unborn.expected_date) if unborn.expected_date else "—"
        lines.append(translate(
            "Report", "Pregnant: {name}, born {born}; expected date {expected}").format(
            name=mother.display_name, born=born, expected=expected))
    return [f"<p><b>{_e(line)}</b></p>" for line in lines]


def report_html(data: ReportData, language: str) -> str:
    if data.kind is ReportKind.PARENTS:
        return _parents_copy(data, language)
    return _midwife_report(data, language)


def write_pdf(document_html: str, path: Path, title: str, *, data_folder: Path) -> None:
    """Render to a temporary file beside ``path``, then rename: never half a PDF.

    Raises a ``VaultError`` to show with ``describe``: a destination inside the vault's
    ``data_folder`` or one that cannot be written (a folder, no such folder, a full disk).
    """
    check_output(path, data_folder)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        writer = QPdfWriter(str(tmp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(title)
        writer.setCreator("Stap 0")
        document = QTextDocument()
        document.setHtml(document_html)
        document.print_(writer)
        del writer  # finishes the file
        if not tmp.exists():  # QPdfWriter reports no errors of its own
            raise InputFileProblem("not written", path=str(path), reason="io")
        os.replace(tmp, path)
    except OSError as exc:
        raise problem_from_os_error(exc, path) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def ask_where(parent: QWidget, kind: ReportKind) -> Path | None:
    """The warning that a PDF is not encrypted, then the place the user chooses."""
    return ask_pdf_path(parent, "verslag-verloskundige.pdf" if kind is ReportKind.MIDWIFE
                        else "voor-de-ouders.pdf")


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    answer = QMessageBox.warning(
        parent, translate("Report", "A PDF is not encrypted"), translate(
            "Report", "The report is written as an ordinary PDF file: anyone who gets the "
                      "file can read it. Save it only where it belongs (not on a shared or "
                      "USB disk) and remove it when it has been handed over. Continue?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("Report", "Save report"), suggested, "PDF (*.pdf)")
    return Path(chosen) if chosen else None
