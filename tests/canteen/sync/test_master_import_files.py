"""`canteen admin … import-master` reading files on a SQLite central: encodings, separators,
Danish decimals, supplier sheets, allergen columns, sheet names and the preview's length."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlalchemy import text

from canteen.cli import main
from canteen.domain.ids import new_id
from canteen.sync.server import central as central_writes
from canteen.sync.server.setup import init_database, server_engine


@pytest.fixture
def central(tmp_path):
    """A SQLite central database with one district and site: (url, engine)."""
    url = f"sqlite:///{tmp_path / 'central.db'}"
    engine = server_engine(url)
    init_database(engine)
    with engine.begin() as connection:
        district = new_id()
        central_writes.write(connection, "district", {"id": district, "code": "D", "name": "D"})
        central_writes.write(
            connection,
            "site",
            {
                "id": new_id(),
                "district_id": district,
                "code": "A",
                "name": "Kantine Nord",
                "town": "By",
                "cost_centre": "1",
            },
        )
    yield url, engine
    engine.dispose()


def run(url, path, *more, lang=()):
    return main(["admin", "--database-url", url, *lang, "import-master", str(path), *more])


def rows(engine, sql, **params):
    with engine.connect() as connection:
        return connection.execute(text(sql), params).all()


def workbook(path, sheets):
    book = Workbook()
    book.remove(book.active)
    for name, lines in sheets.items():
        sheet = book.create_sheet(name)
        for line in lines:
            sheet.append(line)
    book.save(path)
    return path


@pytest.mark.parametrize("encoding", ["cp1252", "mac_roman", "utf-8-sig"])
def test_mac_and_windows_csvs_with_semicolons_and_danish_decimals(
    central, tmp_path, capsys, encoding
):
    url, engine = central
    path = tmp_path / "råvarer.csv"
    path.write_bytes(
        "Navn;Enhed;Økologisk;CO2e\nRødbede;g;ja;0,45\nÆble;g;nej;1,25\nÅl;stk;nej;12,50\n".encode(
            encoding
        )
    )
    assert run(url, path, "--apply") == 0
    assert "nye 3, ændrede 0, uændrede 0, afviste 0" in capsys.readouterr().out
    stored = dict(rows(engine, "SELECT name, co2e_per_kg FROM ingredient"))
    assert stored == {"Rødbede": 0.45, "Æble": 1.25, "Ål": 12.5}


def test_a_file_whose_letters_were_garbled_once_is_refused_with_an_example(
    central, tmp_path, capsys
):
    url, engine = central
    path = tmp_path / "råvarer.csv"
    text_ = "Navn;Enhed\nÆble;g\nRødbede;g\n"
    # Saved as UTF-8, opened as Windows text and saved again as UTF-8: "Ã†ble", "RÃ¸dbede".
    path.write_bytes(text_.encode("utf-8").decode("cp1252").encode("utf-8"))
    assert run(url, path, "--apply") == 1
    err = capsys.readouterr().err
    assert "forkert tegnsæt (fx «Ã†ble»)" in err
    assert len(err.strip().splitlines()) == 1
    assert rows(engine, "SELECT count(*) FROM ingredient") == [(0,)]


def test_suppliers_new_changed_and_each_rejection(central, tmp_path, capsys):
    url, engine = central
    path = tmp_path / "leverandører.csv"
    header = "Navn;CVR;GLN;E-mail;Type;Bestilling;Telefon\n"
    path.write_text(
        header + "Grønt Engros;12345678;5790000000005;ordre@groent.dk;grønthandler;e-mail;1\n"
        "Mejeriet;DK 87 65 43 21;;;mejeri;e-handel;\n"
        "Kort;123;;;;;\n"
        "Forkert GLN;11111111;5790000000006;;;;\n"
        "Uden snabel;22222222;;ordre.dk;;;\n"
        "Smed;33333333;;;smed;;\n"
        "Brevdue;44444444;;;;brevdue;\n",
        encoding="utf-8",
    )
    assert run(url, path, "--apply") == 0
    out = capsys.readouterr().out
    assert "leverandører" in out
    assert "nye 2, ændrede 0, uændrede 0, afviste 5" in out
    for words in (
        "værdi «123»: CVR skal være 8 cifre",
        "værdi «5790000000006»: GLN skal være 13 cifre med rigtigt kontrolciffer",
        "værdi «ordre.dk»: ikke en e-mailadresse",
        "værdi «smed»: ukendt leverandørtype",
        "værdi «brevdue»: bestilling skal være e-mail eller e-handel",
    ):
        assert words in out
    stored = {
        r.cvr: (r.name, r.gln, r.email, r.kind, bool(r.e_ordering))
        for r in rows(engine, "SELECT * FROM supplier")
    }
    assert stored == {
        "12345678": ("Grønt Engros", "5790000000005", "ordre@groent.dk", "greengrocer", False),
        "87654321": ("Mejeriet", None, "", "dairy", True),
    }
    (version,) = rows(engine, "SELECT server_version FROM supplier WHERE cvr = '87654321'")[0]

    path.write_text(header + "Mejeriet A/S;87654321;;;mejeri;e-handel;\n", encoding="utf-8")
    assert run(url, path, "--apply") == 0
    out = capsys.readouterr().out
    assert "nye 0, ændrede 1, uændrede 0, afviste 0" in out
    assert "Mejeriet A/S (87654321) (supplier.name)" in out
    assert "Mangler i filen: 1 rækker kan fjernes" in out  # told, not done, without the flag
    name, newer = rows(engine, "SELECT name, server_version FROM supplier WHERE cvr = '87654321'")[
        0
    ]
    assert (name, newer > version) == ("Mejeriet A/S", True)
    assert rows(engine, "SELECT count(*) FROM supplier WHERE deleted_at IS NULL") == [(2,)]


def allergens_of(engine, name):
    (row,) = rows(engine, "SELECT * FROM ingredient WHERE name = :n", n=name)
    mapping = row._mapping
    return {c.removeprefix("allergen_"): v for c, v in mapping.items() if c.startswith("allergen_")}


def test_allergens_by_danish_or_english_name_or_number(central, tmp_path, capsys):
    url, engine = central
    path = tmp_path / "råvarer.csv"
    path.write_text(
        "Navn,Enhed,Allergener,Kan indeholde\n"
        'Brød,stk,"Gluten; sesam",nødder\n'
        'Rejer,g,"crustaceans, 7",\n'  # 7 is milk in the regulation's order
        "Gulerod,g,ingen,\n"
        "Kage,g,,\n"  # says nothing: stays unknown, never "free"
        "Drik,ml,mælk; drage,\n"
        "Nøddemix,g,nødder,nødder\n",
        encoding="utf-8",
    )
    assert run(url, path, "--apply") == 0
    out = capsys.readouterr().out
    assert "nye 4, ændrede 0, uændrede 0, afviste 2" in out
    assert "kolonne «Allergener», værdi «drage»: ukendt allergen" in out
    assert "kolonne «Kan indeholde», værdi «nuts»: står både som indhold og spor" in out
    bread = allergens_of(engine, "Brød")
    assert (bread["gluten"], bread["sesame"], bread["nuts"], bread["milk"]) == (
        "contains",
        "contains",
        "may_contain",
        "free",
    )
    shrimp = allergens_of(engine, "Rejer")
    assert {a for a, s in shrimp.items() if s == "contains"} == {"crustaceans", "milk"}
    assert set(allergens_of(engine, "Gulerod").values()) == {"free"}
    assert set(allergens_of(engine, "Kage").values()) == {"unknown"}

    (before,) = rows(engine, "SELECT server_version FROM ingredient WHERE name = 'Gulerod'")[0]
    path.write_text("Navn;Enhed;Allergener\nGulerod;g;selleri\nKage;g;æg, mælk\n", encoding="utf-8")
    assert run(url, path, "--apply") == 0
    out = capsys.readouterr().out
    assert "Gulerod (allergener: ingen → selleri)" in out
    assert "Kage (allergener: ukendt → æg, mælk)" in out
    assert allergens_of(engine, "Gulerod")["celery"] == "contains"
    (after,) = rows(engine, "SELECT server_version FROM ingredient WHERE name = 'Gulerod'")[0]
    assert after > before


def test_one_workbook_suppliers_before_their_products(central, tmp_path, capsys):
    url, engine = central
    path = workbook(
        tmp_path / "stamdata.xlsx",
        {
            # Products first in the workbook: still planned after the suppliers they name.
            "Varer": [
                ("CVR", "Varenummer", "Ingrediens", "Pakning", "Pris", "Gyldig fra"),
                (12345678, "G-1", "Gulerod", 10000, "89,50", "2027-01-01"),
            ],
            "Leverandører": [("Navn", "CVR"), ("Grønt Engros", 12345678)],
            "Råvarer": [("Navn", "Enhed"), ("Gulerod", "g")],
        },
    )
    assert run(url, path, "--apply", lang=("--lang", "en")) == 0
    out = capsys.readouterr().out
    order = [out.index(f"stamdata.xlsx [{s}]") for s in ("Leverandører", "Råvarer", "Varer")]
    assert order == sorted(order)
    assert "rejected 1" not in out
    assert "4 rows written" in out
    assert rows(
        engine,
        "SELECT s.name, p.pack_size, pr.price_ore FROM supplier_product p"
        " JOIN supplier s ON s.id = p.supplier_id JOIN product_price pr ON pr.product_id = p.id",
    ) == [("Grønt Engros", 10000.0, 8950)]


def test_bad_workbooks_and_columns_get_one_message(central, tmp_path, capsys):
    url, _ = central
    odd = workbook(
        tmp_path / "odd.xlsx",
        {"Råvarer": [("Navn", "Enhed"), ("Gulerod", "g")], "Noter": [("a", "b")]},
    )
    assert run(url, odd) == 1
    err = capsys.readouterr().err
    assert "ikke hedder som en slags data: «Noter»" in err
    assert "Leverandører, Ingredienser, Varer, Opskrifter, Budget" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1

    lacking = workbook(
        tmp_path / "lacking.xlsx",
        {"Råvarer": [("Navn", "Enhed"), ("Gulerod", "g")], "Leverandører": [("Navn",), ("X",)]},
    )
    assert run(url, lacking) == 1
    err = capsys.readouterr().err
    assert "Arket «Leverandører»: Filen " in err
    assert "har under to kolonner. Forventet: en tabel med overskrifter" in err
    assert "kassen" not in err  # not the till import's expectation
    short = workbook(
        tmp_path / "short.xlsx",
        {"Råvarer": [("Navn", "Enhed"), ("Gulerod", "g")], "Leverandører": [("Navn", "Ting")]},
    )
    assert run(url, short) == 1
    assert "Arket «Leverandører»: Filen mangler kolonner til: cvr." in capsys.readouterr().err

    twice = workbook(
        tmp_path / "twice.xlsx",
        {"Råvarer": [("Navn", "Enhed")], "Ingredienser": [("Navn", "Enhed")]},
    )
    assert run(url, twice) == 1
    assert "to ark med samme slags data" in capsys.readouterr().err
    assert run(url, odd, "--sheet", "Råvarer", "--kind", "budgets") == 1
    assert "mangler kolonner til: site, month, category, amount" in capsys.readouterr().err

    csv = tmp_path / "varer.csv"
    csv.write_text("Varenummer;Ingrediens;Pakning\nG-1;Gulerod;10\n", encoding="utf-8")
    assert run(url, csv, "--kind", "products") == 1
    assert "mangler kolonner til: supplier/cvr" in capsys.readouterr().err


def test_a_big_file_shows_the_first_rows_then_all_with_verbose(central, tmp_path, capsys):
    url, _ = central
    path = tmp_path / "mange.csv"
    path.write_text(
        "Navn;Enhed\n" + "".join(f"Vare {n:02};g\n" for n in range(30)), encoding="utf-8"
    )
    assert run(url, path) == 0
    out = capsys.readouterr().out
    assert "Vare 19" in out
    assert "Vare 20" not in out
    assert "… og 10 mere" in out
    assert run(url, path, "--verbose") == 0
    out = capsys.readouterr().out
    assert "Vare 29" in out
    assert "mere" not in out


def test_a_line_without_its_name_blocks_removal_of_that_kind(central, tmp_path, capsys):
    url, engine = central
    path = tmp_path / "råvarer.csv"
    path.write_text("Navn;Enhed\nGulerod;g\nLøg;g\n", encoding="utf-8")
    assert run(url, path, "--apply") == 0
    path.write_text("Navn;Enhed\nGulerod;g\n;g\n", encoding="utf-8")  # which one is this?
    capsys.readouterr()
    assert run(url, path, "--remove-missing", "--apply") == 0
    out = capsys.readouterr().out
    assert "Intet fjernes af denne slags" in out
    assert rows(engine, "SELECT count(*) FROM ingredient WHERE deleted_at IS NULL") == [(2,)]


def test_a_products_file_without_descriptions_keeps_the_stored_ones(central, tmp_path, capsys):
    url, engine = central
    base = {"Leverandører": [("Navn", "CVR"), ("Grønt Engros", "12345678")]}
    base["Råvarer"] = [("Navn", "Enhed"), ("Gulerod", "g")]
    described = workbook(
        tmp_path / "med.xlsx",
        {
            **base,
            "Varer": [
                ("CVR", "Varenummer", "Ingrediens", "Pakning", "Beskrivelse"),
                ("12345678", "G-1", "Gulerod", 10000, "Gulerødder 10 kg"),
            ],
        },
    )
    bare = workbook(
        tmp_path / "uden.xlsx",
        {
            **base,
            "Varer": [
                ("CVR", "Varenummer", "Ingrediens", "Pakning"),
                ("12345678", "G-1", "Gulerod", 10000),
            ],
        },
    )
    assert run(url, described, "--apply") == 0
    assert run(url, bare, "--apply") == 0
    assert "nye 0, ændrede 0, uændrede 1, afviste 0" in capsys.readouterr().out.split("[Varer]")[-1]
    assert rows(engine, "SELECT description FROM supplier_product") == [("Gulerødder 10 kg",)]
