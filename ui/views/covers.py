"""The covers and forecast area (a placeholder until the real view replaces this class)."""

from __future__ import annotations

from ui.views.placeholder import PlaceholderView


class CoversView(PlaceholderView):
    """Says what the covers and forecast area will hold."""

    def heading(self) -> str:
        """The page heading."""
        return self.tr("Covers & forecast")

    def plans(self) -> list[str]:
        """What will come here."""
        return [
            self.tr("Enter the covers served per day and service."),
            self.tr("See the forecast of covers per day and menu line, with an interval."),
            self.tr("Enter known events (courses, operations, closed days) that change covers."),
            self.tr("Override the forecast with your own number and a reason."),
        ]
