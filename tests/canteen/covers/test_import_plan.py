"""What an import would change, hand-typed numbers kept, questionable figures, and its undo."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from canteen.db.models import Headcount
from canteen.services.covers import (
    IMPLAUSIBLE,
    CoverEntry,
    restore_headcounts,
    save_covers,
    usual_range,
)
from canteen.services.covers_import import (
    ColumnMapping,
    import_covers,
    plan_import,
    read_csv_text,
)
from tests.factories import make_site

TODAY = date(2026, 11, 30)
MAPPING = ColumnMapping("date", "covers")


def _history(db, site_id, days=60):
    """Weekday lunches of 40–62 covers for `days` days before TODAY, recorded by the till."""
    lines = ["date,covers"]
    for back in range(1, days + 1):
        day = TODAY - timedelta(days=back)
        if day.weekday() < 5:
            lines.append(f"{day.isoformat()},{40 + (back * 7) % 23}")
    import_covers(db, site_id, read_csv_text("\n".join(lines)), MAPPING, today=TODAY)


def _rows(db):
    with db.reading() as session:
        found = session.scalars(select(Headcount).execution_options(include_deleted=True))
        return {
            h.day.day: (h.covers, h.source, h.confirmed, h.deleted_at is not None) for h in found
        }


def test_the_usual_range_comes_from_the_last_year_and_questions_far_higher_figures(db):
    site_id = make_site(db, services="lunch")
    _history(db, site_id)
    usual = usual_range(db, site_id, "lunch", TODAY)
    assert (usual.low, usual.high) == (42, 61)
    assert usual.limit == 3 * 61  # three times the busiest usual day (95th percentile)
    assert usual.questions(5300)
    assert not usual.questions(120)


def test_capacity_caps_the_limit_and_usual_covers_stand_in_without_history(db):
    site_id = make_site(db, services="lunch", usual_covers=55, capacity=90)
    usual = usual_range(db, site_id, "lunch", TODAY)
    assert (usual.low, usual.high, usual.limit) == (38, 72, 90)
    assert usual_range(db, make_site(db, services="lunch"), "lunch", TODAY) is None


def test_a_wild_typed_figure_is_held_back_until_confirmed(db):
    site_id = make_site(db, services="lunch", usual_covers=55)
    day = date(2026, 11, 27)
    refused = save_covers(db, site_id, [CoverEntry(day, "lunch", "5300")], today=TODAY)
    assert refused.rejected[0].reason == IMPLAUSIBLE
    assert (refused.rejected[0].usual.low, refused.rejected[0].usual.high) == (38, 72)
    assert _rows(db) == {}
    entry = CoverEntry(day, "lunch", "5300", confirmed=True)
    assert save_covers(db, site_id, [entry], today=TODAY).saved == 1
    assert _rows(db) == {27: (5300, "manual", True, False)}
    save_covers(db, site_id, [CoverEntry(day, "lunch", "56", confirmed=True)], today=TODAY)
    assert _rows(db)[27] == (56, "manual", False, False)  # only a questioned figure is marked


def test_the_plan_counts_new_changed_hand_typed_and_questionable_rows(db):
    site_id = make_site(db, services="lunch", usual_covers=55)
    save_covers(db, site_id, [CoverEntry(date(2026, 11, 23), "lunch", 50)], today=TODAY)
    import_covers(db, site_id, read_csv_text("date,covers\n2026-11-24,44\n"), MAPPING, today=TODAY)
    table = read_csv_text(
        "date,covers\n2026-11-23,52\n2026-11-24,45\n2026-11-25,60\n2026-11-26,5300\n2026-11-27,x\n"
    )
    plan = plan_import(db, site_id, table, MAPPING, today=TODAY)
    assert [row.day.day for row in plan.new] == [25]
    assert [(c.day.day, c.old, c.new, c.manual) for c in plan.changed] == [
        (23, 50, 52, True),
        (24, 44, 45, False),
    ]
    assert [c.day.day for c in plan.manual] == [23]
    assert [(q.day.day, q.covers, q.usual.high) for q in plan.questioned] == [(26, 5300, 72)]
    assert [r.line for r in plan.rejected] == [6]
    assert plan.importable == 4


def test_import_keeps_hand_typed_numbers_by_default_and_replaces_them_when_asked(db):
    site_id = make_site(db, services="lunch", usual_covers=55)
    save_covers(db, site_id, [CoverEntry(date(2026, 11, 23), "lunch", 50)], today=TODAY)
    table = read_csv_text("date,covers\n2026-11-23,52\n2026-11-24,5300\n2026-11-25,60\n")
    kept = import_covers(db, site_id, table, MAPPING, today=TODAY)
    assert (kept.inserted, kept.updated, kept.kept_manual, kept.skipped_questioned) == (1, 0, 1, 1)
    assert _rows(db) == {23: (50, "manual", False, False), 25: (60, "import", False, False)}
    replaced = import_covers(
        db, site_id, table, MAPPING, today=TODAY, keep_manual=False, include_questioned=True
    )
    assert (replaced.inserted, replaced.updated, replaced.kept_manual) == (1, 1, 0)
    assert _rows(db) == {
        23: (52, "import", False, False),
        24: (5300, "import", True, False),
        25: (60, "import", False, False),
    }


def test_undoing_an_import_restores_every_old_value_and_tombstones_new_rows(db):
    site_id = make_site(db, services="lunch", usual_covers=55)
    save_covers(db, site_id, [CoverEntry(date(2026, 11, 23), "lunch", 50)], today=TODAY)
    table = read_csv_text("date,covers\n2026-11-23,52\n2026-11-25,60\n")
    report = import_covers(db, site_id, table, MAPPING, today=TODAY, keep_manual=False)
    restore_headcounts(db, site_id, [change.before for change in report.changes])
    # The new day is a tombstone, never removed: a synced row must stay to carry its deletion.
    assert _rows(db) == {23: (50, "manual", False, False), 25: (60, "import", False, True)}
    restore_headcounts(db, site_id, [change.after for change in report.changes])
    assert _rows(db) == {23: (52, "import", False, False), 25: (60, "import", False, False)}
