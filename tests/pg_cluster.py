"""A throwaway PostgreSQL cluster in a temporary folder (for tests and benchmarks).

It listens only on a Unix socket in that folder and trusts its local user; as root it
runs as the ``postgres`` user. ``fsync`` can be left on for honest benchmark figures.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def find_binary(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _as_postgres(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def throwaway_cluster(fsync: bool = False) -> Iterator[str]:
    """Yield libpq connection parameters (``host=… port=… user=postgres``)."""
    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    if not initdb or not pg_ctl:
        raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) not found")
    folder = Path(tempfile.mkdtemp(prefix="stap0-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    try:
        subprocess.run(_as_postgres([initdb, "-D", str(data), "-A", "trust", "-U", "postgres",
                                     "--no-sync", "-E", "UTF8"]), check=True,
                       capture_output=True)
        port = str(54000 + os.getpid() % 900)
        durable = "on" if fsync else "off"
        options = f"-k {folder} -p {port} -c listen_addresses='' -c fsync={durable}"
        subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-o", options, "-w", "-l",
                                     str(folder / "log"), "start"]), check=True,
                       capture_output=True)
        try:
            yield f"host={folder} port={port} user=postgres"
        finally:
            subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
                           capture_output=True, check=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def create_database(cluster: str, name: str) -> str:
    """Create ``name`` and return its ``postgresql://`` URL."""
    import psycopg

    with psycopg.connect(f"{cluster} dbname=postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    params = dict(part.split("=", 1) for part in cluster.split())
    return f"postgresql://{params['user']}@/{name}?host={params['host']}&port={params['port']}"


def restart_cluster(cluster: str) -> None:
    """Restart a throwaway cluster the hard way (``-m immediate``: no clean shutdown), as a
    crash or an operator would; every open connection is cut."""
    pg_ctl = find_binary("pg_ctl")
    if not pg_ctl:
        raise FileNotFoundError("pg_ctl not found")
    params = dict(part.split("=", 1) for part in cluster.split())
    folder = Path(params["host"])
    # The new server must not hold this process's pipes open: it logs to its file.
    subprocess.run(_as_postgres([pg_ctl, "-D", str(folder / "data"), "-m", "immediate", "-w",
                                 "-l", str(folder / "log"), "restart"]),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
