"""Where things are: bundled resources (frozen-aware) and the user's data folder."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_FOLDER = "PolitiKantine"


@cache  # resolve() asks the file system about every folder; the window asks for 15 icons
def resources_dir() -> Path:
    """The `resources/` folder: inside the PyInstaller bundle when frozen, the repo otherwise."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file below `resources/`."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The per-user folder for the database and backups (CANTEEN_DATA_DIR overrides it)."""
    override = os.environ.get("CANTEEN_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / APP_FOLDER


def default_database_path() -> Path:
    """The embedded database used when none is named."""
    return user_data_dir() / "kantine.db"
