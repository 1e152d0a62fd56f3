"""The ordering area's codes in words: flags, order statuses, refused receipt and count entries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from canteen.errors import CanteenError
from ui.models.numbers import decimal
from ui.text import day_text, fill
from ui.wording.numbers import number_problem_text

translate = QCoreApplication.translate


def status_text(status: str) -> str:
    """An order status in words."""
    texts = {
        "draft": translate("OrderingText", "Draft"),
        "sent": translate("OrderingText", "Sent"),
        "confirmed": translate("OrderingText", "Confirmed"),
        "partly_received": translate("OrderingText", "Partly received"),
        "received": translate("OrderingText", "Received"),
        "cancelled": translate("OrderingText", "Cancelled"),
    }
    return texts.get(status, status)


def unit_text(unit: str) -> str:
    """A base unit as written after a number."""
    return translate("OrderingText", "pcs") if unit == "pcs" else unit


def flag_text(flag) -> str:
    """One suggestion flag as a sentence naming the ingredient, supplier or day."""
    texts = {
        "no_menu": translate("OrderingText", "No menu is planned in week %4."),
        "no_product": translate("OrderingText", "No supplier sells %1."),
        "no_price": translate("OrderingText", "%1 has no price valid on the order day."),
        "zero_pack": translate("OrderingText", "%1 has a product with a pack size of zero."),
        "unit_mismatch": translate(
            "OrderingText", "A recipe gives %1 in a unit that cannot be converted."
        ),
        "no_delivery_days": translate("OrderingText", "%2 has no delivery days for this canteen."),
        "too_late": translate(
            "OrderingText", "%1 cannot arrive in time for %3; placed on the earliest delivery."
        ),
        "under_minimum": translate(
            "OrderingText", "The order to %2 for %3 is under the supplier's minimum order value."
        ),
        "perishable_leftover": translate("OrderingText", "%1 will likely be left over."),
    }
    text = texts.get(flag.code, flag.code)
    day = day_text(flag.day, "weekday") if flag.day else ""
    return fill(text, flag.ingredient, flag.supplier, day, flag.data.get("week", ""))


def uses_text(line) -> str:
    """Why a suggested line is needed: each dish on each day with its quantity."""
    unit = unit_text(line.unit)
    parts = [
        fill(
            translate("OrderingText", "%1: %2, %3 portions, %4 %5"),
            day_text(u.day, "weekday"), u.recipe, u.portions, decimal(u.quantity, 1), unit,
        )
        for u in line.uses
    ]  # fmt: skip
    summary = fill(
        translate("OrderingText", "Needed %1 %4, in stock %2 %4, on order %3 %4."),
        decimal(line.needed, 1), decimal(line.in_stock, 1), decimal(line.on_order, 1), unit,
    )  # fmt: skip
    return "\n".join([summary, *parts])


def entry_problem_text(error: CanteenError) -> str:
    """Why a typed receipt or count entry was refused, as one sentence."""
    reason = error.data.get("reason", "")
    if reason in ("not_a_number", "ambiguous_number", "not_whole"):
        return number_problem_text(error)
    texts = {
        "negative_quantity": translate("OrderingText", "A quantity cannot be negative."),
        "negative_count": translate("OrderingText", "A count cannot be negative."),
        "wrong_substitute": translate(
            "OrderingText", "A substitute must be a product of the same ingredient (%1)."
        ),
        "nothing_arrived": translate("OrderingText", "Nothing was entered as arrived."),
        "order_not_receivable": translate(
            "OrderingText", "Only a sent or confirmed order can be received."
        ),
    }
    return fill(texts.get(reason, str(error)), error.data.get("ingredient", ""))


def edit_problem_text(error: CanteenError) -> str:
    """Why an edit of a draft's line was refused, as one sentence."""
    reason = error.data.get("reason", "")
    if reason == "packs":
        return fill(
            translate("OrderingText", "“%1” is not a number of packs from 1 to %2."),
            error.data.get("value", ""), error.data.get("maximum", 9999),
        )  # fmt: skip
    if reason == "order_not_draft":
        return fill(
            translate("OrderingText", "Order %1 is %2: only a draft can be changed."),
            error.data.get("order", ""), status_text(error.data.get("status", "")).lower(),
        )  # fmt: skip
    if error.code == "not_found":
        return translate("OrderingText", "The line no longer exists. Press F5 to refresh.")
    return str(error)


def export_problem_text(error: BaseException) -> str:
    """Why an order could not be exported, as one sentence."""
    if isinstance(error, OSError):
        return fill(
            translate("OrderingText", "The file could not be written: %1"),
            error.strerror or str(error),
        )
    reason = error.data.get("reason", "") if isinstance(error, CanteenError) else ""
    texts = {
        "buyer_without_gln": fill(
            translate(
                "OrderingText",
                "The canteen “%1” has no EAN number (GLN), which an OIOUBL order needs. "
                "Use PDF or CSV, or have the EAN number entered.",
            ),
            error.data.get("site", "") if isinstance(error, CanteenError) else "",
        ),
        "order_without_lines": translate("OrderingText", "The order has no lines to export."),
    }
    return texts.get(reason, str(error))
