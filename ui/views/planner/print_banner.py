"""The bar that says the printed menu no longer matches the plan, with a button to reprint."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from canteen.services.menus.rows import PrintedState
from ui.text import fill, moment_text

BANNER_STYLE = (
    "QFrame#printBanner { background: #fbe7c2; border: 1px solid #e0b45c; border-radius: 3px; }"
)


def printed_when(state: PrintedState) -> str:
    """When the menu was printed, in local time, in the app's date format."""
    when = state.printed_at
    if when.tzinfo is None:  # stored as UTC
        when = when.replace(tzinfo=UTC)
    return moment_text(when)


def printed_text(state: PrintedState | None) -> str:
    """'Menu printed 24.11.2026 10.32', or 'Menu not printed yet'."""
    if state is None:
        return QCoreApplication.translate("PrintBanner", "Menu not printed yet")
    return fill(QCoreApplication.translate("PrintBanner", "Menu printed %1"), printed_when(state))


class PrintBanner(QFrame):
    """Hidden while the printed menu is up to date (or was never printed)."""

    reprint_clicked = Signal()
    details_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.details_button = QPushButton(self.tr("Show changes"))
        self.details_button.clicked.connect(self.details_clicked)
        self.reprint_button = QPushButton(self.tr("Print again…"))
        self.reprint_button.clicked.connect(self.reprint_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.reprint_button)
        self.hide()

    def show_state(self, state: PrintedState | None) -> None:
        """Show the bar when the menu on the wall is out of date."""
        if state is None or not state.out_of_date:
            self.hide()
            return
        self.text_label.setText(
            fill(
                self.tr(
                    "<b>The printed menu is out of date: print it again.</b> "
                    "%n change(s) since it was printed on %1.",
                    "",
                    len(state.changes),
                ),
                printed_when(state),
            )
        )
        self.show()
