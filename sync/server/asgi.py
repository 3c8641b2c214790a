"""An ASGI factory for ``uvicorn --factory`` with several worker processes.

The server folder comes from ``STAP0_CJG_DIR`` (set by ``stap0-cjg serve --workers N``);
the database is the one the folder records. Matching stays correct across workers: each
store runs under a PostgreSQL advisory lock (or SQLite's single writer). A worker ends
when its master does (a SIGKILLed master must not leave workers holding the port).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from fastapi import FastAPI

from sync.protocol.models import SuiteName
from sync.server.app import Limits, create_app
from sync.server.config import load_config, open_folder_repository
from sync.server.expiry import start_expiry
from sync.server.kaart_publish import KAART_FILE
from sync.server.keys import load_keys
from sync.server.lifeline import follow_master
from sync.server.regie_rules import load_rules


def app_for_folder(folder: Path) -> FastAPI:
    """The inbox of a server folder: its keys, database and settings; expiry started."""
    keys = load_keys(folder)
    repo = open_folder_repository(folder)
    config = load_config(folder)
    rules = load_rules(folder)
    start_expiry(repo, time.time, folder)  # each worker: expiring twice is harmless
    return create_app(repo, keys, people_per_day=config.people_per_device_per_day,
                      limits=Limits(per_device_minute=config.requests_per_device_per_minute),
                      allow_classic=keys.kem.suite is SuiteName.CLASSIC,
                      kaart_path=folder / KAART_FILE, profile_folder=folder, rules=rules)


def create_from_env() -> FastAPI:
    follow_master()
    return app_for_folder(Path(os.environ["STAP0_CJG_DIR"]))
