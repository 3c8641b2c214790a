"""``stap0-cjg pseudonymiser init|serve|counts``: the pseudonymisation service's own folder."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from sync.protocol.models import ConnectionProfile


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    service = sub.add_parser("pseudonymiser",
                             help="the pseudonymisation service (run by another party)")
    cmds = service.add_subparsers(dest="pseudonymiser_command", required=True)
    init = cmds.add_parser("init", help="its key, loopback TLS and limits")
    init.add_argument("--profile", type=Path, required=True,
                      help="the CJG's connection-profile.json (its certificate key)")
    init.add_argument("--host", default="127.0.0.1")
    init.add_argument("--port", type=int, default=8444)
    init.add_argument("--per-device", type=int, default=300, help="evaluations a day")
    init.add_argument("--all-devices", type=int, default=20_000, help="in total a day")
    serve = cmds.add_parser("serve", help="run it (HTTPS)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8444)
    cmds.add_parser("counts", help="today's evaluations per device (counts only)")
    follow = cmds.add_parser("follow", help="trust the CJG's rotated key: walk its "
                                            "profile-chain.json from the key trusted now")
    follow.add_argument("chain", type=Path)
    for command in cmds.choices.values():
        command.add_argument("--dir", type=Path, required=True, help="the service's folder")


def run(args: argparse.Namespace) -> int:
    from sync.pseudonymiser.folder import COUNTS_DB, TLS_CERT, TLS_KEY, Limits, init_folder

    folder: Path = args.dir
    if args.pseudonymiser_command == "init":
        try:
            limits = Limits(per_device_per_day=args.per_device,
                            all_devices_per_day=args.all_devices)
        except ValidationError as exc:
            first = exc.errors()[0]
            print(f"stap0-cjg: --{str(first['loc'][0]).replace('_per_day', '').replace('_', '-')}"
                  f": {first['msg']}. Nothing was changed.", file=sys.stderr)
            return 2
        try:
            profile = ConnectionProfile.model_validate_json(args.profile.read_bytes())
        except ValueError as exc:
            print(f"stap0-cjg: {args.profile}: not a connection profile "
                  f"({str(exc).splitlines()[0]}). Nothing was changed.", file=sys.stderr)
            return 2
        try:
            init_folder(folder, profile, args.host, args.port, limits)
        except FileExistsError:
            print(f"{folder} already holds a pseudonymiser; nothing was changed.",
                  file=sys.stderr)
            return 1
        print(f"Pseudonymiser ready: {folder}")
        print("Give the CJG this file for its connection profile: "
              f"{folder / 'pseudonymiser.json'}")
        print(f"(stap0-cjg link-pseudonymiser --dir CJG_FOLDER {folder / 'pseudonymiser.json'})")
        return 0
    if args.pseudonymiser_command == "follow":
        return _follow(folder, args.chain)
    if args.pseudonymiser_command == "counts":
        from sync.pseudonymiser.counts import Counts

        counts = Counts(folder / COUNTS_DB)
        for device_id, evaluated, refused in counts.today(date.today().isoformat()):
            print(f"{device_id}\t{evaluated}\t{refused} refused")
        counts.close()
        return 0
    import uvicorn

    from sync.pseudonymiser.app import create_app
    from sync.pseudonymiser.folder import load_folder

    if not 1 <= args.port <= 65535:
        print("stap0-cjg: --port must be from 1 to 65535. Nothing was changed.",
              file=sys.stderr)
        return 2
    uvicorn.run(create_app(load_folder(folder)), host=args.host, port=args.port,
                log_level="warning", ssl_keyfile=str(folder / TLS_KEY),
                ssl_certfile=str(folder / TLS_CERT))
    return 0


def _follow(folder: Path, chain_path: Path) -> int:
    """Only a key the trusted one signed in is taken; the service needs a restart."""
    from sync.protocol.crypto import follow_chain, unb64
    from sync.protocol.models import ProfileChain
    from sync.pseudonymiser.folder import load_folder, trust_certificate_key

    service = load_folder(folder)
    try:
        chain = ProfileChain.model_validate_json(chain_path.read_bytes())
    except ValueError:
        print(f"stap0-cjg: {chain_path}: not a profile chain.", file=sys.stderr)
        return 2
    newest, problem = follow_chain(chain.updates, service.cjg_key, service.config.municipality)
    if problem:
        print(f"stap0-cjg: {chain_path}: a link does not verify ({problem}); "
              "nothing was changed.", file=sys.stderr)
        return 1
    if newest is None or unb64(newest.receipt_public_key) == service.cjg_key:
        print("The trusted CJG key is the newest already.")
        return 0
    trust_certificate_key(folder, newest.receipt_public_key)
    print("The service now trusts the CJG's new key; restart it.")
    return 0
