"""The command line's messages in Danish or English: warnings and errors from codes and data.

The core hands back codes with data; the GUI words them through Qt's translations, and the
command line (which has no Qt) words them here, so a user never reads a bare code.
"""

from __future__ import annotations

from datetime import date

from canteen.errors import CanteenError, DatabaseProblem, NotFoundError, ValidationError
from canteen.reports.labels import DANISH, ENGLISH, short_date

SERVICES = {
    "da": {"breakfast": "morgenmad", "lunch": "frokost", "dinner": "aftensmad", "night": "natmad"},
    "en": {"breakfast": "breakfast", "lunch": "lunch", "dinner": "dinner", "night": "night"},
}

WARNINGS = {
    "da": {
        "recipe_deleted": "«{dish}» er slettet fra opskrifterne, men står stadig på menuen.",
        "meat_on_vegetarian_line": "«{dish}» står under «{line}», men er ikke vegetarisk.",
        "no_vegetarian_option": "Ingen vegetarret til {service}.",
        "unknown_line": "En ret står på linjen «{line}», som ikke længere bruges.",
        "planned_on_day_off": "Der er planlagt mad på en lukkedag ({name}).",
    },
    "en": {
        "recipe_deleted": "“{dish}” has been deleted from the recipes but is still on the menu.",
        "meat_on_vegetarian_line": "“{dish}” is under “{line}” but is not vegetarian.",
        "no_vegetarian_option": "No vegetarian dish at {service}.",
        "unknown_line": "A dish is planned on the line “{line}”, which is no longer used.",
        "planned_on_day_off": "Food is planned on a day the canteen is closed ({name}).",
    },
}

STATUS_WORDS = {
    "da": {
        "draft": "en kladde",
        "sent": "sendt",
        "confirmed": "bekræftet",
        "partly_received": "delvist modtaget",
        "received": "modtaget",
        "cancelled": "annulleret",
    },
    "en": {
        "draft": "a draft",
        "sent": "sent",
        "confirmed": "confirmed",
        "partly_received": "partly received",
        "received": "received",
        "cancelled": "cancelled",
    },
}

ERRORS = {
    "da": {
        "nothing_planned": "Der er ikke planlagt noget i uge {week}: der er intet at udskrive.",
        "not_a_date": "«{text}» er ikke en dato; skriv den som 2026-11-23.",
        "not_in_week": "Dagen {day} ligger ikke i uge {week}.",
        "ambiguous_site": "Flere kantiner hedder «{site}»; angiv koden ({codes}).",
        "not_a_week": "«{text}» er ikke en uge; skriv den som 2026-W48.",
        "no_such_week": "{year} har ingen uge {week} (kun {weeks}).",
        "site_not_found": "Der er ingen kantine med koden eller navnet «{site}».",
        "not_found": "Det findes ikke (længere) i databasen.",
        "database_problem": "Databasefilen {path} kan ikke bruges.",
        "missing": "Databasefilen {path} findes ikke.",
        "not_sqlite": "Filen {path} er ikke en kantinedatabase (ikke en SQLite-database).",
        "read_only": "Der kan ikke skrives i databasefilen {path}.",
        "locked": "Databasen {path} er i brug af et andet program.",
        "too_new": "Databasen {path} er lavet af en nyere version af programmet.",
        "migration_failed": "Databasen {path} kunne ikke opdateres til denne version.",
        "report_problem": "Rapporten kan ikke laves: skrifttypen {font} mangler i installationen.",
        "service_level": "«{value}» er ikke et serviceniveau; skriv et tal fra 0 til 0,99.",
        "order_status": "«{status}» er ikke en ordrestatus ({statuses}).",
        "not_a_month": "«{text}» er ikke en måned; skriv den som 2026-01.",
        "month_range": "Perioden slutter ({last}) før den begynder ({first}).",
        "district_not_found": "Der er ingen politikreds med koden eller navnet «{district}».",
        "order_not_found": "Kantinen har ingen ordre med nummeret «{order}».",
        "order_line_not_found": "Ordrelinjen findes ikke (længere).",
        "order_transition": "Ordre {order} er {status} og kan ikke blive {wanted}.",
        "order_not_draft": "Ordre {order} er {status}; kun kladder kan rettes.",
        "packs": "«{value}» er ikke et antal pakninger; skriv et helt tal fra 1 til 9999.",
        "buyer_without_gln": "Kantinen «{site}» har intet EAN-nummer (GLN); en OIOUBL-ordre"
        " kræver det. Brug PDF eller CSV, eller få EAN-nummeret lagt ind.",
        "order_without_lines": "Ordre {order} har ingen linjer; der er intet at sende.",
        "export_format": "«{format}» er ikke et eksportformat ({formats}).",
        "cannot_write": "Filen {path} kan ikke skrives.",
        "other": "Det kunne ikke lade sig gøre: {message}",
    },
    "en": {
        "nothing_planned": "Nothing is planned in week {week}: there is nothing to print.",
        "not_a_date": "“{text}” is not a date; write it as 2026-11-23.",
        "not_in_week": "The day {day} is not in week {week}.",
        "ambiguous_site": "Several canteens are called “{site}”; give the code ({codes}).",
        "not_a_week": "“{text}” is not a week; write it as 2026-W48.",
        "no_such_week": "{year} has no week {week} (only {weeks}).",
        "site_not_found": "There is no canteen with the code or name “{site}”.",
        "not_found": "It does not exist (any more) in the database.",
        "database_problem": "The database file {path} cannot be used.",
        "missing": "The database file {path} does not exist (no such file).",
        "not_sqlite": "The file {path} is not a canteen database (not a SQLite database).",
        "read_only": "The database file {path} cannot be written to.",
        "locked": "The database {path} is in use by another program.",
        "too_new": "The database {path} was made by a newer version of the program.",
        "migration_failed": "The database {path} could not be updated to this version.",
        "report_problem": "The report cannot be made: the font {font} is missing.",
        "service_level": "“{value}” is not a service level; give a number from 0 to 0.99.",
        "order_status": "“{status}” is not an order status ({statuses}).",
        "not_a_month": "“{text}” is not a month; write it as 2026-01.",
        "month_range": "The period ends ({last}) before it begins ({first}).",
        "district_not_found": "There is no police district with the code or name “{district}”.",
        "order_not_found": "The canteen has no order numbered “{order}”.",
        "order_line_not_found": "The order line does not exist (any more).",
        "order_transition": "Order {order} is {status} and cannot become {wanted}.",
        "order_not_draft": "Order {order} is {status}; only drafts can be edited.",
        "packs": "“{value}” is not a number of packs; give a whole number from 1 to 9999.",
        "buyer_without_gln": "The canteen “{site}” has no EAN number (GLN), which an OIOUBL"
        " order needs. Use PDF or CSV, or have the EAN number entered.",
        "order_without_lines": "Order {order} has no lines; there is nothing to send.",
        "export_format": "“{format}” is not an export format ({formats}).",
        "cannot_write": "The file {path} cannot be written.",
        "other": "That could not be done: {message}",
    },
}


def _language(language: str | None) -> str:
    return "en" if language == "en" else "da"


def _day(value, language: str) -> str:
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(value, date):
        return str(value)
    return short_date(value, DANISH if language == "da" else ENGLISH)


def warning_text(warning, language: str | None = "da") -> str:
    """One planner/print warning as a sentence, with its day in front when it has one."""
    lang = _language(language)
    data = {**warning.data}
    if lang == "en":
        # Names in English where the line or dish has one.
        data.update({k[:-3]: v for k, v in warning.data.items() if k.endswith("_en") and v})
    if "service" in data:
        data["service"] = SERVICES[lang].get(data["service"], data["service"])
    template = WARNINGS[lang].get(warning.code)
    text = template.format_map(_Missing(data)) if template else warning.code.replace("_", " ")
    if warning.day is not None:
        text = f"{_day(warning.day, lang)}: {text}"
    return text


def error_text(error: CanteenError, language: str | None = "da") -> str:
    """A domain error as one sentence for the terminal."""
    lang = _language(language)
    data = dict(error.data)
    key = data.get("reason")
    if isinstance(error, DatabaseProblem):
        known = ERRORS[lang]
        key = error.reason if error.reason in known else "database_problem"
    elif isinstance(error, NotFoundError) and "site" in data:
        key = "site_not_found"
    elif isinstance(error, NotFoundError) and key is None:
        key = "not_found"
    elif error.code == "report_problem":
        key = "report_problem"
    elif isinstance(error, ValidationError) and key is None and set(data) == {"text"}:
        key = "not_a_week"
    elif isinstance(error, ValidationError) and key is None and "weeks" in data:
        key = "no_such_week"
    if "codes" in data:
        data["codes"] = ", ".join(data["codes"])
    if "statuses" in data:
        data["statuses"] = ", ".join(data["statuses"])
    if "formats" in data:
        data["formats"] = ", ".join(data["formats"])
    for name in ("status", "wanted"):
        if key in ("order_transition", "order_not_draft") and name in data:
            data[name] = STATUS_WORDS[lang].get(data[name], data[name])
    if "day" in data:
        data["day"] = _day(data["day"], lang)
    if "week" in data and isinstance(data["week"], str) and "-W" in data["week"]:
        data["week"] = data["week"].split("-W")[1].lstrip("0") + f" ({data['week'][:4]})"
    template = ERRORS[lang].get(key or "", ERRORS[lang]["other"])
    return template.format_map(_Missing({"message": str(error), **data}))


class _Missing(dict):
    """Leaves a placeholder visible rather than failing when the data lacks it."""

    def __missing__(self, key: str) -> str:
        return "?"
