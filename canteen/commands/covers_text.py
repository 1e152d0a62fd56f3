"""The covers command's words for people: why a file cannot be imported, in Danish or English."""

from __future__ import annotations

from canteen.errors import CanteenError

_KINDS = {
    "pdf": ("et PDF-dokument", "a PDF document"),
    "png": ("et billede (PNG)", "a picture (PNG)"),
    "jpeg": ("et billede (JPEG)", "a picture (JPEG)"),
    "gif": ("et billede (GIF)", "a picture (GIF)"),
    "tiff": ("et billede (TIFF)", "a picture (TIFF)"),
    "xls": ("en gammel Excel-projektmappe (.xls)", "an old Excel workbook (.xls)"),
    "ods": ("et LibreOffice-regneark (.ods)", "a LibreOffice spreadsheet (.ods)"),
    "docx": ("et Word-dokument", "a Word document"),
    "zip": ("et zip-arkiv", "a zip archive"),
    "rtf": ("et tekstdokument (RTF)", "a text document (RTF)"),
    "rar": ("et komprimeret arkiv", "a compressed archive"),
    "7z": ("et komprimeret arkiv", "a compressed archive"),
    "binary": ("ikke tekst, men en program- eller datafil", "not text but a program or data file"),
}
_EXPECTED = (
    "Forventet: en tabel gemt fra kassen som CSV eller Excel (.xlsx) med en dato- og en "
    "kuvertkolonne.",
    "Expected: a table saved from the till as CSV or Excel (.xlsx) with a date column and a "
    "covers column.",
)
_TEXTS = {
    "file_missing": ("Filen {path} findes ikke.", "The file {path} does not exist."),
    "unreadable": ("Filen {path} kan ikke åbnes ({detail}).", "Cannot open {path} ({detail})."),
    "too_big": (
        "Filen {path} er for stor til en kasseeksport.",
        "{path} is too big for a till export.",
    ),
    "empty_file": ("Filen {path} er tom.", "The file {path} is empty."),
    "too_few_columns": (
        "Filen {path} har under to kolonner.",
        "The file {path} has fewer than two columns.",
    ),
    "sheet_missing": (
        "Projektmappen har intet ark »{sheet}«.",
        "The workbook has no sheet '{sheet}'.",
    ),
    "damaged": (
        "Filen {path} er beskadiget eller afkortet og kan ikke læses.",
        "The file {path} is damaged or cut short and cannot be read.",
    ),
    "not_a_table": (
        "Filen {path} er {kind}, ikke en tabel.",
        "The file {path} is {kind}, not a table.",
    ),
    "unknown_column": ("Filen har ingen kolonne »{column}«.", "The file has no column '{column}'."),
    "no_mapping": (
        "Dato- og kuvertkolonnen kan ikke genkendes; angiv --date-col og --covers-col.",
        "Cannot tell the date and covers columns; give --date-col and --covers-col.",
    ),
    "no_rows": ("Filen har ingen gyldige rækker.", "The file has no valid rows."),
}
_NEEDS_EXPECTED = {"empty_file", "too_few_columns", "damaged", "not_a_table"}


def problem_text(
    error: CanteenError, language: str = "da", expected: tuple[str, str] = _EXPECTED
) -> str:
    """One line saying what is wrong with the file (and what is expected: a till's table unless
    another command says what it expects), or None's fallback."""
    which = 0 if language == "da" else 1
    reason = error.data.get("reason", "")
    if reason not in _TEXTS:
        return str(error)
    kind = _KINDS.get(error.data.get("kind", ""), ("ikke en tabel", "not a table"))[which]
    values = {
        "path": error.data.get("path", ""),
        "detail": error.data.get("detail", ""),
        "sheet": error.data.get("sheet", ""),
        "column": error.data.get("column", ""),
        "kind": kind,
    }
    text = _TEXTS[reason][which].format(**values).replace("  ", " ")
    if reason in _NEEDS_EXPECTED:
        text += " " + expected[which]
    return text
