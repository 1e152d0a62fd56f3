"""The core never imports Qt or the GUI: every `canteen` module, imported in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

IMPORT_EVERYTHING = """
import importlib, json, pkgutil, sys
import canteen

def fail(name):
    raise ImportError(f"cannot walk into {name}")

names = [m.name for m in pkgutil.walk_packages(canteen.__path__, "canteen.", onerror=fail)]
for name in names:
    importlib.import_module(name)
gui = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui")]
print(json.dumps({"imported": names, "gui": sorted(gui)}))
"""


def test_no_canteen_module_imports_qt_or_ui():
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["gui"] == []
    # The walk reached every module on disk: a folder without __init__.py would be skipped
    # silently. Alembic's scripts are the exception: they are files it runs, not modules.
    on_disk = {
        ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        for path in (root / "canteen").rglob("*.py")
        if "migrations" not in path.relative_to(root / "canteen").parts
    }
    assert "canteen.db.lifecycle" in on_disk
    missed = sorted(on_disk - {"canteen"} - set(report["imported"]))
    assert missed == [], "not reached by the walk: is an __init__.py missing?"
