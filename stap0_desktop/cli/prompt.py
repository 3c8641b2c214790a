"""Reading passphrases: at a prompt without echo, or from the environment for scripts."""

from __future__ import annotations

import getpass
import os
import sys

from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.vaults import SecretBytes

ENV_PASSPHRASE = "STAP0_PASSPHRASE"  # noqa: S105 - the name of a variable
ENV_NEW_PASSPHRASE = "STAP0_NEW_PASSPHRASE"  # noqa: S105


class PromptError(Exception):
    """No passphrase could be read; the message is already in the user's language."""


def _from_env(name: str) -> SecretBytes | None:
    value = os.environ.get(name)
    return SecretBytes.from_text(value) if value else None


def _ask(prompt: str) -> SecretBytes:
    if not sys.stdin.isatty():
        raise PromptError(translate(
            "Cli", "No passphrase: run this in a terminal, or set STAP0_PASSPHRASE for scripts."
        ))
    return SecretBytes.from_text(getpass.getpass(prompt))


def current_passphrase() -> SecretBytes:
    return _from_env(ENV_PASSPHRASE) or _ask(translate("Cli", "Passphrase: "))


def new_passphrase(env: str) -> SecretBytes:
    """A new passphrase from ``env`` or typed twice at the prompt."""
    from_env = _from_env(env)
    if from_env is not None:
        return from_env
    first = _ask(translate("Cli", "New passphrase (at least 12 characters): "))
    with _ask(translate("Cli", "Repeat the new passphrase: ")) as second:
        if first.buffer != second.buffer:
            first.wipe()
            raise PromptError(translate("Cli", "The two passphrases differ. Nothing was changed."))
    return first
