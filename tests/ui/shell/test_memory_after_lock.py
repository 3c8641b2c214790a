"""After a lock, nothing of the session is in the process's memory (#16).

The real app runs in a child process: it unlocks, opens the family and a canary note is
typed; the test reads the child's memory (/proc/PID/mem over its mappings, as root) and
finds the canary there — then the app locks, and neither the canary (UTF-8 or Qt's
UTF-16) nor the vault's data key is found any more. What it costs is printed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from stap0_desktop.domain.models import Family, Member, MemberRole
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, OWNER, PASSPHRASE, REPO, child_env, secret

pytestmark = [pytest.mark.system, pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0,
    reason="reads another process's memory: Linux, as root")]


def _memory(pid: int) -> bytes:
    chunks = []
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as mem:
        for line in maps:
            span, perms = line.split()[:2]
            if "r" not in perms or line.rstrip().endswith(("[vvar]", "[vsyscall]")):
                continue
            start, end = (int(x, 16) for x in span.split("-"))
            try:
                mem.seek(start)
                chunks.append(mem.read(end - start))
            except (OSError, ValueError, OverflowError):
                continue
    return b"".join(chunks)


def _found(memory: bytes, canary: str, key: bytes) -> list[str]:
    found = []
    if canary.encode() in memory:
        found.append("canary (UTF-8)")
    if canary.encode("utf-16-le") in memory:
        found.append("canary (UTF-16)")
    if key in memory:
        found.append("data key")
    if re.search(key.hex().encode(), memory, re.IGNORECASE):
        found.append("data key (hex)")
    return found


def test_nothing_of_the_session_is_in_memory_after_lock(tmp_path: Path) -> None:
    canary = f"Kanarie{uuid.uuid4().hex[:12]}"
    data = tmp_path / "kluis"
    with Vault.create(data, secret(), OWNER, kdf=FAST_KDF) as vault:
        key = bytes(vault._key.buffer)
        service = CaseloadService(vault)
        family = service.create_family(Family(name="Gezin Jansen", city="Breda")).value
        assert family.id is not None
        service.add_member(family.id, Member(role=MemberRole.PARENT, given_name="Sanne"))
    env = child_env(STAP0_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen",
                    STAP0_SETTINGS_FILE=str(tmp_path / "settings.ini"), TMPDIR=str(tmp_path))
    child = subprocess.Popen(
        [sys.executable, str(REPO / "tests/helpers/lock_relaunch_child.py"), str(data),
         canary], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, text=True)
    try:
        assert child.stdout is not None and child.stdin is not None
        line = child.stdout.readline()
        assert line.strip() == "typed", child.stderr.read() if child.poll() is not None else line
        before = _found(_memory(child.pid), canary, key)
        assert "canary (UTF-16)" in before or "canary (UTF-8)" in before   # it can see it
        assert "data key" in before                                         # and the key
        start = time.perf_counter()
        child.stdin.write("lock\n")
        child.stdin.flush()
        deadline = time.monotonic() + 60
        while "--locked" not in Path(f"/proc/{child.pid}/cmdline").read_text(errors="replace"):
            assert time.monotonic() < deadline and child.poll() is None, "no relaunch"
            time.sleep(0.02)
        exec_s = time.perf_counter() - start
        while "libQt6Widgets" not in Path(f"/proc/{child.pid}/maps").read_text():
            assert time.monotonic() < deadline and child.poll() is None
            time.sleep(0.02)
        time.sleep(2.0)   # the unlock window is up (Qt, the translations, the window)
        after = _found(_memory(child.pid), canary, key)
        print(f"lock → new process {exec_s * 1000:.0f} ms; memory scanned after "
              f"{time.perf_counter() - start:.1f} s")
        assert after == [], after
    finally:
        child.kill()
        child.wait(timeout=10)
