"""The site selector: who sees which sites, and the overview follows the chosen site."""

from __future__ import annotations

from tests.factories import make_district, make_site, make_user
from tests.ui.conftest import open_in
from ui import settings
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


def test_the_chosen_site_is_remembered_for_the_next_start(qtbot, window, db, two_sites):
    odense, _ = two_sites
    open_in(qtbot, window, db)
    window.context.set_site(odense)
    assert settings.get(settings.CURRENT_SITE) == odense


def test_central_staff_choose_among_all_sites_grouped_by_district(qtbot, window, db, two_sites):
    make_user(db, "central", display_name="Central")
    open_in(qtbot, window, db)
    assert window.site_selector.isEnabled()
    assert entries(window) == [
        ("Fyns Politi", True),
        (entries(window)[1][0], False),
        ("Nordjyllands Politi", True),
        (entries(window)[3][0], False),
    ]
    assert entries(window)[1][0].startswith("Odense Politistation")
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
    assert [label for label, _ in entries(window)] == [entries(window)[0][0]]
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
