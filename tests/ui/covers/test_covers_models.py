"""Every table model of the covers area passes Qt's model tester, empty and filled."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from canteen.domain.weeks import IsoWeek
from canteen.forecast.explanations import Effect
from canteen.services.covers import week_grid
from canteen.services.forecasting.stored import StoredForecast
from tests.ui.covers.conftest import TODAY
from ui.models.covers_grid import CoversGridModel
from ui.models.forecast_table import OVERRIDE, WHY, ForecastTableModel
from ui.models.import_rows import ImportLine, ImportRowsModel
from ui.views.covers_area.forecast_tab import why_text

MODE = QAbstractItemModelTester.FailureReportingMode.Fatal


def test_covers_grid_model(qapp, db, site):
    model = CoversGridModel()
    QAbstractItemModelTester(model, MODE)
    week = IsoWeek.containing(TODAY).shifted(-1)
    model.set_grid(week_grid(db, site, week), TODAY)
    assert (model.rowCount(), model.columnCount()) == (7, 2)
    monday = week.monday()
    model.set_rejected(monday, "lunch", "x1", "not_a_number")
    assert model.index(0, 0).data() == "x1"
    model.set_saved(monday, "lunch", 12)
    assert model.index(0, 0).data() == "12"
    # A future day takes typing (the core refuses it with the reason) and says so empty.
    model.set_grid(week_grid(db, site, week.shifted(2)), TODAY)
    assert model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert "from the day itself" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    model.set_grid(None)
    assert model.rowCount() == 0


def forecast_row(day: date, override: int | None = None) -> StoredForecast:
    return StoredForecast(
        day,
        "lunch",
        TODAY,
        101.4,
        90.0,
        115.6,
        "profile",
        (Effect("school_holiday", "efterårsferie", -18.0, {"week": 42}),),
        override,
        None,
    )


def test_forecast_table_model(qapp):
    model = ForecastTableModel()
    model.set_wording(why_text, lambda reason, value: reason)
    QAbstractItemModelTester(model, MODE)
    tomorrow = TODAY + timedelta(days=1)
    model.set_rows([forecast_row(tomorrow), forecast_row(tomorrow + timedelta(days=1), 90)])
    assert model.index(0, 1).data() == "101"
    assert model.index(0, 2).data() == "90–116"
    assert model.index(1, OVERRIDE).data() == "90"
    assert "week 42" in model.index(0, WHY).data()
    assert model.index(0, OVERRIDE).flags() & Qt.ItemFlag.ItemIsEditable
    model.set_override(tomorrow, 130)
    assert model.index(0, OVERRIDE).data() == "130"
    model.set_rows([])


def test_import_rows_model(qapp):
    model = ImportRowsModel()
    QAbstractItemModelTester(model, MODE)
    model.set_rows([ImportLine(2, "1-11-2026", "Lunch", "120"), ImportLine(3, "x", "", "1", "bad")])
    assert model.index(0, 4).data() == "OK"
    assert model.index(1, 4).data() == "bad"
    assert model.index(1, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
