"""The sociale kaart in the vault: entries, search, notes, referrals, the CJG's publication.

The kaart itself is not client data (no log rows for reading it); a referral is, and is
logged on the family. Entries are upserted by key, so importing one file twice changes
nothing the second time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from stap0_desktop.domain.access import AccessAction
from stap0_desktop.domain.kaart import ADULT_AGE, KaartEntry, KaartHit, KaartQuery
from stap0_desktop.domain.snippets import query_words
from stap0_desktop.storage.clock import now_text
from stap0_desktop.storage.database import Transaction


@dataclass
class KaartChanges:
    added: list[str] = field(default_factory=list)      # keys
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0


@dataclass(frozen=True)
class Referral:
    id: int
    family_id: int
    run_id: int | None
    entry: KaartEntry
    note: str
    created_at: str


def _record(entry: KaartEntry) -> str:
    return entry.model_dump_json()


def upsert(tx: Transaction, entries: list[KaartEntry], source: str) -> KaartChanges:
    changes = KaartChanges()
    existing = {str(r[0]): (int(str(r[1])), str(r[2])) for r in tx.fetchall(
        "SELECT e.key, e.id, r.record FROM kaart_entry e JOIN kaart_record r ON r.id = e.id")}
    now = now_text()
    for entry in entries:
        record = _record(entry)
        values = (entry.gemeente, entry.wijk, entry.age_min, entry.age_max,
                  int(entry.from_pregnancy), " ".join(entry.domains), source, now)
        found = existing.get(entry.key)
        if found is None:
            row_id = tx.execute(
                "INSERT INTO kaart_entry (gemeente, wijk, age_min, age_max, pregnancy,"
                " domains, source, updated_at, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, entry.key))
            tx.execute("INSERT INTO kaart_record (id, record) VALUES (?, ?)", (row_id, record))
            changes.added.append(entry.key)
        elif found[1] != record:
            row_id = found[0]
            tx.execute("UPDATE kaart_entry SET gemeente = ?, wijk = ?, age_min = ?, age_max = ?,"
                       " pregnancy = ?, domains = ?, source = ?, updated_at = ? WHERE id = ?",
                       (*values, row_id))
            tx.execute("UPDATE kaart_record SET record = ? WHERE id = ?", (record, row_id))
            tx.execute("DELETE FROM kaart_fts WHERE rowid = ?", (row_id,))
            changes.changed.append(entry.key)
        else:
            changes.unchanged += 1
            continue
        tx.execute("INSERT INTO kaart_fts (rowid, words) VALUES (?, ?)",
                   (row_id, entry.search_text()))
    return changes


def replace_source(tx: Transaction, entries: list[KaartEntry], source: str) -> KaartChanges:
    """The whole kaart from ``source`` (the CJG's publication): what it no longer lists
    goes, except what was imported by hand."""
    changes = upsert(tx, entries, source)
    keep = {e.key for e in entries}
    for row_id, key in tx.fetchall("SELECT id, key FROM kaart_entry WHERE source = ?",
                                   (source,)):
        if str(key) not in keep:
            tx.execute("DELETE FROM kaart_fts WHERE rowid = ?", (row_id,))
            tx.execute("DELETE FROM kaart_entry WHERE id = ?", (row_id,))
            changes.removed.append(str(key))
    return changes


def search(tx: Transaction, query: KaartQuery) -> list[KaartHit]:
    """Ranked: most of the asked domains first, then the same wijk, then word relevance.

    SQL only filters (on the narrow table, and the word index); the ranking is done here,
    because SQLite's sorter is slow under the vault's memory protection (every sorter
    allocation is locked and unlocked), and a kaart has thousands of rows, not millions.
    """
    where: list[str] = []
    params: list[object] = []
    # As KaartEntry.serves_age: help for the child's age (or from pregnancy), for anyone,
    # and for the parents (adults only) — a prenatal search must not hide debt help.
    parents = f"e.age_min >= {ADULT_AGE}"
    if query.pregnant and query.age is None:
        where.append(f"(e.pregnancy = 1 OR (e.age_min IS NULL AND e.age_max IS NULL)"
                     f" OR {parents})")
    elif query.age is not None:
        age_ok = "((e.age_min IS NULL OR e.age_min <= ?) AND (e.age_max IS NULL OR e.age_max >= ?))"
        params += [query.age, query.age]
        where.append(f"(e.pregnancy = 1 OR {age_ok} OR {parents})" if query.pregnant
                     else f"({age_ok} OR {parents})")
    wijk = query.wijk.strip().casefold()
    if wijk:
        where.append("(e.wijk = ? COLLATE NOCASE OR e.wijk = '')")
        params.append(query.wijk.strip())
    words = query_words(query.words)
    if words:
        source, rank = "kaart_fts JOIN kaart_entry e ON e.id = kaart_fts.rowid", "bm25(kaart_fts)"
        where.insert(0, "kaart_fts MATCH ?")
        params.insert(0, " ".join(f'"{w}"*' for w in words))
    else:
        source, rank = "kaart_entry e", "0"
    sql = (f"SELECT e.id, e.domains, e.wijk, {rank} FROM {source}"
           + (" WHERE " + " AND ".join(where) if where else ""))
    asked = set(query.domains)
    scored = []
    for row_id, domains, row_wijk, relevance in tx.fetchall(sql, tuple(params)):
        fits = len(asked.intersection(str(domains).split())) if asked else 0
        if asked and not fits:
            continue
        here = bool(wijk) and str(row_wijk).casefold() == wijk
        scored.append((-fits, -here, float(str(relevance)), int(str(row_id))))
    ranked = [item[3] for item in sorted(scored)[:query.limit]]
    if not ranked:
        return []
    marks = ", ".join("?" * len(ranked))
    records = {int(str(r[0])): str(r[1]) for r in tx.fetchall(
        f"SELECT id, record FROM kaart_record WHERE id IN ({marks})", tuple(ranked))}
    found = [KaartEntry.model_validate_json(records[i]) for i in ranked if i in records]
    notes = notes_for(tx, [entry.key for entry in found])
    return [KaartHit(entry=entry, fits=[d for d in query.domains if d in entry.domains],
                     note=notes.get(entry.key, "")) for entry in found]


def get_entry(tx: Transaction, key: str) -> KaartEntry | None:
    row = tx.fetchone("SELECT r.record FROM kaart_entry e JOIN kaart_record r ON r.id = e.id"
                      " WHERE e.key = ?", (key,))
    return KaartEntry.model_validate_json(str(row[0])) if row else None


def entries(tx: Transaction, gemeente: str | None = None, wijk: str | None = None,
            ) -> list[KaartEntry]:
    sql = "SELECT r.record FROM kaart_entry e JOIN kaart_record r ON r.id = e.id"
    params: list[object] = []
    if gemeente is not None:
        sql += " WHERE e.gemeente = ? COLLATE NOCASE"
        params.append(gemeente)
        if wijk is not None:
            sql += " AND (e.wijk = ? COLLATE NOCASE OR e.wijk = '')"
            params.append(wijk)
    rows = tx.fetchall(sql + " ORDER BY json_extract(r.record, '$.organisation'), e.id",
                       tuple(params))
    return [KaartEntry.model_validate_json(str(r[0])) for r in rows]


def organisations(tx: Transaction) -> list[tuple[str, str]]:
    """Each organisation on the kaart once, by name, with the key of one of its offers."""
    return [(str(r[0]), str(r[1])) for r in tx.fetchall(
        "SELECT json_extract(r.record, '$.organisation') AS name, min(e.key)"
        " FROM kaart_entry e JOIN kaart_record r ON r.id = e.id"
        " GROUP BY name ORDER BY name COLLATE NOCASE")]


def wijken(tx: Transaction) -> list[tuple[str, str]]:
    return [(str(r[0]), str(r[1])) for r in tx.fetchall(
        "SELECT DISTINCT gemeente, wijk FROM kaart_entry ORDER BY gemeente, wijk")]


def count(tx: Transaction) -> int:
    row = tx.fetchone("SELECT count(*) FROM kaart_entry")
    return int(str(row[0])) if row else 0


def set_note(tx: Transaction, key: str, note: str) -> None:
    if note.strip():
        tx.execute("INSERT INTO kaart_note (key, note, updated_at) VALUES (?, ?, ?)"
                   " ON CONFLICT (key) DO UPDATE SET note = excluded.note,"
                   " updated_at = excluded.updated_at", (key, note.strip(), now_text()))
    else:
        tx.execute("DELETE FROM kaart_note WHERE key = ?", (key,))


def notes_for(tx: Transaction, keys: list[str]) -> dict[str, str]:
    if not keys:
        return {}
    marks = ", ".join("?" * len(keys))
    return {str(k): str(n) for k, n in tx.fetchall(
        f"SELECT key, note FROM kaart_note WHERE key IN ({marks})", tuple(keys))}


def add_referral(tx: Transaction, family_id: int, entry: KaartEntry, run_id: int | None,
                 note: str = "") -> int:
    tx.family_uid(family_id)
    referral_id = tx.execute(
        "INSERT INTO referral (family_id, run_id, entry_key, entry, note, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)", (family_id, run_id, entry.key, _record(entry),
                                       note.strip(), now_text()))
    tx.log_family(AccessAction.CREATE, family_id, "referral", referral_id)
    return referral_id


def referrals_for(tx: Transaction, family_id: int) -> list[Referral]:
    rows = tx.fetchall("SELECT id, family_id, run_id, entry, note, created_at FROM referral"
                       " WHERE family_id = ? ORDER BY id", (family_id,))
    tx.log_family(AccessAction.READ, family_id, "referral", len(rows))
    return [Referral(int(str(r[0])), int(str(r[1])), int(str(r[2])) if r[2] is not None
                     else None, KaartEntry.model_validate_json(str(r[3])), str(r[4]),
                     str(r[5])) for r in rows]


def set_publication(tx: Transaction, version: int, published_at: str,
                    changes: KaartChanges) -> None:
    summary = json.dumps({"added": changes.added, "changed": changes.changed,
                          "removed": changes.removed})
    tx.execute("INSERT INTO kaart_publication (one, version, published_at, fetched_at,"
               " changes) VALUES (1, ?, ?, ?, ?) ON CONFLICT (one) DO UPDATE SET"
               " version = excluded.version, published_at = excluded.published_at,"
               " fetched_at = excluded.fetched_at, changes = excluded.changes",
               (version, published_at, now_text(), summary))


def publication(tx: Transaction) -> tuple[int, str, dict[str, list[str]]] | None:
    row = tx.fetchone("SELECT version, published_at, changes FROM kaart_publication")
    if row is None:
        return None
    return int(str(row[0])), str(row[1]), json.loads(str(row[2]))
