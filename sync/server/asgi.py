"""An ASGI factory for ``uvicorn --factory`` with several worker processes.

The server folder and database come from ``STAP0_CJG_DIR`` and ``STAP0_CJG_DB`` (set by
``stap0-cjg serve --workers N``). Matching stays correct across workers: each store runs
under a PostgreSQL advisory lock (or SQLite's single writer).
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI

from sync.protocol.models import SuiteName
from sync.server.app import create_app
from sync.server.kaart_publish import KAART_FILE
from sync.server.keys import load_keys
from sync.server.repository import open_repository


def create_from_env() -> FastAPI:
    folder = Path(os.environ["STAP0_CJG_DIR"])
    keys = load_keys(folder)
    return create_app(open_repository(os.environ.get("STAP0_CJG_DB") or None,
                                      folder / "cjg.db"), keys,
                      allow_classic=keys.kem.suite is SuiteName.CLASSIC,
                      kaart_path=folder / KAART_FILE)
