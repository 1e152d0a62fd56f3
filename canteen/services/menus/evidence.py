"""The allergen evidence chain: what a printed menu showed, and what has changed since."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date

from canteen.domain.allergens import ALLERGENS, AllergenProfile
from canteen.services.menus.rows import CellKey, MenuChange

VERSION = 1


def key_text(key: CellKey) -> str:
    """A cell key as stable text: '2026-11-23|lunch|dish|0'."""
    return f"{key.day.isoformat()}|{key.service}|{key.line}|{key.position}"


def key_from_text(text: str) -> CellKey:
    """The cell key of `key_text`."""
    day, service, line, position = text.split("|")
    return CellKey(date.fromisoformat(day), service, line, int(position))


def cell_content(
    key: CellKey,
    recipe_id: str,
    name: str,
    name_en: str,
    allergens: AllergenProfile,
    ingredients: Mapping[str, tuple[str, AllergenProfile]],
) -> dict:
    """What the menu shows about one dish, plus the ingredient statuses behind its allergens."""
    return {
        "key": key_text(key),
        "recipe": recipe_id,
        "name": name,
        "name_en": name_en,
        "allergens": allergens.code,
        "ingredients": {i: [n, p.code] for i, (n, p) in sorted(ingredients.items())},
    }


def fingerprint(cells: Iterable[dict]) -> str:
    """The canonical text of a week's menu content, stored in `MenuPlan.printed_fingerprint`."""
    ordered = sorted(cells, key=lambda c: c["key"])
    return json.dumps(
        {"v": VERSION, "cells": ordered}, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


def _allergen_changes(before: str, after: str) -> list[tuple[str, str, str]]:
    old, new = AllergenProfile.from_code(before), AllergenProfile.from_code(after)
    return [
        (a.value, old.status(a).value, new.status(a).value)
        for a in ALLERGENS
        if old.status(a) != new.status(a)
    ]


def _dish_changes(key: CellKey, old: dict, new: dict) -> list[MenuChange]:
    changes = []
    dish = new["name"]
    if (old["name"], old["name_en"]) != (new["name"], new["name_en"]):
        changes.append(
            MenuChange("dish_renamed", key, {"before": old["name"], "after": new["name"]})
        )
    for allergen, before, after in _allergen_changes(old["allergens"], new["allergens"]):
        changes.append(
            MenuChange(
                "dish_allergen_changed",
                key,
                {"dish": dish, "allergen": allergen, "before": before, "after": after},
            )
        )
    old_ing, new_ing = old["ingredients"], new["ingredients"]
    for ingredient_id in sorted(old_ing.keys() - new_ing.keys()):
        changes.append(
            MenuChange(
                "ingredient_removed", key, {"dish": dish, "ingredient": old_ing[ingredient_id][0]}
            )
        )
    for ingredient_id in sorted(new_ing.keys() - old_ing.keys()):
        changes.append(
            MenuChange(
                "ingredient_added", key, {"dish": dish, "ingredient": new_ing[ingredient_id][0]}
            )
        )
    for ingredient_id in sorted(old_ing.keys() & new_ing.keys()):
        name, after_code = new_ing[ingredient_id]
        for allergen, before, after in _allergen_changes(old_ing[ingredient_id][1], after_code):
            changes.append(
                MenuChange(
                    "ingredient_allergen_changed",
                    key,
                    {
                        "dish": dish,
                        "ingredient": name,
                        "allergen": allergen,
                        "before": before,
                        "after": after,
                    },
                )
            )
    return changes


def changes_since(printed: str, current: str) -> tuple[MenuChange, ...]:
    """What differs between the printed content and the content now, cell by cell."""
    if printed == current:
        return ()
    try:
        old_doc = json.loads(printed)
        if old_doc.get("v") != VERSION:
            raise ValueError(old_doc.get("v"))
        old = {c["key"]: c for c in old_doc["cells"]}
    except (ValueError, KeyError, TypeError, AttributeError):
        return (MenuChange("fingerprint_unreadable", None),)
    new = {c["key"]: c for c in json.loads(current)["cells"]}
    changes: list[MenuChange] = []
    for text in sorted(old.keys() | new.keys()):
        key = key_from_text(text)
        before, after = old.get(text), new.get(text)
        if after is None:
            changes.append(MenuChange("dish_removed", key, {"dish": before["name"]}))
        elif before is None:
            changes.append(MenuChange("dish_added", key, {"dish": after["name"]}))
        elif before["recipe"] != after["recipe"]:
            changes.append(
                MenuChange("dish_replaced", key, {"before": before["name"], "after": after["name"]})
            )
        else:
            changes.extend(_dish_changes(key, before, after))
    return tuple(changes)
