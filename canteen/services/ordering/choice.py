"""Which supplier product to buy for an ingredient: the site's preferred, else the cheapest."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Price:
    """A pack price valid from one day (to another, or open-ended)."""

    price_ore: int
    valid_from: date
    valid_to: date | None = None


@dataclass(frozen=True)
class Offer:
    """A supplier product of an ingredient, with its price history."""

    product_id: str
    ingredient_id: str
    supplier_id: str
    item_number: str
    description: str
    pack_size: float
    organic: bool = False
    preferred: bool = True  # the catalogue's own preference (central)
    prices: tuple[Price, ...] = ()

    def price_on(self, day: date) -> int | None:
        """The pack price valid on `day` (the latest `valid_from` on or before it), or None."""
        best = None
        for p in self.prices:
            valid = p.valid_from <= day and (p.valid_to is None or p.valid_to >= day)
            if valid and (best is None or p.valid_from > best.valid_from):
                best = p
        return None if best is None else best.price_ore


@dataclass(frozen=True)
class Candidate:
    """An offer that can be bought: its pack price on the order day and whether it is in time."""

    offer: Offer
    price_ore: int
    in_time: bool


def rank_key(candidate: Candidate, site_preferred: str | None, prefer_organic: bool) -> tuple:
    """Sort key: the site's choice, then in time, organic if wanted, catalogue's choice, price."""
    offer = candidate.offer
    return (
        offer.product_id != site_preferred,
        not candidate.in_time,
        prefer_organic and not offer.organic,
        not offer.preferred,
        candidate.price_ore / offer.pack_size,
        offer.product_id,
    )


def choose(
    candidates: Sequence[Candidate], site_preferred: str | None, prefer_organic: bool
) -> Candidate | None:
    """The candidate to buy, or None when there is none."""
    if not candidates:
        return None
    return min(candidates, key=lambda c: rank_key(c, site_preferred, prefer_organic))
