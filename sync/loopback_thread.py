"""A real HTTPS server on loopback in a thread of this process (uvicorn), and the port
helpers around it — for the demo, the tests and the benchmarks, for either service."""

from __future__ import annotations

import random
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Below the ranges systems hand out for outgoing connections (Linux from 32768, Windows
# from 49152): a port the system gave us (bind to 0) could be taken as some connection's
# source port between the probe and the server's bind — seen once in CI as "address
# already in use" when a loopback CJG started.
_OWN_PORTS = range(20_000, 32_000)


_GIVEN: set[int] = set()   # ports this process handed out: one may not be bound yet


def free_port() -> int:
    """A port on loopback that nothing uses right now, outside the outgoing range, and not
    handed out before by this process (a server and its pseudonymiser take their ports
    before either binds)."""
    for port in random.sample(_OWN_PORTS, 64):
        if port in _GIVEN:
            continue
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            _GIVEN.add(port)
            return port
    with socket.socket() as probe:   # all taken: let the system choose
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, timeout_s: float = 10.0) -> None:
    """Until something listens on loopback ``port`` (a server started in a process)."""
    deadline = time.monotonic() + timeout_s
    while True:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        if time.monotonic() > deadline:
            raise RuntimeError(f"nothing listens on port {port}")
        time.sleep(0.05)


class ThreadedHttps:
    def __init__(self, tls_key: Path, tls_cert: Path, name: str) -> None:
        self._key, self._cert, self._name = tls_key, tls_cert, name
        self._server: Any = None
        self._thread: threading.Thread | None = None

    def start(self, app: Callable[..., Any], port: int, timeout_s: float = 15.0) -> None:
        import uvicorn

        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical",
                                ssl_keyfile=str(self._key), ssl_certfile=str(self._cert),
                                lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name=self._name,
                                        daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout_s
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError(f"{self._name} did not start on port {port}")
            time.sleep(0.02)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(15)
            self._server = self._thread = None
