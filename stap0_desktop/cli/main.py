"""The ``stap0`` command line (commands import what they need when they run)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from stap0_desktop.cli.parser import build_parser

if TYPE_CHECKING:
    from stap0_desktop.services.vaults import Argon2Params

__all__ = ["build_parser", "main", "run_command"]


def main(argv: Sequence[str] | None = None, *, kdf: Argon2Params | None = None) -> int:
    """The command line. ``kdf`` overrides Argon2 calibration for new slots (tests, bench)."""
    return run_command(build_parser().parse_args(argv), kdf=kdf)


def run_command(args: argparse.Namespace, *, kdf: Argon2Params | None = None) -> int:
    from PySide6.QtCore import QCoreApplication

    from stap0_desktop.cli import caseload_commands, vault_commands
    from stap0_desktop.cli.prompt import PromptError
    from stap0_desktop.cli.usage import UsageError
    from stap0_desktop.config.paths import default_data_dir
    from stap0_desktop.i18n.messages import describe
    from stap0_desktop.i18n.translator import chosen_language, install_language
    from stap0_desktop.services.files import VaultError, problem_from_os_error

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_language(chosen_language(args.lang))
    data_dir = (args.data_dir or default_data_dir()).expanduser()
    try:
        if args.command == "checklists":
            from stap0_desktop.cli import checklist_commands

            return checklist_commands.run(args)
        if args.command == "vault":
            return vault_commands.run(args, data_dir, kdf)
        if args.command == "demo":
            return caseload_commands.run_demo(args, data_dir, kdf)
        if args.command == "search":
            return caseload_commands.run_search(args, data_dir)
        if args.command == "kaart":
            from stap0_desktop.cli import kaart_commands

            return kaart_commands.run(args, data_dir)
        if args.command == "handover":
            from stap0_desktop.cli import handover_commands

            return handover_commands.run(args, data_dir)
        if args.command in ("cjg", "sync"):
            from stap0_desktop.cli import sync_commands

            return sync_commands.run(args, data_dir)
        build_parser().print_help()
        return 0
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep interpreter exit quiet
        return 0
    except (PromptError, UsageError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except (VaultError, ValueError) as exc:
        print(describe(exc), file=sys.stderr)
        return 2 if not isinstance(exc, VaultError) else 1
    except OSError as exc:  # a file or folder named on the command line, or a full disk
        print(describe(problem_from_os_error(exc)), file=sys.stderr)
        return 1
    finally:
        del app
