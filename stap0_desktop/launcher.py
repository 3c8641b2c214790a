"""``stap0``: the desktop app when started without a command, the command line otherwise."""

from __future__ import annotations

from collections.abc import Sequence

from stap0_desktop.cli.main import build_parser, run_command
from stap0_desktop.config.error_log import ErrorLog, configure_logging
from stap0_desktop.config.paths import default_error_log
from stap0_desktop.config.process_guard import forbid_core_dumps


def main(argv: Sequence[str] | None = None) -> int:
    forbid_core_dumps()   # window and command line alike hold a vault key
    args = build_parser().parse_args(argv)
    error_log = ErrorLog(default_error_log())
    configure_logging(error_log)  # warnings go there, without their arguments: no data
    if args.command is None:
        from stap0_desktop.ui.shell.app_main import run_gui  # Qt Widgets only when needed

        return run_gui(args, error_log)
    return run_command(args)
