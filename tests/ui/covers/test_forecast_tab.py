"""The forecast runs in the background and fills the table, chart and accuracy panel; overrides
are typed in the table, refused with the reason when wrong, and undone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from canteen.services.portions import day_covers
from tests.ui.covers.conftest import TODAY, usual_covers
from ui.models.forecast_table import FORECAST
from ui.text import day_text


@pytest.fixture
def forecast(qtbot, page):
    """The forecast tab after "Calculate forecast" has finished."""
    tab = page.forecast_tab
    page.tabs.setCurrentWidget(tab)
    with qtbot.waitSignals([tab.forecast_made, tab.forecast_loaded], timeout=60_000):
        qtbot.mouseClick(tab.calculate_button, Qt.MouseButton.LeftButton)
        assert tab.progress_bar.isVisible()
        assert tab.cancel_button.isVisible()
    return tab


def test_the_forecast_fills_the_table_chart_and_accuracy(forecast):
    tab = forecast
    assert not tab.progress_bar.isVisible()
    bar = tab.progress_bar
    assert bar.value() == bar.maximum() > 1, "the progress bar never moved"
    rows = tab.model.rows()
    assert rows, "no forecast rows"
    assert all(row.day > TODAY for row in rows)
    # Weekdays only (the history has no weekend covers), 4 weeks ahead by default.
    assert {row.day.weekday() for row in rows} <= {0, 1, 2, 3, 4}
    assert max(row.day for row in rows) <= TODAY + timedelta(weeks=4)
    monday = next(row for row in rows if row.day.weekday() == 0)
    friday = next(row for row in rows if row.day.weekday() == 4)
    assert monday.covers > friday.covers  # the site's pattern was learned
    assert monday.low <= monday.covers <= monday.high
    assert tab.chart.forecast_series.count() == len(rows)
    assert tab.chart.upper_series.count() == len(rows)
    assert tab.chart.history_series.count() > 20
    assert tab.accuracy_panel.chosen_label.text() != "–"
    assert "covers a day" in tab.accuracy_panel.baseline_label.text()
    assert tab.model.index(0, FORECAST).data()


def planned_covers(db, site: str, day: date) -> tuple[int, str]:
    """What planning uses for a day's lunch, as (covers, source)."""
    found = day_covers(db, site, day, day, ["lunch"])[(day, "lunch")]
    return found.covers, found.source


def type_override(qtbot, tab, day: date, text: str) -> None:
    index = tab.override_index(day)
    tab.table.setFocus()
    tab.table.setCurrentIndex(index)
    qtbot.keyClicks(tab.table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not tab.table
    qtbot.keyClicks(editor, text[1:])
    with qtbot.waitSignal(tab.model.override_entered):
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_an_override_is_saved_shown_and_undone(qtbot, forecast, db, site):
    tab = forecast
    day = tab.model.rows()[0].day
    before = planned_covers(db, site, day)
    assert before[1] == "forecast"
    type_override(qtbot, tab, day, "321")
    assert planned_covers(db, site, day) == (321, "override")
    assert tab.model.rows()[0].override == 321
    assert tab.chart.override_series.count() == 1

    tab.undo_stack.undo()
    assert planned_covers(db, site, day) == before
    assert tab.model.rows()[0].override is None
    assert tab.chart.override_series.count() == 0
    tab.undo_stack.redo()
    assert planned_covers(db, site, day) == (321, "override")


def test_a_bad_override_is_refused_in_the_cell(qtbot, forecast, db, site):
    tab = forecast
    day = tab.model.rows()[1].day
    type_override(qtbot, tab, day, "-5")
    index = tab.override_index(day)
    assert index.data() == "-5"
    assert "negative" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "not saved" in tab.problem_label.text()
    assert planned_covers(db, site, day)[1] == "forecast"
    assert tab.undo_stack.count() == 0


def test_a_calculation_can_be_stopped(qtbot, page):
    tab = page.forecast_tab
    with qtbot.waitSignal(tab.calculation_cancelled, timeout=60_000):
        tab.calculate()
        tab.cancel()
    assert tab.calculate_button.isEnabled()
    assert not tab.progress_bar.isVisible()
    assert tab.model.rowCount() == 0


FIXED_TODAY = date(2026, 11, 29)  # a Sunday


@pytest.fixture
def fixed_tab(qtbot, db):
    """The forecast tab alone on a fixed day, for a site of about 120 covers with one wild value
    typed in, a forecast made that day, and a move closing the canteen next Wednesday."""
    from canteen.services.covers import add_event
    from canteen.services.forecasting.site import forecast_site
    from tests.factories import make_headcount, make_site
    from ui.views.covers_area.forecast_tab import ForecastTab

    site_id = make_site(db, name="Odense Politistation", usual_covers=120)
    for back in range(1, 20 * 7 + 1):
        day = FIXED_TODAY - timedelta(days=back)
        if day.weekday() < 5:
            covers = 5300 if day == date(2026, 11, 10) else usual_covers(day)
            make_headcount(db, site_id, day, covers)
    add_event(db, site_id, date(2026, 12, 2), date(2026, 12, 2), "closed", description="Flytning")
    forecast_site(db, site_id, weeks=2, today=FIXED_TODAY)
    tab = ForecastTab()
    qtbot.addWidget(tab)
    tab.today = lambda: FIXED_TODAY
    with qtbot.waitSignal(tab.forecast_loaded, timeout=10_000):
        tab.set_site(db, site_id, ("lunch",))
    return tab


def test_a_closed_day_is_named_and_a_wild_value_does_not_scale_the_chart(fixed_tab):
    tab = fixed_tab
    days = [row.day for row in tab.model.rows()]
    assert days[0] == date(2026, 11, 30)
    assert date(2026, 12, 2) not in days
    assert "Flytning" in tab.not_forecast_label.text()
    assert day_text(date(2026, 12, 2), "weekday") in tab.not_forecast_label.text()
    assert max(covers for _, covers in tab.history) < 200  # the 5300 is left out
    # Nine weeks of weekdays up to today (45), less the wild one.
    assert tab.chart.history_series.count() == len(tab.history) == 44
    assert max(row.high for row in tab.model.rows()) < 200


def test_the_note_names_a_wild_value_left_out(qtbot, fixed_tab):
    tab = fixed_tab
    with qtbot.waitSignal(tab.forecast_made, timeout=60_000):
        tab.weeks_spin.setValue(1)
        qtbot.mouseClick(tab.calculate_button, Qt.MouseButton.LeftButton)
    assert "5300" in tab.notes_label.text()
    assert day_text(date(2026, 11, 10), "weekday") in tab.notes_label.text()
    assert tab.model.rows()[0].day == date(2026, 11, 30)
