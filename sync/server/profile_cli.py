"""``stap0-cjg`` commands on the server folder's keys and its signed connection profile:
the laptops' policy, the pseudonymiser's link, the receipt key, sealing the private keys,
and the kaart publishing key and publication."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sync.server.config import FolderProblem, check_folder
from sync.server.sealed_keys import ENV_KEY_FILE


def run_kaart(folder: Path, args: argparse.Namespace) -> int:
    from sync.server.kaart_key import KaartKeyProblem

    try:
        if args.kaart_command == "keygen":
            return _kaart_keygen(folder, args.out)
        return _publish_kaart(folder, args.file, args.key)
    except KaartKeyProblem as exc:
        print(f"stap0-cjg: {exc}.", file=sys.stderr)
        return 2


_POLICY_OPTIONS = {"idle_lock_max_minutes": "--idle-lock-max-minutes: 1-30 minutes",
                   "lease_days": "--lease-days: 1-365 days",
                   "contact_working_days": "--contact-working-days: 1-60 working days",
                   "regie_working_days": "--regie-working-days: 1-120 working days"}


def run_policy(folder: Path, args: argparse.Namespace) -> int:
    """Show the policy, or change it: a new profile, signed into the chain."""
    from pydantic import ValidationError

    from sync.protocol.models import ConnectionProfile, Policy
    from sync.server.keys import PROFILE_FILE
    from sync.server.profile_chain import write_profile

    check_folder(folder)
    profile = ConnectionProfile.model_validate_json((folder / PROFILE_FILE).read_bytes())
    changes = {name: getattr(args, name) for name in _POLICY_OPTIONS
               if getattr(args, name) is not None}
    if changes:
        try:
            policy = Policy.model_validate({**profile.policy.model_dump(), **changes})
        except ValidationError as exc:
            wrong = str(exc.errors()[0]["loc"][0])
            raise FolderProblem(_POLICY_OPTIONS[wrong]) from None
        write_profile(folder, profile.model_copy(update={"policy": policy}))
        profile = profile.model_copy(update={"policy": policy})
        print("The new policy is in the signed profile; laptops take it at their next sync.")
    policy = profile.policy
    print(f"Idle lock at most {policy.idle_lock_max_minutes} minutes; a lease of "
          f"{policy.lease_days} days; contact within {policy.contact_working_days} and a "
          f"regisseur within {policy.regie_working_days} working days of a match.")
    return 0


def run_link_pseudonymiser(folder: Path, info_path: Path) -> int:
    """Put the service's URL, VOPRF key and TLS anchor in the profile laptops import."""
    from sync.protocol.models import ConnectionProfile, PseudonymiserInfo
    from sync.server.keys import PROFILE_FILE
    from sync.server.profile_chain import write_profile

    check_folder(folder)
    try:
        info = PseudonymiserInfo.model_validate_json(info_path.read_bytes())
    except ValueError as exc:
        raise FolderProblem(f"{info_path}: {str(exc).splitlines()[0]}") from None
    profile = ConnectionProfile.model_validate_json((folder / PROFILE_FILE).read_bytes())
    write_profile(folder, profile.model_copy(update={"pseudonymiser": info}))
    print(f"The connection profile now names the pseudonymiser at {info.url}; give the "
          "laptops the new profile.")
    return 0


def say_how_keys_are_kept(folder: Path, allow_plain: bool) -> None:
    """A server does not run on plain private keys unless told it is only a test."""
    from sync.server.keys import keys_sealed

    if keys_sealed(folder):
        print("The private keys are sealed with the wrapping key.")
        return
    how = (f"stap0-cjg keyfile --out FILE (outside this folder), set {ENV_KEY_FILE}=FILE "
           "and run stap0-cjg seal-keys")
    if not allow_plain:
        raise FolderProblem(f"the private keys in {folder} are not sealed, so a copy of the "
                            f"folder would open every signal: {how} (or, for a test on "
                            "this computer only, serve --allow-plain-keys)")
    print(f"Warning: the private keys in {folder} are NOT sealed. For real use: {how}.",
          file=sys.stderr)


def run_sealing(folder: Path, args: argparse.Namespace) -> int:
    from sync.server.keys import seal_keys
    from sync.server.sealed_keys import make_key_file

    if args.command == "keyfile":
        make_key_file(args.out, folder)
        print(f"Wrapping key written to {args.out}. Give the server {ENV_KEY_FILE}={args.out} "
              "(init, serve and every command); keep a copy in the safe.")
        return 0
    check_folder(folder)
    print(f"{seal_keys(folder)} key files sealed.")
    return 0


def run_receipt_key(folder: Path, command: str) -> int:
    from sync.protocol.crypto import fingerprint, unb64
    from sync.protocol.models import ConnectionProfile
    from sync.server.keys import PROFILE_FILE
    from sync.server.profile_chain import rotate_receipt_key

    check_folder(folder)
    if command == "rotate-receipt-key":
        print(f"New receipt key {rotate_receipt_key(folder)}. Restart serve; laptops take the "
              "new profile at their next sync (signed by the old key), keeping their "
              "enrollment.")
        return 0
    profile = ConnectionProfile.model_validate_json((folder / PROFILE_FILE).read_bytes())
    print(fingerprint(unb64(profile.receipt_public_key)))
    return 0


def _kaart_keygen(folder: Path, out: Path) -> int:
    from sync.protocol.models import ConnectionProfile
    from sync.server.kaart_key import fingerprint, keygen, passphrase, with_kaart_key
    from sync.server.keys import PROFILE_FILE
    from sync.server.profile_chain import write_profile

    check_folder(folder)
    profile = ConnectionProfile.model_validate_json((folder / PROFILE_FILE).read_bytes())
    public = keygen(out, folder, passphrase(confirm=True))
    write_profile(folder, with_kaart_key(profile, public))
    print(f"Kaart key written to {out} (fingerprint {fingerprint(public)}). Keep it offline;")
    print("the connection profile now names it: give the laptops the new profile.")
    return 0


def _publish_kaart(folder: Path, export: Path, key_path: Path) -> int:
    from sync.protocol.models import ConnectionProfile
    from sync.server.kaart_key import load, passphrase
    from sync.server.kaart_publish import publish
    from sync.server.keys import PROFILE_FILE

    check_folder(folder)
    profile = ConnectionProfile.model_validate_json((folder / PROFILE_FILE).read_text())
    key = load(key_path, passphrase(confirm=False))
    try:
        publication, _report = publish(folder, export, profile, key)
    except OSError as exc:
        print(f"{export}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        report = exc.args[0]
        if report.file_problem:
            print(f"{export.name}: {report.file_problem}; nothing was published.",
                  file=sys.stderr)
        for problem in report.problems:
            print(f"{export.name}: line {problem.line} {problem.field}: {problem.code}",
                  file=sys.stderr)
        print("Nothing was published: mend these rows first.", file=sys.stderr)
        return 1
    print(f"Published version {publication.body.version} with "
          f"{len(publication.body.entries)} entries.")
    return 0
