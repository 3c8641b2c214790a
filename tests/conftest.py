"""Shared fixtures. Every name, address and BSN here is fictional (BSNs from the test range)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from stap0_desktop.domain.models import Professional
from stap0_desktop.storage.keyslots import Argon2Params
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault

# Cheap Argon2 parameters so that the suite does not spend its time in the KDF.
# They are stored in the slot like any others; calibration itself is measured in bench/.
FAST_KDF = Argon2Params(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSPHRASE = "een lange testzin voor de kluis"
NEW_PASSPHRASE = "een andere lange testzin 2026"
OWNER = Professional(
    user_id="tverpleeg", name="Tess Verpleeg", role="jeugdverpleegkundige",
    organisation="JGZ Demostad", phone="0800-0000000",
)
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, scope="session")
def _qt_application(qapp: object) -> object:
    """One QApplication for the whole run (the CLI reuses it instead of a QCoreApplication)."""
    return qapp


@pytest.fixture(autouse=True, scope="session")
def _error_log_of_the_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The app's local error log (and every child process's) in the run's temp folder,
    not in this user's cache."""
    os.environ["STAP0_ERROR_LOG"] = str(tmp_path_factory.mktemp("logs") / "errors.log")
    yield
    os.environ.pop("STAP0_ERROR_LOG", None)


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """The CLI installs a translator on the shared QCoreApplication; do not leak it."""
    yield
    from PySide6.QtCore import QCoreApplication

    from stap0_desktop.i18n.translator import install_language

    if QCoreApplication.instance() is not None:
        install_language("en")


def secret(text: str = PASSPHRASE) -> SecretBytes:
    return SecretBytes.from_text(text)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "kluis"


@pytest.fixture
def make_vault(vault_dir: Path) -> Iterator[object]:
    opened: list[Vault] = []

    def make(**kwargs: object) -> Vault:
        vault = Vault.create(vault_dir, secret(), OWNER, kdf=FAST_KDF, **kwargs)  # type: ignore[arg-type]
        opened.append(vault)
        return vault

    yield make
    for vault in opened:
        if vault.is_open:
            vault.close()


@pytest.fixture
def vault(make_vault: object) -> Vault:
    assert callable(make_vault)
    result = make_vault()
    assert isinstance(result, Vault)
    return result


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def file_bytes(folder: Path) -> dict[str, bytes]:
    """Every regular file in ``folder`` (not the lock file), for before/after comparisons."""
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "stap0.lock"
    }


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs: a real ENOSPC from the kernel (needs root, as in CI)."""
    mount_point = tmp_path / "klein"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True, check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
