"""`canteen admin`'s messages in Danish (default) or English."""

from __future__ import annotations

MESSAGES = {
    "da": {
        "demo_loaded": "demodata indlæst: {rows:,} rækker på {seconds:.1f} s",
        "demo_not_empty": "Den centrale database har allerede data; demodata kræver en tom database.",
        "user_added": "Brugeren «{username}» er oprettet.",
        "user_deactivated": "Brugeren «{username}» er deaktiveret.",
        "inactive": "deaktiveret",
        "schema_ready": "Den centrale database er klar; {rows:,} rækker fik en version.",
        "device_active": "aktiv",
        "device_revoked": "tilbagekaldt",
        "device_flagged": "markeret (antal: {count})",
        "device_unknown": "Der er ingen enhed med id «{device}».",
        "purged": "{deleted:,} gravsten slettet; grænse {horizon}; enheder der skal hentes forfra: {devices}",
        "username_taken": "Brugernavnet «{username}» findes allerede.",
        "no_user": "Der er ingen aktiv bruger med brugernavnet «{username}».",
        "no_district": "Der er ingen politikreds med koden eller navnet «{text}».",
        "no_site": "Der er ingen kantine med koden eller navnet «{text}».",
        "needs_district": "En kredsbruger skal have en politikreds (--district).",
        "needs_site": "En kantinebruger skal have en kantine (--site).",
        "bad_username": "Brugernavnet skal have 1 til 60 tegn.",
        "plan_head": "{file}: {kind}",
        "plan_counts": "nye {new}, ændrede {changed}, uændrede {unchanged}, afviste {rejected}",
        "kind_ingredients": "ingredienser",
        "kind_products": "leverandørvarer og priser",
        "kind_recipes": "fælles opskrifter",
        "kind_budgets": "budgetter",
        "status_new": "Nye",
        "status_changed": "Ændrede",
        "status_rejected": "Afviste",
        "line": "linje {line}",
        "cell": "kolonne «{column}», værdi «{value}»: ",
        "more": "… og {count} mere",
        "nothing_to_write": "Intet at skrive.",
        "not_written": "Intet er skrevet; brug --apply for at skrive ændringerne.",
        "ask_apply": "Skriv ændringerne i den centrale database? [j/N]",
        "written": "{rows} rækker skrevet; kantinerne får dem ved næste synkronisering.",
        "missing_columns": "Filen mangler kolonner til: {columns}.",
        "unknown_kind": "Kan ikke se, hvad filen indeholder; angiv --kind.",
        "why_missing_value": "værdi mangler",
        "why_bad_number": "ikke et tal (eller tvetydigt)",
        "why_too_precise": "mere end to decimaler",
        "why_not_positive": "skal være større end 0",
        "why_bad_unit": "ukendt enhed",
        "why_bad_flag": "skal være ja eller nej",
        "why_bad_date": "ikke en dato",
        "why_bad_month": "ikke en måned",
        "why_unknown_site": "ukendt kantine",
        "why_unknown_category": "ukendt kategori",
        "why_unknown_supplier": "ukendt leverandør",
        "why_unknown_ingredient": "ukendt ingrediens",
        "why_duplicate_row": "står også længere oppe i filen",
        "kind_suppliers": "leverandører",
        "expected": (
            "Forventet: en tabel med overskrifter som CSV eller Excel (.xlsx), ét ark pr. slags"
            " data (docs/sync.md)."
        ),
        "status_removed": "Fjernes",
        "plan_removed": ", fjernes {removed}",
        "missing_note": (
            "Mangler i filen: {going} rækker kan fjernes, {staying} bruges stadig;"
            " de fjernes kun med --remove-missing."
        ),
        "removal_blocked": (
            "Intet fjernes af denne slags: en linje i filen mangler sit navn eller nummer."
        ),
        "still_used": "{label}: fjernes ikke, bruges stadig af {users}",
        "allergens_changed": "allergener: {before} → {after}",
        "allergens_none": "ingen",
        "allergens_unknown": "ukendt",
        "allergen_traces": "spor af {name}",
        "allergen_unknown": "{name} ukendt",
        "in_sheet": "Arket «{sheet}»: ",
        "bad_sheets": (
            "Projektmappen har ark, der ikke hedder som en slags data: {sheets}."
            " Arkene skal hedde {expected} (eller vælg ét ark med --sheet)."
        ),
        "no_sheet_of_kind": "Projektmappen har intet ark med {kind}.",
        "kind_twice": "Projektmappen har to ark med samme slags data.",
        "wrong_encoding": (
            "Filen er gemt med forkert tegnsæt (fx «{value}»): æ, ø og å er blevet til andre"
            " tegn. Gem den igen fra regnearket som CSV UTF-8 eller Excel (.xlsx)."
        ),
        "no_app_role": (
            "Dette login må ikke handle som rollen canteen_app; kør `canteen admin init` som ejeren"
            " og giv loginet rollen (docs/sync.md, Security)."
        ),
        "why_bad_cvr": "CVR skal være 8 cifre",
        "why_bad_gln": "GLN skal være 13 cifre med rigtigt kontrolciffer",
        "why_bad_email": "ikke en e-mailadresse",
        "why_bad_supplier_kind": "ukendt leverandørtype",
        "why_bad_channel": "bestilling skal være e-mail eller e-handel",
        "why_unknown_allergen": "ukendt allergen",
        "why_allergen_twice": "står både som indhold og spor",
        "why_still_used": "bruges stadig",
    },
    "en": {
        "demo_loaded": "demo data loaded: {rows:,} rows in {seconds:.1f} s",
        "demo_not_empty": "The central database already holds data; demo data needs an empty one.",
        "user_added": "User “{username}” added.",
        "user_deactivated": "User “{username}” deactivated.",
        "inactive": "deactivated",
        "schema_ready": "The central database is ready; {rows:,} rows got a version.",
        "device_active": "active",
        "device_revoked": "revoked",
        "device_flagged": "flagged (count: {count})",
        "device_unknown": "There is no device with id «{device}».",
        "purged": "{deleted:,} tombstones deleted; horizon {horizon}; devices to reset: {devices}",
        "username_taken": "The username “{username}” is taken.",
        "no_user": "There is no active user with the username “{username}”.",
        "no_district": "There is no district with the code or name “{text}”.",
        "no_site": "There is no site with the code or name “{text}”.",
        "needs_district": "A district user needs a district (--district).",
        "needs_site": "A site user needs a site (--site).",
        "bad_username": "A username has 1 to 60 characters.",
        "plan_head": "{file}: {kind}",
        "plan_counts": "new {new}, changed {changed}, unchanged {unchanged}, rejected {rejected}",
        "kind_ingredients": "ingredients",
        "kind_products": "supplier products and prices",
        "kind_recipes": "shared recipes",
        "kind_budgets": "budgets",
        "status_new": "New",
        "status_changed": "Changed",
        "status_rejected": "Rejected",
        "line": "line {line}",
        "cell": "column “{column}”, value “{value}”: ",
        "more": "… and {count} more",
        "nothing_to_write": "Nothing to write.",
        "not_written": "Nothing written; use --apply to write the changes.",
        "ask_apply": "Write the changes to the central database? [y/N]",
        "written": "{rows} rows written; the sites get them at their next sync.",
        "missing_columns": "The file lacks columns for: {columns}.",
        "unknown_kind": "Cannot tell what the file holds; give --kind.",
        "why_missing_value": "value missing",
        "why_bad_number": "not a number (or ambiguous)",
        "why_too_precise": "more than two decimals",
        "why_not_positive": "must be above 0",
        "why_bad_unit": "unknown unit",
        "why_bad_flag": "must be yes or no",
        "why_bad_date": "not a date",
        "why_bad_month": "not a month",
        "why_unknown_site": "unknown site",
        "why_unknown_category": "unknown category",
        "why_unknown_supplier": "unknown supplier",
        "why_unknown_ingredient": "unknown ingredient",
        "why_duplicate_row": "also earlier in the file",
        "kind_suppliers": "suppliers",
        "expected": (
            "Expected: a table with headers as CSV or Excel (.xlsx), one sheet per kind of data"
            " (docs/sync.md)."
        ),
        "status_removed": "To remove",
        "plan_removed": ", to remove {removed}",
        "missing_note": (
            "Missing from the file: {going} rows could be removed, {staying} are still used;"
            " they are removed only with --remove-missing."
        ),
        "removal_blocked": "Nothing of this kind is removed: a line of the file lacks its name or number.",
        "still_used": "{label}: not removed, still used by {users}",
        "allergens_changed": "allergens: {before} → {after}",
        "allergens_none": "none",
        "allergens_unknown": "unknown",
        "allergen_traces": "traces of {name}",
        "allergen_unknown": "{name} unknown",
        "in_sheet": "Sheet “{sheet}”: ",
        "bad_sheets": (
            "The workbook has sheets not named for a kind of data: {sheets}."
            " Name them {expected} (or pick one sheet with --sheet)."
        ),
        "no_sheet_of_kind": "The workbook has no sheet of {kind}.",
        "kind_twice": "The workbook has two sheets of the same kind of data.",
        "wrong_encoding": (
            "The file was saved with the wrong character set (e.g. “{value}”): æ, ø and å"
            " became other characters. Save it again as CSV UTF-8 or Excel (.xlsx)."
        ),
        "no_app_role": (
            "This login may not act as the role canteen_app; run `canteen admin init` as the"
            " owner and grant the role to the login (docs/sync.md, Security)."
        ),
        "why_bad_cvr": "a CVR number has 8 digits",
        "why_bad_gln": "a GLN has 13 digits with the right check digit",
        "why_bad_email": "not an e-mail address",
        "why_bad_supplier_kind": "unknown supplier type",
        "why_bad_channel": "ordering must be e-mail or electronic",
        "why_unknown_allergen": "unknown allergen",
        "why_allergen_twice": "listed both as contained and as traces",
        "why_still_used": "still used",
    },
}


TABLE_WORDS = {
    "da": {
        "recipe_line": "opskriftslinjer",
        "recipe": "opskrifter",
        "supplier_product": "leverandørvarer",
        "product_price": "priser",
        "purchase_order": "åbne ordrer",
        "purchase_order_line": "ordrelinjer på åbne ordrer",
        "preferred_product": "foretrukne varer",
        "supplier_site_terms": "kantiners leveringsaftaler",
        "menu_item": "menuer fra i dag",
        "menu_cycle_item": "menucyklusser",
    },
    "en": {
        "purchase_order": "open orders",
        "purchase_order_line": "lines of open orders",
        "menu_item": "menus from today on",
    },
}


def admin_text(key: str, lang: str | None = "da", **data) -> str:
    """One message, filled in (Danish unless `lang` is 'en')."""
    words = MESSAGES.get(lang or "da", MESSAGES["da"])
    return words[key].format(**data)


def users_text(users: str, lang: str | None = "da") -> str:
    """ "recipe_line 2, purchase_order 1" in words ("opskriftslinjer 2, åbne ordrer 1")."""
    words = TABLE_WORDS.get(lang or "da", {})
    parts = []
    for part in users.split(", "):
        table, _, count = part.rpartition(" ")
        parts.append(f"{words.get(table, table.replace('_', ' '))} {count}")
    return ", ".join(parts)


def allergen_words(profile: tuple, lang: str | None = "da") -> str:
    """An ingredient's allergens ((code, status) pairs, free ones left out) in words."""
    from canteen.domain.allergens import Allergen
    from canteen.reports.labels import DANISH, ENGLISH

    names = (ENGLISH if lang == "en" else DANISH).allergen_names
    if not profile:
        return admin_text("allergens_none", lang)
    if len(profile) == len(Allergen) and all(s == "unknown" for _, s in profile):
        return admin_text("allergens_unknown", lang)
    words = []
    for code, status in profile:
        name = names[Allergen(code)].lower()
        if status == "may_contain":
            name = admin_text("allergen_traces", lang, name=name)
        elif status == "unknown":
            name = admin_text("allergen_unknown", lang, name=name)
        words.append(name)
    return ", ".join(words)
