"""Drafts recalculated after a menu change, on a real SQLite file: diff, apply, undo, redo."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from canteen.db.models import MenuItem, MenuLine, PurchaseOrder, PurchaseOrderLine
from canteen.domain.weeks import IsoWeek
from canteen.services.ordering import save_suggestion, suggest_order
from canteen.services.ordering.lifecycle import change_status, remove_line, set_packs
from canteen.services.ordering.recalc import (
    ADDED,
    CHANGED,
    REMOVED,
    apply_changes,
    draft_changes,
    recalculation_for,
    replay,
    week_of_draft,
)
from tests.factories import (
    make_ingredient,
    make_menu_plan,
    make_product,
    make_recipe,
    make_site,
    make_supplier,
)

WEEK = IsoWeek(2026, 11)
MONDAY, WEDNESDAY, FRIDAY = date(2026, 3, 9), date(2026, 3, 11), date(2026, 3, 13)
NOW = datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def kitchen(db):
    """Pancakes Monday and Wednesday (eggs in cases of 180, flour in 2 kg bags), saved as a
    draft at the 80 % level; cheese is sold but not yet on the menu."""
    site = make_site(db, usual_covers=100)
    supplier = make_supplier(db, name="Grossisten", delivery_weekdays="12345", min_order_ore=0)
    eggs = make_ingredient(db, name="Æg", base_unit="pcs", piece_weight_g=60.0, category="egg")
    flour = make_ingredient(db, name="Hvedemel", base_unit="g")
    cheese = make_ingredient(db, name="Ost", base_unit="g")
    make_product(db, eggs, supplier, pack_size=180, price_ore=36000)
    make_product(db, flour, supplier, pack_size=2000, price_ore=3000)
    make_product(db, cheese, supplier, pack_size=1000, price_ore=8000)
    pancakes = make_recipe(db, [(eggs, 1.2, "kg"), (flour, 0.5, "kg")], name="Pandekager")
    toast = make_recipe(db, [(cheese, 0.8, "kg")], name="Ostetoast")
    with db.unit_of_work() as session:
        session.add(MenuLine(site_id=site, code="dish", name="Dagens ret", service="lunch"))
    plan = make_menu_plan(db, site, 2026, 11, [(MONDAY, pancakes), (WEDNESDAY, pancakes)])
    suggestion = suggest_order(db, site, WEEK, now=NOW, service_level=0.8)
    [number] = save_suggestion(db, suggestion, today=NOW.date())
    return {"site": site, "plan": plan, "pancakes": pancakes, "toast": toast, "number": number}


def _plan(db, kitchen, day, recipe, position):
    with db.unit_of_work() as session:
        line = session.scalar(select(MenuLine.id).where(MenuLine.site_id == kitchen["site"]))
        session.add(
            MenuItem(
                site_id=kitchen["site"],
                menu_plan_id=kitchen["plan"],
                day=day,
                menu_line_id=line,
                position=position,
                recipe_id=recipe,
            )  # fmt: skip
        )


def _lines(db) -> dict[str, int]:
    with db.reading() as session:
        return {line.product_id: line.packs for line in session.scalars(select(PurchaseOrderLine))}


def _total(db) -> int:
    with db.reading() as session:
        return session.scalars(select(PurchaseOrder.total_ore)).one()


def test_a_draft_knows_its_week_and_level_and_matches_until_the_menu_changes(db, kitchen):
    with db.reading() as session:
        note = session.scalars(select(PurchaseOrder.note)).one()
    assert week_of_draft(note) == ("2026-W11", 0.8)
    assert week_of_draft("Ringet ind af Bo") is None
    fresh = recalculation_for(db, kitchen["site"], kitchen["number"], now=NOW)
    assert not fresh.stale
    assert fresh.changes == ()


def test_a_menu_change_is_diffed_applied_and_undone_as_one_step(db, kitchen):
    site = kitchen["site"]
    before, total_before = _lines(db), _total(db)
    _plan(db, kitchen, FRIDAY, kitchen["pancakes"], 5)
    _plan(db, kitchen, FRIDAY, kitchen["toast"], 6)
    found = recalculation_for(db, site, kitchen["number"], now=NOW)
    assert found.stale
    kinds = {(c.kind, c.ingredient) for c in found.changes}
    assert kinds == {(CHANGED, "Æg"), (CHANGED, "Hvedemel"), (ADDED, "Ost")}
    eggs = next(c for c in found.changes if c.ingredient == "Æg")
    assert eggs.after > eggs.before
    edit = apply_changes(db, site, found)
    after = _lines(db)
    assert len(after) == 3
    assert after[eggs.product_id] == eggs.after
    assert _total(db) > total_before
    assert not recalculation_for(db, site, kitchen["number"], now=NOW).stale
    replay(db, site, edit.undo)
    assert _lines(db) == before
    assert _total(db) == total_before
    assert recalculation_for(db, site, kitchen["number"], now=NOW).stale
    replay(db, site, edit.redo)
    assert _lines(db) == after


def test_a_dish_taken_off_the_menu_removes_its_line_from_the_draft(db, kitchen):
    site = kitchen["site"]
    with db.unit_of_work() as session:
        for item in session.scalars(select(MenuItem)):
            item.recipe_id = kitchen["toast"]  # pancakes replaced by cheese toast both days
    found = draft_changes(db, site, WEEK, now=NOW, service_level=0.8)
    assert {(c.kind, c.ingredient) for c in found.changes} == {
        (REMOVED, "Æg"),
        (REMOVED, "Hvedemel"),
        (ADDED, "Ost"),
    }
    apply_changes(db, site, found)
    with db.reading() as session:
        removed = session.scalars(
            select(PurchaseOrderLine).where(PurchaseOrderLine.deleted_at.is_not(None)),
            execution_options={"include_deleted": True},
        ).all()
    assert len(removed) == 2  # tombstones, never deleted: the lines sync


def test_a_sent_order_is_not_recalculated_and_counts_as_on_order(db, kitchen):
    site = kitchen["site"]
    change_status(db, site, kitchen["number"], "sent")
    assert recalculation_for(db, site, kitchen["number"], now=NOW) is None
    again = suggest_order(db, site, WEEK, now=NOW, service_level=0.8)
    assert again.lines == []  # what was sent already covers the week


def test_packs_typed_or_lines_removed_by_hand_do_not_make_the_drafts_stale(db, kitchen):
    site = kitchen["site"]
    with db.reading() as session:
        first, second = session.scalars(select(PurchaseOrderLine.id)).all()
    set_packs(db, site, first, "9")
    remove_line(db, site, second)
    assert not recalculation_for(db, site, kitchen["number"], now=NOW).stale
