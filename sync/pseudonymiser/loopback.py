"""The pseudonymisation service on loopback, in a thread (demo and tests); the same app
``stap0-cjg pseudonymiser serve`` runs."""

from __future__ import annotations

from pathlib import Path

from sync.loopback_thread import ThreadedHttps, free_port
from sync.protocol.models import ConnectionProfile, PseudonymiserInfo
from sync.pseudonymiser.app import create_app
from sync.pseudonymiser.folder import (
    INFO_FILE,
    TLS_CERT,
    TLS_KEY,
    Limits,
    init_folder,
    load_folder,
)


class LoopbackPseudonymiser:
    def __init__(self, folder: Path, cjg_profile: ConnectionProfile,
                 limits: Limits | None = None) -> None:
        if not (folder / INFO_FILE).exists():
            init_folder(folder, cjg_profile, "127.0.0.1", free_port(), limits)
        self.service = load_folder(folder)
        self.port = int(self.service.info.url.rsplit(":", 1)[1])
        self.app = create_app(self.service)
        self._counts = self.app.state.counts
        self._runner = ThreadedHttps(folder / TLS_KEY, folder / TLS_CERT,
                                     "stap0-pseudonymiser-loopback")

    @property
    def info(self) -> PseudonymiserInfo:
        return self.service.info

    def __enter__(self) -> LoopbackPseudonymiser:
        self._runner.start(self.app, self.port)
        return self

    def stop(self) -> None:
        self._runner.stop()

    def __exit__(self, *exc: object) -> None:
        self.stop()
        self._counts.close()
