"""The sums a cost row adds up, and the ratios derived from them (None where a divisor is zero)."""

from __future__ import annotations

from dataclasses import dataclass, fields

# Det Økologiske Spisemærke: the lowest share (per cent) of each tier, highest first.
TIERS = (("gold", 90), ("silver", 60), ("bronze", 30))


def organic_tier(organic: float, total: float) -> str | None:
    """'gold', 'silver', 'bronze', or None below 30 % (or with nothing purchased)."""
    if total <= 0:
        return None
    for tier, lowest in TIERS:
        # Compared as products, so 30 % of 1,000 kr is bronze without a rounding doubt.
        if organic * 100 >= lowest * total:
            return tier
    return None


def _ratio(part: float, whole: float, scale: float = 1.0) -> float | None:
    return None if not whole else part * scale / whole


@dataclass(frozen=True)
class CostFigures:
    """Additive sums for one site, district or selection over one period (money in øre)."""

    covers: int = 0
    revenue_ore: int = 0
    raw_materials_ore: int = 0
    labour_ore: int = 0
    other_ore: int = 0
    waste_ore: int = 0  # the ledger's 'waste' cost category
    budget_ore: int | None = None  # None: no budget rows at all
    waste_g: float = 0.0  # weighed waste records
    waste_value_ore: int = 0
    purchased_ore: int = 0  # goods received, the basis of the organic share by kroner
    organic_ore: int = 0
    purchased_g: float = 0.0  # goods received with a known weight
    organic_g: float = 0.0
    co2e_kg: float = 0.0

    def __add__(self, other: CostFigures) -> CostFigures:
        values = {}
        for field in fields(self):
            mine, theirs = getattr(self, field.name), getattr(other, field.name)
            if mine is None or theirs is None:
                values[field.name] = theirs if mine is None else mine
            else:
                values[field.name] = mine + theirs
        return CostFigures(**values)

    @property
    def total_cost_ore(self) -> int:
        """Raw materials, labour, other and waste-category entries."""
        return self.raw_materials_ore + self.labour_ore + self.other_ore + self.waste_ore

    @property
    def variance_ore(self) -> int | None:
        """Total cost minus budget: positive is over budget."""
        return None if self.budget_ore is None else self.total_cost_ore - self.budget_ore

    @property
    def raw_materials_per_cover_ore(self) -> float | None:
        """Raw materials per cover."""
        return _ratio(self.raw_materials_ore, self.covers)

    @property
    def total_cost_per_cover_ore(self) -> float | None:
        """Total cost per cover."""
        return _ratio(self.total_cost_ore, self.covers)

    @property
    def raw_material_coverage(self) -> float | None:
        """Revenue ÷ raw materials in per cent; under 100 breaks the state's pricing rule."""
        return _ratio(self.revenue_ore, self.raw_materials_ore, 100.0)

    @property
    def waste_kg(self) -> float:
        """Weighed waste in kg."""
        return self.waste_g / 1000

    @property
    def waste_g_per_cover(self) -> float | None:
        """Weighed waste per cover in grams."""
        return _ratio(self.waste_g, self.covers)

    @property
    def waste_value_per_cover_ore(self) -> float | None:
        """The value of weighed waste per cover."""
        return _ratio(self.waste_value_ore, self.covers)

    @property
    def organic_share_kr(self) -> float | None:
        """Organic share of purchases by kroner, in per cent."""
        return _ratio(self.organic_ore, self.purchased_ore, 100.0)

    @property
    def organic_share_kg(self) -> float | None:
        """Organic share of purchases by net weight, in per cent."""
        return _ratio(self.organic_g, self.purchased_g, 100.0)

    @property
    def organic_tier_kr(self) -> str | None:
        """The Spisemærke tier the kroner basis reaches."""
        return organic_tier(self.organic_ore, self.purchased_ore)

    @property
    def organic_tier_kg(self) -> str | None:
        """The Spisemærke tier the kilo basis reaches."""
        return organic_tier(self.organic_g, self.purchased_g)

    @property
    def co2e_per_cover_kg(self) -> float | None:
        """kg CO2e of the goods received per cover."""
        return _ratio(self.co2e_kg, self.covers)
