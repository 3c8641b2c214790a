"""A laptop stores only match notices the CJG signed for it. Whoever sits between the CJG
and the laptop (or a server that lost its database to an intruder without the key) cannot
make a nurse call a number: forged, unsigned and other laptops' notices are dropped and
counted in the sync status. And a body too large for the server is cut off while it
streams, so an unauthenticated upload cannot grow the server."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import ed25519

from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.storage.vault import Vault
from sync.protocol.canonical import utc_second
from sync.protocol.crypto import sign_notice
from sync.server.loopback import LoopbackServer
from tests.builders import enrolled_client, queue_signals

Message = dict[str, Any]


class ReplaceMatches:
    """Between the CJG and the laptop: answers ``GET /v1/matches`` with other notices."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.notices: list[dict[str, object]] | None = None

    async def __call__(self, scope: Message, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] != "/v1/matches" or self.notices is None:
            await self.app(scope, receive, send)
            return
        data = json.dumps(self.notices).encode()
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(data)).encode())]})
        await send({"type": "http.response.body", "body": data})


def _notice(key: ed25519.Ed25519PrivateKey, device_id: str, envelope_id: str,
            phone: str) -> dict[str, object]:
    return sign_notice(key, {
        "device_id": device_id, "envelope_id": envelope_id, "match_id": uuid.uuid4().hex,
        "how": "same_child", "matched_at": utc_second(), "ended_on": None,
        "other": {"name": "Veilig Thuis (crisisdienst)", "organisation": "Veilig Thuis",
                  "role": "", "phone": phone, "email": ""}}).model_dump(mode="json")


def test_forged_notices_are_dropped_and_counted(vault: Vault, tmp_path: Path) -> None:
    middle: list[ReplaceMatches] = []

    def wrap(app: Any) -> ReplaceMatches:
        middle.append(ReplaceMatches(app))
        return middle[0]

    with LoopbackServer(tmp_path / "cjg", wrap=wrap) as server:
        client = enrolled_client(vault, server)
        [signal_id] = queue_signals(vault, 1)
        assert client.sync().received == 1
        device_id = OutboxService(vault).connection().value.device_id  # type: ignore[union-attr]
        cjg_key = server.keys.receipt
        stranger = ed25519.Ed25519PrivateKey.generate()
        unsigned = _notice(cjg_key, device_id, signal_id, "0612345678") | {
            "signature": "A" * 86 + "=="}
        changed = _notice(cjg_key, device_id, signal_id, "0800-0000001")
        changed["other"] = {**changed["other"], "phone": "0612345678"}  # type: ignore[dict-item]
        middle[0].notices = [
            _notice(stranger, device_id, signal_id, "0612345678"),        # another key
            _notice(cjg_key, "b" * 32, signal_id, "0612345678"),          # another laptop's
            unsigned, changed,
            {"envelope_id": signal_id, "other": {"phone": "0612345678"}},  # not a notice
            _notice(cjg_key, device_id, signal_id, "0800-0000002"),       # the CJG's own
        ]
        summary = client.sync()
        assert (summary.notices, summary.notices_dropped) == (1, 5)
        rows = vault.db.conn.execute("SELECT other_phone FROM match_notice").fetchall()
        assert rows == [("0800-0000002",)]
        status = OutboxService(vault).status().value
        assert status.last_error == "bad_notice"


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_a_huge_chunked_body_is_cut_off_while_it_streams(tmp_path: Path) -> None:
    import ssl

    from sync.protocol.models import ConnectionProfile
    from sync.server.cli import main as cjg_cli
    from tests.sync.harness import ServedCjg, free_port

    folder = tmp_path / "cjg"
    port = free_port()
    assert cjg_cli(["init", "--dir", str(folder), "--port", str(port)]) == 0
    served = ServedCjg(folder, port)
    try:
        pid = served.processes[-1].pid  # type: ignore[union-attr]
        profile = ConnectionProfile.model_validate_json(
            (folder / "connection-profile.json").read_text())
        context = ssl.create_default_context(cadata=profile.tls_ca_pem)
        with httpx.Client(base_url=profile.server_url, verify=context, timeout=30) as http:
            http.get("/openapi.json")
            before = _rss_kib(pid)
            sent = 0

            def chunks():  # type: ignore[no-untyped-def]
                nonlocal sent
                block = b" " * (1 << 20)
                for _ in range(600):                    # 600 MiB, no Content-Length
                    sent += len(block)
                    yield block

            try:
                status: int | None = http.post("/v1/envelopes", content=chunks(), headers={
                    "content-type": "application/json"}).status_code
            except httpx.TransportError:
                status = None                            # the server hung up on it
        grown = _rss_kib(pid) - before
        assert status in (413, None)
        assert sent < 64 << 20, sent                     # cut off early, not read to the end
        assert grown < 32 * 1024, f"the server grew by {grown} KiB"
    finally:
        served.terminate()
        served.wait(10)
