"""The covers area's codes in words: why an entry or a row was refused, event problems,
model names and forecast effects. The core gives codes and data; sentences are made here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from canteen.domain.numbers import AMBIGUOUS, NumberProblem, readings
from canteen.errors import CanteenError
from ui.models.planner import service_text
from ui.text import day_text, fill, language
from ui.wording.numbers import number_problem_text

translate = QCoreApplication.translate


def reason_text(reason: str, value: str = "") -> str:
    """Why a typed cell or an imported row was not saved, as one sentence."""
    if reason == AMBIGUOUS:
        found = {name: str(number) for name, number in readings(value).items()}
        problem = NumberProblem(value, reason=reason, value=value, readings=found)
        return number_problem_text(problem, language())
    texts = {
        "not_a_number": translate("CoversText", "“%1” is not a number."),
        "negative": translate("CoversText", "Covers cannot be negative (%1)."),
        "not_whole": translate("CoversText", "Covers must be a whole number (%1)."),
        "too_large": translate("CoversText", "%1 covers is more than any canteen serves."),
        "in_future": translate(
            "CoversText", "The day has not come yet: covers are entered on the day or later."
        ),
        "implausible": translate(
            "CoversText",
            "%1 is far more than the canteen usually has: type it again and confirm it if it "
            "is right.",
        ),
        "date_out_of_range": translate("CoversText", "The date %1 is outside any sensible range."),
        "bad_date": translate("CoversText", "“%1” is not a date (use 25-11-2026 or 2026-11-25)."),
        "missing_date": translate("CoversText", "The date is missing."),
        "missing_count": translate("CoversText", "The number of covers is missing."),
        "duplicate_day": translate("CoversText", "The day %1 appears more than once."),
        "duplicate_entry": translate("CoversText", "The day was entered more than once."),
        "unknown_service": translate("CoversText", "“%1” is not a known service."),
        "service_not_offered": translate("CoversText", "The canteen does not serve %1."),
        "other_site": translate("CoversText", "The row is for another canteen (%1)."),
    }
    text = texts.get(reason, translate("CoversText", "The value “%1” was not accepted."))
    if reason == "service_not_offered":
        value = service_text(value).lower()
    return fill(text, value)


def event_error_text(error: CanteenError) -> str:
    """What is wrong with an event the user entered."""
    reason = error.data.get("reason", "")
    texts = {
        "end_before_start": translate("CoversText", "The event ends before it starts."),
        "date_out_of_range": translate(
            "CoversText", "The dates are outside any sensible range (at most a year, from 2000)."
        ),
        "effect_out_of_range": translate(
            "CoversText", "The effect must be between −100 % and +500 %."
        ),
        "too_long": translate("CoversText", "The description is too long (at most 200 letters)."),
        "unknown_kind": translate("CoversText", "Choose what kind of event it is."),
        "unknown_service": translate("CoversText", "Choose a service the canteen has."),
    }
    return texts.get(reason, translate("CoversText", "The event could not be saved."))


def _kind_text(kind: str) -> str:
    """What a file turned out to be, in words (as the object of "The file is …")."""
    kinds = {
        "pdf": translate("CoversText", "a PDF document"),
        "png": translate("CoversText", "a picture (PNG)"),
        "jpeg": translate("CoversText", "a picture (JPEG)"),
        "gif": translate("CoversText", "a picture (GIF)"),
        "tiff": translate("CoversText", "a picture (TIFF)"),
        "xls": translate("CoversText", "an old Excel workbook (.xls) or another Office document"),
        "ods": translate("CoversText", "a LibreOffice spreadsheet (.ods)"),
        "docx": translate("CoversText", "a Word document"),
        "zip": translate("CoversText", "a zip archive"),
        "rtf": translate("CoversText", "a text document (RTF)"),
        "rar": translate("CoversText", "a compressed archive"),
        "7z": translate("CoversText", "a compressed archive"),
        "binary": translate("CoversText", "not text but a program or data file"),
    }
    return kinds.get(kind, translate("CoversText", "not a table"))


def file_error_text(error: CanteenError) -> str:
    """Why a file to import cannot be read: what the file is and what is expected."""
    reason = error.data.get("reason", "")
    kind = error.data.get("kind", "")
    expected = translate(
        "CoversText",
        "Expected: a table saved from the till as CSV or Excel (.xlsx), with a date column "
        "and a covers column.",
    )
    if reason == "file_missing":
        return translate("CoversText", "The file does not exist.")
    if reason == "unreadable":
        text = translate("CoversText", "The file cannot be opened (%1).")
        return fill(text, error.data.get("detail", ""))
    if reason == "too_big":
        return translate("CoversText", "The file is too big for a till export (over 50 MB).")
    if reason == "empty_file":
        return translate("CoversText", "The file is empty.") + " " + expected
    if reason == "unknown_column":
        return fill(
            translate("CoversText", "The file has no column “%1”."), error.data.get("column", "")
        )
    if reason == "too_few_columns":
        return translate(
            "CoversText", "The file has fewer than two columns, so it cannot hold dates and covers."
        ) + (" " + expected)
    if reason == "sheet_missing":
        text = translate("CoversText", "The workbook has no sheet “%1” (it has: %2).")
        return fill(text, error.data.get("sheet", ""), ", ".join(error.data.get("sheets", ())))
    if reason == "damaged":
        if kind == "xlsx":
            text = translate(
                "CoversText", "The Excel file is damaged or cut short and cannot be read."
            )
        else:
            text = translate("CoversText", "The file is damaged or cut short and cannot be read.")
        return text + " " + expected
    if reason == "not_a_table":
        text = fill(translate("CoversText", "The file is %1, not a table."), _kind_text(kind))
        return text + " " + expected
    return translate("CoversText", "The file could not be read as a table.") + " " + expected


def model_name(model: str) -> str:
    """A forecast model in words."""
    names = {
        "mean4": translate("CoversText", "Average of the last four weeks"),
        "naive": translate("CoversText", "Same day last week"),
        "profile": translate("CoversText", "Weekday profile with holidays"),
        "ets": translate("CoversText", "Exponential smoothing"),
        "gbm": translate("CoversText", "Gradient boosting"),
        "usual": translate("CoversText", "The canteen's usual covers"),
    }
    return names.get(model, model)


def signed_percent(pct: float) -> str:
    """'+12 %' or '−18 %'."""
    sign = "+" if pct >= 0 else "−"
    return f"{sign}{QLocale().toString(abs(round(pct)))} %"


def effect_text(kind: str, name: str, pct: float, details: dict) -> str:
    """One effect behind a forecast day: '−18 %: autumn holiday, week 42'."""
    if kind == "school_holiday":
        what = fill(translate("CoversText", "school holiday, week %1"), details.get("week", ""))
    elif kind == "day_off":
        what = name or translate("CoversText", "day off")
    elif kind == "before_break":
        what = translate("CoversText", "day before a closure")
    elif kind == "after_break":
        what = translate("CoversText", "day after a closure")
    elif kind == "event":
        what = details.get("description") or event_kind_text(name)
    else:
        what = name or kind
    return f"{signed_percent(pct)}: {what}"


def event_kind_text(kind: str) -> str:
    """An event kind in words."""
    names = {
        "closed": translate("CoversText", "Closed"),
        "course": translate("CoversText", "Course"),
        "operation": translate("CoversText", "Large operation"),
        "visit": translate("CoversText", "Visit"),
        "building_works": translate("CoversText", "Building works"),
        "other": translate("CoversText", "Other"),
    }
    return names.get(kind, kind)


def note_text(code: str, service: str, data: dict) -> str:
    """Something the user should know about a forecast."""
    where = service_text(service).lower()
    if code == "no_history":
        return fill(
            translate("CoversText", "No covers recorded for %1 yet: the usual covers stand in."),
            where,
        )
    if code == "short_history":
        return fill(
            translate(
                "CoversText", "Only %1 days recorded for %2: the forecast is rough until more are."
            ),
            data.get("days", ""),
            where,
        )
    if code == "default_model":
        return fill(
            translate("CoversText", "Too little history for %1 to compare models: %2 is used."),
            where,
            model_name(data.get("model", "")).lower(),
        )
    if code == "screened":
        days = ", ".join(
            fill(translate("CoversText", "%1 on %2"), covers, day_text(day, "weekday"))
            for day, covers in data.get("days", ())
        )
        return fill(
            translate(
                "CoversText",
                "Left out of the %1 forecast as implausible: %2. Correct the number on the "
                "Covers tab, or confirm it there if it is real.",
            ),
            where,
            days,
        )
    return code


def questioned_text(day, service: str, text: str, usual) -> tuple[str, str]:
    """The title and question when a figure is far outside the canteen's usual range."""
    from ui.models.planner import day_label

    title = translate("CoversText", "Unusual number of covers")
    where = service_text(service).lower()
    if usual is None or usual.high == 0:
        seats = "" if usual is None else whole_text(usual.capacity)
        question = translate("CoversText", "The canteen has room for %1. Is %2 covers on %3 right?")
        return title, fill(question, seats, text, day_label(day))
    question = translate(
        "CoversText",
        "The canteen usually has %1–%2 covers at %3. Are %4 covers on %5 right?",
    )
    low, high = whole_text(usual.low), whole_text(usual.high)
    return title, fill(question, low, high, where, text, day_label(day))


def whole_text(number: int) -> str:
    """A whole number as shown in the app (thousands separated)."""
    return QLocale().toString(int(number))
