"""``stap0 vault …``: create, check, change passphrase, recover, back up, restore."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from stap0_desktop.cli.prompt import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    current_passphrase,
    new_passphrase,
)
from stap0_desktop.cli.vault_access import open_vault
from stap0_desktop.domain.models import Professional
from stap0_desktop.i18n.translator import translate
from stap0_desktop.services import vaults
from stap0_desktop.services.files import check_output_folder
from stap0_desktop.services.session import Session
from stap0_desktop.services.vaults import Argon2Params, Vault


def run(args: argparse.Namespace, data_dir: Path, kdf: Argon2Params | None) -> int:
    command = args.vault_command
    if command == "init":
        return _init(args, data_dir, kdf)
    if command == "recover":
        private = vaults.load_recovery_private_key(args.recovery_key)
        with Session.recover(data_dir, private, new_passphrase(ENV_NEW_PASSPHRASE), kdf=kdf):
            print(translate("Cli", "Recovered: the vault now opens with the new passphrase."))
        return 0
    if command == "restore":
        with current_passphrase() as passphrase:
            aside = vaults.restore_backup(args.src, data_dir, passphrase)
        print(translate("Cli", "Backup restored in {folder}.").format(folder=data_dir))
        if aside is not None:
            print(translate("Cli", "The vault that was there is kept in {folder}.").format(
                folder=aside))
        return 0
    if command == "recovery-keygen":
        check_output_folder(args.out, data_dir)
        args.out.mkdir(parents=True, exist_ok=True)
        pair = vaults.generate_recovery_pair(args.kem, args.organisation)
        pub_path = args.out / "stap0-recovery-public.json"
        priv_path = args.out / "stap0-recovery-private.json"
        vaults.write_recovery_pair(*pair, pub_path, priv_path)
        print(translate("Cli", "Public key (give to every laptop): {path}").format(path=pub_path))
        print(translate("Cli", "Private key (keep offline, owner only): {path}").format(
            path=priv_path))
        return 0
    with open_vault(data_dir) as vault:
        return _with_open_vault(command, args, vault, kdf)


def _with_open_vault(
    command: str, args: argparse.Namespace, vault: Vault, kdf: Argon2Params | None
) -> int:
    if command == "check":
        report = vault.check()
        for line in report.cipher_errors + report.integrity_errors:
            print(line)
        print(translate("Cli", "Leftover temporary files of interrupted backups, restores or "
                               "key changes removed at this open: {n}.").format(
            n=vault.housekeeping.stale_removed))
        if report.ok:
            assert report.log is not None
            print(translate("Cli", "Vault OK: pages authenticated, integrity ok, access log "
                                   "intact ({rows} entries).").format(rows=report.log.rows))
            return 0
        print(translate("Cli", "The vault is damaged. Restore a backup or contact support."))
        if report.log is not None and not report.log.ok:
            print(translate("Cli", "Access log: entry {seq} was changed or removed.").format(
                seq=report.log.first_bad_seq))
        return 1
    if command == "verify-log":
        verdict = vault.verify_log()
        if verdict.ok:
            print(translate("Cli", "Access log intact: {rows} entries.").format(rows=verdict.rows))
            return 0
        print(translate("Cli", "Access log: entry {seq} was changed or removed.").format(
            seq=verdict.first_bad_seq))
        return 1
    if command == "passwd":
        with current_passphrase() as old, new_passphrase(ENV_NEW_PASSPHRASE) as new:
            vault.change_passphrase(old, new, kdf)
        print(translate("Cli", "Passphrase changed."))
        return 0
    if command == "set-recovery":
        vault.set_recovery_key(vaults.load_recovery_public_key(args.public_key))
        print(translate("Cli", "Recovery key set."))
        return 0
    if command == "backup":
        vaults.create_backup(vault, args.dest)
        print(translate("Cli", "Encrypted backup written to {path}.").format(path=args.dest))
        return 0
    raise AssertionError(command)


def _init(args: argparse.Namespace, data_dir: Path, kdf: Argon2Params | None) -> int:
    recovery = (
        vaults.load_recovery_public_key(args.recovery_key) if args.recovery_key else None
    )
    login = getpass.getuser()
    owner = Professional(
        user_id=login, name=args.name or login, role=args.role, organisation=args.organisation,
        phone=args.phone,
    )
    with new_passphrase(ENV_PASSPHRASE) as passphrase, Vault.create(
        data_dir, passphrase, owner, kdf=kdf, recovery=recovery
    ) as vault:
        params = vault.slots.passphrase_slot().params
    print(translate("Cli", "Vault created in {folder}.").format(folder=data_dir))
    print(translate("Cli", "Key derivation: Argon2id, {mib} MiB, {iterations} passes.").format(
        mib=params.memory_kib // 1024, iterations=params.iterations))
    if recovery is None:
        print(translate("Cli", "No recovery key: a forgotten passphrase cannot be recovered."))
    return 0
