"""The printed weekly menu: text read back, one page per week, both languages, reproducible."""

from __future__ import annotations

from datetime import date

import pytest

from canteen.domain.allergens import Allergen, AllergenProfile
from canteen.domain.allergens import AllergenStatus as S
from canteen.domain.weeks import IsoWeek
from canteen.reports.labels import DANISH, ENGLISH, date_range, labels_for
from canteen.reports.menu_cells import allergen_marks
from canteen.reports.menu_rows import MenuDay, MenuDish, MenuLineHeading, WeeklyMenu
from canteen.reports.weekly_menu import build_weekly_menu
from tests.canteen.reports.conftest import read_pdf

W48 = IsoWeek(2026, 48)
LINES = (
    MenuLineHeading("dish", "Dagens ret", "Dish of the day"),
    MenuLineHeading("veg", "Vegetarisk", "Vegetarian"),
    MenuLineHeading("soup", "Suppe", "Soup"),
    MenuLineHeading("salad", "Salatbar", "Salad bar"),
    MenuLineHeading("dessert", "Dessert", "Dessert"),
)
LONG = (
    "Ovnbagt torsk med sennepssauce, rødbeder, kartoffelmos med brunet smør og friske krydderurter"
)


def allergens(contains=(), may=(), unknown=()) -> AllergenProfile:
    def status(a):
        if a in contains:
            return S.CONTAINS
        if a in may:
            return S.MAY_CONTAIN
        return S.UNKNOWN if a in unknown else S.FREE

    return AllergenProfile.from_mapping({a: status(a) for a in Allergen})


def dish(day: int, line: int, **kw) -> MenuDish:
    name = LONG if (day, line) == (2, 0) else f"Ret {day}{line} med rødkål"
    return MenuDish(
        name, f"Dish {day}{line} with red cabbage", kw.pop("profile", allergens()), **kw
    )


def full_week(week: IsoWeek = W48, **kw) -> WeeklyMenu:
    days = []
    for d, day in enumerate(week.days(5)):
        dishes = tuple((line.code, (dish(d, n, **kw),)) for n, line in enumerate(LINES))
        days.append(MenuDay(day, dishes))
    return WeeklyMenu("Aarhus Politigård", week, LINES, tuple(days), date(2026, 11, 20))


def test_marks_show_contains_may_contain_and_unknown_never_free():
    profile = allergens(
        contains=(Allergen.GLUTEN, Allergen.MILK), may=(Allergen.NUTS,), unknown=(Allergen.SESAME,)
    )
    assert allergen_marks(profile) == "1, 7, (8), 11?"
    assert allergen_marks(AllergenProfile.uniform(S.UNKNOWN)) == "?"
    assert allergen_marks(AllergenProfile.uniform(S.FREE)) == ""


def test_week_label_and_date_range_in_both_languages():
    monday, friday = W48.days(5)[0], W48.days(5)[4]
    assert date_range(monday, friday, DANISH) == "23.–27. november 2026"
    assert date_range(monday, friday, ENGLISH) == "23–27 November 2026"
    assert (
        date_range(date(2026, 11, 30), date(2026, 12, 4), DANISH)
        == "30. november – 4. december 2026"
    )
    assert (
        date_range(date(2026, 12, 28), date(2027, 1, 1), ENGLISH)
        == "28 December 2026 – 1 January 2027"
    )


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_five_days_by_five_lines_fit_one_page_in_both_languages(orientation):
    profile = allergens(
        contains=(Allergen.GLUTEN, Allergen.EGGS), may=(Allergen.NUTS,), unknown=(Allergen.CELERY,)
    )
    menu = full_week(profile=profile, organic_share=0.64, co2e_kg=1.25)
    data = build_weekly_menu(
        menu, labels_for("both"), orientation=orientation, show_organic=True, show_co2e=True
    )
    pages, (text,) = read_pdf(data)
    assert pages == 1
    for needed in (
        "AARHUS POLITIGÅRD",
        "Menu uge 48",
        "23.–27. november 2026",
        "Menu week 48 · 23–27 November 2026",
        LONG,
        "Ret 44 med rødkål",
        "Dish 44 with red cabbage",
        "Mandag",
        "Friday",
        "Dagens ret",
        "Salad bar",
        "1, 3, (8), 9?",
        "Ø 64 %",
        "1,2 kg CO",
        "Jordnødder / Peanuts",
        "Bløddyr / Molluscs",
        "(n) kan indeholde spor",
        "(n) may contain traces",
    ):
        assert needed in text, needed


def test_danish_only_shows_no_english(tmp_path):
    out = tmp_path / "menu.pdf"
    build_weekly_menu(full_week(), labels_for("da"), out)
    _, (text,) = read_pdf(out.read_bytes())
    assert "Ret 00 med rødkål" in text
    assert "red cabbage" not in text
    assert "Allergener" in text
    assert "Ø " not in text


def test_english_uses_english_dish_names():
    _, (text,) = read_pdf(build_weekly_menu(full_week(), labels_for("en")))
    assert "Menu week 48" in text
    assert "Dish 31 with red cabbage" in text
    assert "Ret 31" not in text


def test_a_closed_day_prints_its_reason():
    menu = full_week()
    days = list(menu.days)
    days[3] = MenuDay(days[3].day, (), closed=True, note="Juledag")
    menu = WeeklyMenu(menu.site_name, menu.week, menu.lines, tuple(days), menu.printed_on)
    for orientation in ("landscape", "portrait"):
        _, (text,) = read_pdf(build_weekly_menu(menu, labels_for("da"), orientation=orientation))
        assert "Lukket Juledag" in text
        assert "Ret 30" not in text


def test_one_page_per_week_and_the_same_bytes_every_time():
    weeks = [full_week(W48.shifted(i)) for i in range(3)]
    first = build_weekly_menu(weeks, labels_for("da"))
    assert first == build_weekly_menu(weeks, labels_for("da"))
    pages, texts = read_pdf(first)
    assert pages == 3
    assert ["Menu uge 48" in texts[0], "Menu uge 49" in texts[1], "Menu uge 50" in texts[2]] == [
        True
    ] * 3


def test_many_dishes_per_line_still_fit_one_page():
    days = []
    for d, day in enumerate(W48.days(5)):
        dishes = tuple(
            (line.code, tuple(dish(d, n + 10 * k) for k in range(3)))
            for n, line in enumerate(LINES)
        )
        days.append(MenuDay(day, dishes))
    menu = WeeklyMenu("Station", W48, LINES, tuple(days), date(2026, 11, 20))
    for orientation in ("landscape", "portrait"):
        pages, (text,) = read_pdf(
            build_weekly_menu(menu, labels_for("both"), orientation=orientation)
        )
        assert pages == 1
        assert "Ret 424 med rødkål" in text
