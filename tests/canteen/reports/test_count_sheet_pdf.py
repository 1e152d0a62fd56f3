"""The printed count sheet: title, rows, the empty "Counted" column, both languages."""

from __future__ import annotations

from datetime import date

from canteen.db.models import SupplierProduct
from canteen.reports.count_sheet import CountSheet, CountSheetRow, build_count_sheet
from canteen.services.count_sheet import prepare_count_sheet
from canteen.services.stock_sheet import save_counts
from tests.canteen.reports.conftest import read_pdf
from tests.factories import make_ingredient, make_product, make_site, make_supplier

DAY = date(2026, 3, 9)
SHEET = CountSheet(
    "Odense Politistation",
    "cold",
    DAY,
    (
        CountSheetRow("Kylling", "K-100", "g", 2500.0, date(2026, 3, 2), 6.0),
        CountSheetRow("Æg", "AE-7", "pcs", 180.0, date(2026, 3, 2), 200.0),
        CountSheetRow("Skyr", "", "g", None, None, None),
    ),
)


def test_the_danish_sheet_has_title_rows_and_an_empty_counted_column():
    pages, text = read_pdf(build_count_sheet(SHEET, "da"))
    assert pages == 1
    page = text[0]
    assert "Lageroptælling · Køl og frys · Odense Politistation" in page
    assert "Optalt" in page
    assert "Varenr." in page
    assert "Sidst optalt" in page
    assert "Kylling K-100 g 2500" in page
    assert "60 kr./kg" in page  # 6 øre per gram
    assert "Æg AE-7 stk. 180" in page
    assert "Side 1" in page


def test_the_english_sheet_uses_english_words_and_numbers():
    _pages, text = read_pdf(build_count_sheet(SHEET, "en"))
    page = text[0]
    assert "Stock count · Cold store · Odense Politistation" in page
    assert "Counted" in page
    assert "Item no." in page
    assert "Æg AE-7 pcs 180" in page
    assert "Page 1" in page


def test_a_long_area_runs_onto_more_pages_with_the_heading_repeated():
    rows = tuple(CountSheetRow(f"Vare {n:03d}", str(n), "g", None, None, None) for n in range(90))
    pages, text = read_pdf(build_count_sheet(CountSheet("Vejle", "dry", DAY, rows), "da"))
    assert pages > 1
    assert all("Optalt" in page for page in text)
    assert "Side 2" in text[1]


def test_an_empty_area_says_so():
    _pages, text = read_pdf(build_count_sheet(CountSheet("Vejle", "bread", DAY, ()), "da"))
    assert "Ingen varer at tælle" in text[0]


def test_the_rows_come_from_the_site_with_item_numbers(db):
    site = make_site(db, name="Odense Politistation")
    supplier = make_supplier(db)
    eggs = make_ingredient(db, name="Æg", base_unit="pcs", category="egg")
    rice = make_ingredient(db, name="Ris", category="grain")
    product = make_product(db, eggs, supplier, pack_size=180, price_ore=36000)
    with db.reading() as session:
        number = session.get(SupplierProduct, product).item_number
    save_counts(db, site, date(2026, 3, 2), {eggs: "90", rice: "4000"})
    sheet = prepare_count_sheet(db, site, "cold", DAY)
    assert sheet.site_name == "Odense Politistation"
    assert [(r.name, r.item_number, r.last_count) for r in sheet.rows] == [("Æg", number, 90.0)]
