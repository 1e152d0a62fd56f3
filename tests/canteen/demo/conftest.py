"""One generated demo database shared by the read-only demo tests (generation takes seconds)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from canteen.db.base import Base
from canteen.db.engine import Database
from canteen.demo import DemoSummary, generate

# A fixed "today" so the year of covers holds spring, summer, Easter and Christmas.
TODAY = date(2026, 3, 18)


@dataclass
class DemoRun:
    """The shared demo database and what generating it reported."""

    db: Database
    summary: DemoSummary
    progress: list[tuple[int, int]] = field(default_factory=list)


@pytest.fixture(scope="session")
def demo(tmp_path_factory) -> DemoRun:
    """12 sites (one per police district) and one year of covers up to 17 March 2026."""
    database = Database.sqlite(tmp_path_factory.mktemp("demo") / "demo.db")
    Base.metadata.create_all(database.engine)
    calls: list[tuple[int, int]] = []
    summary = generate(
        database,
        sites=12,
        years=1,
        seed=11,
        today=TODAY,
        progress=lambda d, t: calls.append((d, t)),
    )
    yield DemoRun(database, summary, calls)
    database.dispose()
