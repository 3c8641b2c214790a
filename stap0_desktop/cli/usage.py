"""Numbers given on the command line, checked against what the command can do."""

from __future__ import annotations

from stap0_desktop.i18n.translator import translate


class UsageError(Exception):
    """A wrong argument; the message is already in the user's language."""


def check_range(option: str, value: int | None, low: int, high: int) -> None:
    if value is not None and not low <= value <= high:
        raise UsageError(translate("Cli", "{option} must be a whole number from {low} to "
                                          "{high}; nothing was done.").format(
            option=option, low=low, high=high))
