"""``stap0-cjg kaart publish FILE``: the CJG signs its sociale kaart for the laptops.

The export is checked like a laptop's import (every bad row named); only a clean file is
published. Each publication gets the next version number and replaces the file
``DIR/kaart.json`` atomically; the inbox serves it at ``GET /v1/kaart``.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.canonical import utc_second
from sync.protocol.crypto import b64
from sync.protocol.files import write_atomically
from sync.protocol.kaart import KaartBody, KaartPublication, sign_kaart
from sync.protocol.kaart_export import MAX_BYTES, ImportReport, parse_kaart
from sync.protocol.models import ConnectionProfile
from sync.server.kaart_key import KaartKeyProblem

KAART_FILE = "kaart.json"


def current(folder: Path) -> KaartPublication | None:
    path = folder / KAART_FILE
    if not path.exists():
        return None
    return KaartPublication.model_validate_json(path.read_bytes())


def _read_export(path: Path) -> bytes:
    """A regular file only (a FIFO would hang, a device never ends), read up to the cap;
    ``OSError`` otherwise, with the reason."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not an ordinary file", str(path))
        data = os.read(fd, MAX_BYTES + 1)
        while len(data) <= MAX_BYTES and (more := os.read(fd, MAX_BYTES + 1 - len(data))):
            data += more
        return data  # parse_kaart refuses more than MAX_BYTES
    finally:
        os.close(fd)


def publish(folder: Path, export: Path, profile: ConnectionProfile,
            key: ed25519.Ed25519PrivateKey) -> tuple[KaartPublication, ImportReport]:
    """Sign ``export`` with the kaart key and publish it; ValueError with the report when
    it is not clean; KaartKeyProblem when the profile names another key (laptops would
    refuse it)."""
    if profile.kaart_public_key != b64(key.public_key().public_bytes_raw()):
        raise KaartKeyProblem("this is not the kaart key of the connection profile "
                              "(stap0-cjg kaart keygen puts it there)")
    municipality = profile.municipality
    report = parse_kaart(_read_export(export), export.name)
    if not report.ok:
        raise ValueError(report)
    previous = current(folder)
    body = KaartBody(version=(previous.body.version + 1) if previous else 1,
                     municipality=municipality,
                     published_at=utc_second(),
                     entries=[e.model_dump(mode="json") for e in report.entries])
    publication = sign_kaart(key, body)
    write_atomically(folder / KAART_FILE, publication.model_dump_json().encode("utf-8"), 0o644)
    return publication, report
