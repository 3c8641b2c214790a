"""Desktop app benchmark: start-up, unlock, UI-thread stalls and memory.

Prints, in one run:
* cold start to the unlock window shown, and the same for a PySide6-only form of the same
  widgets (floor);
* unlock through the window, timed in parts inside each unlock: the KDF, then the first
  screenful of families and the whole caseload beyond it, for 0, 10,000 and 50,000
  families in turns;
* the longest UI-thread stall while opening a family and while searching;
* the working session's own peak RSS (VmHWM of a process of its own).
Each cold start and the session run in a fresh process; the vaults are removed at the end.

    python bench/app.py [--families 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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

from _report import Check, at_most, ratio_at_most, report, spread  # noqa: E402

PASSPHRASE = "benchmark wachtwoordzin voor de app"

# The floor: what PySide6 itself takes to start and show a form like the unlock window —
# the same kinds of widgets in the same layout (a rich-text title, labels, a password
# field, buttons, a check box), started the same way, shown, then the process ends. A bare
# QLabel touched none of the enum classes PySide6 makes lazily for such a form (about
# 40 ms of it): the ratio then measured PySide6, not Stap 0.
FLOOR_CHILD = """
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)
app = QApplication([])
w = QWidget()
w.setWindowTitle("Vergrendeld")
field = QLineEdit()
field.setEchoMode(QLineEdit.EchoMode.Password)
field.setPlaceholderText("Wachtwoordzin")
button = QPushButton("Ontgrendelen")
button.setDefault(True)
message = QLabel()
message.setWordWrap(True)
forgot = QPushButton("Wachtwoordzin vergeten?")
forgot.setFlat(True)
row = QHBoxLayout()
row.addWidget(field, 1)
row.addWidget(button)
layout = QVBoxLayout(w)
layout.addStretch(1)
layout.addWidget(QLabel("<h2>Stap 0 is vergrendeld</h2>"), 0, Qt.AlignmentFlag.AlignHCenter)
layout.addWidget(QLabel("Typ uw wachtwoordzin."), 0, Qt.AlignmentFlag.AlignHCenter)
layout.addLayout(row)
layout.addWidget(QCheckBox("Wachtwoordzin tonen"))
layout.addWidget(message)
layout.addWidget(forgot, 0, Qt.AlignmentFlag.AlignRight)
layout.addStretch(2)
w.resize(640, 520)
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


def spin_until(condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    """Qt's own event loop (it sleeps while nothing happens, so a worker thread is not
    slowed by a busy main thread), with the condition checked every 2 ms."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    check = QTimer()
    check.setInterval(2)
    check.timeout.connect(lambda: loop.quit() if condition()
                          or time.perf_counter() > deadline else None)
    check.start()
    loop.exec()
    check.stop()
    if not condition():
        raise TimeoutError


def flush_deletes() -> None:
    """Run the deferred deletes (deleteLater) a closed window left: without this every
    old main window of the run stays alive in the bench's process."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def unlock(app, folder: Path, settings_file: Path) -> tuple[dict[str, float], object]:  # type: ignore[no-untyped-def]
    """One unlock through the window, its parts timed inside it: the KDF (as the worker
    ran it), then to the first screenful of families and to the whole caseload, each
    beyond the KDF. Returns (parts, controller)."""
    from stap0_desktop.config.settings import Settings
    from stap0_desktop.storage import keyslots
    from stap0_desktop.ui.shell.app import AppController
    from stap0_desktop.ui.shell.main_window import MainWindow

    kdf: list[float] = []
    whole: list[float] = []
    real_kdf, real_show = keyslots.unwrap_with_passphrase, MainWindow._show_families

    def timed_kdf(*args, **kwargs):  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        try:
            return real_kdf(*args, **kwargs)
        finally:
            kdf.append(time.perf_counter() - began)

    def timed_show(window, rows, complete: bool = True) -> None:  # type: ignore[no-untyped-def]
        real_show(window, rows, complete)
        if complete:
            whole.append(time.perf_counter())

    keyslots.unwrap_with_passphrase = timed_kdf  # type: ignore[assignment]
    MainWindow._show_families = timed_show  # type: ignore[method-assign]
    try:
        controller = AppController(app, folder, Settings(settings_file))
        controller.start()
        controller.window.passphrase.setText(PASSPHRASE)
        start = time.perf_counter()
        controller.window._submit()

        def populated() -> bool:  # the first screenful of families (or the empty hint)
            main = controller.main_window
            return main is not None and (main.families.model.rowCount() > 0
                                         or bool(main.hint.text()))

        spin_until(populated)
        first = time.perf_counter() - start
        spin_until(lambda: bool(whole) and not controller.session.bridge.busy)
    finally:
        keyslots.unwrap_with_passphrase = real_kdf  # type: ignore[assignment]
        MainWindow._show_families = real_show  # type: ignore[method-assign]
    return {"kdf": kdf[0], "first_screenful": first - kdf[0],
            "whole_list": whole[0] - start - kdf[0]}, controller


def build_vault(folder: Path, families: int) -> None:
    from stap0_desktop.demo.caseload import DemoCaseload
    from stap0_desktop.domain.models import Professional
    from stap0_desktop.storage import keyslots
    from stap0_desktop.storage.secret import SecretBytes
    from stap0_desktop.storage.vault import Vault

    owner = Professional(user_id="bench", name="Bench", role="jeugdverpleegkundige")
    with Vault.create(folder, SecretBytes.from_text(PASSPHRASE), owner,
                      kdf=keyslots.calibrate_argon2()) as vault:
        DemoCaseload(seed=5).write(vault, families, 2, batch=200)


def session_figures(folder: Path, families: int) -> dict[str, object]:
    """Unlock, open families, search: the longest UI-thread stalls and the peak RSS."""
    from PySide6.QtWidgets import QApplication

    from stap0_desktop.i18n.translator import install_language

    app = QApplication.instance() or QApplication([])
    install_language("nl")
    parts, controller = unlock(app, folder, folder.parent / "session.ini")
    kdf = parts["kdf"]
    main_window = controller.main_window  # type: ignore[attr-defined]
    meter = StallMeter()
    db = controller.session.core.vault.db  # type: ignore[attr-defined]
    open_stalls, search_stalls, open_transactions = [], [], []
    for family_id in sorted({1, families // 20 + 1, families // 4 + 1,
                             families * 7 // 10 + 1, families}):
        before = db.transactions
        meter.start()
        main_window.open_family(family_id)
        spin_until(lambda: not controller.session.bridge.busy)  # type: ignore[attr-defined]
        open_stalls.append(meter.stop())
        open_transactions.append(db.transactions - before)
    before_search = db.transactions
    for query in ("huur", "slaapt", "zorg", "Kaya", "peuteropvang"):
        meter.start()
        main_window.search_box.setText(query)
        main_window.focus_search()
        spin_until(lambda: main_window.search_panel.summary.text() != ""
                   and not controller.session.bridge.busy)  # type: ignore[attr-defined]
        search_stalls.append(meter.stop())
    searches = db.transactions - before_search
    controller.shutdown()  # type: ignore[attr-defined]
    return {"kdf": kdf, "open": open_stalls, "search": search_stalls,
            "rss_mb": own_peak_rss_mb(), "transactions_per_open_family": open_transactions,
            "transactions_for_5_searches": searches}


def own_peak_rss_mb() -> float:
    """This process's own high-water mark (VmHWM): ru_maxrss would carry the parent's
    over fork and exec, and the bench's parent is large."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=50_000,
                        help="families for the whole-list figure")
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
    try:
        figures, checks = run(work, args)
    finally:  # fictional caseloads, encrypted: gone, also on failure
        shutil.rmtree(work, ignore_errors=True)
    return report("app", figures, checks)


def run(work: Path, args: argparse.Namespace) -> tuple[dict[str, object], list[Check]]:
    print(f"Building vaults in {work} …", flush=True)
    sizes = {"empty": 0, "full": args.families, "large": args.large}
    for name, count in sizes.items():
        subprocess.run([sys.executable, __file__, "--build", str(work / name),
                        "--families", str(count)], check=True)
    session = subprocess.run(  # first: the session starts from a parent that is still small
        [sys.executable, __file__, "--session", str(work / "full"), "--families",
         str(args.families)], capture_output=True, text=True, check=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)))
    measured = json.loads(session.stdout.strip().splitlines()[-1])

    floor, cold = [], []
    for _ in range(args.runs):  # interleaved, so both meet the same machine
        floor.append(cold_start("-c", FLOOR_CHILD))
        cold.append(cold_start("-m", "stap0_desktop", "--data-dir", str(work / "full"),
                               "--exit-after-start"))

    from PySide6.QtWidgets import QApplication

    from stap0_desktop.i18n.translator import install_language

    app = QApplication.instance() or QApplication([])
    install_language("nl")
    parts: dict[str, list[dict[str, float]]] = {name: [] for name in sizes}
    unlock(app, work / "empty", work / "s.ini")[1].shutdown()  # type: ignore[attr-defined]
    for _ in range(3):  # warm: imports done; then the sizes in turns
        for name in sizes:
            measured_parts, controller = unlock(app, work / name, work / "s.ini")
            parts[name].append(measured_parts)
            controller.shutdown()  # type: ignore[attr-defined]
            flush_deletes()

    def median_of(name: str, part: str) -> float:
        return statistics.median(p[part] for p in parts[name])

    figures: dict[str, object] = {
        "families": args.families, "large_families": args.large,
        "cold_start_s": spread(cold), "cold_start_floor_s": spread(floor),
        "kdf_s": spread([p["kdf"] for name in sizes for p in parts[name]]),
        "first_screenful_beyond_kdf_s": {n: round(median_of(n, "first_screenful"), 4)
                                         for n in sizes},
        "whole_list_beyond_kdf_s": {n: round(median_of(n, "whole_list"), 4) for n in sizes},
        "stall_open_family_ms": round(max(measured["open"]) * 1000, 1),
        "stall_search_ms": round(max(measured["search"]) * 1000, 1),
        "session_peak_rss_mb": round(measured["rss_mb"], 1),
        "transactions_per_open_family": measured["transactions_per_open_family"],
        "transactions_for_5_searches": measured["transactions_for_5_searches"],
    }
    cold_s, floor_s = statistics.median(cold), statistics.median(floor)
    checks = [
        at_most("cold start", cold_s, 1.0, " s"),
        ratio_at_most("cold start against the same form in PySide6 alone", cold_s, floor_s,
                      2.0, " s"),
        at_most(f"first screenful beyond the KDF at {args.families:,} families",
                median_of("full", "first_screenful"), 0.1, " s"),
        at_most(f"whole list beyond the KDF at {args.large:,} families",
                median_of("large", "whole_list"), 0.5, " s"),
        at_most("longest stall opening a family", max(measured["open"]) * 1000, 50, " ms"),
        at_most("longest stall searching", max(measured["search"]) * 1000, 50, " ms"),
        at_most(f"session peak RSS at {args.families:,} families (its own process)",
                measured["rss_mb"], 200, " MB"),
    ]
    return figures, checks


if __name__ == "__main__":
    raise SystemExit(main())
