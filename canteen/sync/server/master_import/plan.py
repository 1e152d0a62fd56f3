"""Planning an import: read the file (one table, or one XLSX sheet per kind), say per row what
would happen — new, changed, unchanged or rejected with a reason code — and which stored rows
the file no longer holds; `apply_plan` writes it in one transaction through `central.write`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import Connection, text

from canteen.domain.numbers import detect_convention
from canteen.errors import ValidationError
from canteen.services.costs_import.rows import is_missing
from canteen.sync.server import central, rls, versions
from canteen.sync.server.devices import now
from canteen.sync.server.master_import import allergens, removal, sheets
from canteen.sync.server.master_import.cells import (
    Reader,
    Refused,
    guess_kind,
    guess_roles,
    missing_roles,
)
from canteen.sync.server.master_import.planners import PLANNERS, Known

NEW, CHANGED, UNCHANGED, REJECTED, REMOVED = "new", "changed", "unchanged", "rejected", "removed"
# Who the import acts as for the row-level-security policies (rls.enter reads these names).
CENTRAL_STAFF = SimpleNamespace(scope="central", site_id=None, district_id=None, id=None)
_NUMBER_ROLES = ("pack_size", "price", "quantity", "portions", "amount", "co2e")


@dataclass(frozen=True)
class Planned:
    """One row's fate: status, the table rows to write, what changed, or why it is refused.

    A stored row missing from the file has line 0; `value` then says what still uses it.
    """

    line: int
    status: str
    label: str
    writes: tuple[tuple[str, dict], ...] = ()
    changed: tuple[str, ...] = ()
    reason: str = ""
    column: str = ""
    value: str = ""
    # Ingredients whose allergens change: (allergen, status) pairs before and after.
    allergens: tuple[tuple, tuple] | None = None


@dataclass(frozen=True)
class KindPlan:
    """One kind of the file: its rows, and the stored rows the file no longer holds."""

    kind: str
    sheet: str
    rows: tuple[Planned, ...]
    # Stored rows absent from the file: REMOVED (may go) or REJECTED (`still_used`).
    missing: tuple[Planned, ...] = ()
    # Some line names no row at all (its key cells are empty): nothing may be removed.
    removal_blocked: bool = False

    def count(self, status: str, *, remove_missing: bool = False) -> int:
        """Rows with this status (the missing rows too when they are to be removed)."""
        rows = self.rows + (self.missing if remove_missing else ())
        return sum(row.status == status for row in rows)


@dataclass(frozen=True)
class ImportPlan:
    """What importing a file would do, kind by kind."""

    parts: tuple[KindPlan, ...]
    remove_missing: bool = False

    @property
    def kind(self) -> str:
        """The first kind (a one-sheet file has one)."""
        return self.parts[0].kind

    @property
    def rows(self) -> tuple[Planned, ...]:
        """Every planned row, file rows and (with remove_missing) the missing ones."""
        return tuple(
            row
            for part in self.parts
            for row in part.rows + (part.missing if self.remove_missing else ())
        )

    def count(self, status: str) -> int:
        """Rows with this status over all kinds."""
        return sum(row.status == status for row in self.rows)


def plan_import(
    connection: Connection,
    path: str | Path,
    kind: str | None = None,
    sheet: str | None = None,
    *,
    remove_missing: bool = False,
    today: date | None = None,
) -> ImportPlan:
    """Read the file and plan each row; ValidationError for a file that cannot be read as one."""
    _as_app_role(connection)
    known = Known.load(connection)
    parts = [
        _plan_kind(connection, table, sheet_name, sheet_kind, known)
        for table, sheet_name, sheet_kind in sheets.tables(path, kind, sheet)
    ]
    if len({part.kind for part, _ in parts}) < len(parts):
        raise ValidationError(
            "a kind twice", reason="kind_twice", sheets=[p.sheet for p, _ in parts]
        )
    parts = _plan_missing(connection, parts, today or date.today())
    return ImportPlan(tuple(parts), remove_missing)


def _as_app_role(connection: Connection) -> None:
    """Work as the row-level-security role in central scope, not as the tables' owner.

    The import needs no owner rights (no DDL, no bypassing the policies); central scope lets
    it read and write every row, as staff may. No-op on SQLite.
    """
    if not rls.ready(connection):
        raise ValidationError("not the app role", reason="no_app_role")
    rls.enter(connection, CENTRAL_STAFF)


def _plan_kind(
    connection, table, sheet_name: str, kind: str | None, known: Known
) -> tuple[KindPlan, dict[str, set[str]]]:
    roles = guess_roles(table.headers)
    kind = kind or guess_kind(roles)
    if kind is None:
        raise ValidationError(
            "kind unknown", reason="unknown_kind", headers=table.headers, sheet=sheet_name
        )
    if missing := missing_roles(kind, roles):
        raise ValidationError(
            "columns missing", reason="missing_columns", missing=missing, sheet=sheet_name
        )
    reader = Reader(table, roles)
    for role in _NUMBER_ROLES:
        if role in roles:
            reader.conventions[role] = detect_convention(reader.raw(c, role) for c in table.rows)
    planner = PLANNERS[kind](connection, known)
    planned, seen, blocked = [], set(), False
    protected: dict[str, set[str]] = {}
    for line, cells in zip(table.line_numbers, table.rows, strict=True):
        if all(is_missing(cell) for cell in cells):
            continue
        named = []

        def protect(table_name: str, row_id: str, named=named) -> None:
            protected.setdefault(table_name, set()).add(row_id)
            named.append(row_id)

        try:
            key, label, writes = planner(reader, cells, protect)
            if key in seen:
                raise Refused("duplicate_row", "", label)
            seen.add(key)
            planned.append(_compare(connection, line, label, writes))
        except Refused as refused:
            blocked = blocked or not named
            column = table.headers[roles[refused.role]] if refused.role in roles else ""
            planned.append(
                Planned(
                    line, REJECTED, "", reason=refused.reason, column=column, value=refused.value
                )
            )
    return KindPlan(kind, sheet_name, tuple(planned), removal_blocked=blocked), protected


def _plan_missing(connection: Connection, parts: list, today: date) -> list[KindPlan]:
    """Find each kind's stored rows missing from the file, and which of them must stay."""
    writes = [
        w
        for part, _ in parts
        for row in part.rows
        if row.status in (NEW, CHANGED, UNCHANGED)
        for w in row.writes
    ]
    found = {
        part.kind: []
        if part.removal_blocked
        else removal.candidates(connection, part.kind, protected, writes)
        for part, protected in parts
    }
    everything = [c for candidates in found.values() for c in candidates]
    refused = removal.refusals(connection, everything, writes, today)
    result = []
    for part, _ in parts:
        missing = []
        for candidate in found[part.kind]:
            users = refused.get((candidate.table, candidate.id))
            if users is None:
                tombstone = (candidate.table, {"id": candidate.id})
                missing.append(Planned(0, REMOVED, candidate.label, (tombstone,)))
            elif any(user.startswith(removal.PARENT) for user in users):
                continue  # its recipe or product stays, and that row's refusal says why
            else:
                missing.append(
                    Planned(0, REJECTED, candidate.label, reason="still_used", value=_users(users))
                )
        result.append(
            KindPlan(part.kind, part.sheet, part.rows, tuple(missing), part.removal_blocked)
        )
    return result


def _users(users: Counter) -> str:
    return ", ".join(f"{table} {count}" for table, count in sorted(users.items()))


def _compare(connection: Connection, line: int, label: str, writes) -> Planned:
    """New, changed (which columns) or unchanged, against what the central database holds."""
    changed, new, allergen_change = [], False, None
    for name, values in writes:
        row = (
            connection.execute(text(f'SELECT * FROM "{name}" WHERE id = :id'), {"id": values["id"]})
            .mappings()
            .first()
        )
        if row is None:
            new = True
            continue
        differs = [c for c, v in values.items() if _differs(row[c], v)]
        changed += [f"{name}.{c}" for c in differs]
        if row["deleted_at"] is not None:
            changed.append(f"{name}.deleted_at")
        if any(c in allergens.COLUMNS for c in differs):
            allergen_change = (allergens.profile(dict(row)), allergens.profile({**row, **values}))
    if new:
        return Planned(line, NEW, label, tuple(writes))
    if changed:
        return Planned(
            line, CHANGED, label, tuple(writes), tuple(changed), allergens=allergen_change
        )
    # Unchanged rows keep their rows too: they still point at what they use.
    return Planned(line, UNCHANGED, label, tuple(writes))


def _differs(old, new) -> bool:
    if isinstance(new, bool) and old is not None:
        return bool(old) != new  # SQLite hands back 0/1
    if isinstance(new, float) and old is not None:
        return abs(float(old) - new) > 1e-9
    return str(old) != str(new) if old is not None and new is not None else old != new


def apply_plan(connection: Connection, plan: ImportPlan) -> int:
    """Write the new and changed rows, then (with remove_missing) the tombstones; rows written."""
    writes = [w for row in plan.rows if row.status in (NEW, CHANGED) for w in row.writes]
    tombstones = [w for row in plan.rows if row.status == REMOVED for w in row.writes]
    versions.reserve(connection, len(writes) + len(tombstones))
    for name, values in writes:
        central.write(connection, name, {**values, "deleted_at": None})
    gone = now()
    for name, values in tombstones:
        # Never a hard delete: the tombstone gets a version and reaches the PCs with a pull.
        central.write(connection, name, {"id": values["id"], "deleted_at": gone})
    return len(writes) + len(tombstones)
