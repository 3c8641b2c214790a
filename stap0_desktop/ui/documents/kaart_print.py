"""A one-page overview of the sociale kaart for one wijk, as PDF — for those who still want
the note in their pocket. The kaart is no client data; the file holds no family's name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from stap0_desktop.domain.kaart import KaartEntry
from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.common.file_dialogs import choose_file_to_save
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.documents.html_parts import esc, heading, paragraph
from stap0_desktop.ui.documents.reports import write_pdf


def wijk_overview_html(gemeente: str, wijk: str, entries: list[KaartEntry]) -> str:
    title = translate("KaartPrint", "Who can help — {place}").format(
        place=f"{wijk}, {gemeente}" if wijk else gemeente)
    made = translate("KaartPrint", "Sociale kaart as of {date}; check before you call.").format(
        date=shown_date(date.today()))
    rows = []
    for entry in entries:
        contact = " · ".join(p for p in (entry.phone, entry.email) if p)
        detail = " · ".join(p for p in (entry.how_to_refer, entry.address, entry.opening_hours)
                            if p)
        rows.append(f"<tr><td><b>{esc(entry.offer)}</b><br>{esc(entry.organisation)}</td>"
                    f"<td>{esc(contact)}</td><td>{esc(detail)}</td></tr>")
    head = "".join(f"<th align='left'>{esc(h)}</th>" for h in (
        translate("KaartPrint", "Offer"), translate("KaartPrint", "Contact"),
        translate("KaartPrint", "How to refer, where, when")))
    return (heading(2, title) + paragraph(made, style="small") +
            "<table cellspacing='2' cellpadding='3' width='100%' border='1' "
            f"style='border-collapse:collapse; font-size:8pt'><tr>{head}</tr>"
            + "".join(rows) + "</table>")


def save_wijk_overview(parent: QWidget, gemeente: str, wijk: str, entries: list[KaartEntry],
                       path: Path | None = None, *, data_folder: Path) -> Path | None:
    if path is None:
        suggested = f"sociale-kaart-{(wijk or gemeente).lower().replace(' ', '-')}.pdf"
        chosen = choose_file_to_save(
            parent, translate("KaartPrint", "Save the overview"), suggested, "PDF (*.pdf)")
        if chosen is None:
            return None
        path = chosen
    write_pdf(wijk_overview_html(gemeente, wijk, entries), path,
              translate("KaartPrint", "Sociale kaart"), data_folder=data_folder)
    return path
