"""The sync status in plain words: last sync, what is waiting, and what went wrong."""

from __future__ import annotations

from PySide6.QtCore import QObject

from stap0_desktop.domain.outbox import SyncStatus
from stap0_desktop.i18n.messages import describe_sync_problem
from stap0_desktop.i18n.translator import translate
from stap0_desktop.ui.common.qt_dates import shown_stamp


class SignalCounts(QObject):
    """Counted words in the right plural (lupdate finds ``%n`` plurals only in ``tr``)."""

    def waiting(self, count: int) -> str:
        return self.tr("%n waiting", "", count)

    def refused(self, count: int) -> str:
        return self.tr("%n refused", "", count)

    def handovers(self, count: int) -> str:
        return self.tr("%n handover(s) to answer", "", count)


def status_text(status: SyncStatus | None) -> str:
    if status is None:
        return ""
    if not status.connected:
        return translate("SyncStatus", "Not connected to a CJG")
    if not status.enrolled:
        return translate("SyncStatus", "CJG: enter the one-time code (Settings)")
    if not status.confirmed:
        return translate("SyncStatus", "CJG: confirm who you are enrolled as (Settings)")
    parts = []
    if status.last_success_at is not None:
        parts.append(translate("SyncStatus", "Synchronised {when}").format(
            when=shown_stamp(status.last_success_at)))
    else:
        parts.append(translate("SyncStatus", "Not synchronised yet"))
    counts = SignalCounts()
    if status.waiting:
        parts.append(counts.waiting(status.waiting))
    if status.refused:
        parts.append(counts.refused(status.refused))
    if status.handovers_to_answer:
        parts.append(counts.handovers(status.handovers_to_answer))
    return " · ".join(parts)


def problem_text(status: SyncStatus | None) -> str:
    """The last attempt's problem in plain words, or '' when it worked."""
    if status is None or not status.last_error:
        return ""
    return describe_sync_problem(status.last_error)
