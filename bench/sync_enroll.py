"""Enrolling a new PC for one site of the 250-site, 3-year central database, history included.

Usage: python -m bench.sync_enroll [--demo-file FILE] [--repeat 3]
Loads the demo into a throwaway PostgreSQL the way `admin init --demo` does (generate a SQLite
file, COPY it in; --demo-file skips the generating), then enrolls --repeat new PCs for one site
and times each first cycle. Prints the load, rows and bytes pulled (raw and gzip) and medians.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

from bench.sync_bench import Recorder, enroll
from bench.sync_common import hardware, median, new_central, postgres, roundtrip_ms, rss_mb, server
from canteen.sync.server.demo import copy_file, generate_file
from canteen.sync.server.setup import server_engine

TODAY = date(2026, 11, 25)


def main() -> None:
    """Load, then enroll and time."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--demo-file", type=Path, help="a 250x3 `canteen demo` file")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(hardware())
    with tempfile.TemporaryDirectory(prefix="canteen-enroll-") as scratch, postgres() as pg:
        folder = Path(scratch)
        source = args.demo_file
        if source is None:
            source = folder / "demo.db"
            started = time.perf_counter()
            generate_file(source, sites=250, years=3, seed=2026, today=TODAY)
            print(f"demo generated into SQLite in {time.perf_counter() - started:.0f} s")
        url = new_central(pg, "enroll")
        print(f"database round trip (SELECT 1): {roundtrip_ms(url):.2f} ms median")
        engine = server_engine(url)
        started = time.perf_counter()
        rows = sum(copy_file(source, engine).values())
        seconds = time.perf_counter() - started
        print(f"COPY into PostgreSQL: {rows:,} rows in {seconds:.0f} s ({rows / seconds:,.0f}/s)")
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            site_id = str(
                connection.execute(text("SELECT id FROM site ORDER BY code")).all()[125][0]
            )
        recorder = Recorder()
        with server(url) as (base, process):
            times = []
            for run in range(args.repeat):
                db, client = enroll(folder, f"pc{run}", engine, base, site_id, recorder)
                started = time.perf_counter()
                result = client.cycle()
                times.append(time.perf_counter() - started)
                calls = recorder.take()
                db.dispose()
                print(
                    f"  run {run + 1}: {result.pulled:,} rows in {times[-1]:.1f} s, "
                    f"{len(calls)} requests, {sum(c[3] for c in calls) / 1e6:.1f} MB of JSON, "
                    f"{sum(c[4] for c in calls) / 1e6:.1f} MB on the wire; server RSS "
                    f"{rss_mb(process.pid):.0f} MB",
                    flush=True,
                )
            print(
                f"enroll one site of 250x3: median {median(times):.1f} s for {result.pulled:,} "
                f"rows (target <= 60 s)"
            )
        engine.dispose()


if __name__ == "__main__":
    main()
