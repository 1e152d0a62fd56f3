"""Typing covers in the week grid: saved per cell, bad values kept where typed, undo and redo."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from canteen.domain.weeks import IsoWeek
from canteen.services.covers import week_grid
from tests.ui.covers.conftest import TODAY, usual_covers

LAST_WEEK = IsoWeek.containing(TODAY).shifted(-1)
MONDAY = LAST_WEEK.monday()


def recorded(db, site, day: date, service: str = "lunch") -> int | None:
    """What the database holds for a day, read back through the service."""
    grid = week_grid(db, site, IsoWeek.containing(day))
    return next(
        c.covers for d in grid.days for c in d.cells if c.day == day and c.service == service
    )


def type_into(qtbot, tab, row: int, text: str, key=Qt.Key.Key_Return) -> None:
    """Select a day's lunch cell, type `text` and press `key`: the cell is handed on to be saved
    (Qt commits an entry after the key press, from the event loop)."""
    tab.grid.setFocus()
    tab.grid.setCurrentIndex(tab.model.index(row, 0))
    qtbot.keyClicks(tab.grid, text[0])
    editor = QApplication.focusWidget()
    assert editor is not tab.grid, "typing did not open the cell"
    qtbot.keyClicks(editor, text[1:])
    with qtbot.waitSignal(tab.model.entered):
        qtbot.keyClick(editor, key)


def test_typing_a_number_and_enter_saves_it_and_moves_down(qtbot, page, db, site):
    tab = page.covers_tab
    type_into(qtbot, tab, 0, "250")
    assert recorded(db, site, MONDAY) == 250
    assert tab.model.index(0, 0).data() == "250"
    assert tab.grid.currentIndex().row() == 1
    type_into(qtbot, tab, 1, "1 25")
    assert recorded(db, site, MONDAY + timedelta(days=1)) == 125


def test_tab_moves_to_the_next_column(qtbot, page):
    tab = page.covers_tab
    type_into(qtbot, tab, 2, "99", Qt.Key.Key_Tab)
    assert tab.grid.currentIndex().column() == 1


def test_text_and_negative_numbers_are_refused_in_the_cell_and_kept(qtbot, page, db, site):
    tab = page.covers_tab
    before = recorded(db, site, MONDAY)
    type_into(qtbot, tab, 0, "abc")
    index = tab.model.index(0, 0)
    assert index.data() == "abc"
    assert "abc" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert recorded(db, site, MONDAY) == before
    tab.grid.setCurrentIndex(index)
    assert "not a number" in tab.problem_label.text()

    type_into(qtbot, tab, 1, "-3")
    assert tab.model.index(1, 0).data() == "-3"
    assert "negative" in tab.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert recorded(db, site, MONDAY + timedelta(days=1)) == usual_covers(MONDAY + timedelta(1))

    type_into(qtbot, tab, 0, "140")
    assert recorded(db, site, MONDAY) == 140
    assert tab.model.rejected(index) is None
    assert tab.model.index(0, 0).data() == "140"


def test_undo_restores_the_previous_number_and_redo_saves_it_again(qtbot, page, db, site):
    tab = page.covers_tab
    before = recorded(db, site, MONDAY)
    type_into(qtbot, tab, 0, "77")
    assert recorded(db, site, MONDAY) == 77
    tab.undo_stack.undo()
    assert recorded(db, site, MONDAY) == before
    assert tab.model.index(0, 0).data() == str(before)
    tab.undo_stack.redo()
    assert recorded(db, site, MONDAY) == 77


def test_delete_empties_a_day_and_undo_brings_it_back(qtbot, page, db, site):
    tab = page.covers_tab
    before = recorded(db, site, MONDAY)
    tab.grid.setFocus()
    tab.grid.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.grid, Qt.Key.Key_Delete)
    assert recorded(db, site, MONDAY) is None
    assert tab.model.index(0, 0).data() == ""
    tab.undo_stack.undo()
    assert recorded(db, site, MONDAY) == before


def activate(qtbot, widget) -> None:
    """Shortcuts reach a page only inside the active window."""
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow)


def test_alt_arrows_change_week_and_a_refused_entry_is_still_there_on_return(qtbot, page):
    tab = page.covers_tab
    type_into(qtbot, tab, 2, "12x")
    activate(qtbot, tab)
    tab.grid.setFocus()
    with qtbot.waitSignal(tab.week_loaded, timeout=10_000) as loaded:
        qtbot.keyClick(tab.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert loaded.args[0].week == LAST_WEEK.shifted(1)
    with qtbot.waitSignal(tab.week_loaded, timeout=10_000) as loaded:
        qtbot.keyClick(tab.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert loaded.args[0].week == LAST_WEEK
    assert tab.model.index(2, 0).data() == "12x"
    assert "not saved" in tab.problem_label.text() or "(1)" in tab.problem_label.text()


def test_typing_then_changing_week_saves_the_open_cell_first(qtbot, page, db, site):
    tab = page.covers_tab
    tab.grid.setFocus()
    tab.grid.setCurrentIndex(tab.model.index(3, 0))
    qtbot.keyClicks(tab.grid, "1")
    qtbot.keyClicks(QApplication.focusWidget(), "44")
    with qtbot.waitSignal(tab.week_loaded, timeout=10_000):
        tab.next_week()
    assert recorded(db, site, MONDAY + timedelta(days=3)) == 144


def test_typing_on_a_future_day_is_kept_and_refused_with_the_reason(qtbot, page, db, site):
    tab = page.covers_tab
    with qtbot.waitSignal(tab.week_loaded, timeout=10_000):
        tab.go_to(LAST_WEEK.shifted(3))
    type_into(qtbot, tab, 0, "55")
    index = tab.model.index(0, 0)
    assert index.data() == "55"
    assert "not come yet" in index.data(Qt.ItemDataRole.ToolTipRole)
    tab.grid.setCurrentIndex(index)
    assert "not come yet" in tab.problem_label.text()
    assert recorded(db, site, LAST_WEEK.shifted(3).monday()) is None


def test_an_ambiguous_number_is_refused_with_both_readings(qtbot, page, db, site):
    tab = page.covers_tab
    before = recorded(db, site, MONDAY)
    type_into(qtbot, tab, 0, "1.250")
    assert tab.model.index(0, 0).data() == "1.250"
    tip = tab.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "1250" in tip
    assert "two ways" in tip
    assert recorded(db, site, MONDAY) == before


def _confirmed(db, site, day) -> bool:
    from sqlalchemy import select

    from canteen.db.models import Headcount

    with db.reading() as session:
        return session.scalars(
            select(Headcount.confirmed).where(Headcount.site_id == site, Headcount.day == day)
        ).one()


def test_a_wild_figure_is_saved_only_once_confirmed(qtbot, page, db, site, message_boxes):
    tab = page.covers_tab
    before = recorded(db, site, MONDAY)
    with qtbot.waitSignal(tab.confirmation_asked, timeout=5_000):
        type_into(qtbot, tab, 0, "5300")
    box = message_boxes[-1]
    assert "usually has" in box.text
    assert "5300" in box.text
    assert recorded(db, site, MONDAY) == before  # not answered: corrected, not saved
    assert tab.model.index(0, 0).data() == "5300"
    assert "far more" in tab.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)

    message_boxes.answer("&Save 5300")
    with qtbot.waitSignal(tab.confirmation_asked, timeout=5_000):
        type_into(qtbot, tab, 0, "5300")
    assert recorded(db, site, MONDAY) == 5300
    assert _confirmed(db, site, MONDAY)
    tab.undo_stack.undo()
    assert recorded(db, site, MONDAY) == before
