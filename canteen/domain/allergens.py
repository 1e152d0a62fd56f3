"""The 14 allergens of EU regulation 1169/2011 annex II, and how a dish's status is combined."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Allergen(StrEnum):
    """The 14 declarable allergens; the value is the column suffix and the stable code."""

    GLUTEN = "gluten"
    CRUSTACEANS = "crustaceans"
    EGGS = "eggs"
    FISH = "fish"
    PEANUTS = "peanuts"
    SOYBEANS = "soybeans"
    MILK = "milk"
    NUTS = "nuts"
    CELERY = "celery"
    MUSTARD = "mustard"
    SESAME = "sesame"
    SULPHITES = "sulphites"
    LUPIN = "lupin"
    MOLLUSCS = "molluscs"


class AllergenStatus(StrEnum):
    """Per ingredient: contains, may contain (traces), free from, or not known."""

    CONTAINS = "contains"
    MAY_CONTAIN = "may_contain"
    FREE = "free"
    UNKNOWN = "unknown"


# Worst first: a dish takes the worst status of its ingredients. Unknown ranks above free,
# so an unknown ingredient can never make a dish look free from an allergen.
_RANK = {
    AllergenStatus.CONTAINS: 3,
    AllergenStatus.MAY_CONTAIN: 2,
    AllergenStatus.UNKNOWN: 1,
    AllergenStatus.FREE: 0,
}

ALLERGEN_NUMBERS = {allergen: number for number, allergen in enumerate(Allergen, start=1)}


def combine(statuses: Iterable[AllergenStatus | str]) -> AllergenStatus:
    """The status of a dish for one allergen: the worst over its ingredients (free if none)."""
    worst = AllergenStatus.FREE
    for status in statuses:
        status = AllergenStatus(status)
        if _RANK[status] > _RANK[worst]:
            worst = status
    return worst


def column_name(allergen: Allergen) -> str:
    """The ingredient column that stores this allergen's status."""
    return f"allergen_{allergen.value}"
