"""Small builders of valid rows for tests; each returns the new row's id."""

from __future__ import annotations

from datetime import date
from itertools import count

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import (
    AppUser,
    District,
    Headcount,
    Ingredient,
    LocalInfo,
    MenuItem,
    MenuLine,
    MenuPlan,
    ProductPrice,
    Recipe,
    RecipeLine,
    Site,
    SiteEvent,
    Supplier,
    SupplierProduct,
)

_serial = count(1)


def _n() -> int:
    return next(_serial)


def make_district(db: Database, **values) -> str:
    """A police district."""
    n = _n()
    fields = {"code": f"D{n}", "name": f"Testkreds {n}"}
    fields.update(values)
    row = District(**fields)
    with db.unit_of_work() as session:
        session.add(row)
    return row.id


def make_site(db: Database, district_id: str | None = None, **values) -> str:
    """A site with lunch service (a district is made when none is given)."""
    n = _n()
    district_id = district_id or make_district(db)
    fields = {"code": f"S{n}", "name": f"Station {n}", "town": "Aarhus", "cost_centre": f"CC{n}"}
    fields.update(values)
    row = Site(district_id=district_id, **fields)
    with db.unit_of_work() as session:
        session.add(row)
    return row.id


def make_supplier(db: Database, **values) -> str:
    """A wholesaler delivering Monday to Friday."""
    n = _n()
    fields = {"name": f"Grossist {n}", "cvr": f"{10000000 + n}"}
    fields.update(values)
    row = Supplier(**fields)
    with db.unit_of_work() as session:
        session.add(row)
    return row.id


def make_ingredient(db: Database, **values) -> str:
    """An ingredient in grams with every allergen unknown unless given."""
    n = _n()
    fields = {"name": f"Råvare {n}", "base_unit": "g"}
    fields.update(values)
    row = Ingredient(**fields)
    with db.unit_of_work() as session:
        session.add(row)
    return row.id


def make_product(
    db: Database,
    ingredient_id: str,
    supplier_id: str | None = None,
    *,
    pack_size: float = 1000,
    price_ore: int = 1000,
    valid_from: date = date(2020, 1, 1),
    **values,
) -> str:
    """A supplier product of an ingredient with one price valid from `valid_from`."""
    n = _n()
    supplier_id = supplier_id or make_supplier(db)
    product = SupplierProduct(
        supplier_id=supplier_id,
        ingredient_id=ingredient_id,
        item_number=f"V{n}",
        description=f"Vare {n}",
        pack_size=pack_size,
        **values,
    )
    with db.unit_of_work() as session:
        session.add(product)
        session.flush()
        session.add(ProductPrice(product_id=product.id, price_ore=price_ore, valid_from=valid_from))
    return product.id


def make_recipe(
    db: Database,
    lines: list[tuple[str, float, str]] = (),
    *,
    site_id: str | None = None,
    **values,
) -> str:
    """A recipe with (ingredient_id, quantity, unit) lines; central unless `site_id` is given."""
    n = _n()
    fields = {"name": f"Ret {n}", "yield_portions": 10}
    fields.update(values)
    recipe = Recipe(site_id=site_id, **fields)
    with db.unit_of_work() as session:
        session.add(recipe)
        session.flush()
        for position, (ingredient_id, quantity, unit) in enumerate(lines):
            session.add(
                RecipeLine(
                    recipe_id=recipe.id,
                    site_id=site_id,
                    ingredient_id=ingredient_id,
                    quantity=quantity,
                    unit=unit,
                    position=position,
                )
            )
    return recipe.id


def make_user(db: Database, role: str = "central", **values) -> str:
    """An app user; give `site_id` for a site user, `district_id` for a district user."""
    n = _n()
    fields = {"username": f"bruger{n}", "display_name": f"Bruger {n}"}
    fields.update(values)
    row = AppUser(role=role, **fields)
    with db.unit_of_work() as session:
        session.add(row)
    return row.id


def make_headcount(
    db: Database, site_id: str, day: date, covers: int, service: str = "lunch"
) -> str:
    """Covers served at a site on a day and service (the id derives from that key)."""
    row = Headcount(
        id=Headcount.id_for(site_id, day, service),
        site_id=site_id,
        day=day,
        service=service,
        covers=covers,
    )
    with db.unit_of_work() as session:
        session.add(row)
    return row.id


def make_event(db: Database, site_id: str, start: date, end: date | None = None, **values) -> str:
    """A site event (a course unless `kind` says otherwise)."""
    fields = {"kind": "course", "effect_pct": 20.0, "description": "Kursus"}
    fields.update(values)
    row = SiteEvent(site_id=site_id, start_date=start, end_date=end or start, **fields)
    with db.unit_of_work() as session:
        session.add(row)
    return row.id


def make_menu_plan(
    db: Database, site_id: str, year: int, week: int, items: list[tuple[date, str]] = ()
) -> str:
    """A draft menu plan with (day, recipe_id) items on the dish-of-the-day line."""
    plan = MenuPlan(site_id=site_id, iso_year=year, iso_week=week)
    with db.unit_of_work() as session:
        session.add(plan)
        line_id = session.scalar(
            select(MenuLine.id).where(MenuLine.site_id == site_id, MenuLine.code == "dish")
        )
        if line_id is None:
            line = MenuLine(site_id=site_id, code="dish", name="Dagens ret")
            session.add(line)
            session.flush()
            line_id = line.id
        session.flush()
        for position, (day, recipe_id) in enumerate(items):
            session.add(
                MenuItem(
                    site_id=site_id,
                    menu_plan_id=plan.id,
                    day=day,
                    menu_line_id=line_id,
                    position=position,
                    recipe_id=recipe_id,
                )
            )
    return plan.id


def mark_demo(db: Database) -> None:
    """Label the database as holding generated demo data (as the demo generator does)."""
    with db.unit_of_work() as session:
        session.add(LocalInfo(key="demo_data", value="test"))
