"""Recent moments without the year, in the language's own order and separators (the note
list, the sync status line): never a fixed "%d-%m"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from stap0_desktop.ui.common.qt_dates import shown_stamp


@pytest.mark.parametrize(("language", "country", "day"), [
    (QLocale.Language.Dutch, QLocale.Country.Netherlands, "%d-%m"),
    (QLocale.Language.English, QLocale.Country.UnitedKingdom, "%d/%m"),
    (QLocale.Language.German, QLocale.Country.Germany, "%d.%m"),
])
def test_a_recent_moment_is_a_day_and_a_time_as_the_language_writes_them(
        qapp: object, language: QLocale.Language, country: QLocale.Country, day: str) -> None:
    QLocale.setDefault(QLocale(language, country))
    try:
        moment = datetime(2026, 12, 4, 19, 33, tzinfo=UTC).astimezone()
        assert shown_stamp(moment) == moment.strftime(f"{day} %H:%M")
    finally:
        QLocale.setDefault(QLocale.c())


@pytest.mark.parametrize(("language", "country", "written"), [
    (QLocale.Language.Dutch, QLocale.Country.Netherlands, "dd-MM-yyyy"),
    (QLocale.Language.English, QLocale.Country.UnitedKingdom, "dd/MM/yyyy"),
    (QLocale.Language.English, QLocale.Country.UnitedStates, "MM/dd/yyyy"),
    (QLocale.Language.German, QLocale.Country.Germany, "dd.MM.yyyy"),
])
def test_a_date_field_writes_its_date_as_the_language_does_with_the_whole_year(
        qapp: object, language: QLocale.Language, country: QLocale.Country,
        written: str) -> None:
    from stap0_desktop.ui.common.qt_dates import date_field, field_format

    QLocale.setDefault(QLocale(language, country))
    try:
        assert field_format() == written
        assert date_field(datetime(2027, 1, 6).date()).text() == datetime(
            2027, 1, 6).strftime(written.replace("dd", "%d").replace("MM", "%m")
                                 .replace("yyyy", "%Y"))
    finally:
        QLocale.setDefault(QLocale.c())
