"""What the wheel holds: every package of the source tree and the shipped resources."""

from __future__ import annotations

import tomllib

from tests.conftest import REPO


def test_every_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts)
             for top in ("stap0_desktop", "sync") for p in (REPO / top).rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert config["package-dir"]["stap0_desktop._resources"] == "resources"


def test_every_shipped_resource_matches_a_package_data_pattern() -> None:
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text())[
        "tool"]["setuptools"]["package-data"]["stap0_desktop._resources"]
    shipped = {p for pattern in patterns for p in (REPO / "resources").glob(pattern)}
    tracked = {p for p in (REPO / "resources").rglob("*") if p.is_file()
               and p.suffix not in (".ts",)}       # sources of the .qm files stay out
    assert tracked <= shipped, sorted(str(p) for p in tracked - shipped)
