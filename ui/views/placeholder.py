"""A plain page for an area that is not built yet: it says what will come there, nothing more."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.context import AppContext


class PlaceholderView(QWidget):
    """Subclasses give `heading()` and `plans()`; replace the subclass by the real view later."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.site_id = ""

        self.heading_label = QLabel(self.heading())
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading_label.setFont(font)

        self.status_label = QLabel(self.tr("Not built yet. This is what will come here:"))
        items = "".join(f"<li>{html.escape(plan)}</li>" for plan in self.plans())
        self.plans_label = QLabel(f"<ul>{items}</ul>")
        self.plans_label.setTextFormat(Qt.TextFormat.RichText)
        self.plans_label.setWordWrap(True)

        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.status_label)
        box_layout.addWidget(self.plans_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.heading_label)
        layout.addSpacing(8)
        layout.addWidget(box)
        layout.addStretch(1)

    def heading(self) -> str:
        """The area's name as the page heading."""
        raise NotImplementedError

    def plans(self) -> list[str]:
        """What the area will let the user do, one sentence each."""
        raise NotImplementedError

    @Slot(str)
    def set_site(self, site_id: str) -> None:
        """Remember the site; a placeholder has nothing to load."""
        self.site_id = site_id
