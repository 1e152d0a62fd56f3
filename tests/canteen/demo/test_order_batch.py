"""The batch order suggestion gives every site exactly what the one-site suggestion gives."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest

from canteen.db.engine import Database
from canteen.domain.weeks import IsoWeek
from canteen.errors import NotFoundError
from canteen.services.forecasting.site import ForecastRow
from canteen.services.forecasting.stored import store_rows
from canteen.services.ordering import save_suggestion, suggest_order
from canteen.services.ordering.batch import suggest_orders
from canteen.services.sites import list_sites

WEEK = IsoWeek(2026, 13)  # the week after the demo's "today" (18 March 2026)
NOW = datetime(2026, 3, 18, 9)


def _same(one, other) -> None:
    # repr, not ==: flags compare without their data, and the data must match too.
    assert repr(one) == repr(other)


@pytest.mark.parametrize(("level", "organic"), [(0.8, False), (None, True)])
def test_every_site_gets_the_one_site_suggestion(demo, level, organic):
    ids = [s.id for s in list_sites(demo.db)]
    many = suggest_orders(demo.db, ids, WEEK, now=NOW, service_level=level, prefer_organic=organic)
    assert list(many) == ids
    for site_id in ids:
        one = suggest_order(
            demo.db, site_id, WEEK, now=NOW, service_level=level, prefer_organic=organic
        )
        _same(one, many[site_id])
    # The comparison means something only when the demo week orders a good deal.
    assert sum(len(o.lines) for s in many.values() for o in s.orders) >= 3 * len(ids)
    assert all(s.covered for s in many.values())


@pytest.fixture
def own_copy(demo, tmp_path):
    """A copy of the shared demo file to write drafts into (the shared one stays read-only)."""
    target = tmp_path / "copy.db"
    with demo.db.engine.connect() as connection:
        source = connection.connection.driver_connection
        with sqlite3.connect(target) as copy:
            source.backup(copy)
    db = Database.sqlite(target)
    yield db
    db.dispose()


def test_forecasts_levels_open_orders_and_an_empty_week_agree_too(own_copy):
    db = own_copy
    ids = [s.id for s in list_sites(db)][:3]
    # Stored forecasts for the week (two runs: the later one wins) with an upper bound to raise to.
    for index, site_id in enumerate(ids):
        for made_on, extra in ((date(2026, 3, 10), 50), (date(2026, 3, 17), 0)):
            rows = [
                ForecastRow(WEEK.monday() + timedelta(days=d), "lunch", 80 + extra, 60, 110, "t")
                for d in range(index, 5)
            ]
            store_rows(db, site_id, made_on, rows)
    raised = suggest_orders(db, ids, WEEK, now=NOW, service_level=0.95)
    plain = suggest_orders(db, ids, WEEK, now=NOW)
    for site_id in ids:
        _same(suggest_order(db, site_id, WEEK, now=NOW, service_level=0.95), raised[site_id])
        _same(suggest_order(db, site_id, WEEK, now=NOW), plain[site_id])
    assert repr(raised) != repr(plain)  # the level did raise portions somewhere
    # A saved draft for the first site is "on order" for the next suggestion of the same week.
    assert save_suggestion(db, raised[ids[0]], today=NOW.date())
    again = suggest_orders(db, ids, WEEK, now=NOW, service_level=0.95)
    for site_id in ids:
        _same(suggest_order(db, site_id, WEEK, now=NOW, service_level=0.95), again[site_id])
    assert not again[ids[0]].orders  # the draft covers the week
    assert again[ids[0]].covered
    far = IsoWeek(2027, 30)  # nothing planned: no orders and the no_menu flag, in both
    empty = suggest_orders(db, ids[:2], far, now=NOW)
    for site_id in ids[:2]:
        _same(suggest_order(db, site_id, far, now=NOW), empty[site_id])
        assert not empty[site_id].orders
        assert "no_menu" in [f.code for f in empty[site_id].flags]


def test_an_unknown_site_is_not_found(demo):
    ids = [s.id for s in list_sites(demo.db)]
    with pytest.raises(NotFoundError):
        suggest_orders(demo.db, [ids[0], "nowhere"], WEEK, now=NOW)
