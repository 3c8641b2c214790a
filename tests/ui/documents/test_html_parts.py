"""The renderers escape through one helper (ui/documents/html_parts.py): a text from the
vault or a file is shown as written, never taken for markup."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale

from stap0_desktop.domain.kaart import KaartEntry
from stap0_desktop.ui.common.qt_dates import shown_moment
from stap0_desktop.ui.documents.html_parts import bullets, esc, esc_lines, label_rows
from stap0_desktop.ui.kaart.kaart_window import entry_html

MARKUP = "<b>Bakker & Zn</b>"


def test_every_piece_escapes_what_it_is_given() -> None:
    assert esc(MARKUP) == "&lt;b&gt;Bakker &amp; Zn&lt;/b&gt;"
    assert esc_lines("een\ntwee <3") == "een<br>twee &lt;3"
    assert "<li>&lt;b&gt;" in bullets([MARKUP])
    rows = label_rows([("Naam", MARKUP), ("Leeg", "")])
    assert "&lt;b&gt;Bakker" in rows and "Leeg" not in rows
    assert "Leeg" in label_rows([("Leeg", "")], skip_empty=False)


def test_a_kaart_entry_from_a_municipalitys_file_is_shown_as_written() -> None:
    entry = KaartEntry(key="k1", organisation=MARKUP, offer="Inloop <i>", gemeente="Demostad",
                       how_to_refer="Bellen & mailen")
    shown = entry_html(entry)
    assert "<b>Bakker" not in shown and "&lt;b&gt;Bakker &amp; Zn" in shown
    assert "Inloop &lt;i&gt;" in shown and "Bellen &amp; mailen" in shown


def test_a_moment_is_shown_in_the_languages_format() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        moment = datetime(2026, 12, 4, 19, 33, tzinfo=UTC).astimezone()
        assert shown_moment(moment) == moment.strftime("%d-%m-%Y %H:%M")
    finally:
        QLocale.setDefault(QLocale.c())
