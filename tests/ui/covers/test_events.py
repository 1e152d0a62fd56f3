"""Events: the dialog explains a refused event and keeps what was entered; add, change, delete."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from canteen.services.covers import list_events


def test_an_event_ending_before_it_starts_is_refused_and_the_input_kept(qtbot, page, db, site):
    tab = page.events_tab
    dialog = tab.open_dialog()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("operation"))
    dialog.start_edit.setDate(QDate(2026, 12, 10))
    dialog.end_edit.setDate(QDate(2026, 12, 8))
    dialog.effect_spin.setValue(35)
    qtbot.keyClicks(dialog.description_edit, "Stor aktion")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The event ends before it starts."
    assert dialog.description_edit.text() == "Stor aktion"
    assert dialog.effect_spin.value() == 35
    assert dialog.end_edit.date() == QDate(2026, 12, 8)
    assert list_events(db, site) == []

    dialog.end_edit.setDate(QDate(2026, 12, 12))
    assert dialog.error_label.isHidden()
    with qtbot.waitSignal(tab.events_loaded, timeout=10_000):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    (event,) = list_events(db, site)
    assert (event.kind, event.start_date, event.end_date, event.effect_pct) == (
        "operation",
        date(2026, 12, 10),
        date(2026, 12, 12),
        35.0,
    )
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 2).data() == "Stor aktion"


def test_a_closed_day_has_no_effect_to_enter(qtbot, page, db, site):
    tab = page.events_tab
    dialog = tab.open_dialog()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("closed"))
    assert not dialog.effect_spin.isEnabled()
    with qtbot.waitSignal(tab.events_loaded, timeout=10_000):
        dialog.accept()
    (event,) = list_events(db, site)
    assert (event.kind, event.effect_pct) == ("closed", None)


def test_change_and_delete_an_event(qtbot, page, db, site, message_boxes):
    tab = page.events_tab
    with qtbot.waitSignal(tab.events_loaded, timeout=10_000):
        tab.open_dialog().accept()
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog.kind_combo.currentData() == "course"
    dialog.effect_spin.setValue(-15)
    with qtbot.waitSignal(tab.events_loaded, timeout=10_000):
        dialog.accept()
    assert list_events(db, site)[0].effect_pct == -15.0

    tab.table.selectRow(0)
    message_boxes.answer("Delete")
    with qtbot.waitSignal(tab.events_loaded, timeout=10_000):
        qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert list_events(db, site) == []
    assert tab.model.rowCount() == 0
