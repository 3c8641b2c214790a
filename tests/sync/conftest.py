"""Server tests run on both engines: SQLite, and PostgreSQL in a throwaway cluster."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.server.loopback import LoopbackServer
from tests.pg_cluster import create_database, throwaway_cluster
from tests.sync.faults import Faults


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[str]:
    try:
        with throwaway_cluster() as cluster:
            yield cluster
    except FileNotFoundError as exc:
        pytest.skip(f"{exc} (make test installs them)")


@pytest.fixture
def postgres_url(postgres_cluster: str) -> str:
    """A fresh database for one test."""
    return create_database(postgres_cluster, f"t{uuid.uuid4().hex[:12]}")


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:{tmp_path / 'cjg.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def faults() -> Faults:
    return Faults(app=None)


@pytest.fixture
def faulty_server(tmp_path: Path, faults: Faults) -> Iterator[LoopbackServer]:
    """The real CJG app over HTTPS on loopback, with :class:`Faults` around it."""
    def wrap(app: object) -> Faults:
        faults.app = app
        return faults

    with LoopbackServer(tmp_path / "cjg", wrap=wrap) as server:
        yield server
