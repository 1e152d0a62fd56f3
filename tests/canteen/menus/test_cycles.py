"""Menu cycles: saved from planned weeks, applied over a range across Christmas and closures."""

from __future__ import annotations

from datetime import date

import pytest

from canteen.db.models import SiteEvent
from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError
from canteen.services import cycles, menus
from tests.canteen.menus.conftest import state

W48, W49 = IsoWeek(2026, 48), IsoWeek(2026, 49)
FIRST, LAST = date(2026, 12, 14), date(2027, 1, 3)  # ISO weeks 51, 52 and 53


def key(day, line):
    return menus.day_key(day, line)


@pytest.fixture
def rotation(kitchen):
    """A two-week rotation saved from weeks 48 and 49."""
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, key(W48.days(5)[0], "dish"), kitchen.meatballs)
    menus.set_cell(db, site, key(W48.days(5)[4], "veg"), kitchen.kale_pie)
    menus.set_cell(db, site, key(W49.days(5)[0], "dish"), kitchen.pancakes)
    menus.set_cell(db, site, key(W49.days(5)[3], "soup"), kitchen.porridge)
    return cycles.save_cycle(db, site, "Vinter", W48, 2)


def test_a_saved_cycle_holds_the_weeks_dishes(kitchen, rotation):
    assert (rotation.cycle.weeks, rotation.cycle.item_count) == (2, 4)
    found = {(i.week_index, i.weekday, i.line, i.recipe_name) for i in rotation.items}
    assert found == {
        (0, 1, "dish", "Frikadeller"),
        (0, 5, "veg", "Grønkålstærte"),
        (1, 1, "dish", "Pandekager"),
        (1, 4, "soup", "Øllebrød"),
    }
    assert [c.name for c in cycles.list_cycles(kitchen.db, kitchen.site)] == ["Vinter"]


def test_applying_across_christmas_skips_holidays_closures_and_planned_cells(kitchen, rotation):
    db, site = kitchen.db, kitchen.site
    with db.unit_of_work() as session:
        session.add(
            SiteEvent(
                site_id=site,
                start_date=FIRST,
                end_date=FIRST,
                kind="closed",
                description="Julefrokost",
            )
        )
    menus.set_cell(db, site, key(date(2026, 12, 18), "veg"), kitchen.salad, portions=9)
    before = state(db, site, FIRST, LAST)

    edit = cycles.apply_cycle(db, site, rotation.cycle.id, FIRST, LAST)

    planned = state(db, site, FIRST, LAST)
    assert {k: v[0] for k, v in planned.items()} == {
        key(date(2026, 12, 18), "veg"): kitchen.salad,  # already planned: kept
        key(date(2026, 12, 21), "dish"): kitchen.pancakes,  # week 52 = cycle week 2
        key(date(2026, 12, 28), "dish"): kitchen.meatballs,  # week 53 = cycle week 1 again
    }
    assert {(w.code, w.day) for w in edit.skipped} == {
        ("closed", date(2026, 12, 14)),  # the site's own closure
        ("cell_kept", date(2026, 12, 18)),
        ("day_off", date(2026, 12, 24)),  # Christmas Eve, customary day off
        ("day_off", date(2027, 1, 1)),  # New Year's Day
    }
    assert edit.portions_source == "usual"
    menus.apply_cells(db, site, edit.undo)
    assert state(db, site, FIRST, LAST) == before


def test_overwrite_replaces_planned_cells(kitchen, rotation):
    db, site = kitchen.db, kitchen.site
    friday = date(2026, 12, 18)
    menus.set_cell(db, site, key(friday, "veg"), kitchen.salad)
    edit = cycles.apply_cycle(db, site, rotation.cycle.id, FIRST, LAST, overwrite=True)
    assert state(db, site, friday, friday)[key(friday, "veg")][0] == kitchen.kale_pie
    restored = {a.key: a.value for a in edit.undo}
    assert restored[key(friday, "veg")].recipe_id == kitchen.salad


def test_the_cycle_can_start_at_its_second_week(kitchen, rotation):
    edit = cycles.apply_cycle(
        kitchen.db,
        kitchen.site,
        rotation.cycle.id,
        date(2027, 1, 4),
        date(2027, 1, 8),
        start_index=1,
    )
    assert [(a.key.day, a.value.recipe_id) for a in edit.redo] == [
        (date(2027, 1, 4), kitchen.pancakes),
        (date(2027, 1, 7), kitchen.porridge),
    ]


@pytest.mark.parametrize(
    ("first", "last", "start", "field", "reason"),
    [
        (date(2027, 1, 8), date(2027, 1, 4), 0, "last", "before_first"),
        (date(2027, 1, 4), date(2030, 1, 4), 0, "last", "too_long"),
        (date(2027, 1, 4), date(2027, 1, 8), 2, "start_index", "out_of_range"),
    ],
)
def test_bad_ranges_are_refused(kitchen, rotation, first, last, start, field, reason):
    with pytest.raises(ValidationError) as caught:
        cycles.apply_cycle(
            kitchen.db, kitchen.site, rotation.cycle.id, first, last, start_index=start
        )
    assert (caught.value.data["field"], caught.value.data["reason"]) == (field, reason)


def test_empty_weeks_make_no_cycle(kitchen):
    with pytest.raises(ValidationError) as caught:
        cycles.save_cycle(kitchen.db, kitchen.site, "Tom", IsoWeek(2027, 10), 3)
    assert caught.value.data["reason"] == "nothing_planned"


def test_deleted_cycles_are_gone(kitchen, rotation):
    cycles.delete_cycle(kitchen.db, kitchen.site, rotation.cycle.id)
    assert cycles.list_cycles(kitchen.db, kitchen.site) == []


def test_renaming_a_lines_code_keeps_its_planned_and_rotating_dishes(kitchen, rotation):
    db, site = kitchen.db, kitchen.site
    veg = next(x for x in menus.list_menu_lines(db, site) if x.code == "veg")
    menus.save_menu_line(db, site, menus.MenuLineDraft("green", "Grøn ret", id=veg.id))
    planned = state(db, site, W48.monday(), W49.days(7)[-1])
    assert planned[key(W48.days(5)[4], "green")][0] == kitchen.kale_pie
    assert not any(k.line == "veg" for k in planned)
    found = cycles.get_cycle(db, site, rotation.cycle.id).items
    assert (0, 5, "green", "Grønkålstærte") in {
        (i.week_index, i.weekday, i.line, i.recipe_name) for i in found
    }
    # A new line may take the old code: it starts empty, the dishes stay on the renamed line.
    menus.save_menu_line(db, site, menus.MenuLineDraft("veg", "Vegetarisk"))
    menus.set_cell(db, site, key(W48.days(5)[4], "veg"), kitchen.porridge)
    planned = state(db, site, W48.monday(), W48.days(7)[-1])
    assert planned[key(W48.days(5)[4], "green")][0] == kitchen.kale_pie
    assert planned[key(W48.days(5)[4], "veg")][0] == kitchen.porridge
