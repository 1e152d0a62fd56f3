"""Undo and redo in the recipe editor: each step swaps the whole typed state back in.

The editor's state is small (a few fields and some lines of text), so a step keeps the state
before and after instead of replaying field by field; typing into one field is one step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand

from ui.models.recipe_lines import LineItem

UNDO_KEYS = QKeySequence("Ctrl+Z")
REDO_KEYS = QKeySequence("Ctrl+Shift+Z")
# Typing in these fields merges into one step per field.
translate = QCoreApplication.translate
TEXT_FIELDS = ("name", "name_en", "yield_text", "portion_text", "method")
MERGE_ID = 4711


@dataclass(frozen=True)
class HeaderState:
    """The recipe's own fields exactly as typed."""

    name: str = ""
    name_en: str = ""
    category: str = ""
    yield_text: str = ""
    portion_text: str = ""
    diet_tags: tuple[str, ...] = ()
    method: str = ""


@dataclass(frozen=True)
class EditorState:
    """Everything the user can change in the editor."""

    header: HeaderState
    lines: tuple[LineItem, ...]

    def typing_field(self, other: EditorState) -> str | None:
        """The one text field that differs from `other` when nothing else does, else None."""
        if self.lines != other.lines:
            return None
        changed = [
            field
            for field in HeaderState.__dataclass_fields__
            if getattr(self.header, field) != getattr(other.header, field)
        ]
        if len(changed) == 1 and changed[0] in TEXT_FIELDS:
            return changed[0]
        return None


def step_text(before: EditorState, after: EditorState) -> str:
    """What a step changed, to follow "Undo"/"Fortryd": 'changing the name', 'changing the lines'."""
    if before.lines != after.lines:
        return translate("RecipeUndo", "changing the ingredient lines")
    fields = {
        "name": translate("RecipeUndo", "changing the name"),
        "name_en": translate("RecipeUndo", "changing the English name"),
        "category": translate("RecipeUndo", "changing the category"),
        "yield_text": translate("RecipeUndo", "changing the yield"),
        "portion_text": translate("RecipeUndo", "changing the portion size"),
        "diet_tags": translate("RecipeUndo", "changing the diet tags"),
        "method": translate("RecipeUndo", "changing the method"),
    }
    changed = [f for f in fields if getattr(before.header, f) != getattr(after.header, f)]
    if len(changed) == 1:
        return fields[changed[0]]
    return translate("RecipeUndo", "changing the recipe")


class EditStep(QUndoCommand):
    """One change the user made; pushed after it is already shown, so the first redo is a no-op."""

    def __init__(
        self, before: EditorState, after: EditorState, restore: Callable[[EditorState], None]
    ) -> None:
        super().__init__()
        self.before, self.after = before, after
        self._restore = restore
        self._field = after.typing_field(before)
        self.setText(step_text(before, after))
        self._pushed = False

    def id(self) -> int:
        return MERGE_ID if self._field else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditStep) or other._field != self._field:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        if self._pushed:
            self._restore(self.after)
        self._pushed = True

    def undo(self) -> None:
        self._restore(self.before)


class UndoKeys(QObject):
    """Sends Ctrl+Z / Ctrl+Shift+Z in a text field to the editor's stack, not the field's own."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            keys = QKeySequence(event.keyCombination())
            if keys.matches(UNDO_KEYS) == QKeySequence.SequenceMatch.ExactMatch or (
                keys.matches(REDO_KEYS) == QKeySequence.SequenceMatch.ExactMatch
            ):
                # Not accepted: the editor's Undo/Redo shortcut fires instead of the field's.
                event.ignore()
                return True
        return super().eventFilter(watched, event)
