"""Menu lines per site (CRUD with undo data) and moving between weeks."""

from __future__ import annotations

from datetime import date

import pytest

from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError
from canteen.services import menus

W48 = IsoWeek(2026, 48)


def codes(db, site, **kw):
    return [x.code for x in menus.list_menu_lines(db, site, **kw)]


def test_add_rename_reorder_and_deactivate_lines(kitchen):
    db, site = kitchen.db, kitchen.site
    night, before = menus.save_menu_line(
        db, site, menus.MenuLineDraft("night", "Nattemad", "Night meal", service="dinner")
    )
    assert before is None
    assert codes(db, site)[-1] == "night"
    renamed, before = menus.save_menu_line(
        db, site, menus.MenuLineDraft("night", "Natmad", id=night.id, service="dinner")
    )
    assert (before.name, renamed.name) == ("Nattemad", "Natmad")
    order = menus.reorder_menu_lines(db, site, ["soup", "dish", "veg", "salad", "dessert"])
    assert order[:2] == ["dish", "veg"]
    assert codes(db, site)[:2] == ["soup", "dish"]
    menus.reorder_menu_lines(db, site, order)
    assert codes(db, site)[:2] == ["dish", "veg"]
    soup = next(x for x in menus.list_menu_lines(db, site) if x.code == "soup")
    menus.save_menu_line(db, site, menus.MenuLineDraft("soup", "Suppe", id=soup.id, active=False))
    assert "soup" not in codes(db, site)
    assert "soup" in codes(db, site, include_inactive=True)


@pytest.mark.parametrize(
    ("draft", "field", "reason"),
    [
        (menus.MenuLineDraft("dish", "Igen"), "code", "duplicate_code"),
        (menus.MenuLineDraft("Dagens Ret", "X"), "code", "bad_code"),
        (menus.MenuLineDraft("x", "  "), "name", "required"),
        (menus.MenuLineDraft("x", "X", service="brunch"), "service", "unknown_service"),
    ],
)
def test_bad_lines_are_refused(kitchen, draft, field, reason):
    with pytest.raises(ValidationError) as caught:
        menus.save_menu_line(kitchen.db, kitchen.site, draft)
    assert (caught.value.data["field"], caught.value.data["reason"]) == (field, reason)
    assert len(codes(kitchen.db, kitchen.site)) == 5


def test_a_removed_line_keeps_its_dishes_and_can_come_back(kitchen):
    db, site = kitchen.db, kitchen.site
    where = menus.day_key(W48.monday(), "dessert")
    menus.set_cell(db, site, where, kitchen.pancakes)
    dessert = next(x for x in menus.list_menu_lines(db, site) if x.code == "dessert")
    removed = menus.remove_menu_line(db, site, dessert.id)
    view = menus.load_week(db, site, W48)
    assert view.cell(where) is not None
    assert ("unknown_line", where) in {(w.code, w.key) for w in view.warnings}
    menus.save_menu_line(db, site, menus.draft_of(removed))
    assert "dessert" in codes(db, site)
    assert "unknown_line" not in {w.code for w in menus.load_week(db, site, W48).warnings}


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("uge 48", IsoWeek(2026, 40), IsoWeek(2026, 48)),
        ("Uge 2", IsoWeek(2026, 50), IsoWeek(2027, 2)),
        ("u52", IsoWeek(2027, 3), IsoWeek(2026, 52)),
        ("48", IsoWeek(2026, 30), IsoWeek(2026, 48)),
        ("48", IsoWeek(2026, 1), IsoWeek(2025, 48)),
        ("uge 48 2027", IsoWeek(2026, 1), IsoWeek(2027, 48)),
        ("2026-W48", IsoWeek(2020, 1), IsoWeek(2026, 48)),
        ("2026-11-23", IsoWeek(2020, 1), IsoWeek(2026, 48)),
        ("29.12.2025", IsoWeek(2020, 1), IsoWeek(2026, 1)),
        ("23/11", IsoWeek(2026, 45), IsoWeek(2026, 48)),
        ("uge 53", IsoWeek(2026, 50), IsoWeek(2026, 53)),
    ],
)
def test_jump_to_a_week(text, reference, expected):
    assert menus.parse_week_input(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2026-W54", "no_such_week"),
        ("uge 60", "no_such_week"),
        ("31.02.2026", "not_a_date"),
        ("hej", "not_a_week"),
    ],
)
def test_a_week_that_does_not_exist_is_refused(text, reason):
    with pytest.raises(ValidationError) as caught:
        menus.parse_week_input(text, W48)
    assert (caught.value.data["field"], caught.value.data["reason"]) == ("week", reason)


def test_previous_and_next_week_cross_the_year():
    assert menus.next_week(IsoWeek(2026, 53)) == IsoWeek(2027, 1)
    assert menus.previous_week(IsoWeek(2027, 1)) == IsoWeek(2026, 53)
    assert IsoWeek.containing(date(2026, 12, 31)) == IsoWeek(2026, 53)
