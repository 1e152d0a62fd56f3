"""The sync's codes in words: why a change was refused, why a cycle failed, roles and rules."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from canteen.errors import CanteenError
from ui import messages
from ui.text import day_text, fill

translate = QCoreApplication.translate


def reason_text(reason: str) -> str:
    """One sentence for a reason code: the server's refusal of a row, or a failed cycle."""
    texts = {
        # The server's answer to one row (canteen/sync/server/push.py).
        "unknown_table": translate(
            "SyncText", "The server does not know this kind of data; update the program."
        ),
        "not_writable": translate(
            "SyncText", "This is master data, which only the central office may change."
        ),
        "unknown_column": translate(
            "SyncText", "The change has a field the server does not know; update the program."
        ),
        "bad_value": translate("SyncText", "A value in the change cannot be read by the server."),
        "bad_op": translate(
            "SyncText", "The change was malformed and the server could not read it."
        ),
        "other_site": translate(
            "SyncText", "The row belongs to another canteen, so this PC may not change it."
        ),
        "invalid_row": translate(
            "SyncText",
            "The server refused the row because it breaks a rule (a missing or duplicate entry).",
        ),
        "missing_row": translate("SyncText", "The row no longer exists on this PC."),
        "replay_refused": translate(
            "SyncText",
            "The server has newer data: this old change from a restored copy was not sent.",
        ),
        # The client's own marks and demands (canteen/sync/reset.py).
        "reset": translate(
            "SyncText",
            "The PC's synced data was fetched again from the server; "
            "this change could not be sent first.",
        ),
        "must_reset": translate(
            "SyncText",
            "The server asks to fetch this PC's data again; it is done at the next sync.",
        ),
        "reset_loop": translate(
            "SyncText", "The server asks again to reset this PC's data; contact IT support."
        ),
        # Why a whole cycle failed (canteen/sync/client.py).
        "unreachable": translate(
            "SyncText", "The server cannot be reached. The changes are kept and sent later."
        ),
        "token_refused": translate(
            "SyncText", "The server no longer accepts this PC. Enroll it again with a new code."
        ),
        "forbidden": translate("SyncText", "The server does not allow this for this PC."),
        "batch_too_big": translate(
            "SyncText",
            "The server refused a too large batch of changes. They are kept here; "
            "contact IT support if this keeps happening.",
        ),
        "bad_answer": translate(
            "SyncText",
            "The server's answer could not be read (perhaps a proxy answered instead). "
            "The changes are kept and sent later.",
        ),
        "wrong_address": translate(
            "SyncText",
            "No sync server answers at this address. Check the address, or ask IT support.",
        ),
        "client_too_old": translate(
            "SyncText",
            "This program is too old for the server: update it. Until then the program works "
            "as usual and keeps the changes for later.",
        ),
        "server_too_old": translate(
            "SyncText",
            "The server is older than this program. The changes are kept; the sync tries "
            "again later by itself.",
        ),
        "server_error": translate(
            "SyncText", "The server answered with an error. Try again later."
        ),
        "code_refused": translate(
            "SyncText", "The enrollment code is unknown, used or expired. Ask for a new one."
        ),
        "not_enrolled": translate("SyncText", "This PC is not enrolled with a sync server."),
        "no_token": translate(
            "SyncText", "This PC's access key is missing. Enroll it again with a new code."
        ),
    }
    if reason in texts:
        return texts[reason]
    return fill(translate("SyncText", "The server refused the change (%1)."), reason or "?")


def role_text(scope: str | None) -> str:
    """This PC's role in the sync."""
    texts = {
        "site": translate("SyncText", "Canteen PC (sends and fetches its canteen's data)"),
        "district": translate("SyncText", "District PC (reads the district's canteens)"),
        "central": translate("SyncText", "Central PC (reads every canteen)"),
    }
    return texts.get(scope or "", translate("SyncText", "Not enrolled"))


def rule_text(rule: str) -> str:
    """How the server settled a conflict."""
    texts = {
        "last_arrival_wins": translate("SyncText", "Last change wins"),
        "delete_wins": translate("SyncText", "Deletion wins"),
    }
    return texts.get(rule, rule)


def winner_text(winner: str) -> str:
    """Whose version was kept."""
    texts = {
        "client": translate("SyncText", "This PC"),
        "server": translate("SyncText", "The server"),
    }
    return texts.get(winner, winner)


def table_text(table: str) -> str:
    """What kind of data a synced table holds."""
    texts = {
        "headcount": translate("SyncText", "Covers"),
        "forecast_override": translate("SyncText", "Forecast correction"),
        "site_event": translate("SyncText", "Event"),
        "menu_item": translate("SyncText", "Dish on the menu"),
        "menu_plan": translate("SyncText", "Week menu"),
        "menu_line": translate("SyncText", "Menu line"),
        "menu_cycle": translate("SyncText", "Menu cycle"),
        "menu_cycle_item": translate("SyncText", "Dish in a menu cycle"),
        "recipe": translate("SyncText", "Recipe"),
        "recipe_line": translate("SyncText", "Recipe ingredient"),
        "purchase_order": translate("SyncText", "Order"),
        "purchase_order_line": translate("SyncText", "Order line"),
        "goods_receipt": translate("SyncText", "Goods receipt"),
        "goods_receipt_line": translate("SyncText", "Goods receipt line"),
        "stock_count": translate("SyncText", "Stock count"),
        "cost_entry": translate("SyncText", "Cost entry"),
        "sale": translate("SyncText", "Sales"),
        "waste_record": translate("SyncText", "Waste"),
        "closed_month": translate("SyncText", "Closed month"),
    }
    return texts.get(table, table)


def description_text(description: str) -> str:
    """A row's description from the core, with its dates and services in the user's words."""
    from ui.models.planner import service_text  # loads the models: not before the first paint

    parts = []
    for part in description.split(" · ") if description else []:
        try:
            parts.append(day_text(date.fromisoformat(part), "weekday"))
        except ValueError:
            parts.append(service_text(part))
    return " · ".join(parts)


def _sync_problem(error: CanteenError) -> tuple[str, str]:
    return reason_text(error.data.get("reason", "")), ""


def _discard_refused(_error: CanteenError) -> tuple[str, str]:
    return (
        translate("SyncText", "The row cannot be discarded while other new rows use it."),
        translate("SyncText", "Discard the rows that use it first, or fix it and send it again."),
    )


messages.register_error_text("sync_problem", _sync_problem)
messages.register_error_text("sync_discard_refused", _discard_refused)
