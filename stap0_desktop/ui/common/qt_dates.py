"""Python dates to Qt dates and back, and a date field as the forms use it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def shown_date(value: date) -> str:
    """A date as people read it in the chosen language (QLocale's short format)."""
    return QLocale().toString(qdate(value), QLocale.FormatType.ShortFormat)


def date_field(value: date, earliest: date | None = None,
               latest: date | None = None) -> QDateEdit:
    """A dd-MM-yyyy field with a calendar, optionally limited to a range."""
    field = QDateEdit(qdate(value))
    field.setCalendarPopup(True)
    field.setDisplayFormat("dd-MM-yyyy")
    if earliest is not None:
        field.setMinimumDate(qdate(earliest))
    if latest is not None:
        field.setMaximumDate(qdate(latest))
    return field
