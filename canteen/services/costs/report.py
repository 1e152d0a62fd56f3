"""The cost report: figures per site and period, rolled up to districts and the whole selection."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import District, Site
from canteen.errors import Cancelled, NotFoundError, ValidationError
from canteen.services.costs.figures import CostFigures
from canteen.services.costs.ledger import read_months
from canteen.services.costs.periods import (
    GROUPINGS,
    month_number,
    months_between,
    organic_deadline,
    period_key,
)

SITE, DISTRICT, ALL = "site", "district", "all"
LEVELS = (SITE, DISTRICT, ALL)
QUERY_STEPS = 6


@dataclass(frozen=True)
class Selection:
    """What the report covers: every site ('all'), one district (by code) or one site (by id)."""

    kind: str = ALL
    key: str | None = None


@dataclass(frozen=True)
class SiteInfo:
    """A site with its district, as the report names them."""

    id: str
    code: str
    name: str
    district_code: str
    district_name: str


@dataclass(frozen=True)
class CostRow:
    """One line of the report: a level (site, district, all), a period and its figures."""

    level: str
    district_code: str
    district_name: str
    site_code: str
    site_name: str
    period: str
    figures: CostFigures
    organic_deadline: date


@dataclass(frozen=True)
class CostReport:
    """All rows of one report, sites first, then districts, then the selection's totals."""

    selection: Selection
    selection_name: str
    first: str
    last: str
    grouping: str
    periods: tuple[str, ...]
    rows: tuple[CostRow, ...]

    def level(self, level: str) -> list[CostRow]:
        """The rows of one level, in district, site and period order."""
        return [row for row in self.rows if row.level == level]

    def sites_of(self, district_code: str) -> list[CostRow]:
        """Drill-down: the site rows of one district."""
        return [r for r in self.rows if r.level == SITE and r.district_code == district_code]

    def periods_of(self, site_code: str) -> list[CostRow]:
        """Drill-down: one site's rows, one per period."""
        return [r for r in self.rows if r.level == SITE and r.site_code == site_code]


def find_district(db: Database, text: str) -> tuple[str, str, str]:
    """(id, code, name) of the district whose code or name (any case) is `text`."""
    wanted = " ".join(text.split()).casefold()
    with db.reading() as session:
        for district in session.scalars(select(District).order_by(District.code)):
            if wanted in (district.code.casefold(), district.name.casefold(), district.id):
                return district.id, district.code, district.name
    raise NotFoundError(f"no district {text!r}", district=text, reason="district_not_found")


def selected_sites(db: Database, selection: Selection) -> list[SiteInfo]:
    """The sites a selection covers, by district code and site code."""
    query = (
        select(Site.id, Site.code, Site.name, District.code, District.name, District.id)
        .join(District, District.id == Site.district_id)
        .order_by(District.code, Site.code)
    )
    if selection.kind == DISTRICT:
        district_id = find_district(db, selection.key or "")[0]
        query = query.where(District.id == district_id)
    elif selection.kind == SITE:
        query = query.where(Site.id == selection.key)
    elif selection.kind != ALL:
        raise ValidationError(f"no selection {selection.kind!r}", reason="selection")
    with db.reading() as session:
        found = [SiteInfo(*row[:5]) for row in session.execute(query)]
    if selection.kind == SITE and not found:
        raise NotFoundError(f"no site {selection.key!r}", site=selection.key)
    return found


def cost_report(
    db: Database,
    selection: Selection,
    first: str,
    last: str,
    grouping: str = "month",
    *,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> CostReport:
    """The report for the months `first`..`last` ('YYYY-MM') grouped by month, quarter or year."""
    if grouping not in GROUPINGS:
        raise ValidationError(f"no grouping {grouping!r}", reason="grouping", grouping=grouping)
    months = months_between(first, last)
    sites = selected_sites(db, selection)
    done = [0]

    def step() -> None:
        if should_cancel is not None and should_cancel():
            raise Cancelled("cost report cancelled")
        done[0] += 1
        if progress is not None:
            progress(done[0], QUERY_STEPS)

    # Every site when all are asked for: no IN list of hundreds of ids.
    site_ids = None if selection.kind == ALL else [s.id for s in sites]
    with db.engine.connect() as connection:
        by_month = read_months(connection, first, last, site_ids, step)
    periods: dict[str, list[str]] = {}
    for month in months:
        periods.setdefault(period_key(month, grouping), []).append(month)
    rows = _site_rows(sites, periods, by_month)
    rows += _rollup(rows, DISTRICT, periods)
    rows += _rollup([r for r in rows if r.level == SITE], ALL, periods)
    return CostReport(
        selection=selection,
        selection_name=_selection_name(selection, sites),
        first=first,
        last=last,
        grouping=grouping,
        periods=tuple(periods),
        rows=tuple(rows),
    )


def _site_rows(sites, periods, by_month) -> list[CostRow]:
    empty = CostFigures()
    rows = []
    for site in sites:
        for period, months in periods.items():
            figures = empty
            for month in months:
                figures = figures + by_month.get((site.id, month_number(month)), empty)
            rows.append(
                CostRow(
                    level=SITE,
                    district_code=site.district_code,
                    district_name=site.district_name,
                    site_code=site.code,
                    site_name=site.name,
                    period=period,
                    figures=figures,
                    organic_deadline=organic_deadline(months[-1]),
                )
            )
    return rows


def _rollup(site_rows: list[CostRow], level: str, periods) -> list[CostRow]:
    """Sums of site rows per district (or for all) and period, in the site rows' order."""
    totals: dict[tuple[str, str], CostRow] = {}
    for row in site_rows:
        district = (row.district_code, row.district_name) if level == DISTRICT else ("", "")
        key = (district[0], row.period)
        held = totals.get(key)
        if held is None:
            totals[key] = CostRow(
                level, *district, "", "", row.period, row.figures, row.organic_deadline
            )
        else:
            totals[key] = CostRow(
                level,
                *district,
                "",
                "",
                row.period,
                held.figures + row.figures,
                held.organic_deadline,
            )
    order = {period: index for index, period in enumerate(periods)}
    return sorted(totals.values(), key=lambda r: (r.district_code, order[r.period]))


def _selection_name(selection: Selection, sites: list[SiteInfo]) -> str:
    if selection.kind == SITE and sites:
        return f"{sites[0].code} {sites[0].name}"
    if selection.kind == DISTRICT and sites:
        return f"{sites[0].district_code} {sites[0].district_name}"
    return ""
