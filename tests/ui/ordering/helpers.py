"""Helpers of the Bestilling page tests: typing in a grid, computing the suggestion."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

MONDAY, FRIDAY = date(2026, 3, 9), date(2026, 3, 13)


def type_in(qtbot, grid, text: str) -> None:
    """Type into the current cell as a user does: the first key opens the editor, Enter saves
    (Qt commits the entry from the event loop)."""
    qtbot.keyClicks(grid, text[0])
    editor = QApplication.focusWidget()
    assert editor is not grid, "typing did not open the cell"
    qtbot.keyClicks(editor, text[1:])
    with qtbot.waitSignal(grid.model().dataChanged):
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def suggest(qtbot, page):
    tab = page.suggestion_tab
    tab.week_edit.clear()
    qtbot.keyClicks(tab.week_edit, "2026-W11")
    with qtbot.waitSignal(tab.suggested, timeout=10_000) as shown:
        qtbot.mouseClick(tab.compute_button, Qt.MouseButton.LeftButton)
    return shown.args[0]
