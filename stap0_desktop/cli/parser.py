"""The command line's arguments. Kept free of heavy imports: ``stap0`` starts the window."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from stap0_desktop import APP_NAME


class _VersionAction(argparse.Action):
    """``--version``, reading the installed version only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        import stap0_desktop

        print(f"{APP_NAME} {stap0_desktop.__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="stap0", description="Stap 0 — encrypted case notes")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--data-dir", type=Path, help="data folder (or $STAP0_DATA_DIR)")
    parser.add_argument("--lang", choices=("nl", "en"), help="language (default nl)")
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway demo vault with fictional families")
    parser.add_argument("--demo-cjg", action="store_true",
                        help="with --demo: also start a CJG inbox on this computer and a "
                             "simulated colleague, to see signals go out and matches return")
    parser.add_argument("--exit-after-start", action="store_true",
                        help="show the first window, then quit (smoke tests, benchmarks)")
    parser.add_argument("--exit-after-main-window", action="store_true",
                        help="with --demo: unlock, wait for the main window with its "
                             "families, print a line and quit (the package smoke test)")
    # How the app comes back after a lock, as a fresh process (ui/shell/relaunch.py).
    parser.add_argument("--locked", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--demo-folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--resume", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    _vault_parsers(sub)
    _caseload_parsers(sub)
    _checklist_parsers(sub)
    cjg = sub.add_parser("cjg", help="connect this laptop to the CJG")
    cjg_cmds = cjg.add_subparsers(dest="cjg_command", required=True)
    enroll = cjg_cmds.add_parser("enroll", help="import the profile and enroll with a code")
    enroll.add_argument("--profile", type=Path, required=True)
    enroll.add_argument("--code", required=True)
    cjg_cmds.add_parser("confirm", help="confirm who the CJG enrolled you as (printed at "
                                        "enroll); nothing is sent before")
    cjg_cmds.add_parser("forget", help="forget the enrollment (the identity is not right)")
    sub.add_parser("sync", help="send waiting signals to the CJG; prints a one-line summary")
    handover = sub.add_parser("handover", help="family files handed over to this laptop")
    handover_cmds = handover.add_subparsers(dest="handover_command", required=True)
    handover_cmds.add_parser("list", help="what arrived, and what was sent with its state")
    for name, what in (("accept", "import it as a family"), ("decline", "do not take it"),
                       ("warm-contact", "warm contact with the family was made"),
                       ("withdraw", "take back a file this laptop sent, while not answered")):
        command = handover_cmds.add_parser(name, help=what)
        command.add_argument("id", help="the handover's id (from list)")
    _kaart_parsers(sub)
    _common_options_everywhere(parser)
    return parser


def _common_options_everywhere(parser: argparse.ArgumentParser) -> None:
    """``--data-dir`` and ``--lang`` also after a command (``stap0 vault init --data-dir X``):
    each subcommand accepts them, and leaves the value given before it when not repeated."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for child in set(action.choices.values()):
            child.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                               help="data folder (or $STAP0_DATA_DIR)")
            child.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS,
                               help="language (default nl)")
            _common_options_everywhere(child)


def _kaart_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kaart = sub.add_parser("kaart", help="the sociale kaart: import and search")
    cmds = kaart.add_subparsers(dest="kaart_command", required=True)
    imp = cmds.add_parser("import", help="import a municipality's CSV or JSON export")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="only check; print the bad rows")
    imp.add_argument("--good-rows", action="store_true",
                     help="with bad rows: import the good ones (default: nothing)")
    search = cmds.add_parser("search", help="who can help: search the kaart offline")
    search.add_argument("query", nargs="?", default="")
    search.add_argument("--domain", action="append", default=[],
                        help="a domain code (ouder_gezin, kind, …); may be repeated")
    search.add_argument("--age", type=int)
    search.add_argument("--pregnant", action="store_true", help="for an unborn child")
    search.add_argument("--wijk", default="")
    search.add_argument("--json", action="store_true", help="print JSON")


def _checklist_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    checklists = sub.add_parser("checklists", help="check and list the checklist definitions")
    cmds = checklists.add_subparsers(dest="checklists_command", required=True)
    validate = cmds.add_parser("validate", help="validate definition files (default: all)")
    validate.add_argument("files", nargs="*", type=Path)
    listing = cmds.add_parser("list", help="the definitions with their item counts")
    listing.add_argument("--json", action="store_true", help="print JSON")


def _vault_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    vault = sub.add_parser("vault", help="create, check and maintain the encrypted vault")
    cmds = vault.add_subparsers(dest="vault_command", required=True)
    init = cmds.add_parser("init", help="create a new vault")
    init.add_argument("--name", help="your name, as it appears in the access log")
    init.add_argument("--role", default="jeugdverpleegkundige")
    init.add_argument("--organisation", default="")
    init.add_argument("--phone", default="", help="your work phone, on the parents' copy")
    init.add_argument("--recovery-key", type=Path, help="the organisation's recovery public key")
    cmds.add_parser("check", help="check page authentication, integrity and the access log")
    cmds.add_parser("passwd", help="change the passphrase")
    recover = cmds.add_parser("recover", help="set a new passphrase with the recovery key")
    recover.add_argument("--recovery-key", type=Path, required=True,
                         help="the organisation's recovery private key file")
    add_recovery = cmds.add_parser("set-recovery", help="add or replace the recovery slot")
    add_recovery.add_argument("public_key", type=Path)
    bak = cmds.add_parser("backup", help="write an encrypted backup file")
    bak.add_argument("dest", type=Path)
    restore = cmds.add_parser("restore", help="restore a backup (the current vault is kept aside)")
    restore.add_argument("src", type=Path)
    cmds.add_parser("verify-log", help="verify the hash chain of the access log")
    keygen = cmds.add_parser("recovery-keygen",
                             help="(organisation) create a recovery key pair")
    keygen.add_argument("--out", type=Path, required=True, help="folder for the two key files")
    keygen.add_argument("--organisation", default="")
    keygen.add_argument("--kem", choices=("MLKEM768_X25519", "X25519"), default="MLKEM768_X25519")



def _caseload_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser(
        "demo", help="fill a vault with fictional families (creates it if needed)"
    )
    demo.add_argument("--families", type=int, default=25)
    demo.add_argument("--notes-per-family", type=int, default=3)
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--signals", type=int, default=0,
                      help="also queue this many fictional consented signals")
    search = sub.add_parser("search", help="search the notes; one hit per line")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=50)
