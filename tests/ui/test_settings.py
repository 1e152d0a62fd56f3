"""Settings: declared once, typed, kept in the user's data folder; the settings dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt

from tests.factories import make_district, make_site, make_user
from tests.ui.conftest import open_in
from ui import settings, translations
from ui.main_window import AREAS, area_title


def test_every_key_is_declared_once_with_a_default_of_its_type():
    keys = [setting.key for setting in settings.ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    for setting in settings.ALL_SETTINGS:
        assert isinstance(setting.default, setting.type)


def test_a_value_round_trips_through_the_file(qapp, tmp_path):
    assert settings.get(settings.LANGUAGE) == ""
    settings.put(settings.LANGUAGE, "da")
    settings.put(settings.WINDOW_GEOMETRY, QByteArray(b"\x01\x02"))
    settings.flush()
    stored = QSettings(str(settings.settings_path()), QSettings.Format.IniFormat)
    assert stored.value(settings.LANGUAGE.key) == "da"
    assert settings.settings_path().parent == tmp_path / "data"
    assert settings.get(settings.WINDOW_GEOMETRY) == QByteArray(b"\x01\x02")
    settings.reset(settings.LANGUAGE)
    assert settings.get(settings.LANGUAGE) == ""


def test_a_value_of_the_wrong_type_is_refused(qapp):
    with pytest.raises(TypeError):
        settings.put(settings.CURRENT_USER, 42)


@pytest.fixture
def danish_afterwards(qapp):
    """Whatever language a test installs, English (the source) is back afterwards."""
    yield
    translations.install("en")


def test_the_settings_dialog_changes_the_language(qtbot, window, danish_afterwards):
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert "next time the program starts" in dialog.language_note.text()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert settings.get(settings.LANGUAGE) == "da"
    language = translations.choose_language(None, settings.get(settings.LANGUAGE))
    assert language == "da"
    assert translations.install(language)
    assert area_title(AREAS[0]) == "Oversigt"
    assert QCoreApplication.translate("StatusPanel", "Last sync: never") == (
        "Sidst synkroniseret: aldrig"
    )


def test_the_settings_dialog_switches_the_user_and_the_sites_follow(qtbot, window, db):
    north = make_district(db)
    sites = [make_site(db, north), make_site(db, north), make_site(db)]
    make_user(db, "central", display_name="Anne")
    cook = make_user(db, "site", display_name="Bent", site_id=sites[2])
    open_in(qtbot, window, db)
    assert len(window.context.sites) == 3
    window.open_settings()
    dialog = window.settings_dialog
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData(cook))
    overview = window.views["overview"]
    with qtbot.waitSignal(overview.overview_shown, timeout=10_000) as shown:
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert shown.args == [sites[2]]
    assert settings.get(settings.CURRENT_USER) == cook
    assert [site.id for site in window.context.sites] == [sites[2]]
    assert not window.site_selector.isEnabled()


def test_cancelling_the_settings_dialog_changes_nothing(qtbot, window):
    window.open_settings()
    dialog = window.settings_dialog
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert settings.get(settings.LANGUAGE) == ""


def test_the_database_shown_in_settings_is_the_open_one(qtbot, window, db):
    open_in(qtbot, window, db)
    window.open_settings()
    assert Path(window.settings_dialog.database_edit.text()) == db.path


def test_the_settings_dialog_offers_danish_or_english_and_danish_when_unset(window):
    settings.reset(settings.LANGUAGE)
    window.settings_action.trigger()
    combo = window.settings_dialog.language_combo
    assert [combo.itemData(row) for row in range(combo.count())] == ["da", "en"]
    assert combo.currentData() == "da"
    window.settings_dialog.reject()
