"""The planner's actions and their keys: weeks, undo/redo, copy, cycles, lines, print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

if TYPE_CHECKING:
    from ui.views.planner.dialogs import PlannerDialogs
    from ui.views.planner.page import PlannerPage


class PlannerActions(QObject):
    """Builds the actions on the planner page; their shortcuts work anywhere inside the page."""

    def __init__(self, view: PlannerPage, dialogs: PlannerDialogs) -> None:
        super().__init__(view)
        self.view = view
        self.previous_action = self._action(
            self.tr("◀ &Previous week"), view.previous_week, ["Alt+Left"]
        )
        self.next_action = self._action(self.tr("&Next week ▶"), view.next_week, ["Alt+Right"])
        self.today_action = self._action(self.tr("&This week"), view.this_week, ["Alt+Home"])
        self.goto_action = self._action(self.tr("&Go to week…"), dialogs.ask_for_week, ["Ctrl+G"])
        self.undo_action = view.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = view.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            view.addAction(action)
        self.copy_week_action = self._action(
            self.tr("&Copy week to…"), dialogs.ask_copy_week, ["Ctrl+Shift+C"]
        )
        self.save_cycle_action = self._action(
            self.tr("&Save as menu cycle…"), dialogs.ask_save_cycle
        )
        self.apply_cycle_action = self._action(
            self.tr("&Apply menu cycle…"), dialogs.ask_apply_cycle
        )
        self.lines_action = self._action(self.tr("Menu &lines…"), dialogs.ask_menu_lines)
        self.print_action = self._action(self.tr("&Print menu…"), dialogs.print_menu, ["Ctrl+P"])
        self.production_action = self._action(
            self.tr("Production &sheet…"), dialogs.print_production
        )
        self.search_action = self._action(self.tr("Search recipes"), view.focus_library, ["Ctrl+L"])
        self.week_actions = (
            self.copy_week_action,
            self.save_cycle_action,
            self.apply_cycle_action,
            self.lines_action,
            self.print_action,
            self.production_action,
            self.goto_action,
            self.previous_action,
            self.next_action,
            self.today_action,
        )

    def _action(self, text: str, slot, keys: list[str] = ()) -> QAction:
        action = QAction(text, self.view)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({native})")
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        """Put the actions on the page's toolbar, cycles in a drop-down."""
        for action in (self.previous_action, self.today_action, self.next_action, self.goto_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.copy_week_action)
        cycles = QMenu(self.tr("Menu cycles"), toolbar)
        cycles.addAction(self.save_cycle_action)
        cycles.addAction(self.apply_cycle_action)
        button = QToolButton()
        button.setText(self.tr("Menu c&ycles"))
        button.setMenu(cycles)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(button)
        toolbar.addAction(self.lines_action)
        toolbar.addSeparator()
        toolbar.addAction(self.print_action)
        toolbar.addAction(self.production_action)

    def update_enabled(self, has_week: bool) -> None:
        """Week actions need a site with its week loaded."""
        for action in self.week_actions:
            action.setEnabled(has_week)
