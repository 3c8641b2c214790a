"""For tests: count the tree signatures a verifier checks (each should be checked once)."""

from __future__ import annotations

import pytest

from sync.protocol import signed_trees


def counted(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The bodies whose signature ``signed_trees`` verifies from now on, in order."""
    checked: list[bytes] = []
    real = signed_trees.verify_signature

    def verify(public: bytes, signature: str, body: bytes, code: str) -> None:
        checked.append(body)
        real(public, signature, body, code)

    monkeypatch.setattr(signed_trees, "verify_signature", verify)
    return checked
