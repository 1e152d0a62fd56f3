"""What the planner's actions and dialogs need from the planner page (not the page itself).

`actions.py` and `dialogs.py` are built by `view.py`; typing them against this protocol instead
of `PlannerView` keeps the imports one way: view → actions → dialogs → page.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QLabel

    from canteen.domain.weeks import IsoWeek
    from ui.context import AppContext
    from ui.views.planner.editing import PlanEditor


class PlannerPage(Protocol):
    """The planner page as its actions and dialogs see it."""

    context: AppContext
    site_id: str
    week: IsoWeek
    editor: PlanEditor
    undo_stack: QUndoStack
    status_label: QLabel

    def reload(self) -> None: ...
    def go_to(self, week: IsoWeek) -> None: ...
    def previous_week(self) -> None: ...
    def next_week(self) -> None: ...
    def this_week(self) -> None: ...
    def selected_day(self) -> date | None: ...
    def focus_library(self) -> None: ...
    def addAction(self, action: QAction) -> None: ...  # noqa: N802 - Qt's name
