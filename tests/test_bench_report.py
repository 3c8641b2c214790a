"""bench/_report.py: the one helper every benchmark uses for percentiles and checks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parents[1] / "bench"))

from _report import at_least, at_most, percentile, ratio_at_most, spread


def test_percentiles_are_nearest_rank_never_interpolated() -> None:
    values = [float(v) for v in range(1, 21)]          # 1 … 20
    assert percentile(values, 95) == 19.0              # the 19th of 20
    assert percentile(values, 50) == 10.0
    assert percentile(values, 100) == 20.0 and percentile(values, 0) == 1.0
    assert percentile([3.0, 1.0, 2.0], 99) == 3.0      # unsorted input, a value it holds
    with pytest.raises(ValueError):
        percentile([], 50)


def test_checks_say_the_value_the_floor_and_the_ratio() -> None:
    assert at_most("search p95", 12.0, 20, " ms").ok
    assert not at_least("ingest", 1999.0, 2000, "/s").ok
    check = ratio_at_most("search against plain", 13.0, 10.0, 1.3, " ms")
    assert check.ok and "1.30 <= 1.3" in check.line() and check.line().startswith("PASS")
    assert not ratio_at_most("x", 14.0, 10.0, 1.3).ok
    assert spread([0.002, 0.001, 0.003], 1000) == {
        "median": 2.0, "min": 1.0, "max": 3.0, "samples": 3}
