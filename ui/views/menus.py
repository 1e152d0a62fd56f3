"""The the weekly menus area (a placeholder until the real view replaces this class)."""

from __future__ import annotations

from ui.views.placeholder import PlaceholderView


class MenusView(PlaceholderView):
    """Says what the the weekly menus area will hold."""

    def heading(self) -> str:
        """The page heading."""
        return self.tr("Menus")

    def plans(self) -> list[str]:
        """What will come here."""
        return [
            self.tr(
                "Plan the menu of each ISO week: recipes per day and menu line, for each service."
            ),
            self.tr("Start from a rotating menu cycle and adjust for holidays."),
            self.tr("See the allergens of every dish, with unknown allergens clearly marked."),
            self.tr("Print the weekly menu in Danish, English or both, with an allergen legend."),
        ]
