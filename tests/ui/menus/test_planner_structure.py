"""The planner page's structure: loading writes nothing; imports run one way only."""

from __future__ import annotations

import ast
from pathlib import Path

from canteen.domain.weeks import IsoWeek
from canteen.services import menus
from tests.factories import make_site
from ui.views.planner.view import load_planner_week, prepare_site

PLANNER = Path(__file__).resolve().parents[3] / "ui" / "views" / "planner"


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, including those imported only for type checking."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_actions_and_dialogs_do_not_import_the_view():
    for name in ("actions.py", "dialogs.py", "page.py"):
        assert "ui.views.planner.view" not in imported_modules(PLANNER / name), name


def test_loading_a_week_writes_nothing_and_preparing_the_site_adds_its_lines(db):
    site = make_site(db)
    view = load_planner_week(db, site, IsoWeek(2026, 48))
    assert view.lines == ()
    assert menus.list_menu_lines(db, site) == []
    lines = prepare_site(db, site)
    assert [x.code for x in lines] == [code for code, *_ in menus.DEFAULT_LINES]
    assert [x.code for x in load_planner_week(db, site, IsoWeek(2026, 48)).lines][:1] == ["dish"]


def test_opening_a_new_site_in_the_planner_gives_it_the_usual_lines(qtbot, planner, db):
    site = make_site(db)
    with qtbot.waitSignal(planner.week_loaded, timeout=10_000) as loaded:
        planner.set_site(site)
    assert [x.code for x in loaded.args[0].lines] == [code for code, *_ in menus.DEFAULT_LINES]
