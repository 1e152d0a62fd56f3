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
        return cli.main([args[0], args[1], "--database", database, *args[2:]])

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
    assert "menu 2026-W48 for Aarhus Politigård, 11 dishes" in capsys.readouterr().out
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
    assert "3 dishes" in capsys.readouterr().out
    pages, texts = read_pdf(out.read_bytes())
    assert pages == 1
    assert "Onsdag 25. november 2026" in texts[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--week", "2026-W54"), "2026 has no ISO week 54"),
        (("--week", "2026-W47"), "nothing is planned"),
        (("--week", "2026-W48", "--site", "XYZ"), "no site with code or id 'XYZ'"),
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
