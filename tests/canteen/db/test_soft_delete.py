"""Tombstoned rows are hidden from queries and relationship loads unless a query asks for them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import joinedload, selectinload

from canteen.db.models import Recipe, RecipeLine
from tests.factories import make_ingredient, make_recipe

ALL = {"include_deleted": True}


@pytest.fixture
def recipes(db) -> dict[str, str]:
    """Two recipes, one tombstoned; the kept one has two lines, one of them tombstoned."""
    flour, milk = make_ingredient(db), make_ingredient(db)
    kept = make_recipe(db, [(flour, 500, "g"), (milk, 1, "l")], name="Pandekager")
    gone = make_recipe(db, [(flour, 200, "g")], name="Vafler")
    with db.unit_of_work() as session:
        line = session.scalars(select(RecipeLine).where(RecipeLine.ingredient_id == milk)).one()
        now = datetime.now(UTC)
        session.execute(update(Recipe).where(Recipe.id == gone).values(deleted_at=now))
        session.execute(update(RecipeLine).where(RecipeLine.id == line.id).values(deleted_at=now))
    return {"kept": kept, "gone": gone, "flour": flour, "milk": milk}


def test_select_hides_tombstones(db, recipes):
    with db.reading() as session:
        assert session.scalars(select(Recipe.name)).all() == ["Pandekager"]
        assert session.scalar(select(func.count()).select_from(Recipe)) == 1
        assert session.scalar(select(func.count(RecipeLine.id))) == 2  # not the milk line
        assert session.get(Recipe, recipes["gone"]) is None


def test_include_deleted_shows_tombstones(db, recipes):
    with db.reading() as session:
        names = session.scalars(select(Recipe.name).order_by(Recipe.name).execution_options(**ALL))
        assert names.all() == ["Pandekager", "Vafler"]
        gone = session.get(Recipe, recipes["gone"], execution_options=ALL)
        assert gone.deleted_at is not None


@pytest.mark.parametrize(
    "loading",
    [None, selectinload(Recipe.lines), joinedload(Recipe.lines)],
    ids=["lazy", "selectin", "joined"],
)
def test_relationship_loads_hide_tombstones(db, recipes, loading):
    query = select(Recipe).where(Recipe.id == recipes["kept"])
    if loading is not None:
        query = query.options(loading)
    with db.reading() as session:
        recipe = session.scalars(query).unique().one()
        assert [line.ingredient_id for line in recipe.lines] == [recipes["flour"]]


def test_relationship_loads_show_tombstones_when_asked(db, recipes):
    query = select(Recipe).where(Recipe.id == recipes["kept"]).execution_options(**ALL)
    with db.reading() as session:
        recipe = session.scalars(query).one()
        assert {line.ingredient_id for line in recipe.lines} == {recipes["flour"], recipes["milk"]}
