"""The demo's CJG: a reference inbox on loopback, and a simulated second professional who
has already signalled some of the same fictional families — so that a newcomer sees a
signal go out and a match notice come back, and then a match become coordination: the
colleague confirms contact once the newcomer has, and accepts a proposed regisseur a few
seconds after it is made. A family's file handed over to the colleague is accepted a minute
after it arrived (time enough to see it waiting, and to withdraw it), and warm contact
confirmed the round after; and the colleague has handed one fictional family over to the
newcomer, which arrives at the first sync.

Everything here is fictional and throwaway: it lives in the demo's temporary folder.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from stap0_desktop.config.paths import demo_rules_path
from stap0_desktop.demo.caseload import DemoCaseload
from stap0_desktop.demo.handover import hand_over_demo_family
from stap0_desktop.demo.signals import queue_demo_signals
from stap0_desktop.domain.checklists import ChecklistDefinition
from stap0_desktop.domain.models import Professional
from stap0_desktop.services.coordination import CoordinationService
from stap0_desktop.services.handover import HandoverService
from stap0_desktop.services.handover_sync import HandoverSyncService
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.storage.keyslots import Argon2Params
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault
from sync.client.sync_client import SyncClient
from sync.server.loopback import LoopbackServer

COLLEAGUE = Professional(user_id="demo-collega", name="Bram Schuldhulp (demo)",
                         role="schuldhulpverlener", organisation="Schuldhulp Demostad")
_THROWAWAY_KDF = Argon2Params(memory_kib=8 * 1024, iterations=1, lanes=1)
TAKE_AFTER_S = 60.0   # the colleague reads a handed-over file a minute after it came


class DemoCjg:
    """The loopback inbox and the colleague who answers on it; ``close`` ends both."""

    def __init__(self, server: LoopbackServer, colleague: Vault, every_s: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.server = server
        self.take_after_s = TAKE_AFTER_S
        self._clock = clock
        self._arrived: dict[str, float] = {}   # handover id -> when the colleague saw it
        self._colleague = colleague
        self._client = SyncClient(OutboxService(colleague), timeout=10,
                                  handover=HandoverSyncService(colleague))
        self._stop = threading.Event()
        self._lock = threading.Lock()      # the colleague's vault: one thread at a time
        self._thread = threading.Thread(target=self._answer, args=(every_s,),
                                        name="stap0-demo-colleague", daemon=True)
        self._thread.start()

    @property
    def profile_path(self) -> Path:
        return self.server.profile_path

    def answer_once(self) -> int:
        """One round of the colleague's: sync, confirm contact where the newcomer did,
        accept every open proposal of the newcomer's, sync again. The steps taken."""
        with self._lock:
            return self._answer_round()

    def _answer_round(self) -> int:
        self._client.sync()
        regie = CoordinationService(self._colleague)
        today = date.today()
        steps = 0
        for match in regie.overview(today).value:
            held, notice = match.regie.held, match.notice
            if held.contact_theirs is not None and held.contact_mine is None:
                regie.record_contact(notice.envelope_id, notice.match_id, today)
                steps += 1
            proposal = held.proposal
            if proposal is not None and proposal.by == "other":
                regie.accept(notice.envelope_id, notice.match_id, proposal.id, today)
                steps += 1
        steps += self._take_handovers()
        if steps:
            self._client.sync()
        return steps

    def _take_handovers(self) -> int:
        """A file handed over to the colleague is accepted ``take_after_s`` after the
        colleague first saw it; warm contact is confirmed the round after."""
        handover, steps, now = HandoverService(self._colleague), 0, self._clock()
        for item in handover.overview().value:
            if item.received and item.state == "new":
                if now - self._arrived.setdefault(item.id, now) < self.take_after_s:
                    continue   # still unread: the sender may yet withdraw it
                handover.accept(item.id)
                steps += 1
            elif item.received and item.state == "accepted" and not item.warm_contact:
                handover.warm_contact(item.id)
                steps += 1
        return steps

    def _answer(self, every_s: float) -> None:
        while not self._stop.wait(every_s):
            try:
                self.answer_once()
            except Exception:   # noqa: S112 - a demo colleague tries again next time
                continue

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=15)
        with self._lock:
            self._colleague.close()
        self.server.close()


def start_demo_cjg(folder: Path, vault: Vault, *, families: int, seed: int,
                   notes_per_family: int, checklists: list[ChecklistDefinition],
                   colleague_signals: int = 4, own_signals: int = 2,
                   db_url: str | None = None, answer_every_s: float = 4.0) -> DemoCjg:
    """Start the inbox, let the colleague send, enroll ``vault`` and queue its signals.

    ``vault`` must hold the demo caseload made with the same ``families``, ``seed`` and
    ``notes_per_family`` (the colleague's vault is made the same way, so it holds the same
    fictional families).
    The app's own background sync then sends them and brings the match notices back.
    """
    server = LoopbackServer(folder / "cjg", db_url=db_url, rules=demo_rules_path()).start()
    passphrase = SecretBytes.from_text("demo collega kluis, weggooien")
    other = Vault.create(folder / "collega", passphrase, COLLEAGUE, kdf=_THROWAWAY_KDF)
    try:
        DemoCaseload(seed=seed, checklists=checklists).write(other, families, notes_per_family)
        queue_demo_signals(other, colleague_signals)
        colleague = SyncClient(OutboxService(other), handover=HandoverSyncService(other))
        colleague.enroll(server.invite(COLLEAGUE.name, COLLEAGUE.organisation,
                                       "0800-0000099", "bram@schuldhulp.demostad.example",
                                       role=COLLEAGUE.role, organisation_kind="schuldhulp"),
                         server.profile_path.read_text())
        OutboxService(other).confirm_enrollment()
        colleague.sync()
        mine = SyncClient(OutboxService(vault), handover=HandoverSyncService(vault))
        mine.enroll(server.invite(vault.owner.name, vault.owner.organisation, "0800-0000012",
                                  role=vault.owner.role, organisation_kind="jgz"),
                    server.profile_path.read_text())
        OutboxService(vault).confirm_enrollment()   # the demo's own setup: nothing to check
        mine.sync()                                 # in the CJG's directory now
        colleague.sync()
        [newcomer] = HandoverService(other).directory().value
        hand_over_demo_family(other, newcomer, date.today())
        colleague.sync()                            # it arrives at the app's first sync
        queue_demo_signals(vault, own_signals)
    except BaseException:
        other.close()
        server.close()
        raise
    return DemoCjg(server, other, answer_every_s)
