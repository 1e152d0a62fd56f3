"""Start-up from outside: `canteen gui --smoke-test` next to a bare PySide6 QMainWindow.

Usage: python bench/startup.py [--database PATH] [--runs 7] [--frozen dist/canteen/canteen]
Without --database it builds the 250-site, 3-year scale database once in /tmp (takes minutes).
Each process is timed from spawn until it prints its "first paint" line, the app also until its
"site data painted" line (the overview showing the site's figures). Prints the medians and both
ratios to the bare window's first paint (targets: first paint <= 1.5x, site data <= 4x).
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

# Printed once the label has painted, as the app's probe does (a timer started by show() alone
# fires before the first paint, which made the bare window about 5 ms too fast).
BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
from PySide6.QtCore import QEvent, QObject, QTimer
app = QApplication(sys.argv)
window = QMainWindow()
label = QLabel("bare")
window.setCentralWidget(label)
window.resize(1200, 800)
def painted():
    print("first paint", flush=True)
    app.quit()
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False
watch = Watch()
label.installEventFilter(watch)
window.show()
app.exec()
"""


FIRST_PAINT = "first paint"
SITE_DATA = "site data painted"
FIRST_PAINT_TARGET, SITE_DATA_TARGET = 1.5, 4.0


def time_lines(command: list[str], env: dict[str, str], markers: tuple[str, ...]) -> list[float]:
    """Seconds from starting `command` until it prints a line holding each marker, in order."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    times: list[float] = []
    for line in process.stdout:
        if len(times) < len(markers) and markers[len(times)] in line:
            times.append(time.perf_counter() - start)
    process.wait(timeout=120)
    if len(times) < len(markers):
        raise SystemExit(f"no {markers[len(times)]!r} line from {command}")
    if process.returncode != 0:
        raise SystemExit(f"{command} exited {process.returncode}")
    return times


def report(name: str, times: list[float], bare: float, target: float) -> None:
    """One line: the median, the fastest run and the ratio to the bare window's first paint."""
    median = statistics.median(times)
    verdict = "ok" if median / bare <= target else "over"
    print(
        f"{name:<28} median {median * 1000:6.0f} ms  (min {min(times) * 1000:5.0f})"
        f"  ratio {median / bare:4.2f}x  (target <= {target}x: {verdict})"
    )


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
            [
                sys.executable,
                "-m",
                "canteen",
                "demo",
                "--database",
                str(args.database),
                "--sites",
                "250",
                "--years",
                "3",
            ],
            check=True,
        )
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    app = [sys.executable, "-m", "canteen", "gui", "--smoke-test", "--database", str(args.database)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    both = (FIRST_PAINT, SITE_DATA)
    # Like a PC that has run the app before: bytecode written (also where PYTHONDONTWRITEBYTECODE
    # is set, as in some shells) and the files in the cache.
    root = Path(__file__).resolve().parent.parent
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(root / "canteen"), str(root / "ui")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    time_lines(app, env, both)
    frozen = None
    if args.frozen:
        frozen = [str(args.frozen), "gui", "--smoke-test", "--database", str(args.database)]
        time_lines(frozen, env, both)
    bare_times, app_times, frozen_times = [], [], []
    for _ in range(args.runs):
        bare_times.append(time_lines(bare, env, (FIRST_PAINT,))[0])
        app_times.append(time_lines(app, env, both))
        if frozen:
            frozen_times.append(time_lines(frozen, env, both))
    bare_median = statistics.median(bare_times)
    size = args.database.stat().st_size / 1e6
    print(f"runs: {args.runs}, database: {args.database} ({size:.0f} MB)")
    print(f"{'bare QMainWindow first paint':<28} median {bare_median * 1000:6.0f} ms"
          f"  (min {min(bare_times) * 1000:5.0f})")  # fmt: skip
    for name, runs in (("canteen", app_times), ("packaged app", frozen_times)):
        if runs:
            report(f"{name} first paint", [r[0] for r in runs], bare_median, FIRST_PAINT_TARGET)
            report(f"{name} site data", [r[1] for r in runs], bare_median, SITE_DATA_TARGET)


if __name__ == "__main__":
    main()
