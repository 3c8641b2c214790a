"""Running the CJG server: it survives a PostgreSQL restart, its workers die with their
master, and bad arguments get one clear line instead of a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stap0_desktop.storage.vault import Vault
from sync.server.cli import main as cjg
from sync.server.loopback import LoopbackServer, wait_for_port
from tests.builders import assert_exactly_once, enrolled_client, queue_signals
from tests.conftest import child_env
from tests.pg_cluster import create_database, restart_cluster, throwaway_cluster
from tests.sync.harness import free_port

pytestmark = pytest.mark.system


@pytest.mark.slow
def test_the_server_carries_on_after_postgresql_restarts(
    vault: Vault, tmp_path: Path
) -> None:
    try:
        cluster_cm = throwaway_cluster()
        cluster = cluster_cm.__enter__()
    except FileNotFoundError as exc:
        pytest.skip(f"{exc} (make test installs them)")
    try:
        url = create_database(cluster, "neustart")
        with LoopbackServer(tmp_path / "cjg", db_url=url) as server:
            client = enrolled_client(vault, server)
            ids = queue_signals(vault, 2)
            assert client.sync().received == 2
            restart_cluster(cluster)  # every pooled connection is cut
            ids += queue_signals(vault, 2)
            summary = client.sync()
            assert summary.received == 2, summary
            assert_exactly_once(vault, server, ids)
    finally:
        cluster_cm.__exit__(None, None, None)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _serve(folder: Path, port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "sync.server.cli", "serve", "--allow-plain-keys", "--dir",
                             str(folder), "--port", str(port), "--workers", "2"],
                            env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_end_when_their_master_is_killed(tmp_path: Path) -> None:
    folder, port = tmp_path / "cjg", free_port()
    assert cjg(["init", "--dir", str(folder), "--port", str(port)]) == 0
    master = _serve(folder, port)
    try:
        wait_for_port(port, timeout_s=30)
        deadline = time.monotonic() + 20
        while len(workers := _children(master.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(workers) >= 2, workers
        os.kill(master.pid, signal.SIGKILL)
        master.wait(timeout=10)
        deadline = time.monotonic() + 15
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(p) for p in workers), "a worker outlived its master"
        again = _serve(folder, port)  # the port is free again
        try:
            wait_for_port(port, timeout_s=30)
            assert again.poll() is None
        finally:
            again.terminate()
            again.wait(timeout=15)
    finally:
        if master.poll() is None:
            master.kill()


@pytest.mark.parametrize("args", [
    ["serve", "--port", "-1"],
    ["serve", "--port", "70000"],
    ["serve", "--workers", "0"],
    ["serve", "--dir-missing"],
    ["inbox", "--dir-missing"],
    ["purge", "--dir-missing"],
    ["devices", "list", "--dir-missing"],
    ["init", "--db", "mysql://nee"],
    ["database", "--set", "postgres-zonder-schema"],
    ["database", "--set", "postgresql://niemand@/nergens?host=/nergens&port=1"],
    ["kaart", "publish", "--bestaat-niet.json"],
])
def test_bad_arguments_get_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    folder = tmp_path / "cjg"
    if args[0] != "init":
        assert cjg(["init", "--dir", str(folder)]) == 0
        capsys.readouterr()
    before = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    argv = [a for a in args if not a.startswith("--dir-missing") and a != "--bestaat-niet.json"]
    where = tmp_path / "nergens" if "--dir-missing" in args else folder
    if "--bestaat-niet.json" in args:
        argv += [str(tmp_path / "bestaat-niet.json"), "--key", str(tmp_path / "geen.key")]
    code = cjg([*argv, "--dir", str(where)])
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    after = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    assert after == before


def test_a_server_folder_from_before_server_json_uses_its_sqlite(tmp_path: Path) -> None:
    folder = tmp_path / "cjg"
    assert cjg(["init", "--dir", str(folder)]) == 0
    (folder / "server.json").unlink()
    assert cjg(["devices", "invite", "--dir", str(folder), "--org", "JGZ", "--name", "T",
                "--role", "jeugdverpleegkundige", "--phone", "0800-0000000"]) == 0
    assert (folder / "cjg.db").exists()


@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_kaart_publish_refuses_what_is_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "cjg"
    assert cjg(["init", "--dir", str(folder)]) == 0
    monkeypatch.setenv("STAP0_KAART_PASSPHRASE", "kaartsleutel van de test")
    key = tmp_path / "kaart.key"
    assert cjg(["kaart", "keygen", "--dir", str(folder), "--out", str(key)]) == 0
    target = {"folder": tmp_path, "device": Path("/dev/zero")}.get(kind, tmp_path / "pijp")
    if kind == "fifo":
        os.mkfifo(target)
    capsys.readouterr()
    assert cjg(["kaart", "publish", "--dir", str(folder), str(target), "--key", str(key)]) == 1
    err = capsys.readouterr().err
    assert str(target) in err and "Traceback" not in err
    assert not (folder / "kaart.json").exists()
