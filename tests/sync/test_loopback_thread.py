"""The loopback servers' ports (sync/loopback_thread.py)."""

from __future__ import annotations

from sync.loopback_thread import free_port


def test_a_process_never_gets_the_same_free_port_twice() -> None:
    """A CJG and its pseudonymiser take their ports before either binds: the same port
    twice made the second server fail with "address already in use" (seen in a full run).
    500 draws from the 12,000 ports would repeat one almost surely without the memory."""
    ports = [free_port() for _ in range(500)]
    assert len(set(ports)) == len(ports)
    assert all(20_000 <= port < 32_000 for port in ports)
