"""The notice above a draft whose week's plan or forecast changed since it was saved."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.text import fill

BANNER_STYLE = "QFrame { background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; }"


class StaleBanner(QFrame):
    """ "The drafts are out of date — recalculate", with the button that applies it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(BANNER_STYLE)
        self.recalculation = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("border: none;")
        self.button = QPushButton(self.tr("Recalc&ulate drafts"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_for(self, recalculation) -> None:
        """Show the notice when the week's drafts are stale; hide it otherwise."""
        self.recalculation = recalculation
        if recalculation is None or not recalculation.stale:
            self.hide()
            return
        text = fill(
            self.tr(
                "The drafts for week %1 are out of date: the menu or forecast changed since "
                "they were saved (%2 lines differ)."
            ),
            recalculation.week, len(recalculation.changes),
        )  # fmt: skip
        if recalculation.unplaced:
            text += " " + fill(
                self.tr("%1 new lines have no draft for their supplier: save a new suggestion."),
                len(recalculation.unplaced),
            )
        self.label.setText(text)
        self.button.setEnabled(bool(recalculation.changes))
        self.show()
