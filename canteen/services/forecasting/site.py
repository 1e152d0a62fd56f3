"""Forecast a site's covers from its history and store them; the accuracy panel's backtest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from canteen.db.engine import Database
from canteen.errors import ValidationError
from canteen.forecast.calendars import CountryCalendar
from canteen.forecast.engine import forecast_series
from canteen.forecast.explanations import Effect, event_effect, explain
from canteen.forecast.schedule import future_open_days
from canteen.forecast.series import sundays_between
from canteen.services.covers import EventRow
from canteen.services.forecasting.accuracy import ServiceAccuracy, service_accuracy
from canteen.services.forecasting.history import (
    SiteHistory,
    closed_days,
    event_factor,
    for_service,
    read_site_history,
    service_series,
)
from canteen.services.forecasting.stored import store_rows

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]

MAX_WEEKS = 8
SELECTION_WEEKS = 26  # origins of the rolling backtest that chooses the model
SHORT_HISTORY_DAYS = 20
USUAL_SPREAD = 0.3  # the interval around usual covers when nothing is recorded yet


@dataclass(frozen=True)
class ForecastRow:
    """One forecast day and service: covers, its interval, the model and the main effects."""

    day: date
    service: str
    covers: float
    low: float
    high: float
    model: str
    effects: tuple[Effect, ...] = ()


@dataclass(frozen=True)
class Note:
    """Something the user should know about a forecast, by code: no_history, short_history,
    default_model (too little backtest to choose), screened (wild values left out:
    data {"days": [(date, covers), ...]})."""

    code: str
    service: str
    data: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ForecastOutcome:
    """What `forecast_site` made: the rows (stored when asked), accuracy per service, notes."""

    site_id: str
    made_on: date
    rows: tuple[ForecastRow, ...]
    accuracy: tuple[ServiceAccuracy, ...]
    notes: tuple[Note, ...]


def forecast_site(
    db: Database,
    site_id: str,
    weeks: int = MAX_WEEKS,
    *,
    country: str = "DK",
    today: date | None = None,
    store: bool = True,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> ForecastOutcome:
    """Forecast every service of a site for the next `weeks` weeks (1-8) and store the rows.

    The model per service is chosen by a rolling backtest over the last half year of the site's
    own history; intervals come from that backtest's errors. Wild values (far above the same
    weekday around them, and not confirmed as real) are left out of both, and a note says so.
    With no history the site's usual covers stand in (lunch on weekdays) and a note says so.
    """
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError("weeks must be 1-8", reason="bad_weeks", weeks=weeks)
    today = today or date.today()
    history = read_site_history(db, site_id, today)
    calendar = CountryCalendar(country)
    plans = [(s, _origins(history.recorded[s], today)) for s in history.services]
    total = sum(len(origins) + 1 for _, origins in plans)
    done = 0
    rows: list[ForecastRow] = []
    accuracy: list[ServiceAccuracy] = []
    notes: list[Note] = []

    def step(_done: int, _total: int) -> None:
        if progress is not None:
            progress(done + _done, total)

    for service, _origin_list in plans:
        made = _forecast_service(history, service, today, weeks, calendar, step, should_cancel)
        done += len(_origin_list) + 1
        if progress is not None:
            progress(done, total)
        rows.extend(made.rows)
        notes.extend(made.notes)
        if made.accuracy is not None:
            accuracy.append(made.accuracy)
    if store:
        store_rows(db, site_id, today, rows)
    return ForecastOutcome(site_id, today, tuple(rows), tuple(accuracy), tuple(notes))


def site_accuracy(
    db: Database,
    site_id: str,
    *,
    country: str = "DK",
    today: date | None = None,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> tuple[ServiceAccuracy, ...]:
    """The accuracy panel's figures per service, from the same rolling backtest (nothing stored)."""
    outcome = forecast_site(
        db,
        site_id,
        1,
        country=country,
        today=today,
        store=False,
        progress=progress,
        should_cancel=should_cancel,
    )
    return outcome.accuracy


def _origins(recorded: list[tuple[date, int]], today: date) -> list[int]:
    """The backtest origins `forecast_series` will step through (for progress totals)."""
    if not recorded:
        return []
    first = recorded[0][0].toordinal()
    since = max(first, (today - timedelta(weeks=SELECTION_WEEKS)).toordinal())
    return [o for o in sundays_between(since, today.toordinal()) if first < o < today.toordinal()]


@dataclass
class _Made:
    rows: list[ForecastRow]
    notes: list[Note]
    accuracy: ServiceAccuracy | None = None


def _forecast_service(
    history: SiteHistory, service, today, weeks, calendar, progress, should_cancel
) -> _Made:
    recorded = history.recorded[service]
    events = for_service(history.events, service)
    future = future_open_days(
        [d for d, _ in recorded],
        today + timedelta(days=1),
        today + timedelta(weeks=weeks),
        calendar,
        closed_days(events),
    )
    if not recorded:
        return _Made(
            _usual_rows(history.usual, service, future, events), [Note("no_history", service)]
        )
    notes = []
    if len(recorded) < SHORT_HISTORY_DAYS:
        notes.append(Note("short_history", service, {"days": len(recorded)}))
    series, dropped = service_series(history, service, future)
    if dropped:
        covers = dict(recorded)
        notes.append(Note("screened", service, {"days": [(d, covers[d]) for d in dropped]}))
    found = forecast_series(
        series, calendar, today.toordinal(), weeks * 7, SELECTION_WEEKS, progress, should_cancel
    )
    final, results, engine = found.final, found.backtest, found.engine
    if final is None:
        return _Made([], [*notes, Note("no_history", service)])
    if final.reason == "default":
        notes.append(Note("default_model", service, {"model": final.chosen}))
    effects = explain(engine, final, calendar)
    made = []
    for i, number in enumerate(final.days):
        day = date.fromordinal(int(number))
        extra = tuple(
            event_effect(e.kind, e.description, e.effect_pct)
            for e in events
            if e.start_date <= day <= e.end_date and e.effect_pct
        )
        made.append(
            ForecastRow(
                day,
                service,
                float(final.forecast[i]),
                float(final.low[i]),
                float(final.high[i]),
                final.chosen,
                extra + tuple(effects[i]),
            )
        )
    return _Made(made, notes, service_accuracy(service, final, results, engine.names))


def _usual_rows(usual: int, service: str, future, events: list[EventRow]) -> list[ForecastRow]:
    if service != "lunch" or usual <= 0:
        return []
    rows = []
    for day in future:
        covers = usual * event_factor(day, events)
        rows.append(
            ForecastRow(
                day,
                service,
                covers,
                covers * (1 - USUAL_SPREAD),
                covers * (1 + USUAL_SPREAD),
                "usual",
            )
        )
    return rows
