"""The main window: it paints, every area can be reached by click and by Ctrl+N, F5, status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton

from canteen import __version__
from tests.factories import make_headcount, make_site, mark_demo
from tests.ui.conftest import MONDAY, open_in
from ui.main_window import AREAS, MainWindow, area_title
from ui.views.overview import OverviewView
from ui.views.placeholder import PlaceholderView

PAGE_CLASSES = {area.key: area.class_name for area in AREAS}


def test_the_window_paints_and_starts_on_the_overview(window):
    assert window.isVisible()
    assert window.current_area() == "overview"
    assert isinstance(window.stack.currentWidget(), OverviewView)
    assert window.area_actions["overview"].isChecked()


def test_area_pages_are_built_only_when_first_shown(window):
    assert set(window.views) == {"overview"}
    window.show_area("costs")
    assert set(window.views) == {"overview", "costs"}


@pytest.mark.parametrize("area", AREAS, ids=lambda area: area.key)
def test_clicking_an_area_in_the_navigation_shows_its_page(qtbot, window, area):
    other = "menus" if area.key == "overview" else "overview"
    window.show_area(other)
    with qtbot.waitSignal(window.area_shown) as shown:
        qtbot.mouseClick(window.navigation.button(area.key), Qt.MouseButton.LeftButton)
    assert shown.args == [area.key]
    page = window.stack.currentWidget()
    assert type(page).__name__ == PAGE_CLASSES[area.key]
    assert window.area_actions[area.key].isChecked()


@pytest.mark.parametrize("number", range(1, len(AREAS) + 1))
def test_ctrl_number_shows_the_area_with_that_place(qtbot, window, number):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    expected = AREAS[number - 1].key
    window.show_area("sync" if expected != "sync" else "overview")
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == expected


class ComingView(PlaceholderView):
    """A placeholder as an area not built yet has one."""

    def heading(self) -> str:
        return "Stock"

    def plans(self) -> list[str]:
        return ["Count the stock.", "See what is running out."]


def test_a_placeholder_page_says_what_will_come_and_nothing_more(qtbot, context):
    page = ComingView(context)
    qtbot.addWidget(page)
    assert page.heading_label.text() == "Stock"
    assert "Not built yet" in page.status_label.text()
    assert (
        page.plans_label.text()
        == "<ul><li>Count the stock.</li><li>See what is running out.</li></ul>"
    )
    assert page.findChildren(QPushButton) == []  # nothing to press that would pretend to work


def shown_site(page) -> str:
    """The site a page shows (the Menus page holds the planner that does)."""
    return page.planner.site_id if hasattr(page, "planner") else page.site_id


def test_every_area_page_follows_the_site(qtbot, window, db, two_sites):
    open_in(qtbot, window, db)
    pages = {area.key: window.show_area(area.key) for area in AREAS}
    first = window.context.site_id
    other = next(site for site in two_sites if site != first)
    assert {key: shown_site(page) for key, page in pages.items()} == dict.fromkeys(pages, first)
    selector = window.site_selector
    with qtbot.waitSignal(window.context.site_changed):
        selector.setCurrentIndex(selector.model().row_of(other))
    assert {key: shown_site(page) for key, page in pages.items()} == dict.fromkeys(pages, other)
    for area in AREAS:
        if isinstance(pages[area.key], PlaceholderView):
            assert pages[area.key].heading_label.text() == area_title(area)
            assert pages[area.key].plans()


def test_menus_toolbar_and_standard_shortcuts(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    assert window.refresh_action.shortcut().toString() == "F5"
    assert window.help_action.shortcut().toString() == "F1"
    assert not window.open_action.shortcut().isEmpty()
    assert not window.quit_action.shortcut().isEmpty()
    assert not window.settings_action.shortcut().isEmpty()


def test_status_bar_names_the_file_the_site_and_that_sync_never_ran(qtbot, window, db):
    make_site(db, name="Odense Politistation")
    open_in(qtbot, window, db)
    panel = window.status_panel
    assert panel.database_label.text() == f"Database: {db.path.name}"
    assert panel.database_label.toolTip() == str(db.path)
    assert panel.site_label.text() == "Canteen: Odense Politistation"
    assert panel.sync_label.text() == "Last sync: never"
    assert panel.demo_label.isHidden()


def test_a_demo_database_is_clearly_labelled(qtbot, window, db):
    make_site(db)
    mark_demo(db)
    open_in(qtbot, window, db)
    assert window.status_panel.demo_label.isVisible()
    assert window.status_panel.demo_label.text() == "Demo data"


def test_f5_reloads_the_page_from_the_database(qtbot, window, db):
    site = make_site(db)
    open_in(qtbot, window, db)
    overview = window.views["overview"]
    assert overview.overview.weeks[-1].days[0] is None
    make_headcount(db, site, MONDAY, 77)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(overview.overview_shown):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert overview.overview.weeks[-1].days[0] == 77
    assert overview.covers_model.index(3, 1).data() == "77"


def test_an_empty_database_says_there_is_no_canteen(qtbot, window, db):
    open_in(qtbot, window, db)
    overview = window.views["overview"]
    assert overview.pages.currentWidget() is overview.message_label
    assert "no canteen to show" in overview.message_label.text()
    assert not window.site_selector.isEnabled()


def test_window_size_is_remembered(qtbot, context, db):
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 530)  # the offscreen screen is 800 x 600
    qtbot.waitUntil(lambda: first.size() == QSize(720, 530))
    first.close()
    second = MainWindow(context)
    qtbot.addWidget(second)
    assert second.size() == QSize(720, 530)


def test_help_lists_the_shortcuts_and_about_gives_the_version(window, message_boxes):
    window.help_action.trigger()
    window.about_action.trigger()
    help_box, about_box = message_boxes
    assert "Ctrl+1\tOverview" in help_box.informative
    assert "F5\tRefresh the page" in help_box.informative
    assert __version__ in about_box.text
    assert "canteens of the Danish police" in about_box.informative
