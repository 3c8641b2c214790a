"""A standard OpenAPI fuzzer against the live inbox over HTTPS (#13): schemathesis with
every check, on every operation, about a quarter of a minute. No 5xx, no undocumented
status, no response outside its schema, no schema-valid request refused — and no panic
in the fuzzer on the schema's patterns (a 1 MiB base64 pattern once made it panic)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sync.server.loopback import LoopbackServer
from tests.conftest import child_env

pytestmark = pytest.mark.system

PROGRAM = Path(sys.executable).parent / "schemathesis"


@pytest.mark.skipif(not PROGRAM.exists(), reason="schemathesis is in the dev extra")
def test_schemathesis_finds_nothing_against_the_live_inbox(tmp_path: Path) -> None:
    program = str(PROGRAM)
    with LoopbackServer(tmp_path / "cjg") as server:
        profile = json.loads(server.profile_path.read_text())
        (tmp_path / "ca.pem").write_text(profile["tls_ca_pem"])
        result = subprocess.run(
            [program, "run", f"{profile['server_url']}/openapi.json", "--checks", "all",
             "--tls-verify", str(tmp_path / "ca.pem"), "--max-examples", "100",
             "--seed", "2026", "--no-color"],
            capture_output=True, text=True, timeout=240, check=False,
            env=child_env(HOME=str(tmp_path)), cwd=tmp_path)
    output = result.stdout + result.stderr
    assert "panicked" not in output, output[-4000:]
    assert result.returncode == 0, output[-4000:]
    selected = re.search(r"Selected: (\d+)/(\d+)", output)
    tested = re.search(r"Tested: (\d+)", output)
    assert selected and tested and selected.group(1) == selected.group(2) == tested.group(1)
