"""Python dates to Qt dates and back, and a date field as the forms use it."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QDateEdit


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def shown_date(value: date) -> str:
    """A date as people read it in the chosen language (QLocale's short format)."""
    return QLocale().toString(qdate(value), QLocale.FormatType.ShortFormat)


def shown_time(value: datetime) -> str:
    """A time of day as people read it (QLocale's short format), in local time."""
    local = value.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def shown_stamp(value: datetime) -> str:
    """A day and a time without the year, in local time, as the language writes dates
    ("04-12 20:33" in Dutch): for what happened lately (a note saved, the last sync)."""
    local = value.astimezone()
    locale = QLocale()
    day = re.sub(r"[^dM]*y+[^dM]*", "", locale.dateFormat(QLocale.FormatType.ShortFormat))
    return (f"{locale.toString(qdate(local.date()), day)} "
            f"{shown_time(local)}")


def shown_moment(value: datetime) -> str:
    """A date and a time, in local time: "04-12-2026 20:33"."""
    local = value.astimezone()
    return f"{shown_date(local.date())} {shown_time(local)}"


def field_format() -> str:
    """How a date field writes its date: the language's short format with the whole year
    and two-digit day and month ("dd-MM-yyyy" in Dutch, "dd/MM/yyyy" in British English),
    as every other date on the screen is written."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    short = re.sub(r"y+", "yyyy", short)
    return re.sub(r"(?<![dM])([dM])(?![dM])", r"\1\1", short)


def date_field(value: date, earliest: date | None = None,
               latest: date | None = None) -> QDateEdit:
    """A date field with a calendar (field_format), optionally limited to a range."""
    field = QDateEdit(qdate(value))
    field.setCalendarPopup(True)
    field.setDisplayFormat(field_format())
    if earliest is not None:
        field.setMinimumDate(qdate(earliest))
    if latest is not None:
        field.setMaximumDate(qdate(latest))
    return field
