"""Every user setting, declared once with its type and default; the only place QSettings is used."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from canteen.paths import user_data_dir

SETTINGS_FILE = "settings.ini"


class Setting(NamedTuple):
    """One key in the settings file, with the Python type its value has and its default."""

    key: str
    type: type
    default: Any
    description: str


LANGUAGE = Setting("ui/language", str, "", "'da', 'en', or '' for Danish (never the system's)")
CURRENT_USER = Setting("session/user_id", str, "", "AppUser id; '' = the first central user")
CURRENT_SITE = Setting("session/site_id", str, "", "the site shown last; '' = the first one")
LAST_DATABASE = Setting("database/last_path", str, "", "database opened last; '' = default")
LAST_AREA = Setting("window/area", str, "overview", "the area shown when the window closed")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "main window geometry")
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "toolbars and docks")
MENU_PRINT_ORIENTATION = Setting(
    "print/menu_orientation", str, "landscape", "'portrait' or 'landscape' for the weekly menu"
)
MENU_PRINT_LANGUAGE = Setting(
    "print/menu_language", str, "da", "'da', 'en' or 'both' for the printed weekly menu"
)
MENU_PRINT_ORGANIC = Setting(
    "print/menu_organic", bool, False, "print each dish's organic share on the weekly menu"
)
MENU_PRINT_CO2E = Setting(
    "print/menu_co2e", bool, False, "print each dish's kg CO2e per portion on the weekly menu"
)
COVERS_IMPORT_MAPPING = Setting(
    "covers/import_mapping", str, "", "the column mapping of the last covers import, as JSON"
)
COVERS_IMPORT_FOLDER = Setting(
    "covers/import_folder", str, "", "the folder of the last covers file imported"
)

ALL_SETTINGS = (
    LANGUAGE,
    CURRENT_USER,
    CURRENT_SITE,
    LAST_DATABASE,
    LAST_AREA,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    MENU_PRINT_ORIENTATION,
    MENU_PRINT_LANGUAGE,
    MENU_PRINT_ORGANIC,
    MENU_PRINT_CO2E,
    COVERS_IMPORT_MAPPING,
    COVERS_IMPORT_FOLDER,
)


_file_override: Path | None = None


def use_file(path: Path | None) -> None:
    """Keep settings in `path` instead (the smoke test uses a throwaway file); None to undo."""
    global _file_override
    _file_override = path


def settings_path() -> Path:
    """The settings file, in the user's data folder next to the database."""
    return _file_override or user_data_dir() / SETTINGS_FILE


_stores: dict[Path, QSettings] = {}


def _store() -> QSettings:
    # One QSettings per file, used from the GUI thread only; Qt writes changes back on its own
    # (soon after a change, and when the app quits), so setting a value costs no disk write.
    path = settings_path()
    store = _stores.get(path)
    if store is None:
        store = _stores[path] = QSettings(str(path), QSettings.Format.IniFormat)
    return store


def flush() -> None:
    """Write pending changes to disk now (at quit, and in tests before reading the file)."""
    for store in _stores.values():
        store.sync()


def reopen() -> None:
    """Write pending changes, then read the file afresh on next use (as a new start would)."""
    flush()
    _stores.clear()


def get(setting: Setting) -> Any:
    """The stored value of `setting`, or its default when unset or unreadable."""
    store = _store()
    if not store.contains(setting.key):
        return setting.default
    value = store.value(setting.key, setting.default, type=setting.type)
    return setting.default if value is None else value


def put(setting: Setting, value: Any) -> None:
    """Store `value` for `setting` (it must have the declared type)."""
    if not isinstance(value, setting.type):
        raise TypeError(f"{setting.key} takes {setting.type.__name__}, not {type(value).__name__}")
    _store().setValue(setting.key, value)


def reset(setting: Setting) -> None:
    """Forget the stored value, so the default applies again."""
    _store().remove(setting.key)
