"""The ordering area (a placeholder until the real view replaces this class)."""

from __future__ import annotations

from ui.views.placeholder import PlaceholderView


class OrderingView(PlaceholderView):
    """Says what the ordering area will hold."""

    def heading(self) -> str:
        """The page heading."""
        return self.tr("Ordering")

    def plans(self) -> list[str]:
        """What will come here."""
        return [
            self.tr("Work out what to order from the menus, the forecast, stock and open orders."),
            self.tr(
                "Round up to whole packs and respect each supplier's delivery days and cut-off."
            ),
            self.tr("Send orders as PDF, CSV or electronic order (OIOUBL)."),
            self.tr("Receive goods and record what was actually delivered."),
        ]
