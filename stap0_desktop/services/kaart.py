"""The sociale kaart's operations: import (with a report first), search, notes, referrals,
the demo kaart, and applying the CJG's signed publication (verified by the sync layer)."""

from __future__ import annotations

from pathlib import Path

from stap0_desktop.domain.kaart import KaartEntry, KaartHit, KaartQuery
from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.storage import kaart_store
from stap0_desktop.storage.errors import InputFileProblem, NotFound
from stap0_desktop.storage.input_files import read_input
from stap0_desktop.storage.kaart_store import KaartChanges, Referral
from stap0_desktop.storage.vault import Vault
from sync.protocol.kaart_export import MAX_BYTES, ImportReport, parse_kaart

__all__ = ["KAART_CHANGED", "KaartChanges", "KaartService", "Referral", "read_export"]
KAART_CHANGED = ChangeSet(kaart=True)


def read_export(path: Path, known_domains: set[str] | None = None) -> ImportReport:
    """Read and check a municipality's export; nothing is stored yet."""
    report = ImportReport()
    try:
        data = read_input(path, MAX_BYTES)
    except InputFileProblem as exc:
        reason = str(exc.params.get("reason"))
        report.file_problem = _FILE_PROBLEMS.get(reason, "unreadable")
        return report
    return parse_kaart(data, path.name, known_domains)


_FILE_PROBLEMS = {"too_large": "too_large", "missing": "missing_file", "folder": "folder",
                  "not_regular": "not_regular", "permission": "permission"}


class KaartService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def store(self, entries: list[KaartEntry], source: str = "import",
              ) -> OpResult[KaartChanges]:
        """Store the (good) entries of an import at once, in one transaction."""
        with self._vault.transaction() as tx:
            changes = kaart_store.upsert(tx, entries, source)
        return OpResult(changes, KAART_CHANGED)

    def load_demo(self, path: Path, known_domains: set[str] | None = None,
                  ) -> OpResult[KaartChanges]:
        report = read_export(path, known_domains)
        if not report.ok:
            raise ValueError(f"demo kaart {path.name}: {report.file_problem or report.problems}")
        return self.store(report.entries, "demo")

    def apply_publication(self, entries: list[KaartEntry], version: int,
                          published_at: str) -> OpResult[KaartChanges]:
        with self._vault.transaction() as tx:
            changes = kaart_store.replace_source(tx, entries, "cjg")
            kaart_store.set_publication(tx, version, published_at, changes)
        return OpResult(changes, KAART_CHANGED)

    def publication(self) -> OpResult[tuple[int, str, dict[str, list[str]]] | None]:
        with self._vault.transaction(write=False) as tx:
            return OpResult(kaart_store.publication(tx))

    def search(self, query: KaartQuery) -> OpResult[list[KaartHit]]:
        with self._vault.transaction(write=False) as tx:
            return OpResult(kaart_store.search(tx, query))

    def entry(self, key: str) -> OpResult[KaartEntry | None]:
        with self._vault.transaction(write=False) as tx:
            return OpResult(kaart_store.get_entry(tx, key))

    def count(self) -> OpResult[int]:
        with self._vault.transaction(write=False) as tx:
            return OpResult(kaart_store.count(tx))

    def organisations(self) -> OpResult[list[tuple[str, str]]]:
        """The kaart's organisations (name, a key of theirs), e.g. to name a regisseur."""
        with self._vault.transaction(write=False) as tx:
            return OpResult(kaart_store.organisations(tx))

    def wijken(self) -> OpResult[list[tuple[str, str]]]:
        with self._vault.transaction(write=False) as tx:
            return OpResult(kaart_store.wijken(tx))

    def overview(self, gemeente: str, wijk: str) -> OpResult[list[KaartEntry]]:
        """Everything for one wijk (and the whole gemeente), for the one-page PDF."""
        with self._vault.transaction(write=False) as tx:
            return OpResult(kaart_store.entries(tx, gemeente, wijk))

    def set_note(self, key: str, note: str) -> OpResult[None]:
        with self._vault.transaction() as tx:
            kaart_store.set_note(tx, key, note)
        return OpResult(None, KAART_CHANGED)

    def refer(self, family_id: int, key: str, run_id: int | None = None,
              note: str = "") -> OpResult[int]:
        """Record a referral to an offer on the family's plan (the entry as it is now)."""
        with self._vault.transaction() as tx:
            entry = kaart_store.get_entry(tx, key)
            if entry is None:
                raise NotFound(kind="kaart_entry", id=key)
            referral_id = kaart_store.add_referral(tx, family_id, entry, run_id, note)
        return OpResult(referral_id, ChangeSet(families=frozenset({family_id}), kaart=True))

    def referrals(self, family_id: int) -> OpResult[list[Referral]]:
        with self._vault.transaction() as tx:
            return OpResult(kaart_store.referrals_for(tx, family_id))
