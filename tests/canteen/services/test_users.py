"""Users and the sites each may see."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from canteen.errors import NotFoundError
from canteen.services.users import default_user, get_user, list_users, sites_for_user
from canteen.sync import state
from tests.factories import make_district, make_site, make_user


@pytest.fixture
def organisation(db):
    """Two districts with two and one sites, and one user of each role."""
    north, south = make_district(db), make_district(db)
    sites = {
        "a": make_site(db, north, name="Aalborg"),
        "b": make_site(db, north, name="Hjørring"),
        "c": make_site(db, south, name="Odense"),
    }
    users = {
        "site": make_user(db, "site", display_name="Sanne", site_id=sites["b"]),
        "district": make_user(db, "district", display_name="Dorte", district_id=north),
        "central": make_user(db, "central", display_name="Carl"),
    }
    return sites, users


def test_users_are_listed_central_first_then_district_then_site(db, organisation):
    assert [user.role for user in list_users(db)] == ["central", "district", "site"]


def test_default_user_is_the_first_central_user_by_name(db, organisation):
    make_user(db, "central", display_name="Anne")
    assert default_user(db).display_name == "Anne"


def test_without_central_users_there_is_no_default(db):
    make_user(db, "site", site_id=make_site(db))
    assert default_user(db) is None


def test_a_site_user_sees_only_their_site(db, organisation):
    sites, users = organisation
    seen = sites_for_user(db, get_user(db, users["site"]))
    assert [site.id for site in seen] == [sites["b"]]


def test_a_district_user_sees_the_district_sites(db, organisation):
    sites, users = organisation
    seen = sites_for_user(db, get_user(db, users["district"]))
    assert {site.id for site in seen} == {sites["a"], sites["b"]}


def test_central_staff_and_no_user_see_every_site(db, organisation):
    sites, users = organisation
    everything = set(sites.values())
    assert {s.id for s in sites_for_user(db, get_user(db, users["central"]))} == everything
    assert {s.id for s in sites_for_user(db, None)} == everything


def enroll_as(db, scope: str, key: str, where: str) -> None:
    """As `canteen enroll` leaves a PC: its scope and site or district in local_info."""
    with db.engine.begin() as connection:
        for name, value in ((state.SCOPE, scope), (key, where)):
            connection.execute(
                text("INSERT INTO local_info (key, value) VALUES (:k, :v)"),
                {"k": name, "v": value},
            )


def test_a_district_pc_offers_only_its_district_even_to_central_staff(db, organisation):
    sites, users = organisation
    north = get_user(db, users["district"]).district_id
    enroll_as(db, "district", state.DISTRICT, north)
    seen = {s.id for s in sites_for_user(db, get_user(db, users["central"]))}
    assert seen == {sites["a"], sites["b"]}
    assert {s.id for s in sites_for_user(db, None)} == {sites["a"], sites["b"]}


def test_a_site_pc_offers_only_its_site(db, organisation):
    sites, users = organisation
    enroll_as(db, "site", state.SITE, sites["c"])
    assert [s.id for s in sites_for_user(db, None)] == [sites["c"]]
    assert sites_for_user(db, get_user(db, users["district"])) == []  # not this PC's district


def test_an_unknown_user_is_not_found(db):
    with pytest.raises(NotFoundError):
        get_user(db, "00000000-0000-0000-0000-000000000000")


def test_tombstoned_users_sites_and_districts_are_left_out(db, organisation):
    from datetime import UTC, datetime

    from sqlalchemy import update

    from canteen.db.models import AppUser, District, Site
    from canteen.services.overview import database_facts
    from canteen.services.sites import get_site, list_districts, list_sites

    sites, users = organisation
    south = get_site(db, sites["c"]).district_id
    now = datetime.now(UTC)
    with db.unit_of_work() as session:
        session.execute(
            update(AppUser).where(AppUser.id == users["central"]).values(deleted_at=now)
        )
        session.execute(update(Site).where(Site.id == sites["a"]).values(deleted_at=now))
        session.execute(update(District).where(District.id == south).values(deleted_at=now))
    assert [user.role for user in list_users(db)] == ["district", "site"]
    assert default_user(db) is None
    with pytest.raises(NotFoundError, match="no such user"):
        get_user(db, users["central"])
    # Aalborg is tombstoned, Odense's district is: only Hjørring is left.
    assert [site.name for site in list_sites(db)] == ["Hjørring"]
    assert [site.name for site in sites_for_user(db, None)] == ["Hjørring"]
    assert len(list_districts(db)) == 1
    with pytest.raises(NotFoundError, match="no such site"):
        get_site(db, sites["a"])
    facts = database_facts(db)
    assert (facts.site_count, facts.user_count) == (2, 2)
