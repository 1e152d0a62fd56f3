"""`canteen admin … import-master` on real PostgreSQL, with CSV and XLSX files made here."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlalchemy import text

from canteen.cli import main
from canteen.domain.ids import new_id
from canteen.sync.server import central as central_writes

pytestmark = pytest.mark.postgres

DISTRICT, SITE, SUPPLIER, CARROT = new_id(), new_id(), new_id(), new_id()


@pytest.fixture(scope="module", autouse=True)
def org(central):
    """A district with one site, a supplier and one ingredient already in the catalogue."""
    with central.begin() as connection:
        central_writes.write(
            connection, "district", {"id": DISTRICT, "code": "D1", "name": "Kreds"}
        )
        central_writes.write(
            connection,
            "site",
            {
                "id": SITE,
                "district_id": DISTRICT,
                "code": "A",
                "name": "Kantine Nord",
                "town": "By",
                "cost_centre": "1",
            },
        )
        central_writes.write(
            connection, "supplier", {"id": SUPPLIER, "name": "Grønt Engros", "cvr": "12345678"}
        )
        central_writes.write(
            connection,
            "ingredient",
            {"id": CARROT, "name": "Gulerod", "base_unit": "g", "category": "grønt"},
        )


def run(url, path, *more, lang=()):
    return main(["admin", "--database-url", url, *lang, "import-master", str(path), *more])


def scalar(central, sql, **params):
    with central.connect() as connection:
        return connection.execute(text(sql), params).scalar()


def test_ingredients_preview_writes_nothing_then_apply_writes_versioned_rows(
    central_url, central, tmp_path, capsys
):
    path = tmp_path / "råvarer.csv"
    path.write_text(
        "Navn;Enhed;Kategori;Økologisk\n"
        "Gulerod;g;rodfrugt;nej\n"  # changed category
        "Kartoffel;g;rodfrugt;ja\n"  # new
        "Mælk;liter;mejeri;nej\n"  # litre is not a base unit
        "Løg;g;grønt;måske\n"  # neither yes nor no
        "Kartoffel;g;rodfrugt;ja\n",  # twice
        encoding="cp1252",
    )
    assert run(central_url, path) == 0
    out = capsys.readouterr().out
    assert "nye 1, ændrede 1, uændrede 0, afviste 3" in out
    assert "linje 4  kolonne «Enhed», værdi «liter»: ukendt enhed" in out
    assert "værdi «måske»: skal være ja eller nej" in out
    assert "står også længere oppe" in out
    assert "ingredient.category" in out
    assert "Intet er skrevet" in out
    assert scalar(central, "SELECT count(*) FROM ingredient") == 1

    before = scalar(central, "SELECT value FROM sync_counter")
    assert run(central_url, path, "--apply") == 0
    assert "2 rækker skrevet" in capsys.readouterr().out
    assert scalar(central, "SELECT category FROM ingredient WHERE name = 'Gulerod'") == "rodfrugt"
    assert scalar(central, "SELECT organic FROM ingredient WHERE name = 'Kartoffel'") is True
    assert (
        scalar(
            central,
            "SELECT min(server_version) FROM ingredient WHERE name IN ('Gulerod', 'Kartoffel')",
        )
        > before
    )

    assert run(central_url, path, "--apply") == 0  # again: all unchanged
    out = capsys.readouterr().out
    assert "nye 0, ændrede 0, uændrede 2" in out
    assert "Intet at skrive" in out


def xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_products_with_prices_from_xlsx(central_url, central, tmp_path, capsys):
    path = xlsx(
        tmp_path / "varer.xlsx",
        [
            (
                "Leverandør",
                "Varenummer",
                "Ingrediens",
                "Beskrivelse",
                "Pakning",
                "Pris",
                "Gyldig fra",
            ),
            ("12345678", "G-1", "Gulerod", "Gulerødder 10 kg", 10000, 89.5, "2026-01-01"),
            ("Grønt Engros", "G-2", "Gulerod", "Gulerødder 5 kg", "5000", "49,95", "01-02-2026"),
            ("Ukendt ApS", "X-1", "Gulerod", "", 100, 1, "2026-01-01"),
            ("Grønt Engros", "G-3", "Rødbede", "", 100, 1, "2026-01-01"),
            ("Grønt Engros", "G-4", "Gulerod", "", 0, 1, "2026-01-01"),
            ("Grønt Engros", "G-5", "Gulerod", "", 10, 1.234, "2026-01-01"),
            ("Grønt Engros", "G-6", "Gulerod", "", "1.000", 1, "2026-01-01"),
        ],
    )
    assert run(central_url, path, "--apply", lang=("--lang", "en")) == 0
    out = capsys.readouterr().out
    assert "supplier products and prices" in out
    assert "new 2, changed 0, unchanged 0, rejected 5" in out
    assert "“Ukendt ApS”: unknown supplier" in out
    assert "“Rødbede”: unknown ingredient" in out
    assert "“0”: must be above 0" in out
    assert "“1.234”: more than two decimals" in out
    assert "“1.000”: not a number (or ambiguous)" in out  # 1 or 1000: refused, not guessed
    assert "4 rows written" in out
    prices = dict(
        (str(r.item_number), (r.pack_size, r.price_ore))
        for r in central.connect().execute(
            text(
                "SELECT p.item_number, p.pack_size, pr.price_ore FROM supplier_product p "
                "JOIN product_price pr ON pr.product_id = p.id"
            )
        )
    )
    assert prices == {"G-1": (10000.0, 8950), "G-2": (5000.0, 4995)}


def test_shared_recipes_and_budgets(central_url, central, tmp_path, capsys):
    recipes = tmp_path / "opskrifter.csv"
    recipes.write_text(
        "Opskrift,Portioner,Ingrediens,Mængde,Enhed\n"
        "Gulerodssuppe,40,Gulerod,4,kg\n"
        "Gulerodssuppe,40,Gulerod,5,kg\n"  # the same line twice
        "Gulerodssuppe,40,Gulerod,2,spsk\n",  # unknown unit
        encoding="utf-8",
    )
    assert run(central_url, recipes, "--apply") == 0
    out = capsys.readouterr().out
    assert "nye 1, ændrede 0, uændrede 0, afviste 2" in out
    assert "ukendt enhed" in out
    assert (
        scalar(
            central,
            "SELECT r.yield_portions FROM recipe r JOIN recipe_line l ON l.recipe_id = r.id "
            "WHERE r.name = 'Gulerodssuppe' AND r.site_id IS NULL AND l.unit = 'kg'",
        )
        == 40
    )

    budgets = xlsx(
        tmp_path / "budget.xlsx",
        [
            ("Kantine", "Måned", "Kategori", "Beløb"),
            ("A", "2027-01", "Råvarer", 125000),
            ("Kantine Nord", "02-2027", "løn", "80.000,00"),
            ("Z", "2027-01", "råvarer", 1),
            ("A", "2027-13", "råvarer", 1),
            ("A", "2027-03", "kaffe", 1),
        ],
    )
    assert run(central_url, budgets) == 0
    out = capsys.readouterr().out
    assert "nye 2, ændrede 0, uændrede 0, afviste 3" in out
    for reason in ("ukendt kantine", "ikke en måned", "ukendt kategori"):
        assert reason in out
    assert run(central_url, budgets, "--apply") == 0
    capsys.readouterr()
    assert scalar(central, "SELECT sum(amount_ore) FROM budget WHERE site_id = :s", s=SITE) == (
        12_500_000 + 8_000_000
    )


def test_a_file_that_is_not_a_table_or_lacks_columns_is_worded(central_url, tmp_path, capsys):
    pdf = tmp_path / "prisliste.csv"
    pdf.write_bytes(b"%PDF-1.7 not really")
    assert run(central_url, pdf) == 1
    assert "PDF" in capsys.readouterr().err
    odd = tmp_path / "odd.csv"
    odd.write_text("Foo;Bar\n1;2\n", encoding="utf-8")
    assert run(central_url, odd) == 1
    assert "angiv --kind" in capsys.readouterr().err
    assert run(central_url, odd, "--kind", "budgets") == 1
    assert "mangler kolonner til: site, month, category, amount" in capsys.readouterr().err
