"""The natural-id rule is declared once per model, matches its UNIQUE key, and every writer uses it."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy import UniqueConstraint, select

from canteen.db.base import Base, Synced
from canteen.db.models import Forecast, ForecastOverride, Headcount, MenuItem
from canteen.domain.ids import natural_id
from canteen.services.covers import set_override
from canteen.services.forecasting.stored import store_rows
from tests.factories import make_site

DAY = date(2026, 3, 2)


def keyed_models() -> list[type[Synced]]:
    return [
        mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced) and mapper.class_.natural_key
    ]


def test_the_natural_key_is_the_unique_key_the_database_holds():
    names = {m.__tablename__ for m in keyed_models()}
    assert names == {
        "budget",
        "forecast",
        "forecast_override",
        "headcount",
        "menu_item",
        "menu_plan",
        "sale",
        "sale_adjustment",
        "stock_count",
    }
    for model in keyed_models():
        uniques = [
            set(c.columns.keys())
            for c in model.__table__.constraints
            if isinstance(c, UniqueConstraint)
        ]
        key = set(model.natural_key)
        # A menu item's plan follows from its site and day: the database keys it by plan.
        if model is MenuItem:
            key = key - {"site_id"} | {"menu_plan_id"}
        assert key in uniques, model.__tablename__
        assert set(model.natural_key) <= set(model.__table__.c.keys())


def test_the_id_is_the_tables_uuid5_of_the_key_values_in_order():
    assert Headcount.id_for("s", DAY, "lunch") == natural_id("headcount", "s", DAY, "lunch")
    with pytest.raises(TypeError, match="takes"):
        Headcount.id_for("s", DAY)


def test_forecasts_and_overrides_get_their_natural_ids(db):
    site = make_site(db)
    row = SimpleNamespace(
        day=DAY, service="lunch", covers=120.0, low=100.0, high=140.0, model="m", effects=()
    )
    store_rows(db, site, date(2026, 2, 23), [row])
    set_override(db, site, DAY, "lunch", 90)
    with db.reading() as session:
        forecast = session.scalars(select(Forecast)).one()
        override = session.scalars(select(ForecastOverride)).one()
    assert forecast.id == Forecast.id_for(site, DAY, "lunch", date(2026, 2, 23))
    assert override.id == ForecastOverride.id_for(site, DAY, "lunch")
