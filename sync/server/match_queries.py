"""The matching queries of the CJG's inbox, on both engines: which other professionals'
active signals name these pseudonyms, which of them a device named today, a device's
matches, and the roles of signals (for the municipality's rules). No pseudonym leaves the
functions here except as a key the caller already had."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sync.server import coordination_store

if TYPE_CHECKING:
    from sync.server.repository import Tx


# Another professional's active signals naming any of these pseudonyms (person_key's
# primary key); ``{keys}`` becomes one placeholder per pseudonym. CROSS JOIN keeps SQLite
# (which has no statistics) starting from the pseudonyms, not from every active signal;
# PostgreSQL orders it by its statistics.
ACTIVE_OTHERS_WITH_KEYS = (
    "SELECT pk.key, pk.envelope_id, pk.device_id, pk.role, pk.mother_of_unborn"
    " FROM person_key pk CROSS JOIN envelope e CROSS JOIN device d"
    " WHERE pk.key IN ({keys}) AND pk.device_id <> ? AND e.id = pk.envelope_id"
    " AND d.id = pk.device_id AND e.status = 'active'"
    " AND NOT (d.professional = ? AND d.organisation = ?)")

# Which of these pseudonyms the device's signals of one day name: from the pseudonyms
# (CROSS JOIN, as above), not from the device's whole day; inside the index alone.
NAMED_BY_DEVICE_ON_DAY = (
    "SELECT DISTINCT key FROM person_key"
    " WHERE key IN ({keys}) AND device_id = ? AND day = ?")

# The device's matches through the device columns of each side (match_a_device,
# match_b_device): the cost follows the device's own matches, whatever the planner guesses
# of its number of signals ("mine IN (a, b)", and a join from the device's signals, both
# made PostgreSQL hash the whole match table at 1M stored). Only its active signals' count.
MATCHES_FOR_DEVICE = (
    "WITH sides AS ("
    "SELECT a AS mine, b AS other, 'a' AS side, match_id, how, matched_at, ended_on"
    " FROM match WHERE a_device = ?"
    " UNION ALL "
    "SELECT b, a, 'b', match_id, how, matched_at, ended_on FROM match WHERE b_device = ?)"
    " SELECT s.mine, s.match_id, s.how, d.professional, d.organisation, d.role, d.phone,"
    " d.email, s.matched_at, s.ended_on, s.side, s.other, d.organisation_kind, "
    + ", ".join(f"c.{column}" for column in coordination_store.COLUMNS) +
    " FROM sides s"
    " JOIN envelope mine ON mine.id = s.mine AND mine.status = 'active'"
    " JOIN envelope other ON other.id = s.other JOIN device d ON d.id = other.device_id"
    " LEFT JOIN coordination c ON c.match_id = s.match_id"
    " ORDER BY s.matched_at, s.match_id")


def for_keys(c: Tx, sql: str, keys: set[str], params: tuple[Any, ...]) -> Iterator[Any]:
    """The rows of ``sql`` for ``keys``, its ``{keys}`` made into placeholders for at most
    500 at a time (SQLite's limit on them), then ``params``."""
    ordered = sorted(keys)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        yield from c.execute(sql.format(keys=", ".join("?" * len(chunk))), (*chunk, *params))


def roles_of(c: Tx, envelope_ids: set[str]) -> dict[str, set[str]]:
    """Per signal, the roles it names (``unborn`` for a mother of an unborn child in it):
    what the municipality's rules look at. No pseudonym leaves this function."""
    roles: dict[str, set[str]] = {}
    for envelope_id, role, mother in for_keys(
            c, "SELECT envelope_id, role, mother_of_unborn FROM person_key"
               " WHERE envelope_id IN ({keys})", envelope_ids, ()):
        found = roles.setdefault(str(envelope_id), set())
        found.add(str(role))
        if mother:
            found.add("unborn")
    return roles
