"""What the unlock window needs of a data folder before anything else is loaded: whether a
vault is there, and the unlock back-off. Kept light (no SQLCipher, no cryptography)."""

from __future__ import annotations

from stap0_desktop.storage.layout import VaultPaths
from stap0_desktop.storage.unlock_attempts import UnlockAttempts

__all__ = ["UnlockAttempts", "VaultPaths"]
