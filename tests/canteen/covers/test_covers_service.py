"""The week grid, typed covers, site events, overrides and the covers planning uses."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from canteen.db.models import Forecast, ForecastOverride, Headcount, SiteEvent
from canteen.domain.weeks import IsoWeek
from canteen.errors import NotFoundError, ValidationError
from canteen.services.covers import (
    CLOSED,
    DUPLICATE_ENTRY,
    FORECAST,
    NONE,
    OVERRIDE,
    SERVICE_NOT_OFFERED,
    USUAL,
    CoverEntry,
    add_event,
    clear_override,
    delete_event,
    list_events,
    planned_covers,
    planned_range,
    save_covers,
    set_override,
    update_event,
    week_grid,
)
from canteen.services.covers_import import IN_FUTURE, NEGATIVE, NOT_A_NUMBER, NOT_WHOLE
from tests.factories import make_site

TODAY = date(2026, 12, 31)
WEEK_52 = IsoWeek.of(2026, 52)  # 21-27 December: Christmas Eve, Christmas Day, Boxing Day


def test_grid_has_seven_days_by_services_with_days_off_and_events(db):
    site_id = make_site(db, services="breakfast,lunch")
    save_covers(db, site_id, [CoverEntry(date(2026, 12, 21), "lunch", 140)], today=TODAY)
    add_event(db, site_id, date(2026, 12, 22), date(2026, 12, 23), "closed")
    grid = week_grid(db, site_id, WEEK_52)
    assert grid.services == ("breakfast", "lunch")
    assert [d.day.day for d in grid.days] == [21, 22, 23, 24, 25, 26, 27]
    monday = grid.days[0]
    assert [(c.service, c.covers, c.source) for c in monday.cells] == [
        ("breakfast", None, None),
        ("lunch", 140, "manual"),
    ]
    assert [d.closed for d in grid.days[:4]] == [False, True, True, False]
    assert grid.days[3].day_off_kind == "customary"  # Christmas Eve
    assert grid.days[4].day_off_kind == "public"


def test_save_keeps_valid_entries_and_rejects_the_rest_with_reasons(db):
    site_id = make_site(db, services="lunch")
    result = save_covers(
        db,
        site_id,
        [
            CoverEntry(date(2026, 12, 21), "lunch", "1250"),
            CoverEntry(date(2026, 12, 20), "lunch", "1.250"),
            CoverEntry(date(2026, 12, 22), "lunch", "-3"),
            CoverEntry(date(2026, 12, 23), "lunch", "mange"),
            CoverEntry(date(2026, 12, 24), "lunch", "12,5"),
            CoverEntry(date(2026, 12, 28), "dinner", 10),
            CoverEntry(date(2027, 1, 4), "lunch", 10),
            CoverEntry(date(2026, 12, 29), "lunch", 10),
            CoverEntry(date(2026, 12, 29), "lunch", 11),
        ],
        today=TODAY,
    )
    assert result.saved == 1
    assert [(r.day.day, r.reason) for r in result.rejected] == [
        (20, "ambiguous_number"),  # 1250 in Danish, 1.25 in English: never guessed
        (22, NEGATIVE),
        (23, NOT_A_NUMBER),
        (24, NOT_WHOLE),
        (28, SERVICE_NOT_OFFERED),
        (4, IN_FUTURE),
        (29, DUPLICATE_ENTRY),
        (29, DUPLICATE_ENTRY),
    ]
    with db.reading() as session:
        assert [(h.day, h.covers) for h in session.scalars(select(Headcount))] == [
            (date(2026, 12, 21), 1250)
        ]


def test_saving_again_updates_and_an_empty_cell_clears_softly(db):
    site_id = make_site(db, services="lunch")
    day = date(2026, 12, 21)
    save_covers(db, site_id, [CoverEntry(day, "lunch", 100)], today=TODAY)
    again = save_covers(db, site_id, [CoverEntry(day, "lunch", 100)], today=TODAY)
    changed = save_covers(db, site_id, [CoverEntry(day, "lunch", 105)], today=TODAY)
    cleared = save_covers(db, site_id, [CoverEntry(day, "lunch", "")], today=TODAY)
    assert (again.unchanged, changed.saved, cleared.cleared) == (1, 1, 1)
    assert week_grid(db, site_id, WEEK_52).days[0].cells[0].covers is None
    with db.reading() as session:
        tombstone = session.scalars(select(Headcount).execution_options(include_deleted=True)).one()
    assert tombstone.deleted_at is not None
    assert tombstone.covers == 105
    revived = save_covers(db, site_id, [CoverEntry(day, "lunch", 90)], today=TODAY)
    assert revived.saved == 1
    assert week_grid(db, site_id, WEEK_52).days[0].cells[0].covers == 90


def test_event_with_end_before_start_is_refused(db):
    site_id = make_site(db)
    with pytest.raises(ValidationError, match="ends before it starts") as caught:
        add_event(db, site_id, date(2026, 12, 10), date(2026, 12, 9), "course", 20)
    assert caught.value.data["reason"] == "end_before_start"
    with db.reading() as session:
        assert session.scalars(select(SiteEvent)).first() is None


@pytest.mark.parametrize(
    ("kind", "effect", "reason"),
    [
        ("party", 10, "unknown_kind"),
        ("course", -120, "effect_out_of_range"),
        ("visit", 900, "effect_out_of_range"),
    ],
)
def test_event_kind_and_effect_are_checked(db, kind, effect, reason):
    site_id = make_site(db)
    with pytest.raises(ValidationError, match="kind|effect") as caught:
        add_event(db, site_id, date(2026, 12, 1), date(2026, 12, 1), kind, effect)
    assert caught.value.data["reason"] == reason


def test_events_are_listed_updated_and_soft_deleted(db):
    site_id = make_site(db)
    course = add_event(
        db, site_id, date(2026, 12, 1), date(2026, 12, 3), "course", 25, description="Skydekursus"
    )
    closed = add_event(db, site_id, date(2026, 12, 10), date(2026, 12, 10), "closed", 50)
    assert closed.effect_pct is None  # a closure has no percentage
    moved = update_event(db, course.id, end_date=date(2026, 12, 4), effect_pct=30)
    assert (moved.end_date, moved.effect_pct, moved.description) == (
        date(2026, 12, 4),
        30,
        "Skydekursus",
    )
    with pytest.raises(ValidationError, match="ends before it starts"):
        update_event(db, course.id, start_date=date(2026, 12, 5))
    assert [e.id for e in list_events(db, site_id, date(2026, 12, 4), date(2026, 12, 9))] == [
        course.id
    ]
    delete_event(db, course.id)
    assert [e.id for e in list_events(db, site_id)] == [closed.id]
    with db.reading() as session:
        kept = session.get(SiteEvent, course.id, execution_options={"include_deleted": True})
    assert kept.deleted_at is not None
    with pytest.raises(NotFoundError, match="no such event"):
        delete_event(db, "00000000-0000-0000-0000-000000000000")


def _forecast(db, site_id, day, covers, made_on):
    with db.unit_of_work() as session:
        session.add(
            Forecast(
                site_id=site_id,
                day=day,
                service="lunch",
                made_on=made_on,
                covers=covers,
                low=covers - 10,
                high=covers + 10,
                model="gbm",
            )
        )


def test_planned_covers_prefers_override_then_forecast_then_usual(db):
    site_id = make_site(db, usual_covers=150)
    monday, tuesday, wednesday = date(2027, 1, 4), date(2027, 1, 5), date(2027, 1, 6)
    saturday = date(2027, 1, 9)
    _forecast(db, site_id, monday, 120.4, date(2026, 12, 1))
    _forecast(db, site_id, monday, 131.6, date(2026, 12, 20))  # the latest wins
    _forecast(db, site_id, tuesday, 125.0, date(2026, 12, 20))
    set_override(db, site_id, tuesday, "lunch", 90, "julefrokost")
    assert planned_covers(db, site_id, monday) == (132, FORECAST)
    assert planned_covers(db, site_id, tuesday) == (90, OVERRIDE)
    assert planned_covers(db, site_id, wednesday) == (150, USUAL)
    assert planned_covers(db, site_id, saturday).source == NONE
    add_event(db, site_id, monday, monday, "closed")
    value, source = planned_covers(db, site_id, monday)
    assert (value, source) == (0, CLOSED)
    week = planned_range(db, site_id, monday, saturday)
    assert [week[d].source for d in (monday, tuesday, wednesday)] == [CLOSED, OVERRIDE, USUAL]


def test_override_cleared_and_set_again_reuses_its_row(db):
    site_id = make_site(db)
    day = date(2027, 1, 4)
    set_override(db, site_id, day, "lunch", 90)
    assert clear_override(db, site_id, day, "lunch") is True
    assert clear_override(db, site_id, day, "lunch") is False
    assert planned_covers(db, site_id, day).source != OVERRIDE
    again = set_override(db, site_id, day, "lunch", 95, "besøg")
    assert (again.covers, again.reason) == (95, "besøg")
    with db.reading() as session:
        rows = session.scalars(
            select(ForecastOverride).execution_options(include_deleted=True)
        ).all()
    assert [(r.covers, r.deleted_at) for r in rows] == [(95, None)]


@pytest.mark.parametrize("covers", [-1, 2.5, True, 200_000])
def test_override_must_be_a_sensible_whole_number(db, covers):
    site_id = make_site(db)
    with pytest.raises(ValidationError, match="covers") as caught:
        set_override(db, site_id, date(2027, 1, 4), "lunch", covers)
    assert caught.value.data["reason"] in (NEGATIVE, "too_large")
