"""Four weighed days of a line that keeps leaving food, for the waste suggestion's tests."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, update

from canteen.db.models import MenuLine, Recipe, WasteRecord
from canteen.services import menus
from tests.canteen.costs.ledger import sale

# Week 47 of 2026, the week before the planner tests' week 48.
PAST = [date(2026, 11, 16) + timedelta(days=n) for n in range(4)]


def leaving_food(db, site: str, recipe: str, waste_g=(3000, 2400, 3000, 1500)) -> None:
    """120 meatball portions (150 g) planned each day; 100 covers sold; `waste_g` left."""
    with db.unit_of_work() as session:
        session.execute(update(Recipe).where(Recipe.id == recipe).values(portion_size_g=150))
        line = session.scalar(
            select(MenuLine.id).where(MenuLine.site_id == site, MenuLine.code == "dish")
        )
    for day, grams in zip(PAST, waste_g, strict=True):
        menus.set_cell(db, site, menus.day_key(day, "dish"), recipe, portions=120)
        sale(db, site, day, 100, 400_000)
        with db.unit_of_work() as session:
            session.add(
                WasteRecord(
                    site_id=site, day=day, kind="production", weight_g=grams, menu_line_id=line
                )
            )
            # Plate waste is the guests', not the kitchen's over-production: never counted.
            session.add(WasteRecord(site_id=site, day=day, kind="plate", weight_g=9_000))
