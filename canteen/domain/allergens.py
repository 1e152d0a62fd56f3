"""The 14 allergens of EU regulation 1169/2011 annex II, a dish's status of each, and how they combine."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
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


ALLERGENS = tuple(Allergen)
_LETTER = {
    AllergenStatus.CONTAINS: "C",
    AllergenStatus.MAY_CONTAIN: "M",
    AllergenStatus.UNKNOWN: "U",
    AllergenStatus.FREE: "F",
}
_FROM_LETTER = {letter: status for status, letter in _LETTER.items()}


@dataclass(frozen=True)
class AllergenProfile:
    """The status of each of the 14 allergens, in `Allergen` order."""

    statuses: tuple[AllergenStatus, ...]

    @classmethod
    def uniform(cls, status: AllergenStatus) -> AllergenProfile:
        """Every allergen with the same status (all unknown for an unchecked ingredient)."""
        return cls((status,) * len(ALLERGENS))

    @classmethod
    def from_mapping(cls, statuses: Mapping[Allergen, AllergenStatus | str]) -> AllergenProfile:
        """From a mapping; an allergen missing from it is unknown, never free."""
        return cls(
            tuple(AllergenStatus(statuses.get(a, AllergenStatus.UNKNOWN)) for a in ALLERGENS)
        )

    @classmethod
    def from_code(cls, code: str) -> AllergenProfile:
        """From the 14-letter code of `code` (C, M, U, F per allergen)."""
        return cls(tuple(_FROM_LETTER[letter] for letter in code))

    @property
    def code(self) -> str:
        """A compact 14-letter form, e.g. for fingerprints of a printed menu."""
        return "".join(_LETTER[s] for s in self.statuses)

    def status(self, allergen: Allergen) -> AllergenStatus:
        """The status of one allergen."""
        return self.statuses[ALLERGENS.index(allergen)]

    def having(self, status: AllergenStatus) -> tuple[Allergen, ...]:
        """The allergens with exactly this status, in regulation order."""
        return tuple(a for a, s in zip(ALLERGENS, self.statuses, strict=True) if s == status)

    @property
    def contains(self) -> tuple[Allergen, ...]:
        """Allergens the dish contains."""
        return self.having(AllergenStatus.CONTAINS)

    @property
    def may_contain(self) -> tuple[Allergen, ...]:
        """Allergens the dish may contain as traces."""
        return self.having(AllergenStatus.MAY_CONTAIN)

    @property
    def unknown(self) -> tuple[Allergen, ...]:
        """Allergens nobody has checked: shown as unknown, never as free from."""
        return self.having(AllergenStatus.UNKNOWN)

    @property
    def free_from(self) -> tuple[Allergen, ...]:
        """Allergens the dish is known to be free from."""
        return self.having(AllergenStatus.FREE)

    def worst_with(self, other: AllergenProfile) -> AllergenProfile:
        """Per allergen the worse of the two (unknown ranks above free)."""
        return combine_profiles((self, other))


def combine_profiles(profiles: Iterable[AllergenProfile]) -> AllergenProfile:
    """The profile of a dish made of these parts; nothing at all is unknown, not free."""
    profiles = list(profiles)
    if not profiles:
        return AllergenProfile.uniform(AllergenStatus.UNKNOWN)
    if len(profiles) == 1:
        return profiles[0]
    columns = zip(*(p.statuses for p in profiles), strict=True)
    return AllergenProfile(tuple(max(column, key=_RANK.__getitem__) for column in columns))


ALL_UNKNOWN = AllergenProfile.uniform(AllergenStatus.UNKNOWN)
