"""The cost report: covers, revenue, costs, budget, waste, organic share and CO2e per period."""

from canteen.services.costs.figures import CostFigures, organic_tier
from canteen.services.costs.periods import GROUPINGS, organic_deadline, parse_month, period_key
from canteen.services.costs.report import (
    ALL,
    DISTRICT,
    LEVELS,
    SITE,
    CostReport,
    CostRow,
    Selection,
    cost_report,
    find_district,
)

__all__ = [
    "ALL",
    "DISTRICT",
    "GROUPINGS",
    "LEVELS",
    "SITE",
    "CostFigures",
    "CostReport",
    "CostRow",
    "Selection",
    "cost_report",
    "find_district",
    "organic_deadline",
    "organic_tier",
    "parse_month",
    "period_key",
]
