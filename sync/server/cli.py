"""``stap0-cjg``: set up, run and inspect a reference CJG inbox."""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
from datetime import date
from pathlib import Path

from sync.protocol.canonical import utc_second
from sync.protocol.coordination import ORG_KINDS
from sync.protocol.models import SuiteName
from sync.pseudonymiser import cli as pseudonymiser_cli
from sync.server import profile_cli, regie_cli
from sync.server.config import (
    DEFAULT_DATABASE,
    FolderProblem,
    check_folder,
    database_url,
    open_folder_repository,
    record_database,
    without_password,
)
from sync.server.engines import engine_for
from sync.server.handover_store import HandoverStore
from sync.server.repository import INVITE_DAYS, Repository
from sync.server.sealed_keys import ENV_KEY_FILE, SealedKeyProblem, wrapping_key


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="stap0-cjg", description="Stap 0 CJG inbox")
    sub = parser.add_subparsers(dest="command", required=True)
    init = sub.add_parser("init", help="keys, TLS for loopback and the connection profile")
    init.add_argument("--municipality", default="Gemeente Demostad")
    init.add_argument("--host", default="127.0.0.1")
    init.add_argument("--port", type=int, default=8443)
    init.add_argument("--classic", action="store_true", help="X25519 only (no ML-KEM)")
    init.add_argument("--db", default=DEFAULT_DATABASE,
                      help="the database, recorded in the folder for every command: "
                           "sqlite:PATH (relative to the folder) or postgresql://…")
    init.add_argument("--people-per-day", type=int, default=100,
                      help="distinct people one laptop may name in a day's signals")
    database = sub.add_parser("database", help="show, or change, the recorded database")
    database.add_argument("--set", dest="url", help="record this database (checked first)")
    serve = sub.add_parser("serve", help="run the server (HTTPS) on the recorded database")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--workers", type=int, default=1, help="worker processes")
    serve.add_argument("--allow-plain-keys", action="store_true",
                       help="serve with unsealed private keys (a test on this computer "
                            "only; real use needs them sealed)")
    devices = sub.add_parser("devices", help="invite, list and revoke devices")
    dev = devices.add_subparsers(dest="devices_command", required=True)
    invite = dev.add_parser("invite", help="a one-time enrollment code (on the last line)")
    invite.add_argument("--org", required=True)
    invite.add_argument("--name", required=True)
    invite.add_argument("--role", required=True,
                        help="e.g. jeugdverpleegkundige, schuldhulpverlener; shown at a match")
    invite.add_argument("--phone", default="", help="work phone, shown at a match")
    invite.add_argument("--email", default="", help="work e-mail, shown at a match")
    invite.add_argument("--valid-days", type=int, default=INVITE_DAYS,
                        help=f"days the code can be used (default {INVITE_DAYS})")
    invite.add_argument("--org-kind", choices=ORG_KINDS, default="",
                        help="the kind of organisation: the municipality's rules propose a "
                             "regisseur by kind")
    listing = dev.add_parser("list")
    revoke = dev.add_parser("revoke")
    revoke.add_argument("device_id")
    readers = [listing]
    for name, what in (("inbox", "the signals: state, judgement, dates, domains and who "
                                 "sent them (no person data)"),
                       ("matches", "the matches between signals and when they were made")):
        readers.append(sub.add_parser(name, help=what))
        readers[-1].add_argument("--json", action="store_true",
                                 help="JSON instead of tab-separated lines")
    readers[-1].add_argument("--stalled", action="store_true",
                             help="only open matches without contact or regisseur past "
                                  "their term")
    readers += regie_cli.add_parsers(sub)
    sub.add_parser("purge", help="expire signals past their end date, escalate stalled "
                                 "matches, delete handovers not fetched in 30 days (serve "
                                 "does all three too)")
    readers.append(sub.add_parser("alerts", help="devices stopped for signalling too many people"))
    sub.add_parser("verify-log", help="check the access log's hash chain from its first row")
    sub.add_parser("fingerprint", help="the receipt key's fingerprint, for laptops to compare")
    keyfile = sub.add_parser("keyfile", help="make a wrapping key for the server's private "
                                             "keys (keep it outside the server folder)")
    keyfile.add_argument("--out", type=Path, required=True)
    sub.add_parser("seal-keys", help=f"seal plain private keys with ${ENV_KEY_FILE}")
    sub.add_parser("rotate-receipt-key", help="a new receipt key, signed in by the old one "
                                              "(laptops take it at their next sync)")
    for reader in [*readers, invite, revoke]:
        reader.add_argument("--operator", default=None,
                            help="your name, for the access log (default: the login name)")
    policy = sub.add_parser("policy", help="the laptops' policy in the signed profile: "
                                           "idle lock maximum and lease length")
    policy.add_argument("--idle-lock-max-minutes", type=int, default=None,
                        help="the longest idle lock a laptop may use (1-30)")
    policy.add_argument("--lease-days", type=int, default=None,
                        help="days a laptop may queue signals without reaching the CJG "
                             "(1-365)")
    policy.add_argument("--contact-working-days", type=int, default=None,
                        help="working days after a match for both sides to confirm contact "
                             "(1-60)")
    policy.add_argument("--regie-working-days", type=int, default=None,
                        help="working days after a match to agree on a regisseur (1-120)")
    link = sub.add_parser("link-pseudonymiser",
                          help="name the pseudonymisation service in the connection profile")
    link.add_argument("info", type=Path, help="the service's pseudonymiser.json")
    kaart = sub.add_parser("kaart", help="publish the sociale kaart, signed, for the laptops")
    kaart_cmds = kaart.add_subparsers(dest="kaart_command", required=True)
    publish = kaart_cmds.add_parser("publish", help="check, sign and publish an export")
    publish.add_argument("file", type=Path)
    publish.add_argument("--key", type=Path, required=True,
                         help="the kaart key file (made by kaart keygen, kept offline)")
    keygen = kaart_cmds.add_parser("keygen", help="make the kaart publishing key (offline) "
                                                  "and name it in the connection profile")
    keygen.add_argument("--out", type=Path, required=True,
                        help="where to write the key: outside the server folder")
    pseudonymiser_cli.add_parser(sub)
    for command in [*sub.choices.values(), *dev.choices.values(), *kaart_cmds.choices.values()]:
        if command not in (devices, kaart) and command.prog.split()[-1] not in (
                "pseudonymiser", "regie"):
            command.add_argument("--dir", type=Path, required=True, help="the server folder")
    return parser


MAX_WORKERS = 32


def _operator(args: argparse.Namespace) -> str:
    import getpass

    name = args.operator or getpass.getuser()
    if not name.strip() or len(name) > 80:
        raise FolderProblem("--operator: give your name (at most 80 characters)")
    return f"operator:{name.strip()}"


def _log_read(repo: Repository, args: argparse.Namespace, what: str, count: int) -> None:
    """NEN 7513: an operator's look at the inbox is a read, logged with their name."""
    import socket

    repo.log("R", _operator(args), "operator", "", f"{what}:{count}", _now(),
             workstation=socket.gethostname()[:80])


def _check_number(name: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise FolderProblem(f"{name} must be a whole number from {low} to {high}")


def _now() -> str:
    return utc_second()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except (FolderProblem, SealedKeyProblem) as exc:
        print(f"stap0-cjg: {exc}. Nothing was changed.", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"stap0-cjg: {where}{exc.strerror or exc}. Nothing was changed.", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "pseudonymiser":
        return pseudonymiser_cli.run(args)
    folder: Path = args.dir
    if args.command == "link-pseudonymiser":
        return profile_cli.run_link_pseudonymiser(folder, args.info)
    if args.command == "policy":
        return profile_cli.run_policy(folder, args)
    if args.command == "regie":
        return regie_cli.run_rules(folder, args.file)
    if args.command in ("fingerprint", "rotate-receipt-key"):
        return profile_cli.run_receipt_key(folder, args.command)
    if args.command in ("keyfile", "seal-keys"):
        return profile_cli.run_sealing(folder, args)
    commands = {"init": _init, "database": _database, "serve": _serve,
                "kaart": profile_cli.run_kaart}
    if args.command in commands:
        return commands[args.command](folder, args)
    if args.command == "devices" and args.devices_command == "invite":
        _check_invite(args)
    repo = open_folder_repository(folder)
    if args.command == "verify-log":
        return _verify_log(repo)
    if args.command == "devices":
        return _devices(repo, args)
    if args.command == "alerts":
        alerts = repo.alerts()
        _log_read(repo, args, "alerts", len(alerts))
        if not alerts:
            print("No alerts: no device was stopped for naming too many people.",
                  file=sys.stderr)
        for raised_at, device_id, kind, count in alerts:
            print(f"{raised_at}\t{device_id}\t{kind}\t{count} people")
        return 0
    if args.command == "purge":
        expired = repo.expire(date.today().isoformat())
        escalated = repo.escalate(date.today(), regie_cli.terms(folder), _now())
        deleted = HandoverStore(repo).expire(_now())
        print(f"{len(expired)} signals expired; {len(escalated)} stalled matches escalated; "
              f"{len(deleted)} handovers not answered in time deleted.")
        return 0
    if args.command == "report":
        return regie_cli.run_report(repo, folder, args, _log_read)
    if args.command == "matches" and args.stalled:
        return regie_cli.run_stalled(repo, folder, args, _log_read)
    if args.command == "inbox":
        rows: list[dict[str, object]] = [
            {**row, "domains": (str(row["domains"]).split(",") if row["domains"] else [])}
            for row in repo.inbox_rows()]
    else:
        rows = [{"a": a, "b": b, "matched_at": when} for a, b, when in repo.all_matches()]
    _log_read(repo, args, args.command, len(rows))
    if args.json:
        print(json.dumps(rows, indent=2))
    elif rows:   # a header line names the columns; a list is written as a,b
        print("\t".join({"a": "signal", "b": "other_signal"}.get(k, k) for k in rows[0]))
        for row in rows:
            print("\t".join(",".join(v) if isinstance(v, list) else str(v)
                            for v in row.values()))
    else:
        print("No signals yet." if args.command == "inbox" else "No matches yet.",
              file=sys.stderr)
    return 0


def _init(folder: Path, args: argparse.Namespace) -> int:
    from sync.server.keys import init_folder

    _check_number("--port", args.port, 1, 65535)
    _check_number("--people-per-day", args.people_per_day, 1, 1_000_000)
    try:
        engine_for(args.db)
    except ValueError as exc:
        raise FolderProblem(f"--db: {exc}") from None
    wrapping_key(folder)                 # a bad wrapping key: refused before anything
    try:
        init_folder(folder, args.municipality, args.host, args.port,
                    SuiteName.CLASSIC if args.classic else SuiteName.HYBRID)
    except FileExistsError:
        print(f"{folder} already holds a CJG server; nothing was changed.", file=sys.stderr)
        return 1
    record_database(folder, args.db, args.people_per_day)
    print(f"Server folder ready: {folder}")
    profile_cli.say_how_keys_are_kept(folder, allow_plain=True)   # init only warns
    print(f"Connection profile for the laptops: {folder / 'connection-profile.json'}")
    return 0


def _database(folder: Path, args: argparse.Namespace) -> int:
    if args.url is None:
        print(without_password(database_url(folder)))
        return 0
    check_folder(folder)
    try:
        engine_for(args.url)
    except ValueError as exc:
        raise FolderProblem(f"--set: {exc}") from None
    old = database_url(folder)
    record_database(folder, args.url)
    try:
        open_folder_repository(folder).close()  # reachable, and migrated
    except FolderProblem:
        record_database(folder, old)
        raise
    print(f"Recorded: {without_password(database_url(folder))}")
    return 0


def _serve(folder: Path, args: argparse.Namespace) -> int:
    import uvicorn

    from sync.server.asgi import app_for_folder
    from sync.server.keys import TLS_CERT, TLS_KEY, load_keys
    from sync.server.regie_rules import RulesProblem, load_rules

    _check_number("--port", args.port, 1, 65535)
    _check_number("--workers", args.workers, 1, MAX_WORKERS)
    check_folder(folder)
    load_keys(folder)                    # sealed keys that do not open: one clear line
    try:
        load_rules(folder)               # a broken rules file: one clear line, no serve
    except RulesProblem as exc:
        raise FolderProblem(f"{exc}; install a good one with 'stap0-cjg regie rules'"
                            ) from None
    profile_cli.say_how_keys_are_kept(folder, args.allow_plain_keys)
    key, cert = str(folder / TLS_KEY), str(folder / TLS_CERT)
    if args.workers > 1:
        open_folder_repository(folder).close()  # a clear message before any worker
        os.environ["STAP0_CJG_DIR"] = str(folder)
        uvicorn.run("sync.server.asgi:create_from_env", factory=True, host=args.host,
                    port=args.port, workers=args.workers, log_level="warning",
                    ssl_keyfile=key, ssl_certfile=cert)
        return 0
    uvicorn.run(app_for_folder(folder), host=args.host, port=args.port, log_level="warning",
                ssl_keyfile=key, ssl_certfile=cert)
    return 0


def _devices(repo: Repository, args: argparse.Namespace) -> int:
    if args.devices_command == "invite":
        code = "-".join(secrets.token_hex(2).upper() for _ in range(4))
        expires = repo.add_invite(code, args.name, args.org, _now(), args.phone,
                                  args.email, args.role, args.valid_days, args.org_kind)
        repo.log("C", _operator(args), "operator", "", "invite", _now(),
                 outcome=f"success:{args.name}")
        print(f"One-time code for {args.name} ({args.role}, {args.org}), "
              f"valid until {expires}:")
        print(code)
    elif args.devices_command == "list":
        devices = repo.devices()
        _log_read(repo, args, "devices", len(devices))
        if devices:
            print("device_id\tprofessional\trole\torganisation\tstate")
        for device in devices:
            state = "revoked" if device.revoked else "active"
            print(f"{device.id}\t{device.professional}\t{device.role}\t"
                  f"{device.organisation}\t{state}")
    else:
        if not repo.revoke(args.device_id, _now()):
            print("No such active device.", file=sys.stderr)
            return 1
        repo.log("D", _operator(args), "operator", "", args.device_id, _now(),
                 outcome="success:revoked")
    return 0


def _check_invite(args: argparse.Namespace) -> None:
    _check_number("--valid-days", args.valid_days, 1, 90)
    for option, value, most in (("--name", args.name, 120), ("--org", args.org, 200),
                                ("--role", args.role, 80), ("--phone", args.phone, 40),
                                ("--email", args.email, 200)):
        if len(value) > most:
            raise FolderProblem(f"{option}: at most {most} characters")
        if option in ("--name", "--org", "--role") and not value.strip():
            raise FolderProblem(f"{option}: may not be empty")
    if not (args.phone.strip() or args.email.strip()):
        raise FolderProblem("give a work contact: --phone or --email (or both); it is what "
                            "another professional is shown at a match")
    if args.email and "@" not in args.email:
        raise FolderProblem("--email: not an e-mail address")


def _verify_log(repo: Repository) -> int:
    check = repo.verify_log()
    if check.broken_at is not None:
        print(f"The access log was changed: row {check.broken_at} does not follow from the "
              f"rows before it ({check.rows} rows verified up to there).", file=sys.stderr)
        return 1
    older = f" ({check.unchained} older rows from before the chain)" if check.unchained else ""
    print(f"The access log is intact: {check.rows} rows{older}. Last link: {check.last_hash}")
    print("Record the last link outside this server (e.g. in the audit file): a later check "
          "then also shows rows removed from the end.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
