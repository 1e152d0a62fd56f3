"""The cost report's columns once, for every export: key, English and Danish heading, unit, value.

Money leaves the service in øre and is shown in kroner; shares are per cent; None stays None
(an export shows it as an empty cell or "–", never as a zero or a division error).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from canteen.services.costs import CostRow

TEXT, COUNT, KRONER, PERCENT, KILO, CO2E = "text", "count", "kr", "pct", "kg", "co2e"
DECIMALS = {TEXT: 0, COUNT: 0, KRONER: 2, PERCENT: 2, KILO: 2, CO2E: 3}
LEVEL_NAMES = {
    "da": {"site": "Kantine", "district": "Kreds", "all": "I alt"},
    "en": {"site": "Site", "district": "District", "all": "Total"},
}
TIER_NAMES = {
    "da": {"bronze": "bronze", "silver": "sølv", "gold": "guld", None: "intet"},
    "en": {"bronze": "bronze", "silver": "silver", "gold": "gold", None: "none"},
}


@dataclass(frozen=True)
class Column:
    """One figure as every export names and formats it."""

    key: str
    da: str
    en: str
    kind: str
    value: Callable[[CostRow], object]
    additive: bool = False  # a total sums it; otherwise a total recomputes it

    def heading(self, language: str) -> str:
        """The heading in 'da' or 'en'."""
        return self.da if language == "da" else self.en


def _kr(ore):
    return None if ore is None else ore / 100


def _kg(grams):
    return grams / 1000


def _fig(name: str, scale: Callable = lambda v: v):
    return lambda row: scale(getattr(row.figures, name))


# Exactly the CSV columns, in its order; the English headings are the CSV's.
CSV_COLUMNS = (
    Column("level", "Niveau", "level", TEXT, lambda r: r.level),
    Column("district", "Kreds", "district", TEXT, lambda r: r.district_code),
    Column("site", "Kantine", "site", TEXT, lambda r: r.site_code),
    Column("period", "Periode", "period", TEXT, lambda r: r.period),
    Column("covers", "Kuverter", "covers", COUNT, _fig("covers"), True),
    Column("revenue", "Omsætning, kr", "revenue", KRONER, _fig("revenue_ore", _kr), True),
    Column(
        "raw_materials",
        "Råvarer, kr",
        "raw_materials",
        KRONER,
        _fig("raw_materials_ore", _kr),
        True,
    ),
    Column(
        "raw_materials_per_cover",
        "Råvarer pr. kuvert, kr",
        "raw_materials_per_cover",
        KRONER,
        _fig("raw_materials_per_cover_ore", _kr),
    ),
    Column(
        "raw_material_coverage",
        "Råvaredækning, %",
        "raw_material_coverage",
        PERCENT,
        _fig("raw_material_coverage"),
    ),
    Column("labour", "Løn, kr", "labour", KRONER, _fig("labour_ore", _kr), True),
    Column("other", "Andet, kr", "other", KRONER, _fig("other_ore", _kr), True),
    Column("waste", "Spild, kr", "waste", KRONER, _fig("waste_ore", _kr), True),
    Column(
        "total_cost",
        "Omkostninger i alt, kr",
        "total_cost",
        KRONER,
        _fig("total_cost_ore", _kr),
        True,
    ),
    Column(
        "total_cost_per_cover",
        "Omkostninger pr. kuvert, kr",
        "total_cost_per_cover",
        KRONER,
        _fig("total_cost_per_cover_ore", _kr),
    ),
    Column("budget", "Budget, kr", "budget", KRONER, _fig("budget_ore", _kr), True),
    Column("variance", "Afvigelse, kr", "variance", KRONER, _fig("variance_ore", _kr), True),
    Column("waste_kg", "Spild, kg", "waste_kg", KILO, _fig("waste_kg"), True),
    Column(
        "organic_share_kr",
        "Økoandel (kr), %",
        "organic_share_kr",
        PERCENT,
        _fig("organic_share_kr"),
    ),
    Column(
        "organic_share_kg",
        "Økoandel (kg), %",
        "organic_share_kg",
        PERCENT,
        _fig("organic_share_kg"),
    ),
    Column(
        "co2e_per_cover", "CO2e pr. kuvert, kg", "co2e_per_cover", CO2E, _fig("co2e_per_cover_kg")
    ),
)

# What the spreadsheet and the PDF add beside the CSV's figures.
EXTRA_COLUMNS = (
    Column(
        "waste_value",
        "Spild (vejet), kr",
        "waste_value",
        KRONER,
        _fig("waste_value_ore", _kr),
        True,
    ),
    Column(
        "waste_g_per_cover",
        "Spild pr. kuvert, g",
        "waste_g_per_cover",
        KILO,
        _fig("waste_g_per_cover"),
    ),
    Column("purchased", "Varekøb, kr", "purchased", KRONER, _fig("purchased_ore", _kr), True),
    Column("organic", "Økologisk, kr", "organic", KRONER, _fig("organic_ore", _kr), True),
    Column("purchased_kg", "Varekøb, kg", "purchased_kg", KILO, _fig("purchased_g", _kg), True),
    Column("organic_kg", "Økologisk, kg", "organic_kg", KILO, _fig("organic_g", _kg), True),
    Column("co2e", "CO2e, kg", "co2e", KILO, _fig("co2e_kg"), True),
    Column("organic_tier_kr", "Spisemærke (kr)", "organic_tier_kr", TEXT, _fig("organic_tier_kr")),
    Column("organic_tier_kg", "Spisemærke (kg)", "organic_tier_kg", TEXT, _fig("organic_tier_kg")),
    Column(
        "organic_deadline",
        "Økoandel senest",
        "organic_deadline",
        TEXT,
        lambda r: r.organic_deadline.isoformat(),
    ),
)


def column(key: str) -> Column:
    """A column by key."""
    return next(c for c in (*CSV_COLUMNS, *EXTRA_COLUMNS) if c.key == key)


def plain_number(value: float | None, kind: str, decimal: str = ".") -> str:
    """A figure for a CSV cell: no thousands separator, `decimal` as the decimal mark, '' for None."""
    if value is None:
        return ""
    if kind == COUNT:
        return str(int(value))
    text = f"{value:.{DECIMALS[kind]}f}"
    return text.replace(".", decimal)
