"""Menu benchmarks: week planner load and week switch, figures for all recipes, the weekly menu PDF.

Usage: python bench/menu_bench.py [--database PATH] [--repeat 25]
With a database made by `canteen demo --sites 250 --years 3` it measures that file. Without one
it fills /tmp/menu-bench.db once with the same scale: 250 sites, 3 years of weekly plans with
5 lunch lines (about a million planned dishes), 500 central recipes and 5 own per site.
Prints medians; targets: week load/switch <= 50 ms, all figures <= 200 ms, menu PDF <= 300 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, insert, select

from canteen.db.base import Base
from canteen.db.engine import Database
from canteen.db.models import (
    District,
    Ingredient,
    MenuItem,
    MenuLine,
    MenuPlan,
    ProductPrice,
    Recipe,
    RecipeLine,
    Site,
    Supplier,
    SupplierProduct,
)
from canteen.domain.allergens import Allergen
from canteen.domain.ids import new_id
from canteen.domain.weeks import IsoWeek
from canteen.reports.labels import labels_for
from canteen.reports.weekly_menu import build_weekly_menu
from canteen.services.menus import load_week, weekly_menu
from canteen.services.menus.lines import DEFAULT_LINES
from canteen.services.recipes import portion_figures_all

DEFAULT_PATH = Path("/tmp/menu-bench.db")
FIRST_WEEK = IsoWeek(2024, 1)
WORDS = (
    "Stegt flæsk",
    "Frikadeller",
    "Boller i karry",
    "Kyllingelår",
    "Torsk",
    "Laks",
    "Lasagne",
    "Grøntsagstærte",
    "Linsefrikadeller",
    "Risotto",
    "Suppe",
    "Salat",
    "Gryde",
    "Tærte",
)
EXTRAS = ("med kartofler", "med ris", "med persillesovs", "og rodfrugter", "med rødkål", "")


def _now() -> datetime:
    return datetime.now(UTC)


def build(path: Path, sites: int = 250, weeks: int = 156, seed: int = 7) -> None:
    """Fill a new database at `path` at the given scale (plain inserts, minutes at most)."""
    rng = random.Random(seed)
    db = Database.sqlite(path)
    Base.metadata.create_all(db.engine)
    stamp = {"updated_at": _now()}
    with db.engine.begin() as conn:
        districts = [
            {"id": new_id(), "code": f"K{i}", "name": f"Kreds {i}", **stamp} for i in range(12)
        ]
        conn.execute(insert(District), districts)
        site_rows = [
            {
                "id": new_id(),
                "district_id": districts[i % 12]["id"],
                "code": f"S{i:03d}",
                "name": f"Station {i}",
                "town": "By",
                "cost_centre": f"CC{i}",
                "usual_covers": rng.randint(40, 400),
                **stamp,
            }
            for i in range(sites)
        ]
        conn.execute(insert(Site), site_rows)
        supplier = {"id": new_id(), "name": "Grossist", "cvr": "12345678", **stamp}
        conn.execute(insert(Supplier), [supplier])
        ingredients, products, prices = [], [], []
        for n in range(800):
            unit = rng.choice(("g", "g", "g", "ml", "pcs"))
            row = {
                "id": new_id(),
                "name": f"Råvare {n}",
                "base_unit": unit,
                "piece_weight_g": 80.0 if unit == "pcs" else None,
                "density_g_per_ml": 1.0 if unit == "ml" else None,
                "co2e_per_kg": rng.uniform(0.2, 30),
                "energy_kj_100g": rng.uniform(50, 2000),
                "protein_g_100g": 5.0,
                "fat_g_100g": 5.0,
                "carbs_g_100g": 10.0,
                **stamp,
            }
            for allergen in Allergen:
                row[f"allergen_{allergen.value}"] = rng.choices(
                    ("free", "contains", "may_contain", "unknown"), (90, 5, 3, 2)
                )[0]
            ingredients.append(row)
            for k in range(rng.randint(1, 2)):
                product = {
                    "id": new_id(),
                    "supplier_id": supplier["id"],
                    "ingredient_id": row["id"],
                    "item_number": f"{n}-{k}",
                    "description": row["name"],
                    "pack_size": 1000.0 if unit != "pcs" else 30.0,
                    "organic": rng.random() < 0.3,
                    **stamp,
                }
                products.append(product)
                for year in (2024, 2025, 2026):
                    prices.append(
                        {
                            "id": new_id(),
                            "product_id": product["id"],
                            "price_ore": rng.randint(500, 20000),
                            "valid_from": date(year, 1, 1),
                            **stamp,
                        }
                    )
        conn.execute(insert(Ingredient), ingredients)
        conn.execute(insert(SupplierProduct), products)
        conn.execute(insert(ProductPrice), prices)
        recipes, lines = [], []

        def add_recipe(site_id, n):
            recipe = {
                "id": new_id(),
                "site_id": site_id,
                "yield_portions": 10,
                "name": f"{rng.choice(WORDS)} {rng.choice(EXTRAS)} {n}".replace("  ", " "),
                "name_en": f"Dish {n}",
                "diet_tags": "vegetarian" if n % 4 == 0 else "",
                **stamp,
            }
            recipes.append(recipe)
            for position, ing in enumerate(rng.sample(ingredients, rng.randint(6, 12))):
                unit = {"g": "g", "ml": "dl", "pcs": "pcs"}[ing["base_unit"]]
                lines.append(
                    {
                        "id": new_id(),
                        "site_id": site_id,
                        "recipe_id": recipe["id"],
                        "ingredient_id": ing["id"],
                        "position": position,
                        "quantity": float(rng.randint(1, 20)) * (50 if unit == "g" else 1),
                        "unit": unit,
                        **stamp,
                    }
                )
            return recipe["id"]

        central = [add_recipe(None, n) for n in range(500)]
        own = {s["id"]: [add_recipe(s["id"], 1000 + n) for n in range(5)] for s in site_rows}
        conn.execute(insert(Recipe), recipes)
        conn.execute(insert(RecipeLine), lines)
        menu_lines = [
            {
                "id": new_id(),
                "site_id": s["id"],
                "code": code,
                "name": name,
                "name_en": en,
                "position": position,
                "vegetarian": veg,
                **stamp,
            }
            for s in site_rows
            for position, (code, name, en, veg) in enumerate(DEFAULT_LINES)
        ]
        conn.execute(insert(MenuLine), menu_lines)
        line_ids = {(x["site_id"], x["code"]): x["id"] for x in menu_lines}
        for s in site_rows:
            plans, items = [], []
            for w in range(weeks):
                week = FIRST_WEEK.shifted(w)
                plan_id = MenuPlan.id_for(s["id"], week.year, week.week)
                plans.append(
                    {
                        "id": plan_id,
                        "site_id": s["id"],
                        "iso_year": week.year,
                        "iso_week": week.week,
                        **stamp,
                    }
                )
                for day in week.days(5):
                    for code, *_ in DEFAULT_LINES:
                        line_id = line_ids[(s["id"], code)]
                        items.append(
                            {
                                "id": MenuItem.id_for(s["id"], day, "lunch", line_id, 0),
                                "site_id": s["id"],
                                "menu_plan_id": plan_id,
                                "day": day,
                                "service": "lunch",
                                "menu_line_id": line_id,
                                "position": 0,
                                "recipe_id": rng.choice(central + own[s["id"]]),
                                "planned_portions": s["usual_covers"] // 5,
                                **stamp,
                            }
                        )
            conn.execute(insert(MenuPlan), plans)
            conn.execute(insert(MenuItem), items)
    db.dispose()


def median_ms(action, repeat: int) -> tuple[float, float]:
    """(median, max) wall time of `action()` in milliseconds over `repeat` runs after one warm-up."""
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    """Build (when needed) and measure; prints one line per figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=25)
    args = parser.parse_args()
    path = args.database or DEFAULT_PATH
    if not path.exists():
        print(f"building {path} (250 sites, 3 years) ...", flush=True)
        start = time.perf_counter()
        build(path)
        print(f"built in {time.perf_counter() - start:.0f} s", flush=True)
    db = Database.sqlite(path)
    with db.reading() as session:
        site_id, latest = session.execute(
            select(MenuItem.site_id, func.max(MenuItem.day)).group_by(MenuItem.site_id).limit(1)
        ).one()
        items = session.scalar(select(func.count()).select_from(MenuItem))
        recipes = session.scalar(select(func.count()).select_from(Recipe))
    week = IsoWeek.containing(latest)
    print(
        f"database {path}: {path.stat().st_size / 1e6:.0f} MB, {items} menu items, {recipes} recipes"
    )

    weeks = iter(week.shifted(-n) for n in range(10_000))
    load, load_max = median_ms(lambda: load_week(db, site_id, week), args.repeat)
    switch, switch_max = median_ms(lambda: load_week(db, site_id, next(weeks)), args.repeat)
    figures = portion_figures_all(db, site_id, latest)
    every, every_max = median_ms(lambda: portion_figures_all(db, site_id, latest), args.repeat)
    menu, _ = weekly_menu(db, site_id, week)
    pdf, pdf_max = median_ms(lambda: build_weekly_menu(menu, labels_for("both")), args.repeat)
    whole, whole_max = median_ms(
        lambda: build_weekly_menu(weekly_menu(db, site_id, week)[0], labels_for("da")), args.repeat
    )
    print(f"week planner load        median {load:7.1f} ms  max {load_max:7.1f}  (target <= 50)")
    print(
        f"week switch              median {switch:7.1f} ms  max {switch_max:7.1f}  (target <= 50)"
    )
    print(
        f"figures, {len(figures)} recipes median {every:7.1f} ms  max {every_max:7.1f}  (target <= 200)"
    )
    print(f"weekly menu PDF (both)   median {pdf:7.1f} ms  max {pdf_max:7.1f}  (target <= 300)")
    print(f"menu PDF from database   median {whole:7.1f} ms  max {whole_max:7.1f}")
    db.dispose()


if __name__ == "__main__":
    main()
