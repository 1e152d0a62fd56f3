"""Planned portions typed in the planner: the one number reader, and a plausible bound."""

from __future__ import annotations

from datetime import date

import pytest

from canteen.domain.numbers import NumberProblem
from canteen.errors import ValidationError
from canteen.services import menus
from tests.canteen.menus.conftest import state
from tests.factories import make_ingredient, make_recipe, make_site

MONDAY = date(2026, 11, 23)


def dish(day):
    """The lunch dish-of-the-day cell of a day."""
    return menus.day_key(day, "dish")


@pytest.mark.parametrize(
    ("typed", "portions"), [("120", 120), (" 1 200 ", 1200), ("+7", 7), (0, 0)]
)
def test_typed_portions_are_read(kitchen, typed, portions):
    menus.set_cell(kitchen.db, kitchen.site, dish(MONDAY), kitchen.meatballs, portions=typed)
    assert state(kitchen.db, kitchen.site, MONDAY, MONDAY)[dish(MONDAY)][1] == portions


@pytest.mark.parametrize(
    ("typed", "reason"),
    [("1.250", "ambiguous_number"), ("1,250", "ambiguous_number"), ("12,5", "not_whole"),
     ("tyve", "not_a_number")],
)  # fmt: skip
def test_portions_that_are_not_one_whole_number_are_refused(kitchen, typed, reason):
    menus.set_cell(kitchen.db, kitchen.site, dish(MONDAY), kitchen.meatballs, portions=12)
    with pytest.raises(NumberProblem, match="number") as caught:
        menus.set_portions(kitchen.db, kitchen.site, dish(MONDAY), typed)
    assert caught.value.data["field"] == "planned_portions"
    assert (caught.value.reason, caught.value.value) == (reason, typed)
    assert state(kitchen.db, kitchen.site, MONDAY, MONDAY)[dish(MONDAY)][1] == 12


def test_typed_portions_above_the_bound_are_refused_naming_it(kitchen):
    menus.set_cell(kitchen.db, kitchen.site, dish(MONDAY), kitchen.meatballs, portions=12)
    assert menus.set_portions(kitchen.db, kitchen.site, dish(MONDAY), "5000")
    with pytest.raises(ValidationError, match="plausible") as caught:
        menus.set_portions(kitchen.db, kitchen.site, dish(MONDAY), "50000")
    assert caught.value.data["reason"] == "too_large"
    assert caught.value.data["limit"] == 5000
    assert state(kitchen.db, kitchen.site, MONDAY, MONDAY)[dish(MONDAY)][1] == 5000


def test_portions_the_program_works_out_or_undoes_are_not_bounded(db):
    site = make_site(db, name="Stor kantine", usual_covers=40_000)
    menus.ensure_default_lines(db, site)
    recipe = make_recipe(db, [(make_ingredient(db, name="Kål"), 1, "kg")], name="Kålsuppe")
    edit = menus.set_cell(db, site, dish(MONDAY), recipe)
    planned = state(db, site, MONDAY, MONDAY)[dish(MONDAY)][1]
    assert planned > 5000
    menus.set_portions(db, site, dish(MONDAY), "100")
    menus.apply_cells(db, site, edit.redo)
    assert state(db, site, MONDAY, MONDAY)[dish(MONDAY)][1] == planned
