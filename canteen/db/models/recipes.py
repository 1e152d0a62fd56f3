"""Recipes and their ingredient lines; central recipes have no site, site recipes have one."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from canteen.db.base import SHARED, Base, Synced, one_of, strict
from canteen.db.types import Guid
from canteen.domain.units import KITCHEN_UNITS


class Recipe(Synced, Base):
    """A dish for `yield_portions` portions; central (site_id NULL) or a site's own."""

    __tablename__ = "recipe"
    __table_args__ = strict(
        CheckConstraint("yield_portions > 0", name="yield_positive"),
        CheckConstraint("portion_size_g IS NULL OR portion_size_g > 0", name="portion_pos"),
        # The parent key of recipe_line's (recipe, site) foreign key.
        UniqueConstraint("id", "site_id"),
    )
    sync_owner: ClassVar[str] = SHARED

    site_id: Mapped[str | None] = mapped_column(
        Guid(), ForeignKey("site.id"), index=True, default=None
    )
    name: Mapped[str] = mapped_column(String(160))
    name_en: Mapped[str] = mapped_column(String(160), default="")
    category: Mapped[str] = mapped_column(String(40), default="")
    # Diet tags, comma separated: vegetarian, vegan, pork_free, ...
    diet_tags: Mapped[str] = mapped_column(String(120), default="")
    yield_portions: Mapped[int] = mapped_column(default=10)
    portion_size_g: Mapped[float | None] = mapped_column(default=None)
    method: Mapped[str] = mapped_column(Text, default="")
    # The central recipe a site copy was made from.
    copied_from_id: Mapped[str | None] = mapped_column(
        Guid(), ForeignKey("recipe.id"), default=None
    )

    lines: Mapped[list[RecipeLine]] = relationship(
        back_populates="recipe",
        order_by="RecipeLine.position",
        foreign_keys="RecipeLine.recipe_id",
        primaryjoin="Recipe.id == RecipeLine.recipe_id",
    )


class RecipeLine(Synced, Base):
    """One ingredient of a recipe in a kitchen unit, with the share lost in preparation."""

    __tablename__ = "recipe_line"
    __table_args__ = strict(
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("prep_loss_pct >= 0 AND prep_loss_pct < 100", name="prep_loss_range"),
        one_of("unit", tuple(KITCHEN_UNITS)),
        # A site's line belongs to that site's recipe; a recipe that changes owner takes its
        # lines along. (A central line, site_id NULL, in a site's recipe is refused by the
        # guard trigger of canteen.db.guards: a foreign key skips rows with a NULL.)
        ForeignKeyConstraint(
            ["recipe_id", "site_id"],
            ["recipe.id", "recipe.site_id"],
            name="fk_recipe_line_recipe_site_recipe",
            onupdate="CASCADE",
        ),
    )
    sync_owner: ClassVar[str] = SHARED

    site_id: Mapped[str | None] = mapped_column(
        Guid(), ForeignKey("site.id"), index=True, default=None
    )
    recipe_id: Mapped[str] = mapped_column(Guid(), ForeignKey("recipe.id"), index=True)
    ingredient_id: Mapped[str] = mapped_column(Guid(), ForeignKey("ingredient.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    quantity: Mapped[float]
    unit: Mapped[str] = mapped_column(String(3), default="g")
    prep_loss_pct: Mapped[float] = mapped_column(default=0.0)
    note: Mapped[str] = mapped_column(String(120), default="")

    recipe: Mapped[Recipe] = relationship(
        back_populates="lines",
        foreign_keys=[recipe_id],
        primaryjoin="Recipe.id == RecipeLine.recipe_id",
    )
