"""The ``stap0`` command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from stap0_desktop import APP_NAME, __version__
from stap0_desktop.cli import caseload_commands, vault_commands
from stap0_desktop.cli.prompt import PromptError
from stap0_desktop.config.paths import default_data_dir
from stap0_desktop.i18n.messages import describe
from stap0_desktop.i18n.translator import chosen_language, install_language
from stap0_desktop.storage.errors import VaultError
from stap0_desktop.storage.keyslots import Argon2Params


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="stap0", description="Stap 0 — encrypted case notes")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", type=Path, help="data folder (or $STAP0_DATA_DIR)")
    parser.add_argument("--lang", choices=("nl", "en"), help="language (default nl)")
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway demo vault with fictional families")
    sub = parser.add_subparsers(dest="command")
    vault_commands.add_parsers(sub)
    caseload_commands.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, kdf: Argon2Params | None = None) -> int:
    """The command line. ``kdf`` overrides Argon2 calibration for new slots (tests, bench)."""
    return run_command(build_parser().parse_args(argv), kdf=kdf)


def run_command(args: argparse.Namespace, *, kdf: Argon2Params | None = None) -> int:
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_language(chosen_language(args.lang))
    data_dir = (args.data_dir or default_data_dir()).expanduser()
    try:
        if args.command == "vault":
            return vault_commands.run(args, data_dir, kdf)
        if args.command == "demo":
            return caseload_commands.run_demo(args, data_dir, kdf)
        if args.command == "search":
            return caseload_commands.run_search(args, data_dir)
        build_parser().print_help()
        return 0
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep interpreter exit quiet
        return 0
    except PromptError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except (VaultError, ValueError) as exc:
        print(describe(exc), file=sys.stderr)
        return 2 if not isinstance(exc, VaultError) else 1
    finally:
        del app
