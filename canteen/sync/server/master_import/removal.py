"""Rows missing from a master file: which stored rows the file no longer holds, and which of
them may go (a tombstone) or must stay because live rows still point at them.

The references are found from the synced tables' foreign keys (the metadata, not a hand list).
A few of them are history, which a tombstone does not break: goods received, stock counts and
closed orders keep pointing at a retired product, and a site recipe only remembers which
shared recipe it was copied from. Open orders, menus from today on, live recipes and products
do count: removing what they use is refused.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text

from canteen.sync import tables as synced
from canteen.sync.server.master_import.cells import (
    BUDGETS,
    INGREDIENTS,
    PRODUCTS,
    RECIPES,
    SUPPLIERS,
)

# Referencing tables whose rows are history: a tombstoned target is fine for them.
HISTORY_TABLES = {"goods_receipt", "goods_receipt_line", "stock_count"}
# (table, column) references that only record where a row came from.
PROVENANCE = {("recipe", "copied_from_id")}
_OPEN_ORDER = "status NOT IN ('received', 'cancelled')"
# Extra conditions for a referencing row to count as live, beyond `deleted_at IS NULL`.
LIVE_WHEN = {
    "purchase_order": _OPEN_ORDER,
    "purchase_order_line": (
        "EXISTS (SELECT 1 FROM purchase_order o WHERE o.id = purchase_order_line.order_id"
        f" AND o.deleted_at IS NULL AND o.{_OPEN_ORDER})"
    ),
    "menu_item": "day >= :today",
}
_CHUNK = 500
# Marks, in a refusal's counter, the table of the row it belongs to that stays.
PARENT = "^"


@dataclass(frozen=True)
class Candidate:
    """A stored row the file does not hold."""

    kind: str
    table: str
    id: str
    label: str


def candidates(
    connection: Connection, kind: str, protected: dict[str, set[str]], writes: list
) -> list[Candidate]:
    """The live rows of `kind` the file does not mention (budgets: only the file's months).

    A retired shared recipe's lines are absent from the file too, so they go with it.
    """
    keep = {table: set(ids) for table, ids in protected.items()}
    for table, values in writes:
        keep.setdefault(table, set()).add(str(values["id"]))
    found = []
    for table, sql, params in _queries(kind, writes):
        for row_id, label in connection.execute(text(sql), params):
            if str(row_id) not in keep.get(table, ()):
                found.append(Candidate(kind, table, str(row_id), str(label)))
    if kind == PRODUCTS:  # a retired product's prices go with it
        found += _children(connection, found, "product_price", "product_id", "valid_from")
    return found


def _queries(kind: str, writes: list):
    live = "deleted_at IS NULL"
    if kind == SUPPLIERS:
        yield "supplier", f"SELECT id, name || ' (' || cvr || ')' FROM supplier WHERE {live}", {}
    elif kind == INGREDIENTS:
        yield "ingredient", f"SELECT id, name FROM ingredient WHERE {live}", {}
    elif kind == PRODUCTS:
        yield (
            "supplier_product",
            "SELECT p.id, s.name || ' ' || p.item_number FROM supplier_product p"
            f" JOIN supplier s ON s.id = p.supplier_id WHERE p.{live}",
            {},
        )
    elif kind == RECIPES:
        shared = f"{live} AND site_id IS NULL"
        yield "recipe", f"SELECT id, name FROM recipe WHERE {shared}", {}
        yield (
            "recipe_line",
            "SELECT l.id, r.name || ': ' || i.name FROM recipe_line l"
            " JOIN recipe r ON r.id = l.recipe_id JOIN ingredient i ON i.id = l.ingredient_id"
            f" WHERE l.{live} AND l.site_id IS NULL",
            {},
        )
    elif kind == BUDGETS:
        # A budget file is the whole budget of the months it covers, not of all time.
        for period in sorted({str(v["period"]) for t, v in writes if t == "budget"}):
            yield (
                "budget",
                "SELECT b.id, s.code || ' ' || b.period || ' ' || b.category FROM budget b"
                f" JOIN site s ON s.id = b.site_id WHERE b.{live} AND b.period = :period",
                {"period": period},
            )


def _children(connection, parents, table, column, label_column) -> list[Candidate]:
    ids = [c.id for c in parents if c.table == _target(table, column)]
    labels = {c.id: c.label for c in parents}
    found = []
    for chunk in _chunks(ids):
        rows = connection.execute(
            text(
                f"SELECT id, {column}, {label_column} FROM {table}"
                f" WHERE deleted_at IS NULL AND {column} IN ({_marks(chunk)})"
            ),
            _params(chunk),
        )
        for row_id, parent, label in rows:
            kind = parents[0].kind
            found.append(Candidate(kind, table, str(row_id), f"{labels[str(parent)]} {label}"))
    return found


def _target(table: str, column: str) -> str:
    return next(
        fk.column.table.name
        for fk in synced.registry()[table].table.foreign_keys
        if fk.parent.name == column
    )


def references() -> dict[str, list[tuple[str, str]]]:
    """Target table -> (referencing table, column) for every single-column id reference."""
    found: dict[str, list[tuple[str, str]]] = {}
    for name, entry in synced.registry().items():
        if name in HISTORY_TABLES:
            continue
        for fk in entry.table.foreign_keys:
            pair = (name, fk.parent.name)
            if fk.column.name != "id" or pair in PROVENANCE:
                continue
            target = fk.column.table.name
            if pair not in found.setdefault(target, []):
                found[target].append(pair)
    return found


def refusals(
    connection: Connection, candidates_: list[Candidate], writes: list, today: date
) -> dict[tuple[str, str], Counter]:
    """(table, id) -> what still uses it, for the candidates that must stay.

    Repeats until nothing changes: a product that must stay keeps its supplier too.
    """
    going = {(c.table, c.id) for c in candidates_}
    written = {(table, str(values["id"])) for table, values in writes}
    stored = _stored_references(connection, candidates_, today)
    planned = _planned_references(candidates_, writes)
    parents = _parents(stored, going)
    refused: dict[tuple[str, str], Counter] = {}
    while True:
        changed = False
        # A recipe line or price whose recipe or product stays, stays with it.
        for child, parent in parents.items():
            if child in going and parent in refused:
                refused[child] = Counter({PARENT + parent[0]: 1})
                going.discard(child)
                changed = True
        for target, users in _merge(stored, planned).items():
            if target not in going:
                continue
            live = Counter(
                user_table
                for user_table, user_id, from_file in users
                if (user_table, user_id) not in going
                and (from_file or (user_table, user_id) not in written)
            )
            if live:
                refused[target] = live
                going.discard(target)
                changed = True
        if not changed:
            return refused


def _parents(stored: dict, going: set) -> dict[tuple[str, str], tuple[str, str]]:
    """Candidate -> the candidate it belongs to (a line's recipe, a price's product)."""
    return {
        (table, user_id): target
        for target, users in stored.items()
        if target in going
        for table, user_id, _ in users
        if (table, user_id) in going
    }


def _merge(stored: dict, planned: dict) -> dict:
    merged = {key: list(users) for key, users in stored.items()}
    for key, users in planned.items():
        merged.setdefault(key, []).extend(users)
    return merged


def _stored_references(connection: Connection, candidates_: list[Candidate], today: date):
    """(target table, id) -> [(table, id, False)] of the live stored rows pointing at it."""
    by_table: dict[str, list[str]] = {}
    for candidate in candidates_:
        by_table.setdefault(candidate.table, []).append(candidate.id)
    users: dict[tuple[str, str], list] = {}
    for target, pairs in references().items():
        for table, column in pairs:
            extra = f" AND {LIVE_WHEN[table]}" if table in LIVE_WHEN else ""
            for chunk in _chunks(by_table.get(target, [])):
                rows = connection.execute(
                    text(
                        f"SELECT id, {column} FROM {table} WHERE deleted_at IS NULL"
                        f" AND {column} IN ({_marks(chunk)}){extra}"
                    ),
                    {**_params(chunk), "today": today},
                )
                for row_id, points_at in rows:
                    users.setdefault((target, str(points_at)), []).append(
                        (table, str(row_id), False)
                    )
    return users


def _planned_references(candidates_: list[Candidate], writes: list):
    """The same for the rows the file writes (they are live once written)."""
    targets = {(c.table, c.id) for c in candidates_}
    pairs = references()
    users: dict[tuple[str, str], list] = {}
    for target, referring in pairs.items():
        for table, column in referring:
            for written_table, values in writes:
                if written_table != table or values.get(column) is None:
                    continue
                key = (target, str(values[column]))
                if key in targets:
                    users.setdefault(key, []).append((table, str(values["id"]), True))
    return users


def _chunks(ids: list[str]):
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _marks(chunk: list[str]) -> str:
    return ", ".join(f":p{i}" for i in range(len(chunk)))


def _params(chunk: list[str]) -> dict:
    return {f"p{i}": value for i, value in enumerate(chunk)}
