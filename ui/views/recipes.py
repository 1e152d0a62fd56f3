"""The recipes area (a placeholder until the real view replaces this class)."""

from __future__ import annotations

from ui.views.placeholder import PlaceholderView


class RecipesView(PlaceholderView):
    """Says what the recipes area will hold."""

    def heading(self) -> str:
        """The page heading."""
        return self.tr("Recipes")

    def plans(self) -> list[str]:
        """What will come here."""
        return [
            self.tr("Browse the central recipe library and the canteen's own recipes."),
            self.tr("Edit ingredients, quantities, preparation loss and method."),
            self.tr("See cost per portion, allergens, climate footprint and nutrition per recipe."),
            self.tr("Copy a central recipe to make a local version."),
        ]
