"""Key material held in a mutable buffer that is wiped when it is no longer needed.

Python copies immutable ``bytes`` and ``str`` freely, so secrets live in ``bytearray``
only, are handed to C code (SQLCipher, OpenSSL) as buffers, and are overwritten with
zeros on close or lock.
"""

from __future__ import annotations

import contextlib
import secrets
import unicodedata
from types import TracebackType
from typing import Literal

KEY_BYTES = 32
_HEX = b"0123456789abcdef"


def wipe(buffer: bytearray | memoryview) -> None:
    """Overwrite a buffer with zeros in place."""
    view = memoryview(buffer).cast("B")
    for index in range(len(view)):
        view[index] = 0


class SecretBytes:
    """A wipeable secret. Use as a context manager or call :meth:`wipe`."""

    __slots__ = ("_buf", "_wiped")

    def __init__(self, buffer: bytearray) -> None:
        self._buf = buffer
        self._wiped = False

    @classmethod
    def random(cls, size: int = KEY_BYTES) -> SecretBytes:
        return cls(bytearray(secrets.token_bytes(size)))

    @classmethod
    def from_text(cls, text: str) -> SecretBytes:
        """Encode a passphrase typed by a person (the ``str`` itself cannot be wiped), in
        Unicode NFC: "é" typed as one character or as e + accent opens the same vault."""
        return cls(bytearray(unicodedata.normalize("NFC", text).encode("utf-8")))

    def normalised(self, form: Literal["NFC", "NFD"]) -> SecretBytes:
        """A copy of a UTF-8 passphrase in another Unicode form (the caller wipes it)."""
        text = self.buffer.decode("utf-8", errors="surrogateescape")
        return SecretBytes(bytearray(unicodedata.normalize(form, text).encode(
            "utf-8", errors="surrogateescape")))

    @property
    def buffer(self) -> bytearray:
        if self.wiped:
            raise ValueError("secret has been wiped")
        return self._buf

    @property
    def wiped(self) -> bool:
        return self._wiped

    def __len__(self) -> int:
        return len(self._buf)

    def copy(self) -> SecretBytes:
        return SecretBytes(bytearray(self.buffer))

    def raw_key_literal(self) -> SecretBytes:
        """SQLCipher's raw-key form ``x'<64 hex>'``, built without any str or bytes copy."""
        key = self.buffer
        out = bytearray(3 + 2 * len(key))
        out[0:2] = b"x'"
        for index, value in enumerate(key):
            out[2 + 2 * index] = _HEX[value >> 4]
            out[3 + 2 * index] = _HEX[value & 0x0F]
        out[-1] = ord("'")
        return SecretBytes(out)

    def wipe(self) -> None:
        if self._wiped:
            return
        wipe(self._buf)
        self._wiped = True
        with contextlib.suppress(BufferError):  # a live memoryview pins the size; zeros stay
            del self._buf[:]

    def __enter__(self) -> SecretBytes:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.wipe()

    def __repr__(self) -> str:
        return "SecretBytes(<hidden>)"
