"""What every command shares: the --database and --site options, finding the site, --lang."""

from __future__ import annotations

import argparse
from pathlib import Path

from canteen.errors import NotFoundError, ValidationError
from canteen.paths import default_database_path


def add_database_option(parser: argparse.ArgumentParser) -> None:
    """`--database PATH`, defaulting to the user's data folder."""
    parser.add_argument(
        "--database",
        type=Path,
        default=None,
        help=f"the SQLite file (default: {default_database_path()})",
    )


def add_site_option(parser: argparse.ArgumentParser) -> None:
    """`--site`: the site's code, id or exact name."""
    parser.add_argument(
        "--site", required=True, help="the site's code (e.g. KBHP-01), id or exact name"
    )


def add_language_option(parser: argparse.ArgumentParser, choices=("da", "en")) -> None:
    """`--lang`: the language of the document and of the command's messages (default Danish)."""
    parser.add_argument(
        "--lang", choices=choices, default="da", help="language (default: da, Danish)"
    )


def database_path(args) -> Path:
    """The database file the command works on."""
    return (args.database or default_database_path()).absolute()


def open_for(args):
    """Open the command's database (checked and upgraded the way the app does)."""
    from canteen.db.lifecycle import open_database

    return open_database(database_path(args))


def find_site(db, text: str):
    """The site whose code, id or name (any case, exactly) is `text`.

    NotFoundError when none is; ValidationError 'ambiguous_site' when the name fits several.
    """
    from canteen.services.sites import list_sites

    wanted = " ".join(text.split()).casefold()
    sites = list_sites(db)
    for site in sites:
        if wanted in (site.id.casefold(), site.code.casefold()):
            return site
    named = [s for s in sites if " ".join(s.name.split()).casefold() == wanted]
    if len(named) > 1:
        raise ValidationError(
            f"several sites are called {text!r}; give the code",
            field="site",
            reason="ambiguous_site",
            site=text,
            codes=sorted(s.code for s in named),
        )
    if named:
        return named[0]
    raise NotFoundError(f"no site with code, id or name {text!r}", site=text)
