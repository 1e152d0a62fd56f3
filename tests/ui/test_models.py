"""Every item model passes Qt's model tester and shows its rows as the user should see them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt

from canteen.domain.weeks import IsoWeek
from canteen.services.covers import EventRow
from canteen.services.overview import WeekCovers
from canteen.services.sites import SiteRow
from ui.models.events import EventsModel
from ui.models.sites import HEADING_ROLE, SITE_ID_ROLE, SiteChoiceModel, choices_for
from ui.models.week_covers import WeekCoversModel


def site(site_id: str, district: str) -> SiteRow:
    return SiteRow(
        site_id,
        site_id.upper(),
        f"Station {site_id}",
        "Aarhus",
        district,
        district,
        "CC",
        ("lunch",),
        100,
        80,
    )


def test_week_covers_model(qtmodeltester):
    model = WeekCoversModel()
    rows = [WeekCovers(IsoWeek(2026, 47), (100, 110, None, 90, 1200, None, None))]
    model.set_rows(rows)
    qtmodeltester.check(model)
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        assert model.index(0, 0).data() == "Week 47, 2026"
        assert model.index(0, 3).data() == "–"
        assert model.index(0, 5).data() == "1.200"  # Danish thousands separator
        assert model.index(0, 8).data(Qt.ItemDataRole.UserRole) == 1500
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Mon"
    model.set_rows(rows, today=date(2026, 11, 18))  # the Wednesday of week 47
    assert model.index(0, 3).data() == "–"  # nothing recorded on a past day
    assert model.index(0, 6).data() == ""  # Saturday is still to come


def test_events_model(qtmodeltester):
    model = EventsModel()
    model.set_rows(
        [
            EventRow(
                "e1", "s1", date(2026, 12, 1), date(2026, 12, 2), "course", 25.0, None, "Kursus"
            ),
            EventRow(
                "e2", "s1", date(2026, 12, 7), date(2026, 12, 7), "closed", None, None, "Lukket"
            ),
            EventRow(
                "e3", "s1", date(2026, 12, 9), date(2026, 12, 9), "operation", -30.0, None, ""
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Course"
    assert model.index(0, 3).data() == "+25 % covers"
    assert model.index(1, 3).data() == "No covers"
    assert model.index(2, 3).data() == "-30 % covers"
    assert " – " in model.index(0, 0).data()
    assert " – " not in model.index(1, 0).data()


def test_site_choice_model_groups_by_district(qtmodeltester):
    model = SiteChoiceModel()
    model.set_rows(choices_for([site("a", "D1"), site("b", "D1"), site("c", "D2")], grouped=True))
    qtmodeltester.check(model)
    headings = [model.index(r, 0).data(HEADING_ROLE) for r in range(model.rowCount())]
    assert headings == [True, False, False, True, False]
    assert model.index(4, 0).data(SITE_ID_ROLE) == "c"
    assert model.row_of("b") == 2
    assert model.row_of("missing") == -1
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
