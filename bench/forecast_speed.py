"""Forecast speed: one site's 8-week forecast, and a 4-year weekly backtest of one site.

Uses sites of the Nantes data (`../shared/data/forecast/`, or --data) and a temporary SQLite
database with four years of generated lunch covers for the service-level figure.

    python bench/forecast_speed.py [--data FILE] [--sites AGENETS,LINOT,MOLIERE]

Targets (issue 4): 8-week forecast of one site ≤ 200 ms; 4-year weekly backtest of one site
≤ 10 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from canteen.forecast.backtest import run_backtest
from canteen.forecast.calendars import CountryCalendar
from canteen.forecast.engine import forecast_series
from canteen.services.forecasting.history_files import load_history

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "forecast"
REPEATS = 3


def main() -> int:
    """Print the speed figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA / "nantes_canteens_dev.csv.gz")
    parser.add_argument("--sites", default="AGENETS,LINOT,MOLIERE")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    history = {s.key: s for s in load_history(args.data, "date", "served", "site").series}
    sites = [history[name] for name in args.sites.split(",")]
    calendar = CountryCalendar("FR")
    origin = date(2018, 11, 4).toordinal()

    print("8-week forecast of one site (origin 2018-11-04, horizon 56 days, 4+ years of history)")
    for series in sites:
        full, final = [], []
        for _ in range(REPEATS):
            started = time.perf_counter()
            found = forecast_series(series, calendar, origin, 56)
            middle = time.perf_counter()
            found.engine.final(origin, series.key)
            final.append((time.perf_counter() - middle) * 1000)
            full.append((middle - started) * 1000)
        print(
            f"  {series.key:<12} chosen {found.final.chosen:<8} "
            f"forecast with the chosen model {statistics.median(final):6.0f} ms; "
            f"with the 26-week backtest that chooses it {statistics.median(full):6.0f} ms"
        )
    print(f"  service (SQLite, 4 years of lunch, 8 weeks, stored): {_service_ms():.0f} ms")

    print("4-year weekly backtest of one site (origins 2015-01-04 to 2018-12-16, horizon 14)")
    for series in sites:
        started = time.perf_counter()
        result = run_backtest([series], country="FR", horizon=14, start=date(2015, 1, 1))
        seconds = time.perf_counter() - started
        print(f"  {series.key:<12} {result.origins} origins in {seconds:5.1f} s")
    return 0


def _service_ms() -> float:
    """forecast_site end to end on a temporary database (read, choose, forecast, store)."""
    from canteen.db.base import Base
    from canteen.db.engine import Database
    from canteen.db.models import District, Headcount, Site
    from canteen.services.forecasting.site import forecast_site

    with tempfile.TemporaryDirectory() as folder:
        db = Database.sqlite(Path(folder) / "bench.db")
        Base.metadata.create_all(db.engine)
        rng = np.random.default_rng(0)
        with db.unit_of_work() as session:
            district = District(code="D", name="Kreds")
            session.add(district)
            session.flush()
            site = Site(
                district_id=district.id,
                code="S",
                name="Station",
                town="By",
                cost_centre="1",
                services="lunch",
            )
            session.add(site)
            session.flush()
            day = date(2021, 1, 4)
            profile = (1.0, 1.1, 1.1, 1.05, 0.7)
            while day < date(2025, 1, 1):
                if day.weekday() < 5:
                    covers = 200 * profile[day.weekday()] * (1 + rng.normal(0, 0.05))
                    session.add(Headcount(site_id=site.id, day=day, covers=int(covers)))
                day += timedelta(days=1)
        times = []
        for _ in range(REPEATS):
            started = time.perf_counter()
            forecast_site(db, site.id, weeks=8, today=date(2024, 12, 31))
            times.append((time.perf_counter() - started) * 1000)
        db.dispose()
    return statistics.median(times)


if __name__ == "__main__":
    sys.exit(main())
