"""Printing a benchmark's figures and checks, and keeping them in bench/results/."""

from __future__ import annotations

import json
from pathlib import Path


def report(name: str, figures: dict[str, object], checks: list[tuple[str, bool]]) -> int:
    """Print the figures and PASS/FAIL per target; return the exit code."""
    print(json.dumps(figures, indent=2))
    for label, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {label}")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(figures, indent=2))
    return 0 if all(ok for _, ok in checks) else 1
