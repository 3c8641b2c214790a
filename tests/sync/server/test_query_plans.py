"""The inbox's per-request queries follow indexes, on both engines: their cost follows the
asking device's own rows, not the size of the inbox (bench/cjg.py measures it at 1M)."""

from __future__ import annotations

from sync.server import match_queries
from sync.server.repository import open_repository


def _plan(url: str, sql: str, params: tuple[object, ...]) -> str:
    repo = open_repository(url, None)  # type: ignore[arg-type]
    try:
        with repo.tx() as c:
            if repo.engine.name == "postgresql":
                c.execute("SET LOCAL enable_seqscan = off")  # a scan only where no index serves
                rows = c.execute("EXPLAIN " + sql, params).fetchall()
            else:
                rows = [(r[-1],) for r in c.execute("EXPLAIN QUERY PLAN " + sql, params)]
    finally:
        repo.close()
    return "\n".join(str(r[0]) for r in rows)


def test_the_match_query_reads_only_the_devices_own_matches(engine_url: str) -> None:
    plan = _plan(engine_url, match_queries.MATCHES_FOR_DEVICE, ("device-1", "device-1"))
    if "postgresql" in engine_url:
        assert "Seq Scan" not in plan, plan
        assert "Index Cond: (a_device = " in plan and "Index Cond: (b_device = " in plan, plan
    else:
        assert not [line for line in plan.splitlines() if line.startswith("SCAN")], plan
        assert "match_a_device (a_device=?)" in plan and "match_b_device (b_device=?)" in plan


def test_matching_pseudonyms_reads_only_the_signals_naming_them(engine_url: str) -> None:
    sql = match_queries.ACTIVE_OTHERS_WITH_KEYS.format(keys="?, ?")
    plan = _plan(engine_url, sql, ("k1", "k2", "d", "p", "o"))
    if "postgresql" in engine_url:
        assert "Seq Scan" not in plan and "key = ANY (" in plan, plan
    else:  # from the pseudonyms (the index names each row's device), then each signal
        assert plan.splitlines()[:2] == [
            "SEARCH pk USING INDEX person_key_device_day (key=?)",
            "SEARCH e USING INDEX sqlite_autoindex_envelope_1 (id=?)"], plan


def test_the_oracle_limit_reads_only_the_batch_s_pseudonyms(engine_url: str) -> None:
    sql = match_queries.NAMED_BY_DEVICE_ON_DAY.format(keys="?, ?")
    plan = _plan(engine_url, sql, ("k1", "k2", "d", "2026-12-03"))
    if "postgresql" in engine_url:
        assert "Seq Scan" not in plan and "key = ANY (" in plan, plan
        assert "envelope" not in plan, plan
    else:  # not from the device's whole day, nor from each row's envelope
        assert plan.splitlines() == [
            "SEARCH person_key USING COVERING INDEX person_key_device_day"
            " (key=? AND device_id=? AND day=?)"], plan
