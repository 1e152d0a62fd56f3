"""Forecasting use cases: forecast a site's covers from its history and store them, the accuracy
panel's figures, menu-line shares, reading history files for backtests."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import Forecast, ForecastOverride, Headcount, Site, SiteEvent
from canteen.errors import NotFoundError, ValidationError
from canteen.forecast.calendars import CountryCalendar
from canteen.forecast.engine import OriginForecast, forecast_series
from canteen.forecast.explanations import Effect, event_effect, explain
from canteen.forecast.schedule import future_open_days
from canteen.forecast.series import Series, sundays_between
from canteen.services.covers import EventRow
from canteen.services.covers_import import (
    ColumnMapping,
    ParsedRow,
    Rejection,
    parse_rows,
    read_table,
)

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]

MAX_WEEKS = 8
SELECTION_WEEKS = 26  # origins of the rolling backtest that chooses the model
SHARE_WEEKS = 8  # recorded portions per line this far back give the line shares
SHORT_HISTORY_DAYS = 20
USUAL_SPREAD = 0.3  # the interval around usual covers when nothing is recorded yet
BASELINE = "mean4"


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
    line_shares: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class ModelScore:
    """A model's error in the site's own rolling backtest."""

    model: str
    mae: float
    wmape: float
    days: int


@dataclass(frozen=True)
class ServiceAccuracy:
    """The accuracy panel for one service: every model's backtest error, the chosen model, the
    simple baseline, and how often the intervals held the actual."""

    service: str
    chosen: str
    reason: str
    scores: tuple[ModelScore, ...]
    coverage: float | None
    days: int

    def score(self, model: str) -> ModelScore | None:
        """The score of one model (BASELINE is the simple baseline), or None."""
        return next((s for s in self.scores if s.model == model), None)


@dataclass(frozen=True)
class Note:
    """Something the user should know about a forecast, by code: no_history, short_history,
    default_model (too little backtest to choose), usual_covers (fell back to usual covers)."""

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


@dataclass(frozen=True)
class _SiteData:
    usual: int
    services: tuple[str, ...]
    history: dict[str, list[tuple[date, int]]]
    portions: dict[str, list[tuple[int, str]]]
    events: tuple[EventRow, ...]


def _load(db: Database, site_id: str, today: date) -> _SiteData:
    with db.reading() as session:
        site = session.get(Site, site_id)
        if site is None:
            raise NotFoundError("no such site", site_id=site_id)
        history: dict[str, list[tuple[date, int]]] = {s: [] for s in site.service_list}
        portions: dict[str, list[tuple[int, str]]] = {s: [] for s in site.service_list}
        share_from = today - timedelta(weeks=SHARE_WEEKS)
        rows = session.execute(
            select(Headcount.day, Headcount.service, Headcount.covers, Headcount.line_portions)
            .where(Headcount.site_id == site_id, Headcount.day <= today)
            .order_by(Headcount.day)
        )
        for day, service, covers, line_portions in rows:
            if service in history:
                history[service].append((day, covers))
                if line_portions and day > share_from:
                    portions[service].append((covers, line_portions))
        events = tuple(
            EventRow(
                e.id,
                e.site_id,
                e.start_date,
                e.end_date,
                e.kind,
                e.effect_pct,
                e.service,
                e.description,
            )
            for e in session.scalars(select(SiteEvent).where(SiteEvent.site_id == site_id))
        )
        return _SiteData(site.usual_covers, tuple(site.service_list), history, portions, events)


def shares_from(portions: list[tuple[int, str]]) -> dict[str, float]:
    """Each menu line's share of covers: recorded portions per line over the covers those days."""
    covers = 0
    totals: dict[str, float] = {}
    for day_covers, text in portions:
        try:
            recorded = json.loads(text)
        except ValueError:
            continue
        if not isinstance(recorded, dict):
            continue
        covers += day_covers
        for line, count in recorded.items():
            if isinstance(count, int | float) and count >= 0:
                totals[line] = totals.get(line, 0.0) + float(count)
    if covers <= 0:
        return {}
    return {line: round(total / covers, 4) for line, total in sorted(totals.items())}


def line_shares(
    db: Database, site_id: str, service: str = "lunch", today: date | None = None
) -> dict[str, float]:
    """The share of covers choosing each menu line, learned from recorded portions lately."""
    data = _load(db, site_id, today or date.today())
    return shares_from(data.portions.get(service, []))


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
    own history; intervals come from that backtest's errors. With no history the site's usual
    covers stand in (lunch on weekdays) and a note says so.
    """
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError("weeks must be 1-8", reason="bad_weeks", weeks=weeks)
    today = today or date.today()
    data = _load(db, site_id, today)
    calendar = CountryCalendar(country)
    plans = [(s, _origins(data.history[s], today)) for s in data.services]
    total = sum(len(origins) + 1 for _, origins in plans)
    done = 0
    rows: list[ForecastRow] = []
    accuracy: list[ServiceAccuracy] = []
    notes: list[Note] = []

    def step(_done: int, _total: int) -> None:
        if progress is not None:
            progress(done + _done, total)

    for service, origins in plans:
        made = _forecast_service(
            data, service, origins, today, weeks, calendar, step, should_cancel
        )
        done += len(origins) + 1
        if progress is not None:
            progress(done, total)
        rows.extend(made.rows)
        notes.extend(made.notes)
        if made.accuracy is not None:
            accuracy.append(made.accuracy)
    if store:
        _store(db, site_id, today, rows)
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


def _origins(history: list[tuple[date, int]], today: date) -> list[int]:
    """The backtest origins `forecast_series` will step through (for progress totals)."""
    if not history:
        return []
    first = history[0][0].toordinal()
    since = max(first, (today - timedelta(weeks=SELECTION_WEEKS)).toordinal())
    return [o for o in sundays_between(since, today.toordinal()) if first < o < today.toordinal()]


@dataclass
class _Made:
    rows: list[ForecastRow]
    notes: list[Note]
    accuracy: ServiceAccuracy | None = None


def _matching(events, service):
    return [e for e in events if e.service in (None, service)]


def _forecast_service(data, service, origins, today, weeks, calendar, progress, should_cancel):
    history = data.history[service]
    events = _matching(data.events, service)
    closed = {
        e.start_date + timedelta(days=i)
        for e in events
        if e.kind == "closed"
        for i in range((e.end_date - e.start_date).days + 1)
    }
    recorded = [d for d, _ in history]
    future = future_open_days(
        recorded, today + timedelta(days=1), today + timedelta(weeks=weeks), calendar, closed
    )
    shares = tuple(shares_from(data.portions.get(service, [])).items())
    if not history:
        return _Made(
            _usual_rows(data.usual, service, future, events, shares), [Note("no_history", service)]
        )
    notes = []
    if len(history) < SHORT_HISTORY_DAYS:
        notes.append(Note("short_history", service, {"days": len(history)}))
    days = recorded + future
    values = [float(c) for _, c in history] + [np.nan] * len(future)
    factors = [_factor(day, events) for day in days]
    series = Series(
        service,
        np.array([d.toordinal() for d in days], dtype=np.int64),
        np.array(values),
        np.array(factors),
    )
    found = forecast_series(
        series, calendar, today.toordinal(), weeks * 7, SELECTION_WEEKS, progress, should_cancel
    )
    final, results, engine = found.final, found.backtest, found.engine
    if final is None:
        return _Made([], notes + [Note("no_history", service)])
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
                shares,
            )
        )
    return _Made(made, notes, _accuracy(service, final, results, engine.names))


def _factor(day: date, events) -> float:
    factor = 1.0
    for e in events:
        if e.kind != "closed" and e.effect_pct and e.start_date <= day <= e.end_date:
            factor *= 1 + e.effect_pct / 100
    return max(factor, 0.0)


def _usual_rows(usual, service, future, events, shares) -> list[ForecastRow]:
    if service != "lunch" or usual <= 0:
        return []
    rows = []
    for day in future:
        covers = usual * _factor(day, events)
        rows.append(
            ForecastRow(
                day,
                service,
                covers,
                covers * (1 - USUAL_SPREAD),
                covers * (1 + USUAL_SPREAD),
                "usual",
                (),
                shares,
            )
        )
    return rows


def _accuracy(
    service, final: OriginForecast, results: list[OriginForecast], names
) -> ServiceAccuracy:
    errors: dict[str, list[float]] = {name: [] for name in names}
    actual_sum: dict[str, float] = {name: 0.0 for name in names}
    inside = known = 0
    for result in results:
        actual = result.actual
        ok = ~np.isnan(actual)
        if not ok.any():
            continue
        for name in names:
            found = result.forecasts.get(name)
            if found is not None:
                errors[name].extend(np.abs(found[ok] - actual[ok]).tolist())
                actual_sum[name] += float(actual[ok].sum())
        known += int(ok.sum())
        inside += int(((result.low <= actual) & (actual <= result.high))[ok].sum())
    scores = tuple(
        ModelScore(
            name,
            float(np.mean(found)),
            float(np.sum(found) / actual_sum[name]) if actual_sum[name] else float("nan"),
            len(found),
        )
        for name, found in errors.items()
        if found
    )
    return ServiceAccuracy(
        service, final.chosen, final.reason, scores, inside / known if known else None, known
    )


def _store(db: Database, site_id: str, made_on: date, rows: list[ForecastRow]) -> None:
    with db.unit_of_work() as session:
        existing = {
            (f.day, f.service): f
            for f in session.scalars(
                select(Forecast)
                .where(Forecast.site_id == site_id, Forecast.made_on == made_on)
                .execution_options(include_deleted=True)
            )
        }
        for row in rows:
            found = existing.get((row.day, row.service))
            if found is None:
                found = Forecast(site_id=site_id, day=row.day, service=row.service, made_on=made_on)
                session.add(found)
            found.covers = row.covers
            found.low = min(row.low, row.covers)
            found.high = max(row.high, row.covers)
            found.model = row.model
            found.explanation = json.dumps([e.to_dict() for e in row.effects], ensure_ascii=False)
            found.line_shares = json.dumps(dict(row.line_shares)) if row.line_shares else None
            found.deleted_at = None


@dataclass(frozen=True)
class StoredForecast:
    """A stored forecast (the latest made on or before a day) next to the override and actual."""

    day: date
    service: str
    made_on: date
    covers: float
    low: float
    high: float
    model: str
    effects: tuple[Effect, ...]
    line_shares: tuple[tuple[str, float], ...]
    override: int | None
    actual: int | None

    @property
    def planned(self) -> float:
        """What planning used: the override when there is one, else the forecast."""
        return float(self.override) if self.override is not None else self.covers


def stored_forecasts(
    db: Database, site_id: str, start: date, end: date, service: str | None = None
) -> list[StoredForecast]:
    """The latest stored forecast of each day in [start, end], with override and actual covers.

    For past days this is the accuracy record: forecast and override are both kept, so a
    report can show how each did against what was eaten.
    """
    with db.reading() as session:
        query = select(Forecast).where(
            Forecast.site_id == site_id,
            Forecast.day.between(start, end),
            Forecast.made_on <= Forecast.day,
        )
        if service is not None:
            query = query.where(Forecast.service == service)
        latest: dict[tuple[date, str], Forecast] = {}
        for f in session.scalars(query.order_by(Forecast.made_on)):
            latest[(f.day, f.service)] = f
        overrides = {
            (o.day, o.service): o.covers
            for o in session.scalars(
                select(ForecastOverride).where(
                    ForecastOverride.site_id == site_id, ForecastOverride.day.between(start, end)
                )
            )
        }
        actual = {
            (h.day, h.service): h.covers
            for h in session.scalars(
                select(Headcount).where(
                    Headcount.site_id == site_id, Headcount.day.between(start, end)
                )
            )
        }
    out = []
    for key in sorted(latest):
        f = latest[key]
        out.append(
            StoredForecast(
                f.day,
                f.service,
                f.made_on,
                f.covers,
                f.low,
                f.high,
                f.model,
                _effects(f.explanation),
                tuple(json.loads(f.line_shares or "{}").items()),
                overrides.get(key),
                actual.get(key),
            )
        )
    return out


def _effects(text: str) -> tuple[Effect, ...]:
    try:
        found = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(Effect.from_dict(e) for e in found if isinstance(e, dict) and "kind" in e)


@dataclass(frozen=True)
class HistoryFile:
    """A backtest file read into one series per site, and the rows it rejected."""

    series: tuple[Series, ...]
    rejected: tuple[Rejection, ...]
    rows: int


def load_history(
    path: str | Path,
    date_column: str,
    value_column: str,
    site_column: str | None = None,
    planned_column: str | None = None,
) -> HistoryFile:
    """Read a file of daily covers (NA allowed: an open day with nothing recorded) as series."""
    table = read_table(path)
    mapping = ColumnMapping(
        date=date_column, covers=value_column, site=site_column, planned=planned_column
    )
    parsed = parse_rows(table, mapping, allow_missing=True, whole=False, allow_future=True)
    by_site: dict[str, list[ParsedRow]] = {}
    for row in parsed.rows:
        by_site.setdefault(row.site or "all", []).append(row)
    series = []
    for site, rows in sorted(by_site.items()):
        rows.sort(key=lambda r: r.day)
        series.append(
            Series(
                key=site,
                days=np.array([r.day.toordinal() for r in rows], dtype=np.int64),
                values=np.array([np.nan if r.covers is None else r.covers for r in rows]),
                planned=(
                    np.array([np.nan if r.planned is None else r.planned for r in rows])
                    if planned_column
                    else None
                ),
            )
        )
    return HistoryFile(tuple(series), parsed.rejected, len(table.rows))
