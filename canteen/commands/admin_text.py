"""`canteen admin`'s messages in Danish (default) or English."""

from __future__ import annotations

MESSAGES = {
    "da": {
        "demo_loaded": "demodata indlæst: {rows:,} rækker på {seconds:.1f} s",
        "demo_not_empty": "Den centrale database har allerede data; demodata kræver en tom database.",
        "user_added": "Brugeren «{username}» er oprettet.",
        "user_deactivated": "Brugeren «{username}» er deaktiveret.",
        "inactive": "deaktiveret",
        "username_taken": "Brugernavnet «{username}» findes allerede.",
        "no_user": "Der er ingen aktiv bruger med brugernavnet «{username}».",
        "no_district": "Der er ingen politikreds med koden eller navnet «{text}».",
        "no_site": "Der er ingen kantine med koden eller navnet «{text}».",
        "needs_district": "En kredsbruger skal have en politikreds (--district).",
        "needs_site": "En kantinebruger skal have en kantine (--site).",
        "bad_username": "Brugernavnet skal have 1 til 60 tegn.",
    },
    "en": {
        "demo_loaded": "demo data loaded: {rows:,} rows in {seconds:.1f} s",
        "demo_not_empty": "The central database already holds data; demo data needs an empty one.",
        "user_added": "User “{username}” added.",
        "user_deactivated": "User “{username}” deactivated.",
        "inactive": "deactivated",
        "username_taken": "The username “{username}” is taken.",
        "no_user": "There is no active user with the username “{username}”.",
        "no_district": "There is no district with the code or name “{text}”.",
        "no_site": "There is no site with the code or name “{text}”.",
        "needs_district": "A district user needs a district (--district).",
        "needs_site": "A site user needs a site (--site).",
        "bad_username": "A username has 1 to 60 characters.",
    },
}


def admin_text(key: str, lang: str | None = "da", **data) -> str:
    """One message, filled in (Danish unless `lang` is 'en')."""
    words = MESSAGES.get(lang or "da", MESSAGES["da"])
    return words[key].format(**data)
