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
        "buffet": translate("CostsText", "Buffet waste"),
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
        "month_not_over": translate("CostsText", "A month can be closed once it is over."),
        "zero_amount": translate("CostsText", "An entry of 0 kr books nothing."),
        "too_large": translate("CostsText", "That amount is implausibly large."),
        "rows_rejected": translate(
            "CostsText", "Nothing was imported: the file has refused rows (all or nothing)."
        ),
        "zero_weight": translate("CostsText", "A weighing needs a weight above 0 kg."),
        "too_heavy": translate("CostsText", "That weight is implausibly large."),
        "waste_not_found": translate("CostsText", "That waste record is gone."),
        "missing_columns": translate("CostsText", "The file lacks a needed column."),
        "closed_month": translate("CostsText", "That month is closed: its sales stay as closed."),
        "negative_sale": translate("CostsText", "Covers and revenue cannot be negative."),
        "not_whole": translate("CostsText", "Covers sold is a whole number."),
    }
    return texts.get(reason, str(error))


def import_reason_text(reason: str) -> str:
    """Why an imported ledger row is refused."""
    texts = {
        "missing_value": translate("CostsText", "Empty cell"),
        "bad_date": translate("CostsText", "Not a date"),
        "bad_month": translate("CostsText", "Not a month"),
        "unknown_site": translate("CostsText", "Unknown site"),
        "unknown_category": translate("CostsText", "Unknown category"),
        "unknown_service": translate("CostsText", "Unknown service"),
        "negative": translate("CostsText", "Negative"),
        "zero_amount": translate("CostsText", "Zero amount"),
        "too_large": translate("CostsText", "Implausibly large"),
        "not_whole": translate("CostsText", "Not a whole number"),
        "too_precise": translate("CostsText", "More than two decimals"),
        "not_a_number": translate("CostsText", "Not a number"),
        "ambiguous_number": translate("CostsText", "Number can be read two ways"),
        "duplicate_row": translate("CostsText", "Duplicate row"),
        "closed_month": translate("CostsText", "Month is closed"),
        "already_booked": translate("CostsText", "Already booked"),
    }
    return texts.get(reason, reason)


def import_kind_text(kind: str) -> str:
    """'sales', 'costs' or 'budgets' as the import's name."""
    texts = {
        "sales": translate("CostsText", "Sales from the till"),
        "costs": translate("CostsText", "Labour and other costs"),
        "budgets": translate("CostsText", "Budgets"),
    }
    return texts.get(kind, kind)
