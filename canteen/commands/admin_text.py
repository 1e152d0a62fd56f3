"""`canteen admin`'s messages in Danish (default) or English."""

from __future__ import annotations

MESSAGES = {
    "da": {
        "demo_loaded": "demodata indlæst: {rows:,} rækker på {seconds:.1f} s",
        "demo_not_empty": "Den centrale database har allerede data; demodata kræver en tom database.",
    },
    "en": {
        "demo_loaded": "demo data loaded: {rows:,} rows in {seconds:.1f} s",
        "demo_not_empty": "The central database already holds data; demo data needs an empty one.",
    },
}


def admin_text(key: str, lang: str | None = "da", **data) -> str:
    """One message, filled in (Danish unless `lang` is 'en')."""
    words = MESSAGES.get(lang or "da", MESSAGES["da"])
    return words[key].format(**data)
