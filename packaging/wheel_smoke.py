"""The wheel installs as declared (``make wheel-smoke``; CI runs it).

Builds the wheel, installs it *without extras* into a fresh virtual environment, and from
that environment alone: ``stap0 --version``, ``vault init --data-dir`` (the option after
the command), ``demo`` with consented signals, ``search``, ``checklists list``, the window
starting offscreen, and ``cjg enroll`` / ``confirm`` / ``sync`` against a CJG inbox and its
pseudonymiser on loopback (run from this development environment, as a municipality
would run them elsewhere). A module the app needs but the wheel does not declare fails
here, as ``httpx`` once did. Prints one line per check.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSPHRASE = "wiel rook test zin voor de cli"


class Failed(Exception):
    pass


def check(label: str, result: subprocess.CompletedProcess[str], expect: str = "") -> str:
    ok = result.returncode == 0 and expect in result.stdout
    print(f"{'PASS' if ok else 'FAIL'}  {label}", flush=True)
    if not ok:
        print(result.stdout[-2000:], result.stderr[-4000:], sep="\n", file=sys.stderr)
        raise Failed(label)
    return result.stdout


def main() -> int:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    with tempfile.TemporaryDirectory(prefix="stap0-wheel-") as tmp:
        work = Path(tmp)
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                        "-w", str(work / "dist"), str(ROOT)], check=True)
        wheel = next((work / "dist").glob("stap0_desktop-*.whl"))
        subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True)
        bin_dir = work / "venv" / ("Scripts" if os.name == "nt" else "bin")
        subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet",
                        str(wheel)], check=True)
        env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
               "HOME": str(work / "home"), "STAP0_PASSPHRASE": PASSPHRASE,
               "STAP0_SETTINGS_FILE": str(work / "settings.ini"), "TMPDIR": str(work),
               "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
        (work / "home").mkdir()
        data = work / "kluis"

        def stap0(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([str(bin_dir / "stap0"), *args], env=env, cwd=work,
                                  capture_output=True, text=True, timeout=180)

        check("stap0 --version", stap0("--version"), version)
        check("vault init --data-dir after the command",
              stap0("vault", "init", "--data-dir", str(data), "--lang", "en",
                    "--name", "Tess Verpleeg"), "Vault created")
        base = ["--data-dir", str(data), "--lang", "en"]
        check("demo with consented signals",
              stap0(*base, "demo", "--families", "3", "--notes-per-family", "2",
                    "--signals", "2"), "3 families")
        check("search", stap0(*base, "search", "huisbezoek"))
        check("checklists list", stap0(*base, "checklists", "list"), "prenataal-huisbezoek")
        check("the window starts", stap0("--data-dir", str(work / "leeg"),
                                         "--exit-after-start"))
        from sync.server.loopback import LoopbackServer

        with LoopbackServer(work / "cjg") as server:
            code = server.invite("Tess Verpleeg", "JGZ Demostad", phone="0800-0000000",
                                 role="jeugdverpleegkundige")
            check("cjg enroll", stap0(*base, "cjg", "enroll", "--profile",
                                      str(server.profile_path), "--code", code),
                  "Enrolled with Gemeente Demostad")
            check("cjg confirm", stap0(*base, "cjg", "confirm"))
            said = check("sync", stap0(*base, "sync"), "refused 0, withdrawn 0, still waiting 0")
            if "Sent 0," in said:
                print("FAIL  sync sent nothing", file=sys.stderr)
                raise Failed("sync")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except Failed:
        raise SystemExit(1) from None
