"""Label sets for printed menus and sheets: Danish and English, passed into every report builder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from canteen.domain.allergens import Allergen


@dataclass(frozen=True)
class ReportLabels:
    """Every word a menu or production sheet prints, in one language."""

    language: str
    menu_title: str
    week: str
    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    allergen_names: dict[Allergen, str]
    allergens_title: str
    may_contain_note: str
    unknown_note: str
    many_unknown_note: str
    organic_note: str
    co2e_note: str
    closed: str
    printed_on: str
    production_title: str
    portions: str
    recipe_for: str
    ingredient: str
    quantity: str
    prep_loss: str
    note: str
    method: str
    picking_list: str
    page: str
    units: dict[str, str]
    decimal: str


DANISH = ReportLabels(
    language="da",
    menu_title="Menu uge {week}",
    week="Uge {week}",
    weekdays=("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"),
    months=(
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    allergen_names={
        Allergen.GLUTEN: "Gluten",
        Allergen.CRUSTACEANS: "Krebsdyr",
        Allergen.EGGS: "Æg",
        Allergen.FISH: "Fisk",
        Allergen.PEANUTS: "Jordnødder",
        Allergen.SOYBEANS: "Soja",
        Allergen.MILK: "Mælk",
        Allergen.NUTS: "Nødder",
        Allergen.CELERY: "Selleri",
        Allergen.MUSTARD: "Sennep",
        Allergen.SESAME: "Sesam",
        Allergen.SULPHITES: "Sulfitter",
        Allergen.LUPIN: "Lupin",
        Allergen.MOLLUSCS: "Bløddyr",
    },
    allergens_title="Allergener",
    may_contain_note="(n) kan indeholde spor",
    unknown_note="n? ikke oplyst – spørg køkkenet",
    many_unknown_note="? flere allergener ikke oplyst",
    organic_note="Ø økologisk andel",
    co2e_note="kg CO2e pr. portion",
    closed="Lukket",
    printed_on="Udskrevet {date}",
    production_title="Produktionsark",
    portions="portioner",
    recipe_for="opskrift til {n} portioner",
    ingredient="Råvare",
    quantity="Mængde",
    prep_loss="Svind",
    note="Bemærkning",
    method="Fremgangsmåde",
    picking_list="Plukliste",
    page="Side {page}",
    units={"g": "g", "kg": "kg", "ml": "ml", "dl": "dl", "l": "l", "pcs": "stk."},
    decimal=",",
)

ENGLISH = ReportLabels(
    language="en",
    menu_title="Menu week {week}",
    week="Week {week}",
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    allergen_names={
        Allergen.GLUTEN: "Gluten",
        Allergen.CRUSTACEANS: "Crustaceans",
        Allergen.EGGS: "Eggs",
        Allergen.FISH: "Fish",
        Allergen.PEANUTS: "Peanuts",
        Allergen.SOYBEANS: "Soy",
        Allergen.MILK: "Milk",
        Allergen.NUTS: "Tree nuts",
        Allergen.CELERY: "Celery",
        Allergen.MUSTARD: "Mustard",
        Allergen.SESAME: "Sesame",
        Allergen.SULPHITES: "Sulphites",
        Allergen.LUPIN: "Lupin",
        Allergen.MOLLUSCS: "Molluscs",
    },
    allergens_title="Allergens",
    may_contain_note="(n) may contain traces",
    unknown_note="n? not declared – ask the kitchen",
    many_unknown_note="? several allergens not declared",
    organic_note="Ø organic share",
    co2e_note="kg CO2e per portion",
    closed="Closed",
    printed_on="Printed {date}",
    production_title="Production sheet",
    portions="portions",
    recipe_for="recipe for {n} portions",
    ingredient="Ingredient",
    quantity="Quantity",
    prep_loss="Loss",
    note="Note",
    method="Method",
    picking_list="Picking list",
    page="Page {page}",
    units={"g": "g", "kg": "kg", "ml": "ml", "dl": "dl", "l": "l", "pcs": "pcs"},
    decimal=".",
)

LANGUAGES = {"da": (DANISH,), "en": (ENGLISH,), "both": (DANISH, ENGLISH)}


def labels_for(language: str) -> tuple[ReportLabels, ...]:
    """The label sets of 'da', 'en' or 'both' (Danish first)."""
    try:
        return LANGUAGES[language]
    except KeyError:
        raise ValueError(f"unknown language {language!r}") from None


def number(value: float, decimals: int, labels: ReportLabels) -> str:
    """A number with the language's decimal mark and no needless zeros: 1,5 or 12."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", labels.decimal)


def day_text(day: date, labels: ReportLabels) -> str:
    """'23. november 2026' or '23 November 2026'."""
    month = labels.months[day.month - 1]
    if labels.language == "da":
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def short_date(day: date, labels: ReportLabels) -> str:
    """'23.11.' or '23 Nov'."""
    if labels.language == "da":
        return f"{day.day}.{day.month}."
    return f"{day.day} {labels.months[day.month - 1][:3]}"


def date_range(first: date, last: date, labels: ReportLabels) -> str:
    """'23.–27. november 2026' (Danish) or '23–27 November 2026' (English), across months too."""
    if first == last:
        return day_text(first, labels)
    if (first.year, first.month) == (last.year, last.month):
        if labels.language == "da":
            return f"{first.day}.–{day_text(last, labels)}"
        return f"{first.day}–{day_text(last, labels)}"
    if first.year == last.year:
        start = day_text(first, labels).rsplit(" ", 1)[0]
        return f"{start} – {day_text(last, labels)}"
    return f"{day_text(first, labels)} – {day_text(last, labels)}"
