"""The sync's state in one line, for the page and the status bar, and where a row can be fixed."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.text import fill, moment_text
from ui.wording.sync import reason_text

if TYPE_CHECKING:
    from ui.views.sync.runner import SyncRunner

translate = QCoreApplication.translate

# The area whose pages show (and edit) a table's rows.
_AREAS = {
    "covers": ("headcount", "forecast_override", "site_event", "forecast"),
    "menus": ("menu_item", "menu_plan", "menu_line", "menu_cycle", "menu_cycle_item"),
    "recipes": ("recipe", "recipe_line"),
    "ordering": (
        "purchase_order",
        "purchase_order_line",
        "goods_receipt",
        "goods_receipt_line",
        "stock_count",
        "supplier_site_terms",
        "preferred_product",
    ),
    "costs": (
        "cost_entry",
        "sale",
        "sale_adjustment",
        "waste_record",
        "closed_month",
        "budget",
    ),
}


def area_of(table: str) -> str | None:
    """The area (main window key) where rows of `table` are corrected, or None."""
    return next((area for area, tables in _AREAS.items() if table in tables), None)


def clock_text(moment: datetime, now: datetime) -> str:
    """A time as 14.05 today, else with its date."""
    local, today = moment.astimezone(), now.astimezone()
    if local.date() == today.date():
        return moment_text(local).split(" ", 1)[1]
    return moment_text(local)


def problem_line(runner: SyncRunner | None) -> str:
    """Why the last cycle failed and when the next try is; '' when it did not fail."""
    if runner is None or runner.problem is None:
        return ""
    when = runner.next_run()
    reason = reason_text(runner.problem.reason)
    if when is None:
        return reason
    retry = clock_text(when, runner.clock())
    return fill(translate("SyncState", "%1 Next try at %2."), reason, retry)


def status_bar_text(runner: SyncRunner | None) -> str:
    """The sync in a few words: 'Synchronised 14.05', '3 changes waiting', 'No connection …'."""
    found = runner.status if runner is not None else None
    if runner is None or found is None or not found.enrolled:
        return ""
    if runner.running:
        return translate("SyncState", "Synchronising…")
    now = runner.clock()
    if runner.problem is not None:
        when = runner.next_run()
        retry = clock_text(when, now) if when is not None else ""
        stuck = _stuck_text(runner.problem.reason)
        if stuck:
            return stuck
        if runner.problem.reason == "unreachable":
            return fill(translate("SyncState", "No connection – trying again at %1"), retry)
        return fill(translate("SyncState", "Sync failed – trying again at %1"), retry)
    parts = []
    # Singular and plural as two texts: lupdate's Python reader makes no plural message of a
    # translate() call (only of tr()), and misses one whose count is an attribute or a call.
    pending, refused = found.pending, len(found.rejected)
    if pending == 1:
        parts.append(translate("SyncState", "1 change waiting"))
    elif pending:
        parts.append(fill(translate("SyncState", "%1 changes waiting"), pending))
    if refused == 1:
        parts.append(translate("SyncState", "1 refused"))
    elif refused:
        parts.append(fill(translate("SyncState", "%1 refused"), refused))
    if parts:
        return ", ".join(parts)
    if found.last_ok is None:
        return translate("SyncState", "Not synchronised yet")
    return fill(translate("SyncState", "Synchronised %1"), clock_text(found.last_ok, now))


def _stuck_text(reason: str) -> str:
    """Problems a retry does not heal: the status bar says what is needed instead of a time."""
    texts = {
        "client_too_old": translate("SyncState", "Not synchronising – update the program"),
        "token_refused": translate("SyncState", "Not synchronising – enroll this PC again"),
        "no_token": translate("SyncState", "Not synchronising – enroll this PC again"),
        "wrong_address": translate("SyncState", "Not synchronising – check the server address"),
        "reset_loop": translate("SyncState", "Not synchronising – contact IT support"),
    }
    return texts.get(reason, "")
