"""The test builders make rows the schema accepts."""

from __future__ import annotations

from canteen.services.sites import get_site, list_sites
from tests.factories import make_ingredient, make_product, make_recipe, make_site


def test_site_is_listed_with_its_district(db):
    site_id = make_site(db, name="Aarhus Politigård")
    rows = list_sites(db)
    assert [r.name for r in rows] == ["Aarhus Politigård"]
    assert get_site(db, site_id).district_name.startswith("Testkreds")


def test_recipe_with_priced_ingredient(db):
    flour = make_ingredient(db)
    make_product(db, flour)
    recipe_id = make_recipe(db, [(flour, 500, "g")])
    assert len(recipe_id) == 36
