"""The first start: Danish on an English PC, and a window that fits the common office screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Run in a fresh interpreter: the system locale and the screen are fixed when Qt starts.
FIRST_START = """
import json, sys
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton
app = QApplication([])
from ui import settings, translations
from ui.context import AppContext
from ui.main_window import MainWindow, AREAS, area_title
language = translations.choose_language(None, settings.get(settings.LANGUAGE))
translations.install(language)
window = MainWindow(AppContext())
window.show()
menus = window.show_area("menus")
app.processEvents()

def cut(toolbar):
    # A toolbar too narrow for its buttons hides the rest behind its extension button.
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    return extension is not None and extension.isVisible()

screen = window.screen().availableGeometry()
print(json.dumps({
    "system": QLocale.system().name(),
    "language": language,
    "overview": area_title(AREAS[0]),
    "fits": screen.contains(window.frameGeometry()),
    "cut": [bar.windowTitle() or "planner" for bar in window.findChildren(QToolBar) if cut(bar)],
    "width": window.width(),
}))
"""

OFFICE_SCREEN = {
    "screens": [
        {"name": "office", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    ]
}  # fmt: skip


def first_start(tmp_path, *args: str) -> dict:
    """Start the window as on a fresh English PC with a 1366 x 768 screen; what it showed."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(OFFICE_SCREEN))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        CANTEEN_DATA_DIR=str(tmp_path / "data"),
        LANG="en_GB.UTF-8",
        LC_ALL="en_GB.UTF-8",
        LANGUAGE="en_GB",
    )
    done = subprocess.run(
        [sys.executable, "-c", FIRST_START, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_start_is_danish_on_an_english_pc_and_fits_1366_by_768(tmp_path):
    shown = first_start(tmp_path)
    assert shown["system"] == "en_GB"  # the PC's locale really is English
    assert (shown["language"], shown["overview"]) == ("da", "Oversigt")
    assert shown["fits"]
    assert shown["cut"] == []  # neither the main toolbar nor the planner's hides buttons
    assert shown["width"] >= 1300  # the window uses the screen's width
