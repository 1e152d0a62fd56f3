"""Drill-down through a cost report: all → district → site → period, as table lines and chart points."""

from __future__ import annotations

from dataclasses import dataclass

from canteen.services.costs import ALL, DISTRICT, SITE, CostFigures, CostReport, period_key
from canteen.services.costs.periods import months_between
from ui.models.costs import ReportLine


@dataclass(frozen=True)
class Step:
    """Where the table stands: a level and the key it was opened on (None at the top)."""

    kind: str  # 'all', 'district', 'site' or 'period'
    key: str | None = None
    name: str = ""


def _summed(rows) -> CostFigures:
    total = CostFigures()
    for row in rows:
        total = total + row.figures
    return total


def top_step(report: CostReport) -> Step:
    """The first table a selection opens on."""
    if report.selection.kind == DISTRICT:
        rows = report.level(DISTRICT)
        code = rows[0].district_code if rows else ""
        return Step(DISTRICT, code, report.selection_name)
    if report.selection.kind == SITE:
        rows = report.level(SITE)
        code = rows[0].site_code if rows else ""
        return Step(SITE, code, report.selection_name)
    return Step(ALL)


def lines(report: CostReport, step: Step, total_name: str) -> list[ReportLine]:
    """The table at `step`: one line per district, site or period, then a bold total line."""
    if step.kind == ALL:
        groups: dict[tuple[str, str], list] = {}
        for row in report.level(DISTRICT):
            groups.setdefault((row.district_code, row.district_name), []).append(row)
        found = [
            ReportLine(DISTRICT, code, f"{code} {name}", _summed(rows))
            for (code, name), rows in groups.items()
        ]
        found.append(ReportLine(ALL, "", total_name, _summed(report.level(ALL)), total=True))
        return found
    if step.kind == DISTRICT:
        groups = {}
        for row in report.sites_of(step.key or ""):
            groups.setdefault((row.site_code, row.site_name), []).append(row)
        found = [
            ReportLine(SITE, code, f"{code} {name}", _summed(rows))
            for (code, name), rows in groups.items()
        ]
        district = [r for r in report.level(DISTRICT) if r.district_code == step.key]
        found.append(ReportLine(DISTRICT, step.key or "", total_name, _summed(district), True))
        return found
    rows = report.periods_of(step.key or "")
    found = [ReportLine("period", row.period, row.period, row.figures) for row in rows]
    found.append(ReportLine(SITE, step.key or "", total_name, _summed(rows), total=True))
    return found


def chart_points(report: CostReport, step: Step) -> list[tuple[str, CostFigures]]:
    """(period, figures) of what the table at `step` adds up to, for the charts."""
    if step.kind == ALL:
        rows = report.level(ALL)
    elif step.kind == DISTRICT:
        rows = [r for r in report.level(DISTRICT) if r.district_code == step.key]
    else:
        rows = report.periods_of(step.key or "")
    return [(row.period, row.figures) for row in rows]


def months_of(report: CostReport, period: str) -> list[str]:
    """The months a period of the report holds ('2026-Q1' → '2026-01'..'2026-03')."""
    return [
        month
        for month in months_between(report.first, report.last)
        if period_key(month, report.grouping) == period
    ]
