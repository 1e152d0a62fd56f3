"""What every part of the generator shares: seeded ids, the period, the bulk writer, cancelling."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from canteen.errors import Cancelled, CanteenError

# Menu plans reach this far back and ahead of the current week; orders this far ahead.
PLAN_WEEKS_BACK = 52
PLAN_WEEKS_AHEAD = 6
ORDER_WEEKS_AHEAD = 2


class DemoCancelled(Cancelled):
    """The caller cancelled demo generation; nothing was written."""


class DatabaseNotEmpty(CanteenError):
    """Demo data goes only into an empty database."""

    code = "database_not_empty"


class IdMaker:
    """Reproducible UUIDv7-shaped ids: time-ordered like `new_id()`, random bits from the seed."""

    def __init__(self, seed: int, epoch: datetime) -> None:
        self._rng = random.Random(f"{seed}:ids")
        self._millis = int(epoch.timestamp() * 1000)

    def __call__(self) -> str:
        """The next id."""
        self._millis += 1
        rand = self._rng.getrandbits(74)
        value = (self._millis & 0xFFFF_FFFF_FFFF) << 80
        value |= 0x7 << 76
        value |= (rand >> 62) << 64
        value |= 0b10 << 62
        value |= rand & 0x3FFF_FFFF_FFFF_FFFF
        text = f"{value:032x}"
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


class Writer:
    """Core bulk inserts into one session, counting rows per table."""

    def __init__(self, session: Session, stamp: datetime) -> None:
        self.session = session
        self.stamp = stamp
        self.counts: Counter[str] = Counter()

    def add(self, model, rows: list[dict]) -> None:
        """Insert `rows` into `model`'s table in one executemany."""
        if not rows:
            return
        table = model.__table__
        if "updated_at" in table.c:
            # Stamped explicitly: a column default would read the clock and break reproducibility.
            for row in rows:
                row["updated_at"] = self.stamp
        self.session.execute(insert(table), rows)
        self.counts[table.name] += len(rows)


@dataclass
class Context:
    """The generation run: seed, dates, ids, writer and the cancel check."""

    seed: int
    today: date
    first_day: date
    stamp: datetime
    ids: IdMaker
    out: Writer
    should_cancel: Callable[[], bool] | None = None

    @property
    def yesterday(self) -> date:
        """The last day with covers."""
        return self.today - timedelta(days=1)

    def rng(self, *parts: object) -> random.Random:
        """A random stream of its own for one part of the data (a site, the catalogue...)."""
        return random.Random(":".join([str(self.seed), *(str(p) for p in parts)]))

    def check(self) -> None:
        """Raise DemoCancelled when the caller asked to stop."""
        if self.should_cancel is not None and self.should_cancel():
            raise DemoCancelled("demo generation cancelled")


def first_day_of(today: date, years: int) -> date:
    """The first day with covers: the same date `years` years before `today`."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def stamp_of(today: date) -> datetime:
    """The fixed instant written as every row's updated_at."""
    return datetime.combine(today, time(5, 0), tzinfo=UTC)
