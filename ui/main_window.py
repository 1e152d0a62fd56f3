"""The main window: areas on the left, the site selector in the toolbar, state in the status bar.

To add or replace an area, edit `AREAS`: each entry names a QWidget class in `ui/views/<area>.py`
that takes `(context, parent)` and has a `set_site(site_id)` slot (and may have `refresh()`).
Pages are imported and built the first time they are shown, so start-up stays quick.
"""

from __future__ import annotations

import importlib
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from canteen.paths import resource
from ui import messages, settings
from ui.context import AppContext
from ui.text import fill
from ui.views.sync.runner import SyncRunner
from ui.views.sync.state_text import status_bar_text
from ui.widgets.nav_bar import NavigationBar
from ui.widgets.site_selector import SiteSelector
from ui.widgets.status_panel import StatusPanel
from ui.workers import run_task

if TYPE_CHECKING:
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.startup import Launcher


# The first start's window size on a screen with room for it (see `_fit_screen`).
PREFERRED_SIZE = QSize(1400, 860)


class Area(NamedTuple):
    """One area of the app: its page class (imported on first show) and how it is listed."""

    key: str
    title: str  # English source text in the "Areas" translation context
    module: str
    class_name: str
    icon: str


AREAS = (
    Area(
        "overview",
        QT_TRANSLATE_NOOP("Areas", "Overview"),
        "ui.views.overview",
        "OverviewView",
        "overview",
    ),
    Area("menus", QT_TRANSLATE_NOOP("Areas", "Menus"), "ui.views.menus", "MenusView", "menus"),
    Area(
        "recipes",
        QT_TRANSLATE_NOOP("Areas", "Recipes"),
        "ui.views.recipes",
        "RecipesView",
        "recipes",
    ),
    Area(
        "covers",
        QT_TRANSLATE_NOOP("Areas", "Covers & forecast"),
        "ui.views.covers",
        "CoversView",
        "covers",
    ),
    Area(
        "ordering",
        QT_TRANSLATE_NOOP("Areas", "Ordering"),
        "ui.views.ordering",
        "OrderingView",
        "ordering",
    ),
    Area("costs", QT_TRANSLATE_NOOP("Areas", "Finance"), "ui.views.costs", "CostsView", "costs"),
    Area(
        "sync",
        QT_TRANSLATE_NOOP("Areas", "Synchronisation"),
        "ui.views.sync.page",
        "SyncView",
        "sync",
    ),
)


def area_title(area: Area) -> str:
    """The area's name in the user's language."""
    return QCoreApplication.translate("Areas", area.title)


def icon(name: str) -> QIcon:
    """An icon from resources/icons."""
    return QIcon(str(resource("icons", f"{name}.svg")))


class _FirstPaintWatcher(QObject):
    """Calls `then()` once, when the watched widget paints for the first time."""

    def __init__(self, watched: QWidget, then) -> None:
        super().__init__(watched)
        self._then = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint has finished: whatever runs next must not delay it.
            QTimer.singleShot(0, self._then)
        return False


class MainWindow(QMainWindow):
    """Holds the area pages; `area_shown(key)` fires when a page becomes the current one.

    `first_painted` fires once the window is on screen: start-up work waits for it.
    """

    area_shown = Signal(str)
    first_painted = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._launcher: Launcher | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.views: dict[str, QWidget] = {}
        # Before the pages: they ask the context whether this PC may change data.
        self.sync = SyncRunner(context, self)
        context.sync = self.sync
        self.area_actions: dict[str, QAction] = {}
        self.setWindowTitle(self.tr("Kantine"))
        self.setWindowIcon(icon("app"))

        self.navigation = NavigationBar()
        self.stack = QStackedWidget()
        self.first_paint_watcher = _FirstPaintWatcher(self.stack, self.first_painted.emit)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self.status_panel = StatusPanel()
        self.statusBar().addPermanentWidget(self.status_panel)

        context.database_opened.connect(self._on_context_database_opened)
        self.sync.changed.connect(self._on_sync_changed)
        context.user_changed.connect(self._on_context_user_changed)
        context.site_changed.connect(self._on_context_site_changed)

        # As wide as its longest area name (in the chosen language) and no wider: the pages
        # need the room on a 1366-pixel screen.
        self.navigation.setFixedWidth(self.navigation.sizeHint().width())
        if not self.restoreGeometry(settings.get(settings.WINDOW_GEOMETRY)):
            self._fit_screen()
        self.restoreState(settings.get(settings.WINDOW_STATE))
        wanted = settings.get(settings.LAST_AREA)
        self._initial_area = wanted if wanted in self.area_actions else AREAS[0].key
        # The first page is built just after the first paint, so the window shows sooner.
        self.first_painted.connect(self._show_initial_area, Qt.ConnectionType.QueuedConnection)

    def _fit_screen(self) -> None:
        # First start: the planner needs about 1366 x 700 pixels for its toolbar, a week of
        # dish names and its "not printed yet" note, so the common office screen (1366 x 768)
        # starts maximized; a larger screen gets a window of that size and room around it.
        available = self.screen().availableGeometry()
        self.resize(min(PREFERRED_SIZE.width(), available.width()),
                    min(PREFERRED_SIZE.height(), available.height()))  # fmt: skip
        if (
            available.width() < PREFERRED_SIZE.width() + 80
            or available.height() < PREFERRED_SIZE.height() + 80
        ):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _show_initial_area(self) -> None:
        if not self.views:  # nobody has chosen a page yet
            self.show_area(self._initial_area)

    # --- building -------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(
                QKeySequence.keyBindings(shortcut)
                if isinstance(shortcut, QKeySequence.StandardKey)
                else [QKeySequence(shortcut)]
            )
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.open_action = self._action(
            self.tr("&Open database…"),
            self.ask_for_database,
            QKeySequence.StandardKey.Open,
            "open",
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        if not self.quit_action.shortcuts():  # Windows has no standard Quit key
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.settings_action = self._action(
            self.tr("&Settings…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
            "settings",
        )
        if not self.settings_action.shortcuts():  # not every platform defines Preferences
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh, "refresh"
        )
        if not self.refresh_action.shortcuts():
            self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        # Ctrl+R anywhere in the window (the action is on the window itself, not only a menu).
        self.sync_action = self._action(
            self.tr("&Synchronise now"), self.sync.sync_now, QKeySequence("Ctrl+R"), "sync"
        )
        self.addAction(self.sync_action)
        self.help_action = self._action(
            self.tr("&Help"), self.show_help, QKeySequence.StandardKey.HelpContents, "help"
        )
        self.about_action = self._action(self.tr("&About Kantine"), partial(messages.about, self))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        group = QActionGroup(self)
        group.setExclusive(True)
        for number, area in enumerate(AREAS, start=1):
            action = QAction(icon(area.icon), area_title(area).replace("&", "&&"), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setToolTip(
                f"{area_title(area)} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            action.triggered.connect(partial(self.show_area, area.key))
            group.addAction(action)
            self.area_actions[area.key] = action
            self.navigation.add_area(area.key, action)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.settings_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.area_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.sync_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.open_action,
            self.refresh_action,
            self.settings_action,
            self.help_action,
        ):
            toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.site_caption = QLabel(self.tr("Canteen:"))
        toolbar.addWidget(self.site_caption)
        self.site_selector = SiteSelector()
        self.site_selector.setEnabled(False)
        self.site_selector.site_chosen.connect(self._on_site_selector_site_chosen)
        toolbar.addWidget(self.site_selector)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    @property
    def launcher(self) -> Launcher | None:
        """Opens databases (set by the app once the window exists)."""
        return self._launcher

    @launcher.setter
    def launcher(self, launcher: Launcher | None) -> None:
        self._launcher = launcher
        if launcher is not None:
            launcher.may_leave = self.pages_may_leave

    # --- areas ----------------------------------------------------------------------------

    def show_area(self, key: str) -> QWidget:
        """Make area `key` the current page (building it on first use) and return the page."""
        view = self.views.get(key)
        if view is None:
            view = self._build_view(next(area for area in AREAS if area.key == key))
        self.stack.setCurrentWidget(view)
        self.area_actions[key].setChecked(True)
        settings.put(settings.LAST_AREA, key)
        self.area_shown.emit(key)
        return view

    def _build_view(self, area: Area) -> QWidget:
        view_class = getattr(importlib.import_module(area.module), area.class_name)
        view = view_class(self.context, self.stack)
        self.views[area.key] = view
        self.stack.addWidget(view)
        self.context.site_changed.connect(view.set_site)
        if self.context.database is not None:
            view.set_site(self.context.site_id or "")
        return view

    def pages_may_leave(self) -> bool:
        """Ask every built page with unsaved work (Save / Discard / Cancel); False to stay."""
        # The page shown first: its question is the one the user expects.
        current = self.stack.currentWidget()
        pages = sorted(self.views.values(), key=lambda view: view is not current)
        return all(page.may_leave() for page in pages if hasattr(page, "may_leave"))

    def current_area(self) -> str:
        """The key of the page shown."""
        current = self.stack.currentWidget()
        return next(key for key, view in self.views.items() if view is current)

    def refresh(self) -> None:
        """Reload the page shown (F5)."""
        view = self.stack.currentWidget()
        if hasattr(view, "refresh"):
            view.refresh()

    def show_help(self) -> None:
        """Short help: how the window is laid out and the keyboard shortcuts."""
        shortcuts = [
            (action, area_title(area))
            for area, action in zip(AREAS, self.area_actions.values(), strict=True)
        ]
        shortcuts += [
            (self.open_action, self.tr("Open another database")),
            (self.refresh_action, self.tr("Refresh the page")),
            (self.sync_action, self.tr("Synchronise now")),
            (self.settings_action, self.tr("Settings")),
            (self.help_action, self.tr("This help")),
        ]
        native = QKeySequence.SequenceFormat.NativeText
        lines = [f"{action.shortcut().toString(native)}\t{text}" for action, text in shortcuts]
        messages.inform(
            self,
            self.tr("Help"),
            self.tr(
                "Choose an area on the left and the canteen in the toolbar. The Overview shows "
                "the chosen canteen's covers, this week's menu and coming events."
            ),
            self.tr("Keyboard shortcuts:") + "\n" + "\n".join(lines),
        )

    def ask_for_database(self) -> None:
        """File > Open: pick another database file."""
        if self.launcher is not None:
            self.launcher.ask_for_file()

    def open_settings(self) -> SettingsDialog:
        """Show the settings dialog; its choices apply when the user presses OK."""
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.accepted.connect(partial(self._on_settings_dialog_accepted, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _on_settings_dialog_accepted(self, dialog: SettingsDialog) -> None:
        choice = dialog.choice()
        self.settings_dialog = None
        settings.put(settings.LANGUAGE, choice.language)
        if choice.user_id != settings.get(settings.CURRENT_USER):
            settings.put(settings.CURRENT_USER, choice.user_id)
            if self.context.database is not None:
                from canteen.services.workspace import load_user_sites

                run_task(
                    partial(load_user_sites, self.context.database, choice.user_id),
                    on_result=lambda found: self.context.set_user(*found),
                )
        path = Path(choice.database_path) if choice.database_path else None
        # The launcher asks the pages about unsaved work before it opens another database.
        if path is not None and path != self.context.database_path and self.launcher:
            self.launcher.open_file(path)

    # --- context --------------------------------------------------------------------------

    def _on_context_database_opened(self) -> None:
        self.status_panel.update_from(self.context)
        self._on_sync_changed()

    def _on_sync_changed(self) -> None:
        text = status_bar_text(self.sync)
        if text:
            self.status_panel.sync_label.setText(text)
        read_only = self.sync.read_only
        self.status_panel.read_only_label.setVisible(read_only)
        path = self.context.database_path
        title = fill(self.tr("Kantine – %1"), path.name) if path else "Kantine"
        if read_only:
            title = fill(self.tr("%1 (read-only)"), title)
        self.setWindowTitle(title)

    def _on_context_user_changed(self) -> None:
        self.site_selector.set_sites(
            self.context.sites, self.context.site_id, fixed=self.context.site_is_fixed()
        )
        self.site_caption.setEnabled(bool(self.context.sites))

    def _on_site_selector_site_chosen(self, site_id: str) -> None:
        if site_id != self.context.site_id and not self.pages_may_leave():
            # The user stays with their unsaved work: the selector goes back to its site.
            self.site_selector.select_site(self.context.site_id or "")
            return
        self.context.set_site(site_id)

    def _on_context_site_changed(self, site_id: str) -> None:
        if site_id:
            self.site_selector.select_site(site_id)
        self.status_panel.update_from(self.context)
        self._on_sync_changed()

    def remember_geometry(self) -> None:
        """Store the window's size, place and toolbars for the next start."""
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Quit (Ctrl+Q) and the window's close button both come here.
        if not self.pages_may_leave():
            event.ignore()
            return
        self.remember_geometry()
        self.sync.stop()
        super().closeEvent(event)
