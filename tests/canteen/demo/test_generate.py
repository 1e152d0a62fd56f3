"""The generated demo data is complete, consistent and looks like Danish police canteens."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta
from statistics import mean

from sqlalchemy import func, select

from canteen.db.models import (
    AppUser,
    Budget,
    District,
    GoodsReceipt,
    Headcount,
    Ingredient,
    LocalInfo,
    MenuCycle,
    MenuCycleItem,
    MenuItem,
    MenuLine,
    MenuPlan,
    PurchaseOrder,
    Recipe,
    RecipeLine,
    Sale,
    Site,
    StockCount,
)
from canteen.demo import DEMO_KEY
from canteen.demo.seed import FLESH_CATEGORIES
from canteen.domain.allergens import Allergen, AllergenStatus, column_name
from canteen.domain.calendar import is_public_holiday
from canteen.domain.ids import natural_id
from tests.canteen.demo.conftest import TODAY


def _all(db, query):
    with db.reading() as session:
        return session.execute(query).all()


def test_every_police_district_has_a_site(demo):
    rows = _all(
        demo.db,
        select(District.code, District.kind, func.count(Site.id))
        .join(Site, Site.district_id == District.id, isouter=True)
        .group_by(District.id),
    )
    police = [(code, count) for code, kind, count in rows if kind == "police_district"]
    assert len(police) == 12
    assert all(count >= 1 for _, count in police), police
    kinds = Counter(kind for _, kind, _ in rows)
    assert kinds["other"] == 2
    assert kinds["national_unit"] >= 3


def test_summary_counts_match_the_tables(demo):
    with demo.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Site)) == demo.summary.sites == 12
        assert (
            session.scalar(select(func.count()).select_from(Headcount)) == demo.summary.headcounts
        )
        assert session.scalar(select(func.count()).select_from(MenuItem)) == demo.summary.menu_items
    assert demo.summary.ingredients >= 250
    assert demo.summary.recipes >= 60
    assert 5 <= demo.summary.suppliers <= 8


def test_progress_runs_from_zero_to_total(demo):
    done = [d for d, _ in demo.progress]
    total = demo.progress[0][1]
    assert done[0] == 0
    assert done[-1] == total == 12 + 2
    assert done == sorted(done)


def test_recipe_lines_and_menu_items_point_at_existing_rows(demo):
    orphans = _all(
        demo.db,
        select(RecipeLine.id)
        .join(Ingredient, Ingredient.id == RecipeLine.ingredient_id, isouter=True)
        .where(Ingredient.id.is_(None)),
    )
    assert orphans == []
    for model in (MenuItem, MenuCycleItem):
        missing = _all(
            demo.db,
            select(model.id)
            .join(Recipe, Recipe.id == model.recipe_id, isouter=True)
            .where(Recipe.id.is_(None)),
        )
        assert missing == []
    assert demo.summary.recipe_lines > 0
    assert demo.summary.menu_items > 0


def _recipe_ingredients(db) -> dict[str, tuple[str, list[Ingredient]]]:
    with db.reading() as session:
        found: dict[str, tuple[str, list[Ingredient]]] = {}
        query = (
            select(Recipe, Ingredient)
            .join(RecipeLine, RecipeLine.recipe_id == Recipe.id)
            .join(Ingredient, Ingredient.id == RecipeLine.ingredient_id)
        )
        for recipe, ingredient in session.execute(query):
            found.setdefault(recipe.id, (recipe.diet_tags, []))[1].append(ingredient)
        return found


def test_vegetarian_and_vegan_recipes_hold_what_they_promise(demo):
    recipes = _recipe_ingredients(demo.db)
    vegetarian = vegan = 0
    for tags, ingredients in recipes.values():
        tags = set(tags.split(","))
        if "vegetarian" in tags:
            vegetarian += 1
            assert not [i.name for i in ingredients if i.category in FLESH_CATEGORIES]
        if "vegan" in tags:
            vegan += 1
            assert "vegetarian" in tags
            for i in ingredients:
                assert i.allergen_milk != "contains", i.name
                assert i.allergen_eggs != "contains", i.name
                assert i.category not in ("dairy", "egg"), i.name
    assert vegetarian >= 15
    assert vegan >= 8
    # Meat dishes exist too, so the check above is not vacuous.
    assert any(any(i.category in FLESH_CATEGORIES for i in ings) for _, ings in recipes.values())


def test_vegetarian_lines_get_vegetarian_recipes(demo):
    rows = _all(
        demo.db,
        select(MenuLine.vegetarian, Recipe.diet_tags)
        .join(MenuItem, MenuItem.menu_line_id == MenuLine.id)
        .join(Recipe, Recipe.id == MenuItem.recipe_id),
    )
    veg = [tags for vegetarian, tags in rows if vegetarian]
    assert veg
    assert all("vegetarian" in tags.split(",") for tags in veg)


def test_every_ingredient_has_fourteen_valid_allergen_statuses(demo):
    with demo.db.reading() as session:
        ingredients = list(session.scalars(select(Ingredient)))
    valid = {s.value for s in AllergenStatus}
    seen: Counter[str] = Counter()
    for ingredient in ingredients:
        for allergen in Allergen:
            status = getattr(ingredient, column_name(allergen))
            assert status in valid
            seen[status] += 1
    assert seen["unknown"] > 0
    assert seen["may_contain"] > 0
    assert seen["contains"] > 0
    assert seen["free"] > 0.8 * sum(seen.values())
    flour = next(i for i in ingredients if i.name == "Hvedemel")
    assert flour.allergen_gluten == "contains"
    assert flour.allergen_milk == "free"


def test_no_covers_on_public_holidays(demo):
    days = {day for (day,) in _all(demo.db, select(Headcount.day).distinct())}
    first = min(days)
    holidays = [
        first + timedelta(n)
        for n in range((TODAY - first).days)
        if is_public_holiday(first + timedelta(n))
    ]
    assert len(holidays) >= 8  # the year holds Easter, Whitsun and Christmas
    assert not days & set(holidays)


def test_summer_is_quieter_than_spring(demo):
    per_day: Counter[date] = Counter()
    for day, covers in _all(
        demo.db, select(Headcount.day, Headcount.covers).where(Headcount.service == "lunch")
    ):
        if day.weekday() < 4:
            per_day[day] += covers

    def week_mean(weeks):
        return mean(n for day, n in per_day.items() if day.isocalendar().week in weeks)

    summer = week_mean({28, 29, 30})
    spring = week_mean({10, 11, 12, 19, 20, 21, 22})
    assert summer < 0.8 * spring


def test_headcounts_use_natural_ids_and_split_lunch_by_line(demo):
    rows = _all(demo.db, select(Headcount).limit(500))
    for (headcount,) in rows:
        assert headcount.id == natural_id(
            "headcount", headcount.site_id, headcount.day, headcount.service
        )
        assert headcount.source == "demo"
        if headcount.service == "lunch":
            parts = json.loads(headcount.line_portions)
            assert sum(parts.values()) == headcount.covers
            assert "dagens" in parts


def test_orders_received_in_the_past_and_open_ahead(demo):
    rows = _all(
        demo.db,
        select(PurchaseOrder.status, PurchaseOrder.delivery_date, GoodsReceipt.id).join(
            GoodsReceipt, GoodsReceipt.order_id == PurchaseOrder.id, isouter=True
        ),
    )
    for status, delivery, receipt in rows:
        if delivery < TODAY:
            assert status == "received"
            assert receipt is not None
        else:
            assert status in ("draft", "sent", "confirmed")
            assert receipt is None
    statuses = Counter(status for status, _, _ in rows)
    assert statuses["received"] > 0
    assert statuses["draft"] > 0


def test_budgets_follow_the_site_district(demo):
    wrong = _all(
        demo.db,
        select(Budget.id)
        .join(Site, Site.id == Budget.site_id)
        .where(Site.district_id != Budget.district_id),
    )
    assert wrong == []
    assert demo.summary.budgets > 0


def test_users_per_site_district_and_centre(demo):
    roles = Counter(role for (role,) in _all(demo.db, select(AppUser.role)))
    assert roles == {"site": 12, "district": 18, "central": 2}


def test_some_sites_rotate_and_some_recipes_are_site_copies(demo):
    with demo.db.reading() as session:
        cycles = list(session.scalars(select(MenuCycle)))
        copies = list(session.scalars(select(Recipe).where(Recipe.site_id.is_not(None))))
    assert cycles
    assert all(c.weeks == 6 for c in cycles)
    assert copies
    assert all(c.copied_from_id for c in copies)


def test_demo_marker_records_how_it_was_made(demo):
    with demo.db.reading() as session:
        value = session.scalar(select(LocalInfo.value).where(LocalInfo.key == DEMO_KEY))
    info = json.loads(value)
    assert info["seed"] == 11
    assert info["sites"] == 12
    assert info["years"] == 1
    assert info["today"] == TODAY.isoformat()
    assert info["generated_at"]


def test_every_row_with_a_natural_key_has_the_id_its_model_gives(demo):
    keyed = [m for m in (Budget, Headcount, MenuItem, MenuPlan, Sale, StockCount) if m.natural_key]
    assert len(keyed) == 6
    for model in keyed:
        rows = _all(demo.db, select(model).limit(300))
        assert rows, model.__tablename__
        for (row,) in rows:
            values = [getattr(row, column) for column in model.natural_key]
            assert row.id == model.id_for(*values), model.__tablename__
