"""What every benchmark shares: percentiles, the spread of repeated samples, checks
against a limit or against a floor measured in the same run, and the report (printed, and
kept in bench/results/ with the load average of the run)."""

from __future__ import annotations

import json
import math
import os
import statistics
from dataclasses import dataclass
from pathlib import Path


def percentile(values: list[float], pct: float) -> float:
    """Nearest rank: the smallest value with at least ``pct`` % of the values at or below
    it (so p95 of 20 values is the 19th, never an interpolation between two)."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def spread(values: list[float], scale: float = 1.0, digits: int = 3) -> dict[str, float]:
    """Median, least and most of repeated samples (times ``scale``, e.g. 1000 for ms)."""
    return {"median": round(statistics.median(values) * scale, digits),
            "min": round(min(values) * scale, digits),
            "max": round(max(values) * scale, digits), "samples": len(values)}


@dataclass(frozen=True)
class Check:
    label: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'PASS' if self.ok else 'FAIL'}  {self.label}: {self.detail}"


def at_most(label: str, value: float, limit: float, unit: str = "") -> Check:
    return Check(label, value <= limit, f"{value:.3g}{unit} <= {limit:g}{unit}")


def at_least(label: str, value: float, limit: float, unit: str = "") -> Check:
    return Check(label, value >= limit, f"{value:,.4g}{unit} >= {limit:,g}{unit}")


def ratio_at_most(label: str, value: float, floor: float, limit: float,
                  unit: str = "") -> Check:
    """``value`` against a floor measured in the same run: value / floor <= limit."""
    ratio = value / floor
    return Check(label, ratio <= limit,
                 f"{value:.3g}{unit} / floor {floor:.3g}{unit} = {ratio:.2f} <= {limit:g}")


def report(name: str, figures: dict[str, object], checks: list[Check]) -> int:
    """Print the figures and PASS/FAIL per target; return the exit code."""
    figures = {**figures, "load_average_1_5_15": [round(x, 2) for x in os.getloadavg()],
               "checks": [c.line() for c in checks]}
    print(json.dumps(figures, indent=2))
    for check in checks:
        print(check.line())
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(figures, indent=2) + "\n")
    return 0 if all(c.ok for c in checks) else 1
