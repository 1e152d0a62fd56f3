"""`import-master --remove-missing` on real PostgreSQL: rows missing from a master file become
tombstones with a new version, unless live rows still use them; a site PC pulls the result."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import create_engine, text

from canteen.cli import main
from canteen.db.lifecycle import open_database
from canteen.db.models import Budget
from canteen.domain.ids import new_id
from canteen.sync.client import SyncClient
from canteen.sync.server import central as central_writes
from canteen.sync.server import master_import
from canteen.sync.server.app import create_app
from canteen.sync.server.setup import init_database, server_engine
from tests.canteen.sync.conftest import code_for, serving

pytestmark = pytest.mark.postgres

TODAY = "2027-03-10"
DISTRICT, SITE = new_id(), new_id()
S1, S2 = new_id(), new_id()
CARROT, ONION, PARSLEY, SALT, THYME = (new_id() for _ in range(5))


@pytest.fixture(scope="module")
def template(postgres_url):
    """An initialised central database to copy per test (CREATE DATABASE … TEMPLATE is fast)."""
    name = f"mi_tpl_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine = server_engine(postgres_url.replace("/postgres?", f"/{name}?"))
    init_database(engine)
    with engine.begin() as connection:
        seed(connection)
    engine.dispose()
    yield admin, name
    admin.dispose()


@pytest.fixture
def central(template, postgres_url):
    """(url, engine) of a fresh copy of the seeded central database."""
    admin, name = template
    copy = f"mi_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{copy}" TEMPLATE "{name}"'))
    url = postgres_url.replace("/postgres?", f"/{copy}?")
    engine = server_engine(url)
    yield url, engine
    engine.dispose()


def seed(connection):
    """Two suppliers, five ingredients, products on an open and on a received order, a site
    recipe using salt, shared recipes on a future and on a past menu, and budgets."""

    def put(table, **values):
        values.setdefault("id", new_id())
        central_writes.write(connection, table, values)
        return values["id"]

    put("district", id=DISTRICT, code="D1", name="Kreds")
    put("site", id=SITE, district_id=DISTRICT, code="A", name="Nord", town="By", cost_centre="1")
    put("supplier", id=S1, name="Grønt Engros", cvr="11111111")
    put("supplier", id=S2, name="Urtehuset", cvr="22222222")
    for row_id, name in (
        (CARROT, "Gulerod"),
        (ONION, "Løg"),
        (PARSLEY, "Persille"),
        (SALT, "Salt"),
        (THYME, "Timian"),
    ):
        put("ingredient", id=row_id, name=name, base_unit="g")
    product = {"description": "x", "pack_size": 1000}
    open_one = put(
        "supplier_product", supplier_id=S1, ingredient_id=CARROT, item_number="G-1", **product
    )
    old_one = put(
        "supplier_product", supplier_id=S1, ingredient_id=ONION, item_number="G-2", **product
    )
    put("supplier_product", supplier_id=S2, ingredient_id=PARSLEY, item_number="P-1", **product)
    put("product_price", product_id=old_one, price_ore=1000, valid_from=date(2026, 1, 1))
    for status, product_id, number in (("sent", open_one, "1"), ("received", old_one, "2")):
        order = put(
            "purchase_order",
            site_id=SITE,
            supplier_id=S1,
            order_number=number,
            order_date=date(2027, 3, 1),
            delivery_date=date(2027, 3, 2),
            status=status,
        )
        put(
            "purchase_order_line",
            site_id=SITE,
            order_id=order,
            product_id=product_id,
            packs=1,
            pack_price_ore=1000,
        )
    site_recipe = put("recipe", site_id=SITE, name="Kantinens salt")
    put(
        "recipe_line", site_id=SITE, recipe_id=site_recipe, ingredient_id=SALT, quantity=5, unit="g"
    )
    line = put("menu_line", site_id=SITE, code="1", name="Dagens")
    plan = put("menu_plan", site_id=SITE, iso_year=2027, iso_week=10)
    for name, day in (
        ("Suppe", None),
        ("Gryde", date(2027, 3, 12)),
        ("Gammel ret", date(2027, 3, 8)),
    ):
        recipe = put("recipe", site_id=None, name=name)
        put(
            "recipe_line",
            site_id=None,
            recipe_id=recipe,
            ingredient_id=CARROT,
            quantity=1,
            unit="kg",
        )
        put(
            "recipe_line",
            site_id=None,
            recipe_id=recipe,
            ingredient_id=ONION,
            quantity=1,
            unit="kg",
        )
        if day:
            put(
                "menu_item",
                site_id=SITE,
                menu_plan_id=plan,
                day=day,
                menu_line_id=line,
                recipe_id=recipe,
            )
    for period in ("2027-01", "2027-02"):
        for category in ("raw_materials", "labour"):
            put(
                "budget",
                id=Budget.id_for(SITE, period, category),
                site_id=SITE,
                district_id=DISTRICT,
                period=period,
                category=category,
                amount_ore=100,
            )


def run(url, path, *more):
    return main(
        ["admin", "--database-url", url, "import-master", str(path), "--today", TODAY, *more]
    )


def live(engine, table, column="name"):
    with engine.connect() as connection:
        return set(
            connection.execute(
                text(f"SELECT {column} FROM {table} WHERE deleted_at IS NULL")
            ).scalars()
        )


def version(engine, table, row_id):
    with engine.connect() as connection:
        return connection.execute(
            text(f"SELECT server_version, deleted_at IS NOT NULL FROM {table} WHERE id = :i"),
            {"i": row_id},
        ).one()


def test_missing_ingredients_are_tombstoned_unless_a_live_recipe_uses_them(
    central, tmp_path, capsys
):
    url, engine = central
    path = tmp_path / "råvarer.csv"
    path.write_text("Navn;Enhed\nGulerod;g\nLøg;g\nPersille;g\n", encoding="utf-8")
    assert run(url, path) == 0
    out = capsys.readouterr().out
    assert "Mangler i filen: 1 rækker kan fjernes, 1 bruges stadig" in out
    assert "--remove-missing" in out

    before, _ = version(engine, "ingredient", THYME)
    assert run(url, path, "--remove-missing", "--apply") == 0
    out = capsys.readouterr().out
    assert "nye 0, ændrede 0, uændrede 3, afviste 1, fjernes 1" in out
    assert "Fjernes:\n  Timian" in out
    assert "Salt: fjernes ikke, bruges stadig af opskriftslinjer 1" in out
    assert "1 rækker skrevet" in out
    after, deleted = version(engine, "ingredient", THYME)
    assert deleted
    assert after > before
    assert live(engine, "ingredient") == {"Gulerod", "Løg", "Persille", "Salt"}


def test_products_on_an_open_order_stay_and_a_retired_product_takes_its_prices(
    central, tmp_path, capsys
):
    url, engine = central
    path = tmp_path / "varer.csv"
    path.write_text(
        "Leverandør;Varenummer;Ingrediens;Pakning\nUrtehuset;P-1;Persille;1000\n",
        encoding="utf-8",
    )
    assert run(url, path, "--remove-missing", "--apply") == 0
    out = capsys.readouterr().out
    # G-1 is on a sent order; G-2 only on a received one (history keeps a tombstone's id).
    assert "Grønt Engros G-1: fjernes ikke, bruges stadig af ordrelinjer på åbne ordrer 1" in out
    assert "Grønt Engros G-2\n" in out
    assert live(engine, "supplier_product", "item_number") == {"G-1", "P-1"}
    assert live(engine, "product_price", "price_ore") == set()  # G-2's price went with it


def test_a_supplier_stays_while_its_product_does(central, tmp_path, capsys):
    url, engine = central
    only_s2 = tmp_path / "leverandører.csv"
    only_s2.write_text("Navn;CVR\nUrtehuset;22222222\n", encoding="utf-8")
    assert run(url, only_s2, "--remove-missing", "--apply") == 0
    out = capsys.readouterr().out
    assert "Grønt Engros (11111111): fjernes ikke, bruges stadig af" in out
    assert "åbne ordrer 1, leverandørvarer 2" in out
    assert live(engine, "supplier") == {"Grønt Engros", "Urtehuset"}


def test_one_workbook_retires_a_supplier_with_its_products(central, tmp_path, capsys):
    url, engine = central
    book = Workbook()
    book.active.title = "Leverandører"
    for row in (("Navn", "CVR"), ("Grønt Engros", "11111111")):
        book.active.append(row)
    products = book.create_sheet("Varer")
    for row in (
        ("CVR", "Varenummer", "Ingrediens", "Pakning"),
        ("11111111", "G-1", "Gulerod", 1000),
        ("11111111", "G-2", "Løg", 1000),
    ):
        products.append(row)
    path = tmp_path / "stamdata.xlsx"
    book.save(path)
    assert run(url, path, "--remove-missing", "--apply") == 0
    out = capsys.readouterr().out
    # Urtehuset's only product goes in the same file, so nothing live points at Urtehuset.
    assert "Fjernes:\n  Urtehuset (22222222)" in out
    assert "Fjernes:\n  Urtehuset P-1" in out
    assert live(engine, "supplier") == {"Grønt Engros"}
    assert live(engine, "supplier_product", "item_number") == {"G-1", "G-2"}


def test_shared_recipes_a_dropped_line_and_a_recipe_on_a_coming_menu(central, tmp_path, capsys):
    url, engine = central
    path = tmp_path / "opskrifter.csv"
    path.write_text("Opskrift;Ingrediens;Mængde;Enhed\nSuppe;Gulerod;1;kg\n", encoding="utf-8")
    assert run(url, path, "--remove-missing", "--apply") == 0
    out = capsys.readouterr().out
    assert "Gryde: fjernes ikke, bruges stadig af menuer fra i dag 1" in out
    assert "Gryde: Løg" not in out  # stays with its recipe, which says why
    with engine.connect() as connection:
        shared = connection.execute(
            text(
                "SELECT r.name, i.name FROM recipe_line l JOIN recipe r ON r.id = l.recipe_id"
                " JOIN ingredient i ON i.id = l.ingredient_id"
                " WHERE l.site_id IS NULL AND l.deleted_at IS NULL"
            )
        ).all()
    # Suppe lost its onion line; Gammel ret (only on a past menu) went with its lines; Gryde
    # stays whole: its lines point at a recipe that stays.
    assert sorted(shared) == [("Gryde", "Gulerod"), ("Gryde", "Løg"), ("Suppe", "Gulerod")]
    assert live(engine, "recipe") == {"Suppe", "Gryde", "Kantinens salt"}


def test_a_budget_file_replaces_only_its_own_months(central, tmp_path, capsys):
    url, engine = central
    path = tmp_path / "budget.csv"
    path.write_text("Kantine;Måned;Kategori;Beløb\nA;2027-02;råvarer;500\n", encoding="utf-8")
    assert run(url, path, "--remove-missing", "--apply") == 0
    out = capsys.readouterr().out
    assert "fjernes 1" in out
    assert live(engine, "budget", "period || ' ' || category") == {
        "2027-01 raw_materials",
        "2027-01 labour",
        "2027-02 raw_materials",
    }


def test_a_site_pc_pulls_the_removal_and_the_allergen_change(central, tmp_path, capsys):
    url, engine = central
    with serving(create_app(engine)) as base:
        db = open_database(tmp_path / "site.db", create=True)
        client = SyncClient(db)
        client.enroll(base, code_for(engine, "site", SITE), label="site")
        client.cycle()
        path = tmp_path / "råvarer.csv"
        path.write_text(
            "Navn;Enhed;Allergener\nGulerod;g;selleri\nLøg;g;ingen\nPersille;g;\nSalt;g;\n",
            encoding="utf-8",
        )
        assert run(url, path, "--remove-missing", "--apply") == 0
        assert "Gulerod (allergener: ukendt → selleri)" in capsys.readouterr().out
        assert client.cycle().clean
    with db.engine.connect() as connection:
        found = {
            row.name: row
            for row in connection.execute(
                text("SELECT name, deleted_at, allergen_celery, allergen_milk FROM ingredient")
            )
        }
    assert found["Timian"].deleted_at is not None
    assert found["Salt"].deleted_at is None
    assert (found["Gulerod"].allergen_celery, found["Gulerod"].allergen_milk) == (
        "contains",
        "free",
    )
    assert found["Løg"].allergen_celery == "free"
    assert found["Persille"].allergen_celery == "unknown"


def test_the_import_works_as_the_app_role_not_the_tables_owner(central, tmp_path):
    url, engine = central
    path = tmp_path / "råvarer.csv"
    path.write_text("Navn;Enhed\nKørvel;g\n", encoding="utf-8")
    with engine.begin() as connection:
        owner = connection.execute(text("SELECT current_user")).scalar()
        plan = master_import.plan_import(connection, path)
        assert connection.execute(text("SELECT current_user")).scalar() == "canteen_app"
        assert master_import.apply_plan(connection, plan) == 1
    assert owner != "canteen_app"
    assert "Kørvel" in live(engine, "ingredient")


def test_a_login_that_cannot_become_the_app_role_is_told_so(central, tmp_path, capsys):
    url, engine = central
    login = f"mi_{uuid.uuid4().hex[:8]}"
    with engine.begin() as connection:
        connection.execute(text(f'CREATE ROLE "{login}" LOGIN'))
    path = tmp_path / "råvarer.csv"
    path.write_text("Navn;Enhed\nKørvel;g\n", encoding="utf-8")
    other = url.replace("://canteen@", f"://{login}@")
    assert login in other
    assert run(other, path) == 1
    err = capsys.readouterr().err
    assert "må ikke handle som rollen canteen_app" in err
    assert "Traceback" not in err
