"""The start page: the chosen canteen's recent covers, this week's menu, recipes and events."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.models.events import EventsModel
from ui.models.week_covers import WeekCoversModel
from ui.text import fill
from ui.widgets.stat_card import StatCard
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.services.overview import SiteOverview

WEEKS_SHOWN = 4


def load_overview(database: Database, site_id: str, today: date) -> SiteOverview:
    """The job behind the page (runs in a worker thread)."""
    from canteen.services.overview import site_overview

    return site_overview(database, site_id, today=today, weeks=WEEKS_SHOWN)


class OverviewView(QWidget):
    """Loads the site's overview in the background; emits `overview_shown` once it is on screen."""

    overview_shown = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.site_id = ""
        self.overview: SiteOverview | None = None
        self._request = 0

        self.pages = QStackedWidget()
        self.message_label = QLabel(self.tr("Loading…"))
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.pages.addWidget(self.message_label)
        self.content: QWidget | None = None  # built when the first figures arrive

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        if context.sync is not None:
            # A district PC's first sync may bring its district's name (or its canteens).
            context.sync.changed.connect(self._on_sync_changed)

    def _build_content(self) -> QWidget:
        self.site_heading = QLabel()
        font = self.site_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.site_heading.setFont(font)
        self.site_details = QLabel()
        self.week_label = QLabel()
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        week_font = self.week_label.font()
        week_font.setPointSizeF(week_font.pointSizeF() * 1.3)
        self.week_label.setFont(week_font)

        header = QGridLayout()
        header.addWidget(self.site_heading, 0, 0)
        header.addWidget(self.site_details, 1, 0)
        header.addWidget(self.week_label, 0, 1, 2, 1)
        header.setColumnStretch(0, 1)

        self.covers_card = StatCard(self.tr("Covers, latest day"))
        self.menu_card = StatCard(self.tr("Menu this week"))
        self.recipes_card = StatCard(self.tr("Recipes available"))
        self.events_card = StatCard(self.tr("Upcoming events"))
        cards = QHBoxLayout()
        for card in (self.covers_card, self.menu_card, self.recipes_card, self.events_card):
            cards.addWidget(card, 1)

        self.covers_model = WeekCoversModel(self)
        self.covers_table = self._table(self.covers_model)
        self.covers_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.events_model = EventsModel(self)
        self.events_table = self._table(self.events_model)
        events_header = self.events_table.horizontalHeader()
        events_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        events_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.no_events_label = QLabel(self.tr("No events are planned."))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(cards)
        layout.addSpacing(6)
        layout.addWidget(
            self._section(
                fill(self.tr("Covers per day, last %1 weeks (all services)"), str(WEEKS_SHOWN))
            )
        )
        layout.addWidget(self.covers_table)
        layout.addSpacing(6)
        layout.addWidget(self._section(self.tr("Upcoming events")))
        layout.addWidget(self.events_table)
        layout.addWidget(self.no_events_label)
        layout.addStretch(1)

        scroller = QScrollArea()
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidgetResizable(True)
        scroller.setWidget(content)
        return scroller

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _table(self, model) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.verticalHeader().setVisible(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setAlternatingRowColors(True)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    @Slot(str)
    def set_site(self, site_id: str) -> None:
        """Show the overview of `site_id` ('' = no site)."""
        self.site_id = site_id
        self.refresh()

    def refresh(self) -> None:
        """Load the page again from the database."""
        self._request += 1
        database = self.context.database
        if database is None:
            self._show_message(self.tr("No database is open."))
            return
        if not self.site_id:
            self._show_message(self._no_site_text())
            return
        if self.overview is None or self.overview.site.id != self.site_id:
            self._show_message(self.tr("Loading…"), emit=False)
        run_task(
            partial(load_overview, database, self.site_id, self.context.today()),
            on_result=partial(self._on_loaded, self._request),
        )

    def _no_site_text(self) -> str:
        found = self.context.sync.status if self.context.sync is not None else None
        if found is not None and found.enrolled and found.scope == "district":
            what_to_do = self.tr(
                "Its canteens appear here by themselves once the central office has set them "
                "up: synchronise later (Ctrl+R), or ask central IT."
            )
            if found.district_name:
                head = fill(
                    self.tr("This district PC is enrolled for %1, which has no canteens yet."),
                    found.district_name,
                )
            else:
                head = self.tr("This district PC's district has no canteens yet.")
            return f"{head}\n\n{what_to_do}"
        return self.tr(
            "There is no canteen to show. The database holds no canteens yet, "
            "or your user may not see any."
        )

    def _on_sync_changed(self) -> None:
        if self.context.database is not None and not self.site_id:
            self._show_message(self._no_site_text(), emit=False)

    def _show_message(self, text: str, *, emit: bool = True) -> None:
        self.overview = None
        self.message_label.setText(text)
        self.pages.setCurrentIndex(0)
        if emit:
            self.overview_shown.emit("")

    def _on_loaded(self, request: int, overview: SiteOverview) -> None:
        if request != self._request:
            return  # the user chose another site meanwhile
        self.overview = overview
        if self.content is None:
            self.content = self._build_content()
            self.pages.addWidget(self.content)
        self._fill(overview)
        self.pages.setCurrentWidget(self.content)
        self.overview_shown.emit(overview.site.id)

    def _fill(self, overview: SiteOverview) -> None:
        locale = QLocale()
        site = overview.site
        self.site_heading.setText(site.name)
        self.site_details.setText(f"{site.district_name} · {site.town}")
        self.week_label.setText(
            fill(self.tr("Week %1, %2"), str(overview.week.week), str(overview.week.year))
        )

        if overview.latest_headcount_day is None:
            self.covers_card.set_value("–", self.tr("No covers recorded yet"))
        else:
            # The date pattern is translatable: Danish writes "tirsdag den 24. november".
            day_format = self.tr("dddd d MMMM", "date pattern of the latest day with covers")
            day = locale.toString(QDate(overview.latest_headcount_day), day_format)
            self.covers_card.set_value(locale.toString(overview.latest_day_covers or 0), day)

        if overview.menu_status is None:
            menu_note = self.tr("No menu planned")
        elif overview.menu_status == "published":
            menu_note = self.tr("on the menu (published)")
        else:
            menu_note = self.tr("on the menu (draft)")
        self.menu_card.set_value(locale.toString(overview.menu_items_this_week), menu_note)
        self.recipes_card.set_value(
            locale.toString(overview.recipes_available),
            self.tr("central and the canteen's own"),
        )
        self.events_card.set_value(
            locale.toString(overview.upcoming_event_count),
            self.tr("from today on"),
        )

        self.covers_model.set_rows(overview.weeks, overview.today)
        self._fit_height(self.covers_table)
        self.events_model.set_rows(overview.upcoming_events)
        self.events_table.setVisible(bool(overview.upcoming_events))
        self.no_events_label.setVisible(not overview.upcoming_events)
        self._fit_height(self.events_table)

    def _fit_height(self, table: QTableView) -> None:
        rows = table.model().rowCount()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(rows)) if rows else 0
        table.setFixedHeight(height)
