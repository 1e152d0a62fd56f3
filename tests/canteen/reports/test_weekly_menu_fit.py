"""The weekly menu fits one page in every case the app offers, at sizes measured from the PDF."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import pytest
from pypdf import PdfReader

from canteen.domain.allergens import ALLERGEN_NUMBERS, Allergen, AllergenProfile
from canteen.domain.allergens import AllergenStatus as S
from canteen.domain.weeks import IsoWeek
from canteen.reports.labels import labels_for
from canteen.reports.menu_rows import MenuDay, MenuDish, MenuLineHeading, WeeklyMenu
from canteen.reports.weekly_menu import build_weekly_menu
from tests.canteen.reports import demo_week

W49 = IsoWeek(2026, 49)
BY_NUMBER = {n: a for a, n in ALLERGEN_NUMBERS.items()}
CAKE = ("kage", "Eftermiddagskage", "Afternoon cake")
CAKES = ("Drømmekage med kokos", "Dream cake with coconut", (1, 3, 7), ())


def profile(contains, may) -> AllergenProfile:
    statuses = {a: S.FREE for a in Allergen}
    statuses.update({BY_NUMBER[n]: S.CONTAINS for n in contains})
    statuses.update({BY_NUMBER[n]: S.MAY_CONTAIN for n in may})
    return AllergenProfile.from_mapping(statuses)


def demo_menu(lines: int = 9, days: int = 7) -> WeeklyMenu:
    """The demo's week at Københavns Politigård cut (or padded with a cake line) to size."""
    chosen = [*demo_week.LINES[:8], CAKE, demo_week.LINES[8]][: max(lines, 0)]
    if lines <= 8:
        chosen = list(demo_week.LINES[:lines])
    headings = tuple(MenuLineHeading(*line) for line in chosen)
    menu_days = []
    for day, planned in zip(W49.days(days), demo_week.DAYS, strict=False):
        planned = {**planned, "kage": (CAKES,)}
        dishes = tuple(
            (
                h.code,
                tuple(
                    MenuDish(da, en, profile(contains, may))
                    for da, en, contains, may in planned.get(h.code, ())
                ),
            )
            for h in headings
        )
        menu_days.append(MenuDay(day, dishes))
    return WeeklyMenu("Københavns Politigård", W49, headings, tuple(menu_days), date(2026, 12, 3))


@dataclass(frozen=True)
class Run:
    """One piece of text drawn on the page: its size, fill colour and height on the page."""

    text: str
    size: float
    colour: tuple
    y: float
    x: float = 0.0


def text_runs(data: bytes) -> tuple[int, list[Run]]:
    """(page count, every text run of the first page with its effective font size and colour)."""
    reader = PdfReader(io.BytesIO(data))
    runs: list[Run] = []
    # [fill colour now, fill colour of the last text shown]: pypdf hands text over only at
    # the next font change, after the colour of the text that follows has been set.
    colour: list[tuple] = [(0.0, 0.0, 0.0), (0.0, 0.0, 0.0)]

    def operand(op, args, cm, tm):
        if op == b"rg":
            colour[0] = tuple(round(float(x), 3) for x in args)
        elif op in (b"Tj", b"TJ"):
            colour[1] = colour[0]

    def text(value, cm, tm, font, size):
        if value.strip():
            runs.append(Run(value.strip(), size * tm[3], colour[1], cm[5] + tm[5], cm[4] + tm[4]))

    reader.pages[0].extract_text(visitor_operand_before=operand, visitor_text=text)
    return len(reader.pages), runs


def sizes_of(runs: list[Run], names: list[str]) -> list[float]:
    """The font sizes of the runs that start a dish name (a wrapped name starts one run)."""
    heads = {name for line in (*demo_week.LINES, CAKE) for name in line[1:]}
    legend = max(r.y for r in runs if r.text.startswith(("Allergener", "Allergens")))
    return [
        r.size
        for r in runs
        for name in names
        if r.y > legend + 12 and r.text not in heads and name.startswith(r.text[:12])
    ]


CASES = [(7, 10), (6, 8), (5, 3)]


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("language", ["da", "en", "both"])
def test_every_case_is_one_page_with_its_legend(language, orientation):
    for days, lines in CASES:
        menu = demo_menu(lines, days)
        data = build_weekly_menu(menu, labels_for(language), orientation=orientation)
        pages, runs = text_runs(data)
        assert pages == 1, (days, lines)
        text = " ".join(r.text for r in runs)
        assert "Bløddyr" in text or "Molluscs" in text, (days, lines)
        assert ("Menu uge 49" if language != "en" else "Menu week 49") in text
        last = "Natmad" if lines > 8 else menu.lines[-1].name
        assert (last if language != "en" else menu.lines[-1].name_en) in text


# The least dish-name size measured for the demo's typical week (eight lines), per case.
TYPICAL = [
    ("da", "landscape", 7, 10.5),
    ("en", "landscape", 7, 10.5),
    ("da", "portrait", 7, 10.5),
    ("en", "portrait", 7, 10.5),
    ("da", "landscape", 5, 12.0),
    ("en", "landscape", 5, 12.5),
    ("da", "portrait", 5, 10.5),
    ("en", "portrait", 5, 10.5),
    # Two names per dish: the first (Danish) name's size; the English one is 0.8 of it.
    ("both", "landscape", 7, 8.0),
    ("both", "portrait", 7, 7.5),
    ("both", "landscape", 5, 9.5),
    ("both", "portrait", 5, 8.0),
]


def first_names(language: str, days: int) -> list[str]:
    """The dish names printed first in `language` ('both': the Danish that differ from English)."""
    dishes = [d for day in demo_week.DAYS[:days] for line in day.values() for d in line]
    if language == "en":
        return [d[1] for d in dishes]
    if language == "both":
        return [d[0] for d in dishes if d[0][:12] != d[1][:12]]
    return [d[0] for d in dishes]


@pytest.mark.parametrize(("language", "orientation", "days", "least"), TYPICAL)
def test_the_typical_week_is_readable_on_a_wall(language, orientation, days, least):
    menu = demo_menu(lines=8, days=days)
    data = build_weekly_menu(menu, labels_for(language), orientation=orientation)
    pages, runs = text_runs(data)
    assert pages == 1
    sizes = sizes_of(runs, first_names(language, days))
    assert sizes
    assert min(sizes) >= least
    marks = [r for r in runs if r.text.startswith(("1, 3, 7", "7, (", "1, 7"))]
    assert marks
    assert all(r.colour == (0.0, 0.0, 0.0) for r in marks)
    assert min(r.size for r in marks) >= 0.8 * least - 0.01


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_landscape_legend_is_one_row(language):
    pages, runs = text_runs(build_weekly_menu(demo_menu(8, 7), labels_for(language)))
    numbers = [r for r in runs if r.text in {str(n) for n in range(1, 15)} and r.y < 60]
    assert sorted(int(r.text) for r in numbers) == list(range(1, 15))
    assert len({round(r.y) for r in numbers}) == 1


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_the_poster_uses_narrow_margins(orientation):
    pages, runs = text_runs(
        build_weekly_menu(demo_menu(8, 7), labels_for("da"), orientation=orientation)
    )
    page_height = 595 if orientation == "landscape" else 842
    # 8 mm is 22.7 points: text starts just inside it (cell padding), nothing outside it.
    assert 22 < min(r.x for r in runs) < 30
    assert 22 < min(r.y for r in runs) < 30
    assert page_height - 45 < max(r.y for r in runs) < page_height - 22


def test_a_portrait_day_head_names_both_weekdays_on_one_line():
    menu = demo_menu(8, 7)
    pages, runs = text_runs(build_weekly_menu(menu, labels_for("both"), orientation="portrait"))
    mandag = next(r for r in runs if r.text.startswith("Mandag"))
    monday = next(r for r in runs if "Monday" in r.text)
    assert abs(mandag.y - monday.y) < 1


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_a_small_site_uses_the_page(orientation):
    menu = demo_menu(lines=3, days=5)
    pages, runs = text_runs(build_weekly_menu(menu, labels_for("da"), orientation=orientation))
    assert pages == 1
    names = [d[0] for day in demo_week.DAYS[:5] for dishes in day.values() for d in dishes]
    assert min(sizes_of(runs, names)) >= 16
    # The menu reaches down into the lowest third of the page instead of leaving it empty.
    page_height = 595 if orientation == "landscape" else 842
    legend = min(r.y for r in runs if r.text.startswith("Allergener"))
    lowest_dish = min(r.y for r in runs if any(n.startswith(r.text[:12]) for n in names))
    assert lowest_dish < page_height / 3
    assert lowest_dish > legend
