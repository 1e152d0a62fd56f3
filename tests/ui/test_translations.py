"""Translations: the .ts files match the code, Danish is complete, .qm files build on demand."""

from __future__ import annotations

import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from canteen.paths import resource
from ui import translations


def messages_in(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element, for every message in a .ts file."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> Path:
    """The .ts files as lupdate makes them from the code now, in a scratch folder."""
    folder = tmp_path_factory.mktemp("ts")
    for language in translations.LANGUAGES:
        shutil.copy(resource("translations", f"canteen_{language}.ts"), folder)
    translations.update_sources(folder)
    return folder


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_ts_files_hold_exactly_the_texts_of_the_code(refreshed, language):
    committed = messages_in(resource("translations", f"canteen_{language}.ts"))
    current = messages_in(refreshed / f"canteen_{language}.ts")
    assert sorted(set(current) - set(committed)) == [], "run: python -m ui.translations --update"
    assert sorted(set(committed) - set(current)) == [], "run: python -m ui.translations --update"


def test_every_danish_text_is_translated_and_keeps_its_placeholders():
    for (context, source), translation in messages_in(
        resource("translations", "canteen_da.ts")
    ).items():
        where = f"{context}: {source!r}"
        assert translation.get("type") is None, f"unfinished: {where}"
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        for text in forms:
            assert text, f"empty: {where}"
            assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", source)), where
            assert ("&" in text) == ("&" in source), f"mnemonic or ampersand lost: {where}"


def test_lrelease_compiles_on_demand_and_again_when_the_source_changes(monkeypatch, tmp_path, qapp):
    sources = tmp_path / "resources" / "translations"
    sources.mkdir(parents=True)
    shutil.copy(resource("translations", "canteen_da.ts"), sources)
    monkeypatch.setattr(
        translations, "resource", lambda *parts: tmp_path / "resources" / Path(*parts)
    )
    compiled = translations.qm_file("da")
    assert compiled == translations.cache_dir() / "canteen_da.qm"
    assert compiled.stat().st_size > 0
    first = compiled.stat().st_mtime_ns
    assert translations.qm_file("da").stat().st_mtime_ns == first  # up to date: not rebuilt
    later = first + 5_000_000_000
    os.utime(sources / "canteen_da.ts", ns=(later, later))
    assert translations.qm_file("da").stat().st_mtime_ns > first


def test_installing_switches_the_language_of_the_gui_text(qapp):
    try:
        assert translations.install("da")
        assert QCoreApplication.translate("Areas", "Finance") == "Økonomi"
    finally:
        translations.install("en")
    assert QCoreApplication.translate("Areas", "Finance") == "Finance"


def test_the_command_line_language_wins_then_the_setting_then_danish(qapp):
    assert translations.choose_language("en", "da") == "en"
    assert translations.choose_language(None, "en") == "en"
    assert translations.choose_language(None, "") == "da"
    assert translations.choose_language(None, "fr") == "da"


def test_undo_labels_read_as_danish_sentences(qapp):
    from PySide6.QtGui import QUndoCommand, QUndoStack

    try:
        assert translations.install("da")
        stack = QUndoStack()
        undo = stack.createUndoAction(stack, QCoreApplication.translate("CoversTab", "&Undo"))
        stack.push(QUndoCommand(QCoreApplication.translate("PlanEditor", "planning a dish")))
        assert undo.text() == "&Fortryd planlægning af en ret"
        recipe_step = QCoreApplication.translate("RecipeUndo", "changing the name")
        stack.push(QUndoCommand(recipe_step))
        assert undo.text() == "&Fortryd ændring af navnet"
    finally:
        translations.install("en")


def _texts_in_calls(path: Path) -> set[str]:
    """Literal source texts of the tr()/translate() calls in one Python file."""
    import ast

    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        where = {"tr": 0, "translate": 1}.get(name)
        if where is None or len(node.args) <= where:
            continue
        text = node.args[where]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.add(text.value)
    return found


def test_lupdate_finds_every_text_the_code_translates():
    # lupdate's Python reader is a heuristic: it once missed plural translate() calls whose
    # count was an attribute, and those texts stayed English in a Danish GUI.
    sources = {source for _, source in messages_in(resource("translations", "canteen_da.ts"))}
    missed = {
        (path.name, text)
        for path in translations.source_files()
        for text in _texts_in_calls(path)
        if text not in sources
    }
    assert sorted(missed) == []
