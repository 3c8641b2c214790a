"""Smoke test of the package, as an IT department would meet it (``make package-smoke``).

Builds the package (unless --no-build), installs the .deb into a temporary root, and from
the *installed* files: ``stap0-cli --version`` gives the pyproject version; the window
starts offscreen on a demo vault, reaches the main window and exits cleanly; the
checklists, the demo kaart, the Dutch translation and SQLCipher are in; a reinstall
leaves the user's vault untouched; a vault from a newer Stap 0 is refused with a clear
message. The .tar.gz is checked to hold the same program. Prints one line per check.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DIST = ROOT / "build" / "dist"
ALLOWED = ("./opt/stap0/", "./usr/bin/stap0", "./usr/share/applications/stap0.desktop",
           "./usr/share/icons/hicolor/")
PASSPHRASE = "rook test zin voor het pakket"


class Failed(Exception):
    pass


def check(label: str, ok: bool, detail: str = "") -> None:
    print(f"{'PASS' if ok else 'FAIL'}  {label}" + (f" — {detail}" if detail and not ok else ""))
    if not ok:
        raise Failed(label)


def run(args: list[str], env: dict[str, str],
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout)


def folder_hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file() and p.name != "stap0.lock"}


def install(deb: Path, root: Path) -> None:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True)
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    debs = sorted(DIST.glob(f"stap0_{version}_*.deb"))
    tars = sorted(DIST.glob(f"stap0-{version}-linux-*.tar.gz"))
    try:
        check("a .deb and a .tar.gz were built", bool(debs) and bool(tars))
        listing = subprocess.run(["dpkg-deb", "-c", str(debs[0])], capture_output=True,
                                 text=True, check=True).stdout.splitlines()
        paths = [line.split()[-1] if " -> " not in line else line.split()[-3]
                 for line in listing]
        stray = [p for p in paths if not p.endswith("/") and not p.startswith(ALLOWED)]
        check("the .deb installs only /opt/stap0, /usr/bin links, a desktop entry, icons",
              not stray, ", ".join(stray[:5]))
        with tempfile.TemporaryDirectory(prefix="stap0-smoke-") as work:
            smoke(Path(work), debs[0], tars[0], version)
    except Failed:
        return 1
    print("smoke test passed")
    return 0


def smoke(work: Path, deb: Path, tar: Path, version: str) -> None:
    root = work / "root"
    install(deb, root)
    program = root / "opt" / "stap0"
    home = work / "home"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8", "TMPDIR": str(work)}
    home.mkdir()
    out = run([str(program / "stap0-cli"), "--version"], env)
    check("stap0-cli --version from the installed bundle", out.returncode == 0
          and out.stdout.strip() == f"Stap 0 {version}", out.stdout + out.stderr)
    out = run([str(program / "stap0"), "--demo", "--exit-after-main-window"], env, 180)
    check("the installed window reaches the main window on a demo vault and exits cleanly",
          out.returncode == 0 and "main window: 40 families" in out.stdout,
          out.stdout + out.stderr[-800:])
    out = run([str(program / "stap0-cli"), "checklists", "validate"], env)
    check("the checklist definitions are in", out.returncode == 0, out.stderr)
    data = home / "data" / "Stap 0"
    env_vault = dict(env, STAP0_PASSPHRASE=PASSPHRASE)
    out = run([str(program / "stap0-cli"), "vault", "init", "--name", "Rook Test"], env_vault)
    check("a vault is made in the platform's data folder (SQLCipher works)",
          out.returncode == 0 and (data / "vault.db").exists(), out.stderr)
    kaart = program / "_internal" / "resources" / "kaart" / "demostad.json"
    out = run([str(program / "stap0-cli"), "kaart", "import", str(kaart)], env_vault)
    check("the demo kaart is in and imports", out.returncode == 0, out.stderr)
    out = run([str(program / "stap0-cli"), "--lang", "nl", "kaart", "search", "schuld"],
              env_vault)
    check("the kaart is searchable", "Schuldhulp Demostad" in out.stdout, out.stderr)
    out = run([str(program / "stap0-cli"), "--lang", "nl", "vault", "check"],
              dict(env, STAP0_PASSPHRASE="een verkeerde maar lange zin"))
    check("the Dutch translation is in", "De wachtwoordzin klopt niet" in out.stderr,
          out.stderr)
    before = folder_hashes(data)
    install(deb, root)                                   # reinstall / upgrade in place
    check("a reinstall leaves the user's vault untouched", folder_hashes(data) == before)
    newer_vault(data)
    out = run([str(program / "stap0-cli"), "--lang", "en", "vault", "check"], env_vault)
    check("a vault from a newer Stap 0 is refused with a clear message",
          out.returncode != 0 and "newer version of Stap 0" in out.stderr, out.stderr)
    unpacked = work / "tar"
    with tarfile.open(tar) as archive:
        archive.extractall(unpacked, filter="tar")
    inner = next(unpacked.iterdir())
    out = run([str(inner / "stap0-cli"), "--version"], env)
    check("the .tar.gz holds the same program", out.stdout.strip() == f"Stap 0 {version}")


def newer_vault(data: Path) -> None:
    """Mark the vault as made by a future Stap 0 (with the development environment)."""
    from stap0_desktop.storage import migrations
    from stap0_desktop.storage.secret import SecretBytes
    from stap0_desktop.storage.vault import Vault

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with Vault.open(data, SecretBytes.from_text(PASSPHRASE)) as vault:
        vault.db.conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")


if __name__ == "__main__":
    raise SystemExit(main())
