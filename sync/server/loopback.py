"""A CJG inbox on loopback in a thread of this process, over real HTTPS.

For the demo (a newcomer sees a signal go out and a match come back), the end-to-end and
fault tests, and the sync benchmark. ``wrap`` puts an ASGI middleware around the real
app (the fault tests use it to answer 500, drop a connection after the store, or slow
down); the app itself is the one ``stap0-cjg serve`` runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sync.loopback_thread import ThreadedHttps, free_port, wait_for_port
from sync.protocol.models import SuiteName
from sync.pseudonymiser.loopback import LoopbackPseudonymiser
from sync.server.app import Limits, create_app
from sync.server.kaart_publish import KAART_FILE
from sync.server.keys import (
    PROFILE_FILE,
    TLS_CERT,
    TLS_KEY,
    init_folder,
    load_keys,
)
from sync.server.profile_chain import write_profile
from sync.server.regie_rules import RULES_FILE, load_rules, parse_rules
from sync.server.repository import Repository, open_repository

Asgi = Callable[..., Any]
__all__ = ["LoopbackServer", "free_port", "wait_for_port"]


class LoopbackServer:
    def __init__(self, folder: Path, municipality: str = "Gemeente Demostad", *,
                 db_url: str | None = None, wrap: Callable[[Asgi], Asgi] | None = None,
                 port: int | None = None, limits: Limits | None = None,
                 rules: Path | None = None) -> None:
        """``rules``: the municipality's regie rules to install first (checked)."""
        self.folder = folder
        if not (folder / PROFILE_FILE).exists():
            self.port = port or free_port()
            init_folder(folder, municipality, "127.0.0.1", self.port, SuiteName.HYBRID)
        else:
            self.port = port or _port_of(folder)
        if rules is not None:
            data = rules.read_bytes()
            parse_rules(data, str(rules))
            (folder / RULES_FILE).write_bytes(data)
        self.pseudonymiser = _linked_pseudonymiser(folder)
        keys = self.keys = load_keys(folder)
        self.repo: Repository = open_repository(db_url, folder / "cjg.db")
        app: Asgi = create_app(self.repo, keys, allow_classic=keys.kem.suite is SuiteName.CLASSIC,
                               kaart_path=folder / KAART_FILE, limits=limits,
                               profile_folder=folder, rules=load_rules(folder))
        self._app = wrap(app) if wrap else app
        self._runner = ThreadedHttps(folder / TLS_KEY, folder / TLS_CERT, "stap0-cjg-loopback")

    @property
    def profile_path(self) -> Path:
        return self.folder / PROFILE_FILE

    def start(self, timeout_s: float = 15.0) -> LoopbackServer:
        self.pseudonymiser.__enter__()
        self._runner.start(self._app, self.port, timeout_s)
        return self

    def stop(self) -> None:
        self._runner.stop()
        self.pseudonymiser.stop()

    def close(self) -> None:
        self.stop()
        self.repo.close()

    def invite(self, name: str, organisation: str, phone: str = "", email: str = "",
               role: str = "", days: int = 14, now: str | None = None,
               organisation_kind: str = "") -> str:
        import secrets

        from sync.protocol.canonical import utc_second

        code = "-".join(secrets.token_hex(2).upper() for _ in range(4))
        self.repo.add_invite(code, name, organisation, now or utc_second(), phone, email,
                             role, days, organisation_kind)
        return code

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def _linked_pseudonymiser(folder: Path) -> LoopbackPseudonymiser:
    """A pseudonymisation service beside the inbox (its own folder, as another party would
    run it), named in the inbox's connection profile."""
    from sync.protocol.models import ConnectionProfile

    profile = ConnectionProfile.model_validate_json((folder / PROFILE_FILE).read_text())
    service = LoopbackPseudonymiser(folder.parent / f"{folder.name}-pseudonymiser", profile)
    if profile.pseudonymiser != service.info:
        write_profile(folder, profile.model_copy(update={"pseudonymiser": service.info}))
    return service


def _port_of(folder: Path) -> int:
    from sync.protocol.models import ConnectionProfile

    profile = ConnectionProfile.model_validate_json((folder / PROFILE_FILE).read_text())
    return int(profile.server_url.rsplit(":", 1)[1].split("/")[0])
