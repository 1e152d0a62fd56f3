"""`canteen menu print` and `canteen menu production-sheet`, run headless on a database file."""

from __future__ import annotations

import pytest

from canteen import cli
from canteen.db.models import Ingredient
from canteen.domain.weeks import IsoWeek
from canteen.services import menus
from tests.canteen.reports.conftest import read_pdf

W48 = IsoWeek(2026, 48)


@pytest.fixture
def run(db):
    """Run `canteen menu …` against the test database."""
    database = str(db.path)

    def run_command(*args: str) -> int:
        return cli.main(
            [args[0], args[1], "--database", database, "--today", "2026-11-20", *args[2:]]
        )

    return run_command


@pytest.fixture
def week_planned(kitchen):
    for n, day in enumerate(W48.days(5)):
        menus.set_cell(kitchen.db, kitchen.site, menus.day_key(day, "dish"), kitchen.meatballs)
        menus.set_cell(kitchen.db, kitchen.site, menus.day_key(day, "veg"), kitchen.kale_pie)
        if n == 2:
            menus.set_cell(kitchen.db, kitchen.site, menus.day_key(day, "soup"), kitchen.porridge)
    return kitchen


def test_print_writes_the_menu_and_records_the_evidence(run, week_planned, tmp_path, capsys):
    out = tmp_path / "menu.pdf"
    code = run(
        "menu",
        "print",
        "--site",
        "aar",
        "--week",
        "2026-W48",
        "--lang",
        "both",
        "--orientation",
        "portrait",
        "--out",
        str(out),
    )
    assert code == 0
    assert "menu for uge 48, Aarhus Politigård, 11 retter" in capsys.readouterr().out
    pages, (text,) = read_pdf(out.read_bytes())
    assert pages == 1
    assert "Menu uge 48" in text
    assert "Menu week 48" in text
    assert "Frikadeller" in text
    assert "Meatballs" in text
    assert "Øllebrød" in text
    printed = menus.load_week(week_planned.db, week_planned.site, W48).printed
    assert printed is not None
    assert not printed.out_of_date
    with week_planned.db.unit_of_work() as session:
        session.get(Ingredient, week_planned.kale).allergen_celery = "contains"
    assert menus.load_week(week_planned.db, week_planned.site, W48).printed.out_of_date


def test_production_sheet_of_one_day(run, week_planned, tmp_path, capsys):
    out = tmp_path / "sheet.pdf"
    code = run(
        "menu",
        "production-sheet",
        "--site",
        week_planned.site,
        "--week",
        "2026-W48",
        "--day",
        "2026-11-25",
        "--out",
        str(out),
    )
    assert code == 0
    assert "3 retter" in capsys.readouterr().out
    pages, texts = read_pdf(out.read_bytes())
    assert pages == 1
    assert "Onsdag 25. november 2026" in texts[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--week", "2026-W54"), "2026 har ingen uge 54"),
        (("--week", "2026-W47"), "Der er ikke planlagt noget i uge 47"),
        (("--week", "2026-W48", "--site", "XYZ"), "Der er ingen kantine med koden eller navnet"),
        (("--week", "uge 48"), "«uge 48» er ikke en uge"),
        (("--week", "2026-W54", "--lang", "en"), "2026 has no week 54"),
        (("--week", "2026-W47", "--lang", "en"), "Nothing is planned in week 47"),
    ],
)
def test_bad_input_exits_with_a_message_and_writes_nothing(
    run, week_planned, tmp_path, capsys, args, message
):
    out = tmp_path / "menu.pdf"
    options = {"--site": "AAR", **dict(zip(args[::2], args[1::2], strict=True))}
    flat = [x for pair in options.items() for x in pair]
    assert run("menu", "print", *flat, "--out", str(out)) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_the_site_can_be_named_and_warnings_are_worded_in_danish(
    run, week_planned, tmp_path, capsys
):
    kitchen = week_planned
    menus.set_cell(
        kitchen.db,
        kitchen.site,
        menus.day_key(W48.days(1)[0], "veg", position=1),
        kitchen.meatballs,
    )
    out = tmp_path / "menu.pdf"
    code = run(
        "menu", "print", "--site", "aarhus politigård", "--week", "2026-W48", "--out", str(out)
    )
    assert code == 0
    err = capsys.readouterr().err
    assert "advarsel: 23.11.: «Frikadeller» står under «Vegetarisk», men er ikke vegetarisk." in err
    assert "meat_on_vegetarian_line" not in err
    code = run(
        "menu", "print", "--site", "AAR", "--week", "2026-W48", "--lang", "en", "--out", str(out)
    )
    assert code == 0
    err = capsys.readouterr().err
    assert "warning: 23 Nov: “Meatballs” is under “Vegetarian” but is not vegetarian." in err


def test_an_ambiguous_site_name_asks_for_the_code(run, week_planned, tmp_path, capsys):
    from tests.factories import make_site

    make_site(week_planned.db, name="Aarhus Politigård", code="AAR2")
    code = run(
        "menu",
        "print",
        "--site",
        "Aarhus Politigård",
        "--week",
        "2026-W48",
        "--out",
        str(tmp_path / "m.pdf"),
    )
    assert code == 1
    assert "Flere kantiner hedder «Aarhus Politigård»; angiv koden (AAR, AAR2)" in (
        capsys.readouterr().err
    )


def test_the_production_sheet_speaks_english(run, week_planned, tmp_path, capsys):
    out = tmp_path / "sheet.pdf"
    code = run(
        "menu",
        "production-sheet",
        "--site",
        "AAR",
        "--week",
        "2026-W48",
        "--lang",
        "en",
        "--out",
        str(out),
    )
    assert code == 0
    assert "production sheet week 48 for Aarhus Politigård, 11 dishes" in capsys.readouterr().out
    _, texts = read_pdf(out.read_bytes())
    assert "Monday 23 November 2026" in texts[0]
    assert "Dish of the day: Meatballs" in texts[0]
