"""The planner's dialogs: go to a week, copy a week, cycles, menu lines, print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from ui.text import fill

if TYPE_CHECKING:
    from canteen.domain.weeks import IsoWeek
    from ui.views.planner.page import PlannerPage


class PlannerDialogs(QObject):
    """Opens each dialog window-modal (never blocking the event loop); `dialog` is the last one."""

    def __init__(self, view: PlannerPage) -> None:
        super().__init__(view)
        self.view = view
        self.dialog: QDialog | None = None

    def _open(self, dialog: QDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _ready(self) -> bool:
        return self.view.context.database is not None and bool(self.view.site_id)

    def ask_for_week(self) -> None:
        """Ctrl+G: go to a week typed as 'uge 48' or a date."""
        from ui.dialogs.week_jump import WeekDialog

        dialog = WeekDialog(self.view.week, parent=self.view)
        dialog.accepted.connect(lambda: self.view.go_to(dialog.week))
        self._open(dialog)

    def ask_copy_week(self) -> None:
        """Copy the shown week to another week (undoable)."""
        from ui.dialogs.week_jump import WeekDialog

        if not self._ready():
            return
        week = self.view.week
        dialog = WeekDialog(
            week.shifted(1),
            title=fill(self.tr("Copy week %1"), str(week.week)),
            prompt=self.tr("Copy the dishes of this week to &week:"),
            offer_overwrite=True,
            parent=self.view,
        )
        dialog.accepted.connect(lambda: self._copy_to(week, dialog.week, dialog.overwrite()))
        self._open(dialog)

    def _copy_to(self, source: IsoWeek, target: IsoWeek, overwrite: bool) -> None:
        self.view.week = target  # the copy is shown when it is done
        self.view.editor.copy_week(source, target, overwrite)

    def ask_save_cycle(self) -> None:
        """Save weeks from the shown one as a rotation."""
        from ui.dialogs.cycles import SaveCycleDialog

        if not self._ready():
            return
        view = self.view
        dialog = SaveCycleDialog(view.context.database, view.site_id, view.week, view)
        dialog.accepted.connect(
            lambda: view.status_label.setText(
                fill(self.tr("Saved the cycle “%1”."), dialog.saved.cycle.name)
            )
        )
        self._open(dialog)

    def ask_apply_cycle(self) -> None:
        """Apply a rotation to a date range (undoable)."""
        from ui.dialogs.cycles import ApplyCycleDialog

        if not self._ready():
            return
        view = self.view
        dialog = ApplyCycleDialog(view.context.database, view.site_id, view.week, view)
        dialog.applied.connect(
            lambda edit: view.editor.push_done(edit, self.tr("applying a menu cycle"))
        )
        self._open(dialog)

    def ask_menu_lines(self) -> None:
        """Edit the canteen's menu lines."""
        from ui.dialogs.menu_lines import MenuLinesDialog

        if not self._ready():
            return
        dialog = MenuLinesDialog(self.view.context.database, self.view.site_id, self.view)
        dialog.finished.connect(self.view.reload)
        self._open(dialog)

    def print_menu(self) -> None:
        """Ctrl+P: the print dialog for the shown week."""
        from ui.dialogs.print_menu import PrintMenuDialog

        if not self._ready():
            return
        view = self.view
        dialog = PrintMenuDialog(view.context.database, view.site_id, view.week, view)
        dialog.printed.connect(view.reload)
        self._open(dialog)

    def print_production(self) -> None:
        """The production sheet of the shown week, the selected day chosen if there is one."""
        from ui.dialogs.print_production import ProductionSheetDialog

        if not self._ready():
            return
        view = self.view
        dialog = ProductionSheetDialog(
            view.context.database, view.site_id, view.week, view.selected_day(), view
        )
        self._open(dialog)
