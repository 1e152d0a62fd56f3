"""Every planner edit returns its undo: replaying it restores the plan, replaying redo re-applies."""

from __future__ import annotations

from itertools import count

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError
from canteen.services import menus
from tests.canteen.menus.conftest import state

LINES = ("dish", "veg", "soup")
RECIPES = ("meatballs", "kale_pie", "porridge")
_weeks = count()

cells = st.tuples(st.integers(0, 2), st.sampled_from(LINES))
edits = st.one_of(
    st.tuples(st.just("set"), cells, st.sampled_from(RECIPES), st.none() | st.integers(0, 300)),
    st.tuples(st.just("clear"), cells),
    st.tuples(st.just("portions"), cells, st.integers(0, 300)),
    st.tuples(st.just("move"), cells, cells),
)


def _run(kitchen, week, edit):
    db, site = kitchen.db, kitchen.site

    def at(cell):
        return menus.day_key(week.days(3)[cell[0]], cell[1])

    kind = edit[0]
    if kind == "set":
        return menus.set_cell(db, site, at(edit[1]), getattr(kitchen, edit[2]), portions=edit[3])
    if kind == "clear":
        return menus.clear_cell(db, site, at(edit[1]))
    if kind == "portions":
        return menus.set_portions(db, site, at(edit[1]), edit[2])
    return menus.move_cell(db, site, at(edit[1]), at(edit[2]))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(edits, min_size=1, max_size=8))
def test_undo_restores_and_redo_reapplies_every_edit(kitchen, sequence):
    # Each example plans its own week of the shared database, so examples never meet.
    week = IsoWeek(2030, 1).shifted(next(_weeks))
    first, last = week.days(3)[0], week.days(3)[-1]
    history = []
    for edit in sequence:
        before = state(kitchen.db, kitchen.site, first, last)
        try:
            done = _run(kitchen, week, edit)
        except ValidationError:
            # A refused edit (e.g. portions of an empty cell) changes nothing.
            assert state(kitchen.db, kitchen.site, first, last) == before
            continue
        history.append((before, done, state(kitchen.db, kitchen.site, first, last)))
    for before, done, after in reversed(history):
        assert state(kitchen.db, kitchen.site, first, last) == after
        menus.apply_cells(kitchen.db, kitchen.site, done.undo)
        assert state(kitchen.db, kitchen.site, first, last) == before
    if history:
        before, done, after = history[0]
        menus.apply_cells(kitchen.db, kitchen.site, done.redo)
        assert state(kitchen.db, kitchen.site, first, last) == after
