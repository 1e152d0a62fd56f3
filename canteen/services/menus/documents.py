"""Printing use cases, one per document: the weekly menu and the production sheet.

Each is two steps so a dialog can show the warnings before anything is printed: `prepare_…`
reads the week (refusing a week with nothing planned) and collects the warnings as codes
with data; `render_…` makes the PDF. The print dialogs and `canteen menu …` both call these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from canteen.db.engine import Database
from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError
from canteen.reports.menu_rows import ProductionSheet, WeeklyMenu
from canteen.services.menus.planner import load_week
from canteen.services.menus.printing import menu_from_view, production_sheet
from canteen.services.menus.rows import PlanWarning, WeekView
from canteen.services.menus.store import load_site

# The planner's warnings that matter on paper, in the order they are shown.
PRINT_WARNINGS = (
    "recipe_deleted",
    "meat_on_vegetarian_line",
    "no_vegetarian_option",
    "unknown_line",
    "planned_on_day_off",
)


@dataclass(frozen=True)
class MenuPrint:
    """A weekly menu ready to render, what it shows (`fingerprint`) and what to warn about."""

    site_name: str
    week: IsoWeek
    menu: WeeklyMenu
    fingerprint: str
    dishes: int
    warnings: tuple[PlanWarning, ...]


@dataclass(frozen=True)
class SheetPrint:
    """A production sheet ready to render and what to warn about."""

    site_name: str
    week: IsoWeek
    day: date | None
    sheet: ProductionSheet
    dishes: int
    warnings: tuple[PlanWarning, ...]


def print_warnings(view: WeekView, day: date | None = None) -> tuple[PlanWarning, ...]:
    """The view's warnings worth showing before printing (of one day, when given)."""
    chosen = [
        w
        for w in view.warnings
        if w.code in PRINT_WARNINGS and (day is None or w.day is None or w.day == day)
    ]
    return tuple(sorted(chosen, key=lambda w: (PRINT_WARNINGS.index(w.code), w.day or date.min)))


def _nothing_planned(week: IsoWeek, day: date | None = None) -> ValidationError:
    data = {"week": str(week)} if day is None else {"week": str(week), "day": day.isoformat()}
    return ValidationError("nothing is planned", field="week", reason="nothing_planned", **data)


def prepare_weekly_menu(db: Database, site_id: str, week: IsoWeek, *, today: date) -> MenuPrint:
    """The week's menu and its warnings; ValidationError 'nothing_planned' for an empty week."""
    view = load_week(db, site_id, week)
    if not view.cells:
        raise _nothing_planned(week)
    with db.reading() as session:
        name = load_site(session, site_id).name
    menu = menu_from_view(view, name, today)
    return MenuPrint(name, week, menu, view.fingerprint, len(view.cells), print_warnings(view))


def render_weekly_menu(
    job: MenuPrint,
    language: str = "da",
    *,
    orientation: str = "landscape",
    show_organic: bool = False,
    show_co2e: bool = False,
) -> bytes:
    """The menu's PDF in 'da', 'en' or 'both'."""
    from canteen.reports.labels import labels_for
    from canteen.reports.weekly_menu import build_weekly_menu

    return build_weekly_menu(
        job.menu,
        labels_for(language),
        orientation=orientation,
        show_organic=show_organic,
        show_co2e=show_co2e,
    )


def prepare_production_sheet(
    db: Database, site_id: str, week: IsoWeek, day: date | None = None, *, today: date
) -> SheetPrint:
    """The week's (or one day's) production sheet and its warnings; refuses an empty one."""
    sheet = production_sheet(db, site_id, week, day, printed_on=today)
    if not sheet.days:
        raise _nothing_planned(week, day)
    warnings = print_warnings(load_week(db, site_id, week), day)
    count = sum(len(d.recipes) for d in sheet.days)
    return SheetPrint(sheet.site_name, week, day, sheet, count, warnings)


def render_production_sheet(job: SheetPrint, language: str = "da") -> bytes:
    """The production sheet's PDF in 'da' or 'en'."""
    from canteen.reports.labels import labels_for
    from canteen.reports.production_sheet import build_production_sheet

    return build_production_sheet(job.sheet, labels_for(language)[0])
