"""The shell's modules import each other one way only (type-checking imports included)."""

from __future__ import annotations

import ast
from pathlib import Path

import ui

UI_DIR = Path(ui.__file__).parent


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, wherever the import statement is."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_context_does_not_import_the_launcher():
    assert "ui.startup" not in imported_modules(UI_DIR / "context.py")


def test_no_two_top_level_shell_modules_import_each_other():
    modules = {f"ui.{path.stem}": imported_modules(path) for path in UI_DIR.glob("*.py")}
    cycles = [
        (a, b)
        for a, imports in modules.items()
        for b in imports
        if b in modules and a < b and a in modules[b]
    ]
    assert cycles == []
