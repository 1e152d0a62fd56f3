"""The site's menu lines (dish of the day, vegetarian, soup...): list, save, reorder, remove."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import MenuLine
from canteen.db.models.org import SERVICES
from canteen.db.types import utcnow
from canteen.errors import NotFoundError, ValidationError
from canteen.services.menus.planner import line_row
from canteen.services.menus.rows import MenuLineDraft, MenuLineRow
from canteen.services.menus.store import ALL, load_site

_CODE = re.compile(r"^[a-z0-9_]{1,20}$")

# A new site's lines until the manager changes them: (code, Danish, English, vegetarian).
DEFAULT_LINES = (
    ("dish", "Dagens ret", "Dish of the day", False),
    ("veg", "Vegetarisk", "Vegetarian", True),
    ("soup", "Suppe", "Soup", False),
    ("salad", "Salatbar", "Salad bar", False),
    ("dessert", "Dessert", "Dessert", False),
)


def list_menu_lines(
    db: Database, site_id: str, *, include_inactive: bool = False
) -> list[MenuLineRow]:
    """The site's menu lines in service and position order."""
    with db.reading() as session:
        lines = session.scalars(select(MenuLine).where(MenuLine.site_id == site_id)).all()
    rows = [line_row(x) for x in lines if include_inactive or x.active]
    return sorted(rows, key=lambda r: (SERVICES.index(r.service), r.position, r.code))


def _check(draft: MenuLineDraft) -> None:
    if not _CODE.match(draft.code or ""):
        raise ValidationError(
            "a line code is 1-20 lower-case letters, digits or _",
            field="code",
            reason="bad_code",
            value=draft.code,
        )
    if not draft.name.strip():
        raise ValidationError("a menu line needs a name", field="name", reason="required")
    if draft.service not in SERVICES:
        raise ValidationError(
            "unknown service", field="service", reason="unknown_service", value=draft.service
        )


def save_menu_line(
    db: Database, site_id: str, draft: MenuLineDraft
) -> tuple[MenuLineRow, MenuLineRow | None]:
    """Create or update a line; returns (the line now, the line before or None) for undo."""
    _check(draft)
    with db.unit_of_work() as session:
        load_site(session, site_id)
        same_code = session.scalar(
            select(MenuLine).where(MenuLine.site_id == site_id, MenuLine.code == draft.code),
            execution_options=ALL,
        )
        if draft.id is None:
            line, before = same_code, None
            if line is not None and line.deleted_at is None:
                raise ValidationError(
                    "the site already has a line with this code",
                    field="code",
                    reason="duplicate_code",
                    value=draft.code,
                )
            if line is None:
                line = MenuLine(site_id=site_id, code=draft.code)
                session.add(line)
            line.deleted_at = None
        else:
            line = session.get(MenuLine, draft.id, execution_options=ALL)
            if line is None or line.site_id != site_id:
                raise NotFoundError("no such menu line", line_id=draft.id)
            line.deleted_at = None  # saving a removed line again is the undo of its removal
            if same_code is not None and same_code.id != line.id:
                raise ValidationError(
                    "the site already has a line with this code",
                    field="code",
                    reason="duplicate_code",
                    value=draft.code,
                )
            before = line_row(line)
        line.code = draft.code
        line.name = draft.name.strip()
        line.name_en = draft.name_en.strip()
        line.service = draft.service
        line.position = draft.position
        line.vegetarian = draft.vegetarian
        line.active = draft.active
        session.flush()
        return line_row(line), before


def reorder_menu_lines(db: Database, site_id: str, codes: Sequence[str]) -> list[str]:
    """Give lines the positions of their order in `codes`; returns the order before (for undo)."""
    with db.unit_of_work() as session:
        lines = {
            x.code: x for x in session.scalars(select(MenuLine).where(MenuLine.site_id == site_id))
        }
        unknown = [c for c in codes if c not in lines]
        if unknown:
            raise ValidationError(
                "unknown menu lines", field="code", reason="unknown_line", codes=unknown
            )
        ordered = sorted(
            lines.values(), key=lambda x: (SERVICES.index(x.service), x.position, x.code)
        )
        before = [x.code for x in ordered]
        for position, code in enumerate(codes):
            lines[code].position = position
        return before


def remove_menu_line(db: Database, site_id: str, line_id: str) -> MenuLineRow:
    """Remove a line (a tombstone; planned dishes on it stay and are flagged). Undo: save it again."""
    with db.unit_of_work() as session:
        line = session.get(MenuLine, line_id)
        if line is None or line.site_id != site_id:
            raise NotFoundError("no such menu line", line_id=line_id)
        row = line_row(line)
        line.deleted_at = utcnow()
        return row


def ensure_default_lines(db: Database, site_id: str) -> list[MenuLineRow]:
    """Give a site without any menu lines the usual lunch lines; returns the site's lines."""
    with db.unit_of_work() as session:
        load_site(session, site_id)
        exists = session.scalar(
            select(MenuLine.id).where(MenuLine.site_id == site_id), execution_options=ALL
        )
        if exists is None:
            for position, (code, name, name_en, vegetarian) in enumerate(DEFAULT_LINES):
                session.add(
                    MenuLine(
                        site_id=site_id,
                        code=code,
                        name=name,
                        name_en=name_en,
                        service="lunch",
                        position=position,
                        vegetarian=vegetarian,
                    )
                )
    return list_menu_lines(db, site_id)


def draft_of(row: MenuLineRow) -> MenuLineDraft:
    """A draft that saves `row` again as it was (the undo of an edit or a removal)."""
    return replace(
        MenuLineDraft(row.code, row.name),
        name_en=row.name_en,
        service=row.service,
        position=row.position,
        vegetarian=row.vegetarian,
        active=row.active,
        id=row.id,
    )
