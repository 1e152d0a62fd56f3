"""Cold start to first paint: `canteen gui --smoke-test` next to a bare PySide6 QMainWindow.

Usage: python bench/startup.py [--database PATH] [--runs 7] [--frozen dist/canteen/canteen]
Without --database it builds the 250-site, 3-year scale database once in /tmp (takes minutes).
Prints the median wall time from process start to the "first paint" line, for both, and the ratio.
With --frozen it also times the packaged app (what the canteen PCs run: no editable-install
finder, bytecode in one archive).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1200, 800)
window.show()
def painted():
    print("first paint", flush=True)
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""


def time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `command` until it prints a line containing 'first paint'."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if "first paint" in line:
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"no 'first paint' line from {command}")
    process.wait(timeout=60)
    if process.returncode != 0:
        raise SystemExit(f"{command} exited {process.returncode}")
    return elapsed


def main() -> None:
    """Run both starts alternately and print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", type=Path, default=Path("/tmp/canteen-scale.db"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", type=Path, help="the packaged app's executable, timed as well")
    args = parser.parse_args()
    if not args.database.exists():
        print(f"building the scale database {args.database} ...", flush=True)
        subprocess.run(
            [sys.executable, "-m", "canteen", "demo", "--database", str(args.database),
             "--sites", "250", "--years", "3"],
            check=True,
        )
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    app = [sys.executable, "-m", "canteen", "gui", "--smoke-test", "--database", str(args.database)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    time_to_first_paint(app, env)  # warm the file cache once, like a PC that has run it before
    frozen = None
    if args.frozen:
        frozen = [str(args.frozen), "gui", "--smoke-test", "--database", str(args.database)]
        time_to_first_paint(frozen, env)
    app_times, bare_times, frozen_times = [], [], []
    for _ in range(args.runs):
        bare_times.append(time_to_first_paint(bare, env))
        app_times.append(time_to_first_paint(app, env))
        if frozen:
            frozen_times.append(time_to_first_paint(frozen, env))
    bare_median = statistics.median(bare_times)
    app_median = statistics.median(app_times)
    print(f"runs: {args.runs}, database: {args.database} ({args.database.stat().st_size / 1e6:.0f} MB)")
    print(f"bare QMainWindow   median {bare_median * 1000:7.0f} ms  (min {min(bare_times) * 1000:.0f})")
    print(f"canteen smoke-test median {app_median * 1000:7.0f} ms  (min {min(app_times) * 1000:.0f})")
    print(f"ratio {app_median / bare_median:.2f}x (target <= 1.5x)")
    if frozen_times:
        frozen_median = statistics.median(frozen_times)
        print(f"packaged app       median {frozen_median * 1000:7.0f} ms  (min {min(frozen_times) * 1000:.0f})")
        print(f"ratio packaged/bare {frozen_median / bare_median:.2f}x")


if __name__ == "__main__":
    main()
