"""What the change-capture triggers cost on writes: the same work with and without them.

Usage: python bench/capture_overhead.py [--repeat 5] [--rows 10000] [--demo 3x1]
Prints, per workload, the median seconds without and with the triggers and the overhead.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, text, update

from canteen.db import capture
from canteen.db.engine import Database
from canteen.db.lifecycle import open_database
from canteen.db.models import Headcount
from canteen.demo import generate
from tests.factories import make_district, make_site

TODAY = date(2026, 11, 25)


def fresh(folder: Path, name: str, triggers: bool) -> Database:
    """A migrated file; without `triggers` its capture triggers are dropped."""
    path = folder / name
    for side in ("", "-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    database = open_database(path, create=True)
    if not triggers:
        with database.engine.begin() as connection:
            for table in capture.installed(connection):
                for kind in capture.KINDS:
                    connection.exec_driver_sql(f"DROP TRIGGER sync_{kind}_{table}")
    return database


def headcounts(site: str, rows: int) -> list[dict]:
    """`rows` days of lunch covers for one site."""
    first = date(2000, 1, 1)
    days = [first + timedelta(days=n) for n in range(rows)]
    return [
        {"id": Headcount.id_for(site, d, "lunch"), "site_id": site, "day": d, "covers": 100}
        for d in days
    ]


def insert_rows(database: Database, rows: int) -> float:
    """Seconds to insert `rows` headcounts in one transaction (Core executemany)."""
    site = make_site(database, make_district(database))
    batch = headcounts(site, rows)
    start = time.perf_counter()
    with database.engine.begin() as connection:
        connection.execute(insert(Headcount), batch)
    return time.perf_counter() - start


def update_rows(database: Database, rows: int) -> float:
    """Seconds to change each of `rows` headcounts by its own UPDATE, in one transaction."""
    site = make_site(database, make_district(database))
    batch = headcounts(site, rows)
    with database.engine.begin() as connection:
        connection.execute(insert(Headcount), batch)
        connection.execute(text("DELETE FROM _sync_outbox"))
    start = time.perf_counter()
    with database.engine.begin() as connection:
        for row in batch:
            connection.execute(
                update(Headcount).where(Headcount.id == row["id"]).values(covers=101)
            )
    return time.perf_counter() - start


def demo(database: Database, sites: int, years: int) -> float:
    """Seconds to generate demo data into the file."""
    start = time.perf_counter()
    generate(database, sites=sites, years=years, today=TODAY)
    return time.perf_counter() - start


def median(work: Callable[[Database], float], folder: Path, triggers: bool, repeat: int) -> float:
    """The median seconds of `work` over `repeat` fresh files."""
    times = []
    for n in range(repeat):
        database = fresh(folder, f"capture-{triggers}-{n}.db", triggers)
        try:
            times.append(work(database))
        finally:
            database.dispose()
    return statistics.median(times)


def main() -> None:
    """Measure each workload with and without the triggers; one line each."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--demo", default="3x1", help="SITESxYEARS of demo data; '' skips it")
    args = parser.parse_args()
    workloads = {
        f"insert {args.rows:,} headcounts": lambda db: insert_rows(db, args.rows),
        f"update {args.rows:,} headcounts one by one": lambda db: update_rows(db, args.rows),
    }
    if args.demo:
        sites, years = (int(x) for x in args.demo.split("x"))
        workloads[f"demo {sites} sites x {years} years"] = lambda db: demo(db, sites, years)
    with tempfile.TemporaryDirectory() as folder:
        for name, work in workloads.items():
            without = median(work, Path(folder), False, args.repeat)
            with_ = median(work, Path(folder), True, args.repeat)
            print(
                f"{name:<40} without {without:7.3f} s  with {with_:7.3f} s"
                f"  overhead {100 * (with_ / without - 1):+6.1f} %",
                flush=True,
            )


if __name__ == "__main__":
    main()
