"""Desktop app benchmark: start-up, unlock, UI-thread stalls and memory.

Prints, in one run:
* cold start to the unlock window shown, and the same for a bare PySide6 window (floor);
* unlock to the main window populated, beyond the KDF, for an empty vault and for
  10,000 families (ratio);
* the longest UI-thread stall while opening a family and while searching;
* peak RSS.
Targets from the desktop-app issue. Each cold start runs in a fresh process.

    python bench/app.py [--families 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
# bench/sync.py is named like the `sync` package: the project root goes first, and this
# folder (which Python puts first for a script) last.
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != BENCH),
               str(BENCH)]

from _report import report  # noqa: E402

PASSPHRASE = "benchmark wachtwoordzin voor de app"

# The floor: a bare PySide6 window started the same way, shown, then the process ends.
FLOOR_CHILD = """
from PySide6.QtWidgets import QApplication, QLabel
from PySide6.QtCore import QTimer
app = QApplication([])
w = QLabel("Stap 0")
w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def cold_start(*args: str) -> float:
    """Wall time of a whole process: start, first window shown, exit."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], capture_output=True, check=True, env=env)
    return time.perf_counter() - start


class StallMeter:
    """A 5 ms heartbeat on the UI thread; the largest gap between beats is the stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.worst = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last - 0.005)
        self._last = now

    def start(self) -> None:
        self.worst = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.worst


def spin_until(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def unlock_seconds(app, folder: Path, settings_file: Path) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    """Unlock to main window populated; returns (total, kdf, controller)."""
    from stap0_desktop.config.settings import Settings
    from stap0_desktop.storage import keyslots
    from stap0_desktop.storage.secret import SecretBytes
    from stap0_desktop.ui.app import AppController

    slots = keyslots.read_slot_file(folder / "keyslots.json")
    start = time.perf_counter()
    keyslots.unwrap_with_passphrase(slots.passphrase, SecretBytes.from_text(PASSPHRASE),
                                    slots.vault_id).wipe()
    kdf = time.perf_counter() - start
    controller = AppController(app, folder, Settings(settings_file))
    controller.start()
    controller.window.passphrase.setText(PASSPHRASE)
    start = time.perf_counter()
    controller.window._submit()

    def populated() -> bool:  # the first screenful of families (or the empty-vault hint)
        main = controller.main_window
        return main is not None and (main.families.model.rowCount() > 0
                                     or bool(main.hint.text()))

    spin_until(populated)
    total = time.perf_counter() - start
    spin_until(lambda: not controller.session.bridge.busy)  # the rest of the list
    return total, kdf, controller


def build_vault(folder: Path, families: int) -> None:
    from stap0_desktop.domain.models import Professional
    from stap0_desktop.services.demo_data import DemoCaseload
    from stap0_desktop.storage import keyslots
    from stap0_desktop.storage.secret import SecretBytes
    from stap0_desktop.storage.vault import Vault

    owner = Professional(user_id="bench", name="Bench", role="jeugdverpleegkundige")
    with Vault.create(folder, SecretBytes.from_text(PASSPHRASE), owner,
                      kdf=keyslots.calibrate_argon2()) as vault:
        DemoCaseload(seed=5).write(vault, families, 2, batch=200)


def session_figures(folder: Path, families: int) -> dict[str, object]:
    """Unlock, open families, search: the longest UI-thread stalls and the peak RSS."""
    import resource

    from PySide6.QtWidgets import QApplication

    from stap0_desktop.i18n.translator import install_language

    app = QApplication.instance() or QApplication([])
    install_language("nl")
    _total, kdf, controller = unlock_seconds(app, folder, folder.parent / "session.ini")
    main_window = controller.main_window  # type: ignore[attr-defined]
    meter = StallMeter()
    open_stalls, search_stalls = [], []
    for family_id in sorted({1, families // 20 + 1, families // 4 + 1,
                             families * 7 // 10 + 1, families}):
        meter.start()
        main_window.open_family(family_id)
        spin_until(lambda: not controller.session.bridge.busy)  # type: ignore[attr-defined]
        open_stalls.append(meter.stop())
    for query in ("huur", "slaapt", "zorg", "Kaya", "peuteropvang"):
        meter.start()
        main_window.search_box.setText(query)
        main_window.focus_search()
        spin_until(lambda: main_window.search_panel.summary.text() != ""
                   and not controller.session.bridge.busy)  # type: ignore[attr-defined]
        search_stalls.append(meter.stop())
    controller.shutdown()  # type: ignore[attr-defined]
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"kdf": kdf, "open": open_stalls, "search": search_stalls, "rss_mb": rss_mb}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--session", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build is not None:  # child: build one vault, so the parent's RSS is the app's
        build_vault(args.build, args.families)
        return 0
    if args.session is not None:  # child: one working session, for stalls and peak RSS
        print(json.dumps(session_figures(args.session, args.families)))
        return 0
    work = Path(tempfile.mkdtemp(prefix="stap0-appbench-"))
    print(f"Building vaults in {work} …", flush=True)
    for name, count in (("empty", 0), ("full", args.families)):
        subprocess.run([sys.executable, __file__, "--build", str(work / name),
                        "--families", str(count)], check=True)

    floor, cold = [], []
    for _ in range(args.runs):  # interleaved, so both meet the same machine
        floor.append(cold_start("-c", FLOOR_CHILD))
        cold.append(cold_start("-m", "stap0_desktop", "--data-dir", str(work / "full"),
                               "--exit-after-start"))

    from PySide6.QtWidgets import QApplication

    from stap0_desktop.i18n.translator import install_language

    app = QApplication.instance() or QApplication([])
    install_language("nl")
    beyond: dict[str, list[float]] = {"empty": [], "full": []}
    unlock_seconds(app, work / "empty", work / "s.ini")[2].shutdown()  # warm: imports done
    for name in ("empty", "full"):
        for _ in range(3):
            total, kdf, controller = unlock_seconds(app, work / name, work / "s.ini")
            beyond[name].append(total - kdf)
            controller.shutdown()  # type: ignore[attr-defined]

    session = subprocess.run(
        [sys.executable, __file__, "--session", str(work / "full"), "--families",
         str(args.families)], capture_output=True, text=True, check=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)))
    measured = json.loads(session.stdout.strip().splitlines()[-1])
    kdf = measured["kdf"]
    open_stalls, search_stalls = measured["open"], measured["search"]
    rss_mb = measured["rss_mb"]

    figures = {
        "families": args.families,
        "cold_start_s": statistics.median(cold),
        "cold_start_floor_s": statistics.median(floor),
        "cold_start_ratio": statistics.median(cold) / statistics.median(floor),
        "unlock_beyond_kdf_empty_s": statistics.median(beyond["empty"]),
        "unlock_beyond_kdf_full_s": statistics.median(beyond["full"]),
        "unlock_ratio": statistics.median(beyond["full"]) / statistics.median(beyond["empty"]),
        "kdf_s": kdf,
        "stall_open_family_ms": max(open_stalls) * 1000,
        "stall_search_ms": max(search_stalls) * 1000,
        "peak_rss_mb": rss_mb,
    }
    checks = [
        ("cold start <= 1.0 s", figures["cold_start_s"] <= 1.0),
        ("cold start <= 2x floor", figures["cold_start_ratio"] <= 2.0),
        ("unlock beyond KDF <= 0.5 s at 10k", figures["unlock_beyond_kdf_full_s"] <= 0.5),
        ("unlock 10k <= 1.5x empty", figures["unlock_ratio"] <= 1.5),
        ("no stall > 50 ms opening a family", figures["stall_open_family_ms"] <= 50),
        ("no stall > 50 ms searching", figures["stall_search_ms"] <= 50),
        ("peak RSS <= 250 MB", figures["peak_rss_mb"] <= 250),
    ]
    return report("app", figures, checks)


if __name__ == "__main__":
    raise SystemExit(main())
