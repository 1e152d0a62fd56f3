"""The synchronisation area (a placeholder until the real view replaces this class)."""

from __future__ import annotations

from ui.views.placeholder import PlaceholderView


class SyncView(PlaceholderView):
    """Says what the synchronisation area will hold."""

    def heading(self) -> str:
        """The page heading."""
        return self.tr("Synchronisation")

    def plans(self) -> list[str]:
        """What will come here."""
        return [
            self.tr("Send this canteen's data to the central server and fetch shared master data."),
            self.tr("See when the last synchronisation happened and what is still waiting."),
            self.tr("Resolve changes the server rejected."),
        ]
