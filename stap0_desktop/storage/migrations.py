"""Versioned, transactional schema migrations.

The schema version is SQLite's ``user_version``. Each migration runs in one
``BEGIN IMMEDIATE`` transaction together with the version bump, so a crash leaves the
vault at the old or the new version. A vault from a newer Stap 0 is refused untouched.
"""

from __future__ import annotations

from dataclasses import dataclass

from stap0_desktop.storage.connection import Connection
from stap0_desktop.storage.errors import SchemaTooNew


@dataclass(frozen=True)
class Migration:
    version: int
    title: str
    statements: tuple[str, ...]


_V1_CASELOAD = (
    """CREATE TABLE vault_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE family (
        id             INTEGER PRIMARY KEY,
        uid            TEXT NOT NULL UNIQUE,
        name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
        street_address TEXT NOT NULL DEFAULT '',
        postcode       TEXT NOT NULL DEFAULT '',
        city           TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE member (
        id            INTEGER PRIMARY KEY,
        family_id     INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
        role          TEXT NOT NULL CHECK (role IN ('parent','child','unborn','adult_client')),
        given_name    TEXT NOT NULL DEFAULT '',
        family_name   TEXT NOT NULL DEFAULT '',
        bsn           TEXT CHECK (bsn IS NULL OR length(bsn) = 9),
        birth_date    TEXT,
        expected_date TEXT,
        mother_id     INTEGER REFERENCES member(id) ON DELETE SET NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX member_family ON member(family_id)",
    "CREATE INDEX member_bsn ON member(bsn) WHERE bsn IS NOT NULL",
    """CREATE TABLE member_relation (
        from_member INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
        to_member   INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL
                    CHECK (kind IN ('parent_of','carer_of','partner_of','sibling_of')),
        PRIMARY KEY (from_member, to_member, kind),
        CHECK (from_member <> to_member)
    ) STRICT, WITHOUT ROWID""",
    "CREATE INDEX relation_to ON member_relation(to_member)",
    """CREATE TABLE visit (
        id           INTEGER PRIMARY KEY,
        family_id    INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
        visit_date   TEXT NOT NULL,
        kind         TEXT NOT NULL
                     CHECK (kind IN ('prenatal','debt_counselling','follow_up','other')),
        professional TEXT NOT NULL DEFAULT '',
        place        TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX visit_family ON visit(family_id, visit_date)",
    """CREATE TABLE note (
        id         INTEGER PRIMARY KEY,
        family_id  INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
        visit_id   INTEGER REFERENCES visit(id) ON DELETE CASCADE,
        body       TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX note_family ON note(family_id, updated_at)",
    "CREATE INDEX note_visit ON note(visit_id) WHERE visit_id IS NOT NULL",
)

_V2_ACCESS_LOG = (
    """CREATE TABLE access_log (
        seq            INTEGER PRIMARY KEY,
        event_id       TEXT NOT NULL,
        action         TEXT NOT NULL CHECK (action IN ('C','R','U','D','E')),
        occurred_at    TEXT NOT NULL,
        outcome        TEXT NOT NULL,
        user_id        TEXT NOT NULL,
        user_name      TEXT NOT NULL,
        user_role      TEXT NOT NULL,
        purpose        TEXT NOT NULL,
        workstation    TEXT NOT NULL,
        client_id      TEXT NOT NULL,
        client_id_type TEXT NOT NULL,
        object_type    TEXT NOT NULL,
        object_id      TEXT NOT NULL,
        source_system  TEXT NOT NULL,
        prev_hash      TEXT NOT NULL,
        row_hash       TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX access_log_client ON access_log(client_id)",
    """CREATE TABLE access_log_head (
        one       INTEGER PRIMARY KEY CHECK (one = 1),
        last_seq  INTEGER NOT NULL,
        last_hash TEXT NOT NULL
    ) STRICT""",
    "INSERT INTO access_log_head (one, last_seq, last_hash) VALUES (1, 0, '')",
    """CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
       BEGIN SELECT RAISE(ABORT, 'access log is append-only'); END""",
    """CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
       BEGIN SELECT RAISE(ABORT, 'access log is append-only'); END""",
    """CREATE TRIGGER access_log_head_no_delete BEFORE DELETE ON access_log_head
       BEGIN SELECT RAISE(ABORT, 'access log is append-only'); END""",
)

_V3_NOTE_SEARCH = (
    # External-content FTS5 index over note bodies; diacritics folded (é -> e, ë -> e).
    """CREATE VIRTUAL TABLE note_fts USING fts5(
        body, content='note', content_rowid='id',
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
        INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
    END""",
    """CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
        INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
    END""",
    """CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON note BEGIN
        INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
        INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
    END""",
    "INSERT INTO note_fts(note_fts) VALUES ('rebuild')",
)

_V4_FAMILY_NAME_INDEX = (
    # The first screenful of the family list, in name order, without reading them all.
    "CREATE INDEX family_name ON family(name COLLATE NOCASE, id)",
)

_V5_CHECKLISTS = (
    # A run keeps the exact definition it was filled in against (as JSON), so that it
    # reads the same after the definition file changes or is removed.
    """CREATE TABLE checklist_run (
        id                 INTEGER PRIMARY KEY,
        family_id          INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
        visit_id           INTEGER REFERENCES visit(id) ON DELETE SET NULL,
        definition_id      TEXT NOT NULL,
        definition_version INTEGER NOT NULL,
        definition_json    TEXT NOT NULL,
        judgement_level    TEXT CHECK (judgement_level IN ('low','raised','high')),
        judgement_reason   TEXT NOT NULL DEFAULT '',
        started_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX checklist_run_family ON checklist_run(family_id, started_at)",
    """CREATE TABLE checklist_answer (
        run_id  INTEGER NOT NULL REFERENCES checklist_run(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        answer  TEXT NOT NULL CHECK (answer IN ('yes','no','unknown','not_applicable')),
        remark  TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (run_id, item_id)
    ) STRICT, WITHOUT ROWID""",
    """CREATE TABLE checklist_rating (
        run_id       INTEGER NOT NULL REFERENCES checklist_run(id) ON DELETE CASCADE,
        domain       TEXT NOT NULL,
        professional TEXT CHECK (professional IN ('none','some','much')),
        parent       TEXT CHECK (parent IN ('none','some','much')),
        PRIMARY KEY (run_id, domain)
    ) STRICT, WITHOUT ROWID""",
)

_V6_MELDCODE = (
    """CREATE TABLE meldcode_assessment (
        id         INTEGER PRIMARY KEY,
        family_id  INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
        run_id     INTEGER REFERENCES checklist_run(id) ON DELETE SET NULL,
        answers    TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX meldcode_family ON meldcode_assessment(family_id)",
)

_V7_ROUTE_AND_FOLLOW_UPS = (
    """CREATE TABLE action_route (
        id             INTEGER PRIMARY KEY,
        family_id      INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
        run_id         INTEGER REFERENCES checklist_run(id) ON DELETE SET NULL,
        discussed_on   TEXT,
        parents_said   TEXT NOT NULL DEFAULT '',
        share          TEXT CHECK (share IN ('intended','not_now','declined')),
        share_note     TEXT NOT NULL DEFAULT '',
        help           TEXT NOT NULL DEFAULT '[]',
        referral       TEXT NOT NULL DEFAULT '',
        follow_up_on   TEXT,
        follow_up_note TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX action_route_family ON action_route(family_id)",
    """CREATE TABLE follow_up (
        id        INTEGER PRIMARY KEY,
        family_id INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
        route_id  INTEGER REFERENCES action_route(id) ON DELETE SET NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('planned','missed')),
        stage     TEXT CHECK (stage IN ('home_visit','other_help','next_step')),
        due_on    TEXT NOT NULL,
        note      TEXT NOT NULL DEFAULT '',
        outcome   TEXT,
        closed_at TEXT
    ) STRICT""",
    "CREATE INDEX follow_up_open ON follow_up(due_on) WHERE closed_at IS NULL",
    "CREATE INDEX follow_up_family ON follow_up(family_id)",
)

_V8_SHARING_AND_OUTBOX = (
    """CREATE TABLE sharing_basis (
        id           INTEGER PRIMARY KEY,
        uid          TEXT NOT NULL UNIQUE,
        family_id    INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
        record       TEXT NOT NULL,
        valid_until  TEXT NOT NULL,
        withdrawn_at TEXT
    ) STRICT""",
    "CREATE INDEX sharing_basis_family ON sharing_basis(family_id)",
    """CREATE TABLE outbox (
        id         TEXT PRIMARY KEY,
        family_id  INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
        basis_id   INTEGER NOT NULL REFERENCES sharing_basis(id),
        payload    TEXT NOT NULL,
        state      TEXT NOT NULL CHECK (state IN ('waiting','sending','received','refused',
                   'withdrawal_waiting','withdrawn','expired')),
        ends_on    TEXT NOT NULL,
        receipt    TEXT,
        error      TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX outbox_state ON outbox(state)",
    # The last line of defence: no outbox row without a valid, unwithdrawn basis of the
    # same family, whatever the code above it does.
    """CREATE TRIGGER outbox_needs_valid_basis BEFORE INSERT ON outbox
       WHEN NOT EXISTS (SELECT 1 FROM sharing_basis b WHERE b.id = NEW.basis_id
                        AND b.family_id = NEW.family_id AND b.withdrawn_at IS NULL
                        AND b.valid_until >= date('now'))
       BEGIN SELECT RAISE(ABORT, 'no valid consent or legal basis for this signal'); END""",
)

_V9_CJG_CONNECTION = (
    # The CJG connection profile and this laptop's device key — inside the vault only.
    """CREATE TABLE cjg_connection (
        one         INTEGER PRIMARY KEY CHECK (one = 1),
        profile     TEXT NOT NULL,
        device_id   TEXT,
        device_key  BLOB,
        enrolled_at TEXT
    ) STRICT""",
)

_V10_MATCH_NOTICES = (
    """CREATE TABLE match_notice (
        envelope_id       TEXT NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
        other_envelope_id TEXT NOT NULL,
        other_name        TEXT NOT NULL,
        other_org         TEXT NOT NULL,
        other_phone       TEXT NOT NULL DEFAULT '',
        other_email       TEXT NOT NULL DEFAULT '',
        matched_at        TEXT NOT NULL,
        PRIMARY KEY (envelope_id, other_envelope_id)
    ) STRICT, WITHOUT ROWID""",
)

_V11_SEALED_OUTBOX = (
    # An envelope is sealed once and resent byte for byte, so that a retry after a lost
    # reply is a duplicate (same receipt) and never a conflict.
    "ALTER TABLE outbox ADD COLUMN sealed TEXT",
    "ALTER TABLE outbox ADD COLUMN withdrawal_reason TEXT",
    "ALTER TABLE outbox ADD COLUMN withdrawal_sealed TEXT",
    "ALTER TABLE outbox ADD COLUMN withdrawal_receipt TEXT",
    """CREATE TABLE sync_status (
        one             INTEGER PRIMARY KEY CHECK (one = 1),
        last_attempt_at TEXT,
        last_success_at TEXT,
        last_error      TEXT
    ) STRICT""",
)

_V12_SOCIALE_KAART = (
    # The sociale kaart: its entries (as imported or published by the CJG), searchable by
    # words (FTS5, diacritics folded), domain, age and wijk; the professional's own notes
    # on an entry (local only); referrals on a family's plan; the CJG's publication.
    # Narrow, so that ranking reads only these columns; the entry itself is apart.
    """CREATE TABLE kaart_entry (
        id          INTEGER PRIMARY KEY,
        key         TEXT NOT NULL UNIQUE,
        gemeente    TEXT NOT NULL,
        wijk        TEXT NOT NULL,
        age_min     INTEGER,
        age_max     INTEGER,
        pregnancy   INTEGER NOT NULL,
        domains     TEXT NOT NULL,
        source      TEXT NOT NULL CHECK (source IN ('import', 'cjg', 'demo')),
        updated_at  TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX kaart_entry_wijk ON kaart_entry(gemeente, wijk)",
    """CREATE TABLE kaart_record (
        id     INTEGER PRIMARY KEY REFERENCES kaart_entry(id) ON DELETE CASCADE,
        record TEXT NOT NULL
    ) STRICT""",
    """CREATE VIRTUAL TABLE kaart_fts USING fts5(
        words, content='', contentless_delete=1,
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
    """CREATE TABLE kaart_note (
        key        TEXT PRIMARY KEY,
        note       TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE referral (
        id          INTEGER PRIMARY KEY,
        family_id   INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
        run_id      INTEGER REFERENCES checklist_run(id) ON DELETE SET NULL,
        entry_key   TEXT NOT NULL,
        entry       TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX referral_family ON referral(family_id)",
    """CREATE TABLE kaart_publication (
        one          INTEGER PRIMARY KEY CHECK (one = 1),
        version      INTEGER NOT NULL,
        published_at TEXT NOT NULL,
        fetched_at   TEXT NOT NULL,
        changes      TEXT NOT NULL DEFAULT '{}'
    ) STRICT""",
)

# Protocol v2: a notice names the match (not the other signal), how the families connect,
# and when the other signal ended. Notices are fetched anew at every sync.
_V13_MATCH_NOTICES_V2 = (
    "DROP TABLE match_notice",
    """CREATE TABLE match_notice (
        envelope_id TEXT NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
        match_id    TEXT NOT NULL,
        how         TEXT NOT NULL,
        other_name  TEXT NOT NULL,
        other_org   TEXT NOT NULL,
        other_phone TEXT NOT NULL DEFAULT '',
        other_email TEXT NOT NULL DEFAULT '',
        matched_at  TEXT NOT NULL,
        ended_on    TEXT,
        PRIMARY KEY (envelope_id, match_id)
    ) STRICT, WITHOUT ROWID""",
)

# Identity from enrollment: a notice names the other professional's role as the CJG
# enrolled them; this laptop keeps who the CJG enrolled *it* as, and sends nothing until
# the professional confirmed that (enrollments from before are taken as confirmed).
_V14_ENROLLED_IDENTITY = (
    "ALTER TABLE match_notice ADD COLUMN other_role TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cjg_connection ADD COLUMN identity TEXT",
    "ALTER TABLE cjg_connection ADD COLUMN confirmed_at TEXT",
    "UPDATE cjg_connection SET confirmed_at = enrolled_at WHERE device_id IS NOT NULL",
)

# A closed file leaves the daily list but stays searchable on request. A family erased on
# request (AVG art. 17) leaves nothing but its access-log rows — and, until the CJG has
# confirmed their withdrawal, the ids of the signals it may still hold (random envelope ids,
# which the CJG already has; no payload, nothing about the family).
_V15_ARCHIVE_AND_ERASURE = (
    "ALTER TABLE family ADD COLUMN archived_at TEXT",
    """CREATE TABLE erased_signal (
        id                TEXT PRIMARY KEY,
        family_uid        TEXT NOT NULL,
        withdrawal_sealed TEXT,
        erased_at         TEXT NOT NULL
    ) STRICT""",
)

# A match stays marked (family list, overview, status bar) until the professional has seen
# it in the family's file; the CJG's notices are replaced at each sync, the marks are not.
_V16_MATCHES_SEEN = (
    """CREATE TABLE match_seen (
        envelope_id TEXT NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
        match_id    TEXT NOT NULL,
        seen_at     TEXT NOT NULL,
        PRIMARY KEY (envelope_id, match_id)
    ) STRICT, WITHOUT ROWID""",
)

_V17_FAMILY_WIJK = (
    "ALTER TABLE family ADD COLUMN wijk TEXT NOT NULL DEFAULT ''",
)

_V18_LEASE = (
    "ALTER TABLE cjg_connection ADD COLUMN lease TEXT",   # the CJG's signed lease (JSON)
)

# The family list shows each family's member count and last visit: kept with the family
# by triggers, so listing 50,000 families reads one table (the two subqueries per row were
# half of the list's time, bench/app.py).
_LAST_VISIT = ("UPDATE family SET last_visit = (SELECT max(visit_date) FROM visit"
               " WHERE family_id = {side}.family_id) WHERE id = {side}.family_id;")
_V19_FAMILY_LIST_COUNTS = (
    "ALTER TABLE family ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE family ADD COLUMN last_visit TEXT",
    "UPDATE family SET"
    " member_count = (SELECT count(*) FROM member WHERE member.family_id = family.id),"
    " last_visit = (SELECT max(visit_date) FROM visit WHERE visit.family_id = family.id)",
    """CREATE TRIGGER family_member_added AFTER INSERT ON member BEGIN
        UPDATE family SET member_count = member_count + 1 WHERE id = NEW.family_id; END""",
    """CREATE TRIGGER family_member_removed AFTER DELETE ON member BEGIN
        UPDATE family SET member_count = member_count - 1 WHERE id = OLD.family_id; END""",
    """CREATE TRIGGER family_member_moved AFTER UPDATE OF family_id ON member BEGIN
        UPDATE family SET member_count = member_count - 1 WHERE id = OLD.family_id;
        UPDATE family SET member_count = member_count + 1 WHERE id = NEW.family_id; END""",
    "CREATE TRIGGER family_visit_added AFTER INSERT ON visit BEGIN "
    + _LAST_VISIT.format(side="NEW") + " END",
    "CREATE TRIGGER family_visit_changed AFTER UPDATE OF visit_date, family_id ON visit BEGIN "
    + _LAST_VISIT.format(side="OLD") + " " + _LAST_VISIT.format(side="NEW") + " END",
    "CREATE TRIGGER family_visit_removed AFTER DELETE ON visit BEGIN "
    + _LAST_VISIT.format(side="OLD") + " END",
)

# After a match: what the CJG holds of its coordination (with each notice), and the steps
# this laptop sends — contact made, a regisseur proposed or accepted — sealed once and sent
# exactly once, like signals. A step goes with the signal it is about.
_V20_COORDINATION = (
    "ALTER TABLE match_notice ADD COLUMN coordination TEXT NOT NULL DEFAULT '{}'",
    """CREATE TABLE coordination_step (
        id          TEXT PRIMARY KEY,
        envelope_id TEXT NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
        match_id    TEXT NOT NULL,
        step        TEXT NOT NULL,
        state       TEXT NOT NULL
                    CHECK (state IN ('waiting', 'sending', 'received', 'refused')),
        error       TEXT,
        sealed      TEXT,
        receipt     TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX coordination_step_match ON coordination_step(match_id)",
    "CREATE INDEX coordination_step_envelope ON coordination_step(envelope_id)",
)

# Warm handover: this laptop's KEM key for packages sealed to it; the CJG's directory of
# enrolled professionals (signed entries, searchable offline); packages sent (what
# travelled, kept for the parents' printout) and received (opened and verified, until they
# are accepted or declined); the receipts this laptop sends; where a family came from.
_V21_HANDOVER = (
    "ALTER TABLE cjg_connection ADD COLUMN handover_key BLOB",
    "ALTER TABLE cjg_connection ADD COLUMN handover_public TEXT",
    "ALTER TABLE cjg_connection ADD COLUMN handover_suite TEXT",
    "ALTER TABLE cjg_connection ADD COLUMN handover_key_sent_at TEXT",
    "ALTER TABLE cjg_connection ADD COLUMN directory_digest TEXT",
    """CREATE TABLE directory_entry (
        device_id    TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        organisation TEXT NOT NULL,
        role         TEXT NOT NULL,
        entry        TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE handover_out (
        id           TEXT PRIMARY KEY,
        family_id    INTEGER REFERENCES family(id) ON DELETE SET NULL,
        family_uid   TEXT NOT NULL,
        basis_id     INTEGER REFERENCES sharing_basis(id) ON DELETE SET NULL,
        to_device    TEXT NOT NULL,
        to_name      TEXT NOT NULL,
        package      TEXT NOT NULL,
        sealed       TEXT,
        receipt      TEXT,
        state        TEXT NOT NULL CHECK (state IN ('waiting', 'sending', 'held', 'accepted',
                     'declined', 'expired', 'refused')),
        error        TEXT,
        answered_at  TEXT,
        warm_contact TEXT,
        choice       TEXT CHECK (choice IN ('keep', 'archive', 'erase')),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX handover_out_family ON handover_out(family_id)",
    """CREATE TABLE handover_in (
        id           TEXT PRIMARY KEY,
        from_device  TEXT NOT NULL,
        from_name    TEXT NOT NULL,
        digest       TEXT NOT NULL,
        package      TEXT,
        problem      TEXT,
        state        TEXT NOT NULL CHECK (state IN ('new', 'accepted', 'declined', 'refused')),
        family_id    INTEGER REFERENCES family(id) ON DELETE SET NULL,
        warm_contact TEXT,
        received_at  TEXT NOT NULL,
        answered_at  TEXT
    ) STRICT""",
    """CREATE TABLE handover_answer (
        handover_id  TEXT NOT NULL,
        outcome      TEXT NOT NULL CHECK (outcome IN ('accepted', 'declined', 'warm_contact')),
        at           TEXT NOT NULL,
        sent_at      TEXT,
        PRIMARY KEY (handover_id, outcome)
    ) STRICT""",
    "ALTER TABLE family ADD COLUMN provenance TEXT",
)

# A note that came with a handover keeps the day it was written there (the package brings
# only the day); a note written or edited here has none.
_V22_NOTE_WRITTEN_ON = (
    "ALTER TABLE note ADD COLUMN written_on TEXT",
)

# A package that did not open or verify is answered "unreadable" (no longer a plain
# "declined"), so that its sender knows to send it again. SQLite cannot change a CHECK: the
# table is made anew; an answer of that kind not yet sent becomes "unreadable".
_V23_UNREADABLE = (
    """CREATE TABLE handover_answer_v23 (
        handover_id  TEXT NOT NULL,
        outcome      TEXT NOT NULL CHECK (outcome IN ('accepted', 'declined', 'unreadable',
                                                      'warm_contact')),
        at           TEXT NOT NULL,
        sent_at      TEXT,
        PRIMARY KEY (handover_id, outcome)
    ) STRICT""",
    """INSERT INTO handover_answer_v23 (handover_id, outcome, at, sent_at)
       SELECT a.handover_id,
              CASE WHEN a.outcome = 'declined' AND a.sent_at IS NULL AND EXISTS (
                       SELECT 1 FROM handover_in i WHERE i.id = a.handover_id
                       AND i.state = 'refused') THEN 'unreadable' ELSE a.outcome END,
              a.at, a.sent_at FROM handover_answer a""",
    "DROP TABLE handover_answer",
    "ALTER TABLE handover_answer_v23 RENAME TO handover_answer",
)

# The sender may take a handover back while the receiver has not answered ("withdrawing"
# until the CJG confirms, then "withdrawn"); a receiver deletes a fetched copy its sender
# withdrew. Both tables are made anew for their CHECKs, rows (and row order) kept.
_OUT_COLUMNS = ("id, family_id, family_uid, basis_id, to_device, to_name, package, sealed,"
                " receipt, state, error, answered_at, warm_contact, choice, created_at,"
                " updated_at")
_IN_COLUMNS = ("id, from_device, from_name, digest, package, problem, state, family_id,"
               " warm_contact, received_at, answered_at")
_V24_WITHDRAWN = (
    """CREATE TABLE handover_out_v24 (
        id           TEXT PRIMARY KEY,
        family_id    INTEGER REFERENCES family(id) ON DELETE SET NULL,
        family_uid   TEXT NOT NULL,
        basis_id     INTEGER REFERENCES sharing_basis(id) ON DELETE SET NULL,
        to_device    TEXT NOT NULL,
        to_name      TEXT NOT NULL,
        package      TEXT NOT NULL,
        sealed       TEXT,
        receipt      TEXT,
        state        TEXT NOT NULL CHECK (state IN ('waiting', 'sending', 'held', 'accepted',
                     'declined', 'expired', 'refused', 'withdrawing', 'withdrawn')),
        error        TEXT,
        answered_at  TEXT,
        warm_contact TEXT,
        choice       TEXT CHECK (choice IN ('keep', 'archive', 'erase')),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
    ) STRICT""",
    f"INSERT INTO handover_out_v24 (rowid, {_OUT_COLUMNS})"
    f" SELECT rowid, {_OUT_COLUMNS} FROM handover_out",
    "DROP TABLE handover_out",
    "ALTER TABLE handover_out_v24 RENAME TO handover_out",
    "CREATE INDEX handover_out_family ON handover_out(family_id)",
    """CREATE TABLE handover_in_v24 (
        id           TEXT PRIMARY KEY,
        from_device  TEXT NOT NULL,
        from_name    TEXT NOT NULL,
        digest       TEXT NOT NULL,
        package      TEXT,
        problem      TEXT,
        state        TEXT NOT NULL CHECK (state IN ('new', 'accepted', 'declined', 'refused',
                                                    'withdrawn')),
        family_id    INTEGER REFERENCES family(id) ON DELETE SET NULL,
        warm_contact TEXT,
        received_at  TEXT NOT NULL,
        answered_at  TEXT
    ) STRICT""",
    f"INSERT INTO handover_in_v24 (rowid, {_IN_COLUMNS})"
    f" SELECT rowid, {_IN_COLUMNS} FROM handover_in",
    "DROP TABLE handover_in",
    "ALTER TABLE handover_in_v24 RENAME TO handover_in",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "caseload: families, members, relations, visits, notes", _V1_CASELOAD),
    Migration(2, "NEN 7513 access log, append-only and hash-chained", _V2_ACCESS_LOG),
    Migration(3, "full-text search over notes", _V3_NOTE_SEARCH),
    Migration(4, "family list in name order", _V4_FAMILY_NAME_INDEX),
    Migration(5, "stap-0 checklists: runs, answers, domain ratings", _V5_CHECKLISTS),
    Migration(6, "Meldcode afwegingskader answers", _V6_MELDCODE),
    Migration(7, "route to action and follow-ups", _V7_ROUTE_AND_FOLLOW_UPS),
    Migration(8, "consent or legal basis, and the signal outbox", _V8_SHARING_AND_OUTBOX),
    Migration(9, "CJG connection and device key", _V9_CJG_CONNECTION),
    Migration(10, "match notices from the CJG", _V10_MATCH_NOTICES),
    Migration(11, "sealed envelopes, withdrawals and sync status", _V11_SEALED_OUTBOX),
    Migration(12, "the sociale kaart, notes on it and referrals", _V12_SOCIALE_KAART),
    Migration(13, "match notices of protocol v2", _V13_MATCH_NOTICES_V2),
    Migration(14, "identity from enrollment, confirmed by the professional",
              _V14_ENROLLED_IDENTITY),
    Migration(15, "archived families; signals of erased families to withdraw",
              _V15_ARCHIVE_AND_ERASURE),
    Migration(16, "matches seen by the professional", _V16_MATCHES_SEEN),
    Migration(17, "the family's wijk, for the sociale kaart", _V17_FAMILY_WIJK),
    Migration(18, "the CJG's lease on this laptop", _V18_LEASE),
    Migration(19, "member count and last visit kept with the family", _V19_FAMILY_LIST_COUNTS),
    Migration(20, "coordination after a match", _V20_COORDINATION),
    Migration(21, "warm handover", _V21_HANDOVER),
    Migration(22, "the day a handed-over note was written", _V22_NOTE_WRITTEN_ON),
    Migration(23, "a handover that did not open is answered unreadable", _V23_UNREADABLE),
    Migration(24, "a handover its sender withdrew", _V24_WITHDRAWN),
)
LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_too_new(conn: Connection) -> int:
    found = schema_version(conn)
    if found > LATEST_VERSION:
        raise SchemaTooNew(found=found, known=LATEST_VERSION)
    return found


def migrate(conn: Connection, target: int = LATEST_VERSION) -> list[int]:
    """Bring the schema to ``target``; return the versions applied."""
    current = check_not_too_new(conn)
    applied: list[int] = []
    for migration in MIGRATIONS:
        if migration.version <= current or migration.version > target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # a full disk may have ended it already
                conn.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied
