"""Unsaved work is never lost silently: quit, close, another database and another canteen ask."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from canteen.db.lifecycle import open_database
from canteen.services.recipes import list_recipes
from tests.factories import make_district, make_ingredient, make_site
from tests.ui.conftest import open_in
from ui import settings
from ui.models import recipe_lines as cols
from ui.startup import Launcher

TYPED = "Kyllingesalat"


@pytest.fixture
def typing(qtbot, window, db):
    """Opskrifter → Ny opskrift → a name and one line typed (not saved); the recipes page."""
    district = make_district(db)
    site = make_site(db, district, name="Aalborg Station")
    other = make_site(db, district, name="Odense Politistation")
    make_ingredient(db, name="Kylling")
    settings.put(settings.CURRENT_SITE, site)
    open_in(qtbot, window, db)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.area_shown):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.views["recipes"]
    qtbot.waitSignal(page.library_loaded, timeout=10_000).wait()
    page.new_action.trigger()
    # The line as its cells' editors commit it (the recipes tests type into the cells).
    lines = page.editor.lines
    assert lines.setData(lines.index(0, cols.INGREDIENT), "Kylling")
    assert lines.setData(lines.index(0, cols.QUANTITY), "2")
    name_edit = page.editor.header.name_edit
    name_edit.setFocus()
    qtbot.keyClicks(name_edit, TYPED)
    assert page.editor.dirty
    page.site, page.other_site = site, other
    return page


def press_quit(qtbot, page) -> None:
    """Ctrl+Q where the user is typing."""
    qtbot.keyClick(page.editor.header.name_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def saved_names(db, site: str) -> list[str]:
    return [recipe.name for recipe in list_recipes(db, site)]


def test_quit_asks_and_cancel_keeps_the_window_and_the_typing(qtbot, window, typing, message_boxes):
    message_boxes.answer("Keep editing")
    press_quit(qtbot, typing)
    assert [box.title for box in message_boxes] == ["Unsaved changes"]
    assert TYPED in message_boxes[0].text
    assert set(message_boxes[0].buttons) == {"Save", "Discard changes", "Keep editing"}
    assert window.isVisible()
    assert typing.editor.header.name_edit.text() == TYPED
    assert typing.editor.dirty


def test_quit_and_save_stores_the_recipe_then_closes(qtbot, window, db, typing, message_boxes):
    message_boxes.answer("Save")
    press_quit(qtbot, typing)
    assert saved_names(db, typing.site) == [TYPED]
    assert not window.isVisible()


def test_quit_and_discard_closes_without_saving(qtbot, window, db, typing, message_boxes):
    message_boxes.answer("Discard changes")
    press_quit(qtbot, typing)
    assert not window.isVisible()
    assert saved_names(db, typing.site) == []
    assert len(message_boxes) == 1  # asked once, not again while closing


def test_a_save_that_fails_keeps_the_window_open(qtbot, window, db, typing, message_boxes):
    typing.editor.header.name_edit.clear()
    qtbot.keyClicks(typing.editor.header.name_edit, " ")  # a blank name cannot be saved
    assert typing.editor.dirty
    message_boxes.answer("Save")
    press_quit(qtbot, typing)
    assert window.isVisible()
    assert saved_names(db, typing.site) == []


def test_closing_the_window_asks_too(qtbot, window, db, typing, message_boxes):
    message_boxes.answer("Keep editing")
    window.close()
    assert window.isVisible()
    assert typing.editor.header.name_edit.text() == TYPED
    message_boxes.answer("Save")
    window.close()
    assert not window.isVisible()
    assert saved_names(db, typing.site) == [TYPED]


def test_without_unsaved_work_quitting_asks_nothing(qtbot, window, db, message_boxes):
    make_site(db)
    open_in(qtbot, window, db)
    window.show_area("recipes")
    window.quit_action.trigger()
    assert not window.isVisible()
    assert list(message_boxes) == []


@pytest.fixture
def other_file(tmp_path, monkeypatch) -> Path:
    """Another database file, offered by File > Open's dialog."""
    path = tmp_path / "andet" / "kantine.db"
    database = open_database(path, create=True)
    make_site(database, name="Næstved Politistation")
    database.dispose()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    return path


def test_opening_another_database_asks_and_cancel_keeps_the_open_one(
    qtbot, window, db, typing, other_file, message_boxes
):
    window.launcher = Launcher(window.context, window)
    message_boxes.answer("Keep editing")
    window.open_action.trigger()
    assert [box.title for box in message_boxes] == ["Unsaved changes"]
    assert not window.launcher.busy()
    assert window.context.database is db
    assert typing.editor.header.name_edit.text() == TYPED


def test_opening_another_database_after_discard_asks_once(
    qtbot, window, db, typing, other_file, message_boxes
):
    window.launcher = Launcher(window.context, window)
    message_boxes.answer("Discard changes")
    with qtbot.waitSignal(window.launcher.opened, timeout=10_000):
        window.open_action.trigger()
    assert window.context.database_path == other_file
    assert window.context.site().name == "Næstved Politistation"
    assert len(message_boxes) == 1
    assert saved_names(db, typing.site) == []


def test_opening_another_database_after_save_keeps_the_recipe(
    qtbot, window, db, typing, other_file, message_boxes
):
    window.launcher = Launcher(window.context, window)
    message_boxes.answer("Save")
    with qtbot.waitSignal(window.launcher.opened, timeout=10_000):
        window.open_action.trigger()
    assert saved_names(db, typing.site) == [TYPED]


def test_choosing_another_canteen_asks_and_cancel_stays(qtbot, window, db, typing, message_boxes):
    first, other = typing.site, typing.other_site
    selector = window.site_selector
    message_boxes.answer("Keep editing")
    selector.setCurrentIndex(selector.model().row_of(other))
    assert [box.title for box in message_boxes] == ["Unsaved changes"]
    assert window.context.site_id == first
    assert selector.current_site_id() == first
    assert typing.editor.header.name_edit.text() == TYPED
    message_boxes.answer("Discard changes")
    selector.setCurrentIndex(selector.model().row_of(other))
    assert window.context.site_id == other
    assert len(message_boxes) == 2  # the page does not ask a second time
