"""Timestamps as stored: UTC, ISO 8601, millisecond precision."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def parse_time(text: object) -> datetime:
    return datetime.fromisoformat(str(text))


def date_text(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_date(text: object) -> date | None:
    return date.fromisoformat(str(text)) if text else None
