"""The finance area (a placeholder until the real view replaces this class)."""

from __future__ import annotations

from ui.views.placeholder import PlaceholderView


class CostsView(PlaceholderView):
    """Says what the finance area will hold."""

    def heading(self) -> str:
        """The page heading."""
        return self.tr("Finance")

    def plans(self) -> list[str]:
        """What will come here."""
        return [
            self.tr("Follow raw-material cost against sales revenue per month (coverage)."),
            self.tr("Compare labour and other costs with the district's budget."),
            self.tr("Calculate the organic share for the organic dining label."),
            self.tr("Compare sites across a district, and record food waste."),
        ]
