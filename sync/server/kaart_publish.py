"""``stap0-cjg kaart publish FILE``: the CJG signs its sociale kaart for the laptops.

The export is checked like a laptop's import (every bad row named); only a clean file is
published. Each publication gets the next version number and replaces the file
``DIR/kaart.json`` atomically; the inbox serves it at ``GET /v1/kaart``.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from stap0_desktop.domain.kaart_import import ImportReport, parse_kaart
from sync.protocol.kaart import KaartBody, KaartPublication, sign_kaart
from sync.server.keys import load_keys

KAART_FILE = "kaart.json"


def current(folder: Path) -> KaartPublication | None:
    path = folder / KAART_FILE
    if not path.exists():
        return None
    return KaartPublication.model_validate_json(path.read_bytes())


def publish(folder: Path, export: Path, municipality: str) -> tuple[KaartPublication,
                                                                     ImportReport]:
    """Sign and publish ``export``; raises ValueError with the report when it is not clean."""
    report = parse_kaart(export.read_bytes(), export.name)
    if not report.ok:
        raise ValueError(report)
    previous = current(folder)
    body = KaartBody(version=(previous.body.version + 1) if previous else 1,
                     municipality=municipality,
                     published_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                     entries=[e.model_dump(mode="json") for e in report.entries])
    publication = sign_kaart(load_keys(folder).receipt, body)
    tmp = folder / f".{KAART_FILE}.tmp"
    tmp.write_text(publication.model_dump_json(), encoding="utf-8")
    os.replace(tmp, folder / KAART_FILE)
    return publication, report
