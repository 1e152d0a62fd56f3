"""The `order` command's words in Danish or English: order headings, lines, flags, the CSV rows."""

from __future__ import annotations

from canteen.services.ordering.rows import DraftOrder, Flag, SuggestedLine

CSV_HEADER = [
    "supplier",
    "delivery_date",
    "ingredient",
    "item_number",
    "needed",
    "in_stock",
    "on_order",
    "to_order",
    "pack_size",
    "unit",
    "packs",
    "pack_price_dkk",
    "line_total_dkk",
    "first_needed",
]

WORDS = {
    "da": {
        "order": "{supplier}: levering {delivery}, bestil senest {order_by} kl. {time}{customer}",
        "customer": ", kundenr. {number}",
        "line": "  {item:<10} {name}: {packs} × {pack} {unit} à {price} kr = {total} kr"
        " (behov {needed}, lager {stock}, i bestilling {on_order}; først {first})",
        "total": "  I alt {total} kr ekskl. moms (moms {vat} kr)",
        "nothing": "Intet at bestille til uge {week}.",
        "covered": "{count} råvarer dækkes af lager og åbne ordrer.",
        "saved": "Gemt som kladde: {numbers}",
        "exported": "Ordre {order} skrevet til {path} ({size} byte).",
        "flag": "advarsel",
    },
    "en": {
        "order": "{supplier}: delivery {delivery}, order by {order_by} {time}{customer}",
        "customer": ", customer no. {number}",
        "line": "  {item:<10} {name}: {packs} × {pack} {unit} at {price} kr = {total} kr"
        " (need {needed}, stock {stock}, on order {on_order}; first {first})",
        "total": "  Total {total} kr excl. VAT (VAT {vat} kr)",
        "nothing": "Nothing to order for week {week}.",
        "covered": "{count} ingredients are covered by stock and open orders.",
        "saved": "Saved as drafts: {numbers}",
        "exported": "Order {order} written to {path} ({size} bytes).",
        "flag": "warning",
    },
}

FLAGS = {
    "da": {
        "no_menu": "Der er ingen menu for uge {week}: intet at bestille.",
        "no_product": "«{ingredient}» har ingen leverandørvare; den kan ikke bestilles.",
        "no_price": "«{ingredient}» har ingen pris, der gælder på bestillingsdagen.",
        "zero_pack": "Varen {item_number} til «{ingredient}» hos {supplier} har pakningsstørrelse 0.",
        "unit_mismatch": "«{ingredient}» står i {unit} i «{dish}», men måles i {base_unit}"
        " uden stykvægt eller massefylde.",
        "no_delivery_days": "{supplier} har ingen leveringsdage til kantinen ({ingredients}).",
        "too_late": "«{ingredient}» bruges først {day}, men {supplier} kan tidligst levere"
        " {delivery_date}.",
        "under_minimum": "Ordren til {supplier} ({day}) er på {total} kr, under minimum"
        " {minimum} kr.",
        "perishable_leftover": "«{ingredient}» holder {shelf_days} dage: {surplus} {unit}"
        " bliver sandsynligvis tilovers (sidst brugt {last_needed}).",
    },
    "en": {
        "no_menu": "There is no menu for week {week}: nothing to order.",
        "no_product": "“{ingredient}” has no supplier product; it cannot be ordered.",
        "no_price": "“{ingredient}” has no price valid on the order day.",
        "zero_pack": "Item {item_number} for “{ingredient}” at {supplier} has a pack size of 0.",
        "unit_mismatch": "“{ingredient}” is given in {unit} in “{dish}” but measured in"
        " {base_unit}, with no piece weight or density.",
        "no_delivery_days": "{supplier} has no delivery days to the canteen ({ingredients}).",
        "too_late": "“{ingredient}” is first used {day}, but {supplier} can deliver"
        " {delivery_date} at the earliest.",
        "under_minimum": "The order to {supplier} ({day}) is {total} kr, under the minimum"
        " {minimum} kr.",
        "perishable_leftover": "“{ingredient}” keeps {shelf_days} days: {surplus} {unit}"
        " will likely be left over (last used {last_needed}).",
    },
}


def language(lang: str | None) -> str:
    """'en' or 'da'."""
    return "en" if lang == "en" else "da"


def kroner(ore: int, lang: str) -> str:
    """Øre as kroner with two decimals, in the language's convention."""
    text = f"{ore / 100:,.2f}"
    if lang == "da":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def quantity(value: float, lang: str = "en") -> str:
    """A base-unit quantity with at most three decimals; '.' unless Danish is asked for."""
    text = f"{round(value, 3):.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "da" else text


def order_heading(order: DraftOrder, lang: str) -> str:
    """One order's heading line."""
    words = WORDS[lang]
    customer = words["customer"].format(number=order.customer_number)
    return words["order"].format(
        supplier=order.supplier,
        delivery=order.delivery_date.isoformat(),
        order_by=order.order_by.date().isoformat(),
        time=order.order_by.strftime("%H:%M"),
        customer=customer if order.customer_number else "",
    )


def line_text(line: SuggestedLine, lang: str) -> str:
    """One order line with what it is made of."""
    return WORDS[lang]["line"].format(
        item=line.item_number,
        name=line.ingredient,
        packs=line.packs,
        pack=quantity(line.pack_size, lang),
        unit=line.unit,
        price=kroner(line.pack_price_ore, lang),
        total=kroner(line.line_total_ore, lang),
        needed=quantity(line.needed, lang),
        stock=quantity(line.in_stock, lang),
        on_order=quantity(line.on_order, lang),
        first=line.first_needed.isoformat(),
    )


def flag_text(flag: Flag, lang: str) -> str:
    """A flag as one sentence naming the ingredient or supplier."""
    data = {
        "ingredient": flag.ingredient,
        "supplier": flag.supplier,
        "day": flag.day.isoformat() if flag.day else "",
        **flag.data,
    }
    if "total_ore" in data:
        data["total"] = kroner(data["total_ore"], lang)
        data["minimum"] = kroner(data["min_order_ore"], lang)
    if "ingredients" in data:
        data["ingredients"] = ", ".join(data["ingredients"])
    if "surplus" in data:
        data["surplus"] = quantity(data["surplus"], lang)
    template = FLAGS[lang].get(flag.code, flag.code.replace("_", " "))
    return template.format_map(_Missing(data))


def csv_row(line: SuggestedLine) -> list[str]:
    """One CSV row under CSV_HEADER: base-unit quantities, ISO dates, '.' decimals."""
    return [
        line.supplier,
        line.delivery_date.isoformat(),
        line.ingredient,
        line.item_number,
        quantity(line.needed),
        quantity(line.in_stock),
        quantity(line.on_order),
        quantity(max(0.0, line.to_order)),
        quantity(line.pack_size),
        line.unit,
        str(line.packs),
        f"{line.pack_price_ore / 100:.2f}",
        f"{line.line_total_ore / 100:.2f}",
        line.first_needed.isoformat(),
    ]


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "?"
