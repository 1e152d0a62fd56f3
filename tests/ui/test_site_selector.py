"""The site selector: who sees which sites, and the overview follows the chosen site."""

from __future__ import annotations

from canteen.services.sites import get_site
from tests.factories import make_district, make_site, make_user
from tests.ui.conftest import TODAY, open_in
from ui import settings
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.sites import HEADING_ROLE, SITE_ID_ROLE


def entries(window) -> list[tuple[str, bool]]:
    """(label, is district heading) of every row in the selector."""
    model = window.site_selector.model()
    return [
        (model.index(row, 0).data(), bool(model.index(row, 0).data(HEADING_ROLE)))
        for row in range(model.rowCount())
    ]


def test_choosing_another_site_changes_what_the_overview_shows(qtbot, window, db, two_sites):
    odense, aalborg = two_sites
    open_in(qtbot, window, db)
    overview = window.views["overview"]
    first_shown = overview.overview.site.id
    assert {first_shown} < {odense, aalborg}
    other = aalborg if first_shown == odense else odense
    with qtbot.waitSignal(overview.overview_shown) as shown:
        window.site_selector.setCurrentIndex(window.site_selector.model().row_of(other))
    assert shown.args == [other]
    monday_covers = {odense: 111, aalborg: 222}
    assert overview.overview.weeks[-1].days[0] == monday_covers[other]
    assert overview.covers_model.index(3, 1).data() == str(monday_covers[other])
    assert overview.site_heading.text() == overview.overview.site.name
    assert window.status_panel.site_label.text() == f"Canteen: {overview.overview.site.name}"


def choose(qtbot, window, site_id: str) -> None:
    """Pick `site_id` in the toolbar's selector and wait until the overview shows it."""
    selector = window.site_selector
    with qtbot.waitSignal(window.views["overview"].overview_shown):
        selector.setCurrentIndex(selector.model().row_of(site_id))


def test_the_chosen_site_is_remembered_for_the_next_start(qtbot, window, db, two_sites):
    open_in(qtbot, window, db)
    first = window.context.site_id
    other = next(site for site in two_sites if site != first)
    choose(qtbot, window, other)
    window.close()
    settings.reopen()  # what the next start reads is what this one wrote to the file

    restarted = MainWindow(AppContext(today=lambda: TODAY))
    qtbot.addWidget(restarted)
    with qtbot.waitSignal(restarted.first_painted):
        restarted.show()
    open_in(qtbot, restarted, db)
    assert restarted.context.site_id == other
    assert restarted.site_selector.current_site_id() == other
    assert restarted.views["overview"].overview.site.id == other
    restarted.close()


def test_central_staff_choose_among_all_sites_grouped_by_district(qtbot, window, db, two_sites):
    make_user(db, "central", display_name="Central")
    open_in(qtbot, window, db)
    assert window.site_selector.isEnabled()
    odense, aalborg = (get_site(db, site) for site in two_sites)
    assert entries(window) == [
        ("Fyns Politi", True),
        (f"Odense Politistation ({odense.code})", False),
        ("Nordjyllands Politi", True),
        (f"Aalborg Station ({aalborg.code})", False),
    ]
    model = window.site_selector.model()
    assert not model.flags(model.index(0, 0))  # a heading cannot be chosen


def test_a_district_controller_sees_only_the_district_sites(qtbot, window, db):
    north = make_district(db)
    mine = {make_site(db, north), make_site(db, north)}
    make_site(db)
    controller = make_user(db, "district", district_id=north)
    open_in(qtbot, window, db, user_id=controller)
    model = window.site_selector.model()
    shown = {model.index(row, 0).data(SITE_ID_ROLE) for row in range(model.rowCount())}
    assert shown == mine
    assert all(not heading for _, heading in entries(window))  # one district: no headings
    assert window.site_selector.isEnabled()


def test_a_site_user_sees_their_own_site_and_cannot_change_it(qtbot, window, db, two_sites):
    _, aalborg = two_sites
    make_user(db, "central")
    cook = make_user(db, "site", site_id=aalborg)
    open_in(qtbot, window, db, user_id=cook)
    assert entries(window) == [(f"Aalborg Station ({get_site(db, aalborg).code})", False)]
    assert window.site_selector.current_site_id() == aalborg
    assert not window.site_selector.isEnabled()
    assert window.views["overview"].overview.site.id == aalborg


def test_without_a_chosen_user_the_first_central_user_applies(qtbot, window, db, two_sites):
    _, aalborg = two_sites
    make_user(db, "site", display_name="Aaron", site_id=aalborg)
    make_user(db, "central", display_name="Zelda")
    open_in(qtbot, window, db)
    assert window.context.user.display_name == "Zelda"
    assert len(window.context.sites) == 2
