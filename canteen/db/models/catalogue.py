"""The central catalogue: suppliers, ingredients with allergens, supplier products and prices."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from canteen.db.base import Base, CentralOwned, at_least, one_of, strict
from canteen.db.types import Guid
from canteen.domain.allergens import Allergen, AllergenStatus, column_name
from canteen.domain.units import BASE_UNITS

SUPPLIER_KINDS = ("wholesaler", "greengrocer", "dairy", "bakery", "fishmonger", "butcher", "other")
STATUSES = tuple(s.value for s in AllergenStatus)


class Supplier(CentralOwned, Base):
    """A supplier with its delivery rules; orders go one per supplier and delivery day."""

    __tablename__ = "supplier"
    __table_args__ = strict(
        one_of("kind", SUPPLIER_KINDS),
        CheckConstraint("length(cvr) = 8", name="cvr_8_digits"),
        CheckConstraint("gln IS NULL OR length(gln) = 13", name="gln_13_digits"),
        at_least("lead_time_days"),
        at_least("min_order_ore"),
    )

    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20), default="wholesaler")
    cvr: Mapped[str] = mapped_column(String(8), unique=True)
    gln: Mapped[str | None] = mapped_column(String(13), default=None)
    email: Mapped[str] = mapped_column(String(120), default="")
    # Weekdays the supplier delivers, as ISO weekday digits: "12345" is Monday to Friday.
    delivery_weekdays: Mapped[str] = mapped_column(String(7), default="12345")
    cutoff_time: Mapped[str] = mapped_column(String(5), default="12:00")
    lead_time_days: Mapped[int] = mapped_column(default=1)
    min_order_ore: Mapped[int] = mapped_column(default=0)
    e_ordering: Mapped[bool] = mapped_column(default=False)


def _allergen():
    # Unknown until someone has checked: never silently "free from".
    return mapped_column(String(12), default=AllergenStatus.UNKNOWN.value, server_default="unknown")


class Ingredient(CentralOwned, Base):
    """A raw material in its base unit, with the 14 allergen statuses and climate/nutrition data."""

    __tablename__ = "ingredient"
    __table_args__ = strict(
        one_of("base_unit", BASE_UNITS),
        CheckConstraint("piece_weight_g IS NULL OR piece_weight_g > 0", name="piece_weight_pos"),
        CheckConstraint("density_g_per_ml IS NULL OR density_g_per_ml > 0", name="density_pos"),
        at_least("co2e_per_kg"),
        at_least("energy_kj_100g"),
        at_least("protein_g_100g"),
        at_least("fat_g_100g"),
        at_least("carbs_g_100g"),
        *(one_of(column_name(a), STATUSES) for a in Allergen),
    )

    name: Mapped[str] = mapped_column(String(120), unique=True)
    name_en: Mapped[str] = mapped_column(String(120), default="")
    category: Mapped[str] = mapped_column(String(40), default="")
    base_unit: Mapped[str] = mapped_column(String(3), default="g")
    piece_weight_g: Mapped[float | None] = mapped_column(default=None)
    density_g_per_ml: Mapped[float | None] = mapped_column(default=None)
    organic: Mapped[bool] = mapped_column(default=False)
    co2e_per_kg: Mapped[float | None] = mapped_column(default=None)
    energy_kj_100g: Mapped[float | None] = mapped_column(default=None)
    protein_g_100g: Mapped[float | None] = mapped_column(default=None)
    fat_g_100g: Mapped[float | None] = mapped_column(default=None)
    carbs_g_100g: Mapped[float | None] = mapped_column(default=None)

    allergen_gluten: Mapped[str] = _allergen()
    allergen_crustaceans: Mapped[str] = _allergen()
    allergen_eggs: Mapped[str] = _allergen()
    allergen_fish: Mapped[str] = _allergen()
    allergen_peanuts: Mapped[str] = _allergen()
    allergen_soybeans: Mapped[str] = _allergen()
    allergen_milk: Mapped[str] = _allergen()
    allergen_nuts: Mapped[str] = _allergen()
    allergen_celery: Mapped[str] = _allergen()
    allergen_mustard: Mapped[str] = _allergen()
    allergen_sesame: Mapped[str] = _allergen()
    allergen_sulphites: Mapped[str] = _allergen()
    allergen_lupin: Mapped[str] = _allergen()
    allergen_molluscs: Mapped[str] = _allergen()

    def allergen_status(self, allergen: Allergen) -> AllergenStatus:
        """This ingredient's status for one allergen."""
        return AllergenStatus(getattr(self, column_name(allergen)))


class SupplierProduct(CentralOwned, Base):
    """What a supplier sells of an ingredient: one pack size, item number and organic flag."""

    __tablename__ = "supplier_product"
    __table_args__ = strict(
        UniqueConstraint("supplier_id", "item_number"),
        CheckConstraint("pack_size > 0", name="pack_size_pos"),
    )

    supplier_id: Mapped[str] = mapped_column(Guid(), ForeignKey("supplier.id"), index=True)
    ingredient_id: Mapped[str] = mapped_column(Guid(), ForeignKey("ingredient.id"), index=True)
    item_number: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(160))
    # Pack content in the ingredient's base unit (g, ml or pcs); e.g. 5000 for a 5 kg bag.
    pack_size: Mapped[float]
    pack_description: Mapped[str] = mapped_column(String(60), default="")
    gtin: Mapped[str | None] = mapped_column(String(14), default=None)
    organic: Mapped[bool] = mapped_column(default=False)
    variable_weight: Mapped[bool] = mapped_column(default=False)
    preferred: Mapped[bool] = mapped_column(default=True)


class ProductPrice(CentralOwned, Base):
    """A pack price valid from one date (to another, or open-ended): the price history."""

    __tablename__ = "product_price"
    __table_args__ = strict(
        UniqueConstraint("product_id", "valid_from"),
        CheckConstraint("price_ore >= 0", name="price_not_negative"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="valid_range"),
    )

    product_id: Mapped[str] = mapped_column(Guid(), ForeignKey("supplier_product.id"), index=True)
    price_ore: Mapped[int]
    valid_from: Mapped[date]
    valid_to: Mapped[date | None] = mapped_column(default=None)
