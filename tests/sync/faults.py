"""An ASGI middleware around the real CJG app that misbehaves on purpose, on
``POST /v1/envelopes``: answer 500, drop the connection after the batch was stored, answer
slowly, or hand back receipts whose signature does not verify."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from sync.protocol.crypto import b64

Message = dict[str, Any]


@dataclass
class Faults:
    app: Any
    mode: str | None = None          # error_500 | drop_after_store | slow | bad_receipt
    times: int = 0                   # how many requests to spoil; -1: all
    delay_s: float = 0.0
    spoiled: int = 0
    requests: list[str] = field(default_factory=list)
    path: str = "/v1/envelopes"      # the requests spoiled (others pass untouched)

    def set(self, mode: str | None, times: int = 1, delay_s: float = 0.0) -> None:
        self.mode, self.times, self.delay_s = mode, times, delay_s

    def _take(self) -> str | None:
        if self.mode is None or self.times == 0:
            return None
        if self.times > 0:
            self.times -= 1
        self.spoiled += 1
        return self.mode

    async def __call__(self, scope: Message, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        self.requests.append(scope["path"])
        mode = self._take()
        if mode is None:
            await self.app(scope, receive, send)
            return
        if mode == "error_500":
            await send({"type": "http.response.start", "status": 500,
                        "headers": [(b"content-type", b"text/plain")]})
            await send({"type": "http.response.body", "body": b"Internal Server Error"})
            return
        captured: list[Message] = []

        async def capture(message: Message) -> None:
            captured.append(message)

        await self.app(scope, receive, capture)            # the batch is stored now
        if mode == "drop_after_store":
            await send(captured[0])
            raise ConnectionAbortedError("fault: the reply never reaches the client")
        if mode == "slow":
            await asyncio.sleep(self.delay_s)
        if mode == "bad_receipt":
            captured = _spoil_receipts(captured)
        for message in captured:
            await send(message)


def _spoil_receipts(captured: list[Message]) -> list[Message]:
    body = json.loads(b"".join(m.get("body", b"") for m in captured[1:]))
    for result in body["results"]:
        if result.get("receipt"):
            result["receipt"]["signature"] = b64(bytes(64))
    data = json.dumps(body).encode()
    start = dict(captured[0])
    start["headers"] = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
    start["headers"].append((b"content-length", str(len(data)).encode()))
    return [start, {"type": "http.response.body", "body": data}]
