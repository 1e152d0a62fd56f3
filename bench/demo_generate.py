"""Time demo-data generation: the first-run/default sizes and the 250-site, 3-year benchmark set.

Usage: python bench/demo_generate.py [--sizes 3x1,20x2,250x3] [--folder /tmp] [--keep]
Prints, per size, seconds, rows, rows per second and the file size (WAL checkpointed).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from canteen.db.lifecycle import open_database
from canteen.demo import generate

TODAY = date(2026, 11, 25)


def run(path: Path, sites: int, years: int) -> tuple[float, int]:
    """Seconds to create and fill a database at `path`, and the rows written."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    start = time.perf_counter()
    database = open_database(path, create=True)
    try:
        summary = generate(database, sites=sites, years=years, today=TODAY)
    finally:
        database.dispose()
    return time.perf_counter() - start, summary.total


def main() -> None:
    """Run each size once and print a line per size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="3x1,20x2,250x3", help="SITESxYEARS, comma separated")
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--keep", action="store_true", help="keep the database files")
    args = parser.parse_args()
    for size in args.sizes.split(","):
        sites, years = (int(part) for part in size.split("x"))
        path = args.folder / f"canteen-demo-{sites}x{years}.db"
        seconds, rows = run(path, sites, years)
        megabytes = path.stat().st_size / 1e6
        print(
            f"sites={sites:<4} years={years}  {seconds:7.1f} s  {rows:>10,} rows  "
            f"{rows / seconds:>9,.0f} rows/s  {megabytes:8.1f} MB",
            flush=True,
        )
        if not args.keep:
            path.unlink()


if __name__ == "__main__":
    main()
