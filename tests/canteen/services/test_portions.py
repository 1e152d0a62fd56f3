"""Planned portions: one rule for how many portions of a menu line a day gets."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from canteen.db.models import Forecast, Headcount
from canteen.domain.ids import natural_id
from canteen.services import menus
from canteen.services.covers import set_override
from canteen.services.portions import (
    CLOSED,
    FORECAST,
    NONE,
    OVERRIDE,
    USUAL,
    planned_portions,
    shares_from,
)
from tests.factories import make_event, make_headcount, make_recipe, make_site

MONDAY = date(2026, 11, 23)


def test_shares_skip_unreadable_days_and_give_unrecorded_lines_an_equal_share():
    records = [
        (100, json.dumps({"dish": 60, "veg": 30})),
        (100, json.dumps({"dish": 70, "veg": 20, "old": 5})),
        (500, "not json"),
        (500, json.dumps([1, 2])),
    ]
    shares = shares_from(records, ["dish", "veg", "soup"])
    assert shares == pytest.approx({"dish": 0.65, "veg": 0.25, "soup": 1 / 3})
    assert shares_from([], ["dish", "veg"]) == {"dish": 0.5, "veg": 0.5}
    assert shares_from(records, []) == {}


@pytest.fixture
def site(db):
    """Usual 100 covers, the default lunch lines, and eight weeks of portions for dish and veg."""
    site_id = make_site(db, usual_covers=100)
    menus.ensure_default_lines(db, site_id)
    day = MONDAY - timedelta(weeks=8)
    while day < MONDAY:
        if day.weekday() < 5:
            make_headcount(db, site_id, day, 200)
            with db.unit_of_work() as session:
                row = session.get(Headcount, natural_id("headcount", site_id, day, "lunch"))
                row.line_portions = json.dumps({"dish": 140, "veg": 50})
        day += timedelta(days=1)
    return site_id


def test_override_then_closed_then_forecast_then_usual_then_none(db, site):
    tuesday, wednesday, thursday, saturday = (MONDAY + timedelta(days=n) for n in (1, 2, 3, 5))
    with db.unit_of_work() as session:
        for day, made_on, covers in (
            (MONDAY, date(2026, 11, 15), 300.0),
            (MONDAY, date(2026, 11, 20), 250.0),
        ):
            session.add(
                Forecast(
                    site_id=site,
                    day=day,
                    made_on=made_on,
                    covers=covers,
                    low=covers - 30,
                    high=covers + 30,
                    model="profile",
                )
            )
    set_override(db, site, tuesday, "lunch", 90, "besøg")
    make_event(db, site, wednesday, kind="closed", effect_pct=None, description="Flytning")
    rows = planned_portions(db, site, MONDAY, MONDAY + timedelta(days=6), lines=["dish", "veg"])
    got = {(r.day, r.line): r for r in rows}
    assert len(rows) == 14
    monday_dish = got[(MONDAY, "dish")]
    assert (monday_dish.source, monday_dish.covers, monday_dish.share) == (FORECAST, 250, 0.7)
    assert monday_dish.portions == 175  # the latest forecast, 250 × 0.7
    assert monday_dish.high == 196  # 280 × 0.7, for planning to a service level
    assert got[(MONDAY, "veg")].portions == 63  # 250 × 0.25 = 62.5, rounded up
    assert (got[(tuesday, "dish")].source, got[(tuesday, "dish")].portions) == (OVERRIDE, 63)
    assert got[(tuesday, "dish")].high is None
    closed = got[(wednesday, "veg")]
    assert (closed.source, closed.portions, closed.closed_reason) == (CLOSED, 0, "Flytning")
    assert (got[(thursday, "dish")].source, got[(thursday, "dish")].portions) == (USUAL, 70)
    assert (got[(saturday, "dish")].source, got[(saturday, "dish")].portions) == (NONE, 0)


def test_lines_without_recorded_portions_get_an_equal_share(db, site):
    rows = planned_portions(db, site, MONDAY, MONDAY)
    shares = {r.line: r.share for r in rows}
    assert set(shares) == {"dish", "veg", "soup", "salad", "dessert"}
    assert shares["soup"] == pytest.approx(1 / 5)
    assert shares["dish"] == pytest.approx(0.7)


def test_the_planner_plans_what_the_portions_service_says(db, site):
    recipe = make_recipe(db, [], name="Boller i karry")
    thursday = MONDAY + timedelta(days=3)
    (expected,) = planned_portions(db, site, thursday, thursday, lines=["veg"])
    edit = menus.set_cell(db, site, menus.CellKey(thursday, "lunch", "veg", 0), recipe)
    assert edit.redo[0].value.planned_portions == expected.portions == 25
    assert edit.portions_source == expected.source == USUAL
