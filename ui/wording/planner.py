"""The planner's codes in words: warnings, changes since the menu was printed, skipped cells,
and the planner's own input errors. The core gives codes and data; sentences are made here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale

from canteen.domain.numbers import NumberProblem, format_number
from canteen.errors import CanteenError
from canteen.services.menus.rows import MenuChange, PlanWarning
from ui.models.allergens import allergen_name, status_text
from ui.models.planner import day_label, service_text
from ui.models.planner_totals import Notice
from ui.text import fill
from ui.text import language as app_language
from ui.wording.numbers import number_problem_text

translate = QCoreApplication.translate


def print_warning_text(warning: PlanWarning) -> str:
    """A warning shown before printing: 'Man 23.11.: “Frikadeller” is under …'."""
    text = warning_notice(warning).text
    if warning.day is not None:
        text = fill(translate("PlannerText", "%1: %2"), day_label(warning.day), text)
    return text


def warning_notice(warning: PlanWarning) -> Notice:
    """A planner warning as a notice the user can act on."""
    data = warning.data
    code = warning.code
    if code == "no_vegetarian_option":
        text = fill(
            translate("PlannerText", "No vegetarian option at %1."),
            service_text(data.get("service", "")).lower(),
        )
        return Notice(text, warning.day, warning.key, serious=True)
    if code == "meat_on_vegetarian_line":
        text = fill(
            translate("PlannerText", "“%1” is under “%2” but is not vegetarian."),
            data.get("dish", ""),
            data.get("line", ""),
        )
        return Notice(text, warning.day, warning.key, serious=True)
    if code == "recipe_deleted":
        text = fill(
            translate(
                "PlannerText", "“%1” has been deleted from the recipes: choose another dish."
            ),
            data.get("dish", ""),
        )
        return Notice(text, warning.day, warning.key, serious=True)
    if code == "unknown_line":
        text = fill(
            translate(
                "PlannerText", "A dish is planned on the line “%1”, which is no longer used."
            ),
            data.get("line", ""),
        )
        return Notice(text, warning.day, warning.key)
    if code == "missing_prices":
        text = fill(
            translate(
                "PlannerText", "“%1” has ingredients without a price (%2): its cost is too low."
            ),
            data.get("dish", ""),
            ", ".join(data.get("ingredients", ())),
        )
        return Notice(text, warning.day, warning.key)
    if code == "planned_on_day_off":
        text = fill(
            translate("PlannerText", "Dishes are planned on a day off (%1)."), data.get("name", "")
        )
        return Notice(text, warning.day, warning.key, serious=True)
    if code == "printed_menu_out_of_date":
        count = int(data.get("changes", 0))
        text = fill(
            translate(
                "PlannerText", "The printed menu is out of date: print it again (changes: %1)."
            ),
            count,
        )
        return Notice(text, serious=True)
    return Notice(code, warning.day, warning.key)


def _status(value: str) -> str:
    return status_text(value).lower()


def change_text(change: MenuChange, *, with_day: bool = False) -> str:
    """One change since the menu was printed, in words (the day first when asked)."""
    data = change.data
    code = change.code
    where = f"{day_label(change.key.day)}: " if with_day and change.key is not None else ""
    if code == "dish_added":
        text = fill(translate("PlannerText", "“%1” added"), data.get("dish", ""))
    elif code == "dish_removed":
        text = fill(translate("PlannerText", "“%1” removed"), data.get("dish", ""))
    elif code == "dish_replaced":
        text = fill(
            translate("PlannerText", "“%1” replaced by “%2”"),
            data.get("before", ""),
            data.get("after", ""),
        )
    elif code == "dish_renamed":
        text = fill(
            translate("PlannerText", "“%1” renamed to “%2”"),
            data.get("before", ""),
            data.get("after", ""),
        )
    elif code == "dish_allergen_changed":
        text = fill(
            translate("PlannerText", "“%1”: %2 changed from “%3” to “%4”"),
            data.get("dish", ""),
            allergen_name(data["allergen"]).lower(),
            _status(data["before"]),
            _status(data["after"]),
        )
    elif code == "ingredient_added":
        text = fill(
            translate("PlannerText", "“%1”: ingredient %2 added"),
            data.get("dish", ""),
            data.get("ingredient", ""),
        )
    elif code == "ingredient_removed":
        text = fill(
            translate("PlannerText", "“%1”: ingredient %2 removed"),
            data.get("dish", ""),
            data.get("ingredient", ""),
        )
    elif code == "ingredient_allergen_changed":
        text = fill(
            translate("PlannerText", "“%1”: %2 in %3 changed from “%4” to “%5”"),
            data.get("dish", ""),
            allergen_name(data["allergen"]).lower(),
            data.get("ingredient", ""),
            _status(data["before"]),
            _status(data["after"]),
        )
    elif code == "fingerprint_unreadable":
        text = translate(
            "PlannerText", "What was printed cannot be read back: print the menu again to be sure."
        )
    else:
        text = code
    return where + text


def skipped_summary(skipped: Iterable[PlanWarning]) -> str:
    """What a copy or a cycle left alone, one line per reason (empty when nothing was)."""
    skipped = list(skipped)
    lines = []
    days_off = [w for w in skipped if w.code == "day_off"]
    for warning in days_off:
        lines.append(
            fill(
                translate("PlannerText", "%1: holiday (%2), left empty"),
                day_label(warning.day),
                warning.data.get("name", ""),
            )
        )
    for warning in (w for w in skipped if w.code == "closed"):
        reason = warning.data.get("name") or translate("PlannerText", "closed")
        lines.append(
            fill(translate("PlannerText", "%1: %2, left empty"), day_label(warning.day), reason)
        )
    counts = Counter(w.code for w in skipped)
    if counts["cell_kept"]:
        lines.append(
            fill(
                translate("PlannerText", "Cells already planned, and kept: %1."),
                counts["cell_kept"],
            )
        )
    if counts["unknown_line"]:
        lines.append(
            fill(
                translate(
                    "PlannerText", "Dishes left out because their menu line is no longer used: %1."
                ),
                counts["unknown_line"],
            )
        )
    deleted = counts["recipe_deleted"] + counts["unknown_recipe"]
    if deleted:
        lines.append(
            fill(
                translate("PlannerText", "Dishes left out because their recipe is deleted: %1."),
                deleted,
            )
        )
    return "\n".join(lines)


def input_error_text(error: CanteenError) -> str:
    """A planner input error (a week, portions, a cycle) as the sentence shown where it was typed."""
    data = error.data
    reason = data.get("reason")
    if reason == "no_such_week" or (reason is None and "weeks" in data and "week" in data):
        return fill(
            translate("PlannerText", "%1 has no week %2 (its last week is %3)."),
            data.get("year", ""),
            data.get("week", ""),
            data.get("weeks", ""),
        )
    if reason == "not_a_week":
        return translate(
            "PlannerText", "Write a week such as “week 48”, “48 2027” or a date such as 23.11.2026."
        )
    if reason == "not_a_date":
        return translate("PlannerText", "That date does not exist.")
    if data.get("field") == "planned_portions":
        language = app_language()
        if isinstance(error, NumberProblem):
            return number_problem_text(error, language)
        if reason == "negative":
            return translate("PlannerText", "Portions cannot be negative.")
        if reason == "too_large":
            return fill(
                translate(
                    "PlannerText", "More than %1 portions is not plausible: check the number."
                ),
                format_number(data.get("limit", 0), language),
            )
        return translate("PlannerText", "Write the portions as a whole number, e.g. 120.")
    if reason == "recipe_deleted":
        return translate("PlannerText", "The recipe has been deleted and cannot be planned.")
    if reason == "unknown_recipe":
        return translate("PlannerText", "The recipe no longer exists. Press F5 to refresh.")
    if reason == "empty_cell":
        return translate("PlannerText", "There is no dish in that cell.")
    if reason == "nothing_planned":
        return translate("PlannerText", "Nothing is planned in those weeks.")
    if reason == "required":
        return translate("PlannerText", "Give it a name.")
    if reason == "too_small":
        return translate("PlannerText", "A cycle has at least one week.")
    if reason == "before_first":
        return translate("PlannerText", "The last day comes before the first.")
    if reason == "too_long":
        return translate("PlannerText", "That is more than two years: check the dates.")
    if reason == "out_of_range":
        return fill(translate("PlannerText", "The cycle has weeks 1 to %1."), data.get("weeks", ""))
    if reason == "unknown_line":
        return translate("PlannerText", "That menu line does not exist at this canteen.")
    return fill(translate("PlannerText", "This was not accepted (%1)."), error)


def week_heading(week) -> str:
    """'Week 48 · 23–29 November 2026' (Danish: 'Uge 48 · 23.–29. november 2026')."""

    days = week.days(7)
    first, last = days[0], days[-1]
    locale = QLocale()
    month = locale.standaloneMonthName(last.month)
    if app_language() == "da":
        month = month.lower()
    if first.month == last.month:
        span = fill(translate("PlannerText", "%1–%2 %3 %4"), first.day, last.day, month, last.year)
    else:
        first_month = locale.standaloneMonthName(first.month)
        if app_language() == "da":
            first_month = first_month.lower()
        span = fill(
            translate("PlannerText", "%1 %2 – %3 %4 %5"),
            first.day,
            first_month,
            last.day,
            month,
            last.year,
        )
    return fill(translate("PlannerText", "Week %1 · %2"), week.week, span)
