"""The Økonomi page's codes in words: levels, groupings, cost categories, waste kinds, tiers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def category_text(category: str) -> str:
    """A cost category, waste kind or service in words."""
    texts = {
        "raw_materials": translate("CostsText", "Raw materials"),
        "labour": translate("CostsText", "Labour"),
        "other": translate("CostsText", "Other"),
        "waste": translate("CostsText", "Waste"),
        "production": translate("CostsText", "Production waste"),
        "plate": translate("CostsText", "Plate waste"),
        "spoilage": translate("CostsText", "Spoilage"),
        "breakfast": translate("CostsText", "Breakfast"),
        "lunch": translate("CostsText", "Lunch"),
        "dinner": translate("CostsText", "Dinner"),
    }
    return texts.get(category, category)


def tier_text(tier: str | None) -> str:
    """The Spisemærke tier reached, in words."""
    texts = {
        "gold": translate("CostsText", "Organic label: gold"),
        "silver": translate("CostsText", "Organic label: silver"),
        "bronze": translate("CostsText", "Organic label: bronze"),
    }
    return texts.get(tier or "", translate("CostsText", "Organic label: not reached"))


def grouping_text(grouping: str) -> str:
    """'month', 'quarter' or 'year' in words."""
    texts = {
        "month": translate("CostsText", "Month"),
        "quarter": translate("CostsText", "Quarter"),
        "year": translate("CostsText", "Year"),
    }
    return texts.get(grouping, grouping)


def problem_text(error) -> str:
    """A domain error from the report or the ledger as a sentence."""
    reason = getattr(error, "data", {}).get("reason", "")
    texts = {
        "month_range": translate("CostsText", "The last month is before the first."),
        "not_a_month": translate("CostsText", "That is not a month."),
        "district_not_found": translate("CostsText", "That district does not exist."),
        "month_closed": translate("CostsText", "That month is closed."),
        "already_closed": translate("CostsText", "That month is already closed."),
        "already_reversed": translate("CostsText", "That entry is already reversed."),
        "not_reversible": translate("CostsText", "Only cost entries can be reversed."),
    }
    return texts.get(reason, str(error))
