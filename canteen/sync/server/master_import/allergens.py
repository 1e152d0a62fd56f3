"""The allergen columns of an ingredient row: names or numbers of the 14 EU allergens, Danish or
English, separated by ',' or ';', read into the ingredient's 14 allergen status columns."""

from __future__ import annotations

import re

from canteen.domain.allergens import ALLERGEN_NUMBERS, Allergen, AllergenStatus, column_name
from canteen.sync.server.master_import.cells import Reader, Refused

COLUMNS = tuple(column_name(a) for a in Allergen)
# A cell saying "none of them": the ingredient is checked and free from all 14.
NONE_WORDS = {"ingen", "none", "-", "–", "nej", "no", "0"}

_NAMES = {
    Allergen.GLUTEN: ("gluten", "korn med gluten", "glutenholdigt korn", "cereals", "hvede"),
    Allergen.CRUSTACEANS: ("krebsdyr", "crustaceans", "skaldyr"),
    Allergen.EGGS: ("æg", "aeg", "eggs", "egg"),
    Allergen.FISH: ("fisk", "fish"),
    Allergen.PEANUTS: ("jordnødder", "jordnoedder", "peanuts", "peanut", "jordnød"),
    Allergen.SOYBEANS: ("soja", "sojabønner", "soy", "soya", "soybeans"),
    Allergen.MILK: ("mælk", "maelk", "milk", "laktose", "lactose"),
    Allergen.NUTS: ("nødder", "noedder", "skalfrugter", "nuts", "tree nuts"),
    Allergen.CELERY: ("selleri", "celery"),
    Allergen.MUSTARD: ("sennep", "mustard"),
    Allergen.SESAME: ("sesam", "sesamfrø", "sesame", "sesame seeds"),
    Allergen.SULPHITES: ("sulfitter", "svovldioxid", "sulphites", "sulfites", "sulphur dioxide"),
    Allergen.LUPIN: ("lupin", "lupiner"),
    Allergen.MOLLUSCS: ("bløddyr", "bloeddyr", "molluscs", "mollusks"),
}
_BY_WORD = {
    word: allergen
    for allergen, words in _NAMES.items()
    for word in (*words, allergen.value, str(ALLERGEN_NUMBERS[allergen]))
}


def read_list(reader: Reader, cells: tuple, role: str) -> set[Allergen]:
    """The allergens named in one cell; an unknown name is refused with the name quoted."""
    cell = reader.text(cells, role, needed=False)
    if cell.lower() in NONE_WORDS:
        return set()
    found = set()
    for part in re.split(r"[,;]", cell):
        word = " ".join(part.split()).lower()
        if not word:
            continue
        if word not in _BY_WORD:
            raise Refused("unknown_allergen", role, part.strip())
        found.add(_BY_WORD[word])
    return found


def read_statuses(reader: Reader, cells: tuple) -> dict[str, str] | None:
    """The 14 status columns from the row, or None when the row says nothing about allergens.

    A row that lists allergens (or says "ingen") is a declaration: the named ones are
    "contains", those in the traces column "may contain", all others "free from". Both cells
    empty leaves the stored statuses as they are (unknown stays unknown, never "free").
    """
    if not (reader.has(cells, "allergens") or reader.has(cells, "traces")):
        return None
    contains = read_list(reader, cells, "allergens")
    traces = read_list(reader, cells, "traces")
    if both := contains & traces:
        raise Refused("allergen_twice", "traces", ", ".join(sorted(a.value for a in both)))
    statuses = {}
    for allergen in Allergen:
        if allergen in contains:
            status = AllergenStatus.CONTAINS
        elif allergen in traces:
            status = AllergenStatus.MAY_CONTAIN
        else:
            status = AllergenStatus.FREE
        statuses[column_name(allergen)] = status.value
    return statuses


def profile(row: dict) -> tuple[tuple[str, str], ...]:
    """(allergen code, status) for every allergen not free from, in regulation order."""
    return tuple(
        (a.value, row[column_name(a)])
        for a in Allergen
        if row.get(column_name(a)) not in (None, AllergenStatus.FREE.value)
    )
