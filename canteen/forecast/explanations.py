"""The main effects behind a forecast day, e.g. −18 % for the autumn school holiday in week 42.

Effects are data (a kind, a name, a percentage and details), so the GUI can word them in Danish;
`describe` gives a short English line for the command line and logs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from canteen.forecast.calendars import CountryCalendar
from canteen.forecast.engine import Engine, OriginForecast
from canteen.forecast.features import CALENDAR_GROUPS, CAP_DAYS, COLUMN
from canteen.forecast.profile import Condition, Profile

MIN_PCT = 2.0  # smaller effects are noise to a reader
MAX_EFFECTS = 3


@dataclass(frozen=True)
class Effect:
    """One effect on a day's covers: `kind` is day_off, school_holiday, before_break,
    after_break or event; `pct` the change in percent; `details` e.g. {"week": 42}."""

    kind: str
    name: str
    pct: float
    details: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """A JSON-ready dict."""
        return {"kind": self.kind, "name": self.name, "pct": round(self.pct, 1), **self.details}

    @classmethod
    def from_dict(cls, data: dict) -> Effect:
        """The effect back from `to_dict`."""
        rest = {k: v for k, v in data.items() if k not in ("kind", "name", "pct")}
        return cls(data["kind"], data.get("name", ""), float(data["pct"]), rest)


def explain(
    engine: Engine, result: OriginForecast, calendar: CountryCalendar
) -> list[list[Effect]]:
    """Per target day, the main calendar effects in the chosen model's forecast (largest first)."""
    days = [date.fromordinal(int(d)) for d in result.days]
    if result.chosen == "profile":
        found = _profile_effects(engine.candidate("profile"), result)
    elif result.chosen == "gbm":
        found = _boosting_effects(engine.candidate("gbm"), result)
    else:
        found = [[] for _ in days]
    out = []
    for day, effects in zip(days, found, strict=True):
        effects = [_with_details(e, day, calendar) for e in effects if abs(e.pct) >= MIN_PCT]
        effects.sort(key=lambda e: -abs(e.pct))
        out.append(effects[:MAX_EFFECTS])
    return out


def _profile_effects(model: Profile, result: OriginForecast) -> list[list[Effect]]:
    return [
        [_effect_of(condition, (factor - 1) * 100) for condition, factor in day]
        for day in model.effects(result.context)
    ]


def _effect_of(condition: Condition, pct: float) -> Effect:
    return Effect(condition.kind, condition.name, pct)


def _boosting_effects(model, result: OriginForecast) -> list[list[Effect]]:
    ctx = result.context
    rows = ctx.features
    base = model.predict_rows(ctx, rows)
    effects: list[list[Effect]] = [[] for _ in range(rows.shape[0])]
    for group in CALENDAR_GROUPS:
        neutral = _neutral(rows, group)
        changed = np.any(neutral != rows, axis=1)
        if not changed.any():
            continue
        without = model.predict_rows(ctx, neutral)
        for i in np.flatnonzero(changed):
            if without[i] > 0:
                pct = (base[i] / without[i] - 1) * 100
                effects[i].append(Effect(_group_kind(group, rows[i]), "", float(pct)))
    return effects


def _neutral(rows: np.ndarray, group: str) -> np.ndarray:
    """The rows as if the day were ordinary in the group's respect."""
    out = rows.copy()
    if group == "day_off":
        out[:, COLUMN["day_off"]] = 0
        out[:, COLUMN["next_to_day_off"]] = 0
    elif group == "school_holiday":
        out[:, COLUMN["school_holiday"]] = 0
    else:
        near = (rows[:, COLUMN["since_break"]] < 7) | (rows[:, COLUMN["until_break"]] < 7)
        out[near, COLUMN["since_break"]] = CAP_DAYS
        out[near, COLUMN["until_break"]] = CAP_DAYS
        out[near, COLUMN["prev_break_len"]] = 0
        out[near, COLUMN["next_break_len"]] = 0
        for column in ("gap_before", "gap_after"):
            out[near, COLUMN[column]] = np.minimum(rows[near, COLUMN[column]], 3)
    return out


def _group_kind(group: str, row: np.ndarray) -> str:
    if group != "break":
        return group
    return (
        "before_break"
        if row[COLUMN["until_break"]] <= row[COLUMN["since_break"]]
        else ("after_break")
    )


def _with_details(effect: Effect, day: date, calendar: CountryCalendar) -> Effect:
    details = dict(effect.details)
    name = effect.name
    if effect.kind == "school_holiday":
        name = name or (calendar.school_holiday(day) or "")
        details.setdefault("week", day.isocalendar().week)
    elif effect.kind == "day_off":
        off = calendar.day_off(day)
        if off is not None:
            name = off.name
            details.setdefault("day_off_kind", off.kind)
    return Effect(effect.kind, name, effect.pct, details)


def event_effect(kind: str, description: str, pct: float) -> Effect:
    """The effect of a site event known in advance."""
    return Effect("event", kind, pct, {"description": description} if description else {})


def describe(effects: list[Effect]) -> str:
    """A short English line, e.g. '−18 %: autumn holiday, week 42; +10 %: course'."""
    parts = []
    for e in effects:
        sign = "+" if e.pct >= 0 else "−"
        what = {
            "school_holiday": f"{e.name} holiday, week {e.details.get('week', '')}".strip(),
            "day_off": e.name or "day off",
            "before_break": "day before a closure",
            "after_break": "day after a closure",
            "event": e.details.get("description") or e.name,
        }.get(e.kind, e.kind)
        parts.append(f"{sign}{abs(e.pct):.0f} %: {what}")
    return "; ".join(parts)
