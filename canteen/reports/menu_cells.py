"""The cells of the printed weekly menu: dish names, allergen and eco marks, line and day heads."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from canteen.domain.allergens import ALLERGEN_NUMBERS
from canteen.domain.portion import AllergenProfile
from canteen.reports.document import ACCENT, GREEN, INK, MUTED
from canteen.reports.fonts import BOLD, ITALIC, REGULAR
from canteen.reports.labels import ReportLabels, number, short_date
from canteen.reports.menu_rows import MenuDay, MenuDish

# More unknown allergens than this print as one "?" (the legend says: several not declared).
MAX_LISTED_UNKNOWN = 3


def allergen_marks(profile: AllergenProfile) -> str:
    """'1, 3, 7, (8), 4?': contains, may contain (in brackets), unknown (with ?), never free."""
    marks = [str(ALLERGEN_NUMBERS[a]) for a in profile.contains]
    marks += [f"({ALLERGEN_NUMBERS[a]})" for a in profile.may_contain]
    unknown = profile.unknown
    if len(unknown) > MAX_LISTED_UNKNOWN:
        marks.append("?")
    else:
        marks += [f"{ALLERGEN_NUMBERS[a]}?" for a in unknown]
    return ", ".join(marks)


def paragraph_style(name: str, size: float, **kw) -> ParagraphStyle:
    """A paragraph style in the report font, ink colour and a 1.18 leading unless overridden."""
    base = {"fontName": REGULAR, "fontSize": size, "leading": size * 1.18, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


def dish_name(dish: MenuDish, labels: ReportLabels) -> str:
    """The dish's name in the label set's language (Danish when there is no English name)."""
    if labels.language == "en" and dish.name_en:
        return dish.name_en
    return dish.name


class CellStyles:
    """The paragraph styles of one attempt at a font size."""

    def __init__(self, size: float) -> None:
        self.dish = paragraph_style("dish", size, embeddedHyphenation=1)
        self.second = paragraph_style(
            "second", size * 0.78, fontName=ITALIC, textColor=MUTED, embeddedHyphenation=1
        )
        self.marks = paragraph_style(
            "marks", size * 0.68, textColor=ACCENT, leading=size * 0.68 * 1.25
        )
        self.line = paragraph_style("line", size * 0.82, fontName=BOLD, textColor=ACCENT)
        self.line_second = paragraph_style("line2", size * 0.66, fontName=ITALIC, textColor=MUTED)
        self.head = paragraph_style("head", size * 0.95, fontName=BOLD, textColor=colors.white)
        self.head_second = paragraph_style(
            "head2", size * 0.66, textColor=colors.HexColor("#dbe6f1"), leading=size * 0.8
        )
        self.note = paragraph_style(
            "note", size * 0.9, fontName=ITALIC, textColor=MUTED, alignment=TA_CENTER
        )
        self.size = size


def mark_lines(dish: MenuDish, labels: ReportLabels, organic: bool, co2e: bool) -> list[str]:
    """The small lines under a dish: its allergen numbers, then organic share and CO2e."""
    lines = []
    marks = allergen_marks(dish.allergens)
    if marks:
        lines.append(escape(marks))
    eco = []
    if organic and dish.organic_share:
        share = number(dish.organic_share * 100, 0, labels)
        eco.append(f'<font color="{GREEN.hexval()}">Ø&nbsp;{share}&nbsp;%</font>')
    if co2e and dish.co2e_kg is not None:
        value = number(dish.co2e_kg, 1, labels)
        eco.append(f'<font color="{MUTED.hexval()}">{value}&nbsp;kg&nbsp;CO<sub>2</sub>e</font>')
    if eco:
        lines.append("&nbsp;&nbsp; ".join(eco))
    return lines


def dish_names(
    dish: MenuDish, styles: CellStyles, labels: Sequence[ReportLabels]
) -> list[Flowable]:
    first = dish_name(dish, labels[0])
    cell: list[Flowable] = [Paragraph(escape(first), styles.dish)]
    for extra in labels[1:]:
        second = dish_name(dish, extra)
        if second != first:
            cell.append(Paragraph(escape(second), styles.second))
    return cell


def dish_marks(dish: MenuDish, styles: CellStyles, labels, flags) -> list[Flowable]:
    return [Paragraph(line, styles.marks) for line in mark_lines(dish, labels[0], *flags)]


def inline_dishes(dishes: Sequence[MenuDish], styles: CellStyles, labels, flags) -> list[Flowable]:
    """A line's dishes in one flowing paragraph, each with its marks after the name
    (portrait rows are wide and should stay one or two text lines high)."""
    size = styles.marks.fontSize
    parts = []
    for dish in dishes:
        text = escape(dish_name(dish, labels[0]))
        marks = "&nbsp;&nbsp; ".join(mark_lines(dish, labels[0], *flags))
        if marks:
            text += f'&nbsp;&nbsp; <font size="{size:.1f}" color="{ACCENT.hexval()}">{marks}</font>'
        parts.append(text)
    separator = f' <font color="{MUTED.hexval()}">·</font> '
    cell: list[Flowable] = [Paragraph(separator.join(parts), styles.dish)]
    for extra in labels[1:]:
        names = [dish_name(d, extra) for d in dishes]
        if names != [dish_name(d, labels[0]) for d in dishes]:
            cell.append(Paragraph(escape(" · ".join(names)), styles.second))
    return cell


def dish_cell(
    dishes: Sequence[MenuDish], styles: CellStyles, labels: Sequence[ReportLabels], flags
) -> list[Flowable]:
    cell: list[Flowable] = []
    for index, dish in enumerate(dishes):
        if index:
            cell.append(Spacer(1, styles.size * 0.35))
        cell += dish_names(dish, styles, labels)
        cell += dish_marks(dish, styles, labels, flags)
    return cell


def line_cell(heading, styles: CellStyles, labels: Sequence[ReportLabels]) -> list[Flowable]:
    names = [
        heading.name_en if lab.language == "en" and heading.name_en else heading.name
        for lab in labels
    ]
    cell = [Paragraph(escape(names[0]), styles.line)]
    cell += [Paragraph(escape(n), styles.line_second) for n in names[1:] if n != names[0]]
    return cell


def day_head(
    menu_day: MenuDay, styles: CellStyles, labels: Sequence[ReportLabels], width: float
) -> list[Flowable]:
    weekday = menu_day.day.isoweekday() - 1
    first = labels[0]
    # Weekday names never break: the size shrinks to the column's longest name instead.
    longest = max(stringWidth(name, BOLD, 1) for name in first.weekdays)
    size = min(styles.head.fontSize, (width - 12) / longest)
    head = ParagraphStyle("head_fit", parent=styles.head, fontSize=size, leading=size * 1.18)
    cell = [Paragraph(escape(first.weekdays[weekday]), head)]
    below = [short_date(menu_day.day, first)]
    below += [lab.weekdays[weekday] for lab in labels[1:]]
    cell.append(Paragraph(escape(" · ".join(below)), styles.head_second))
    return cell


def closed_note(menu_day: MenuDay, styles: CellStyles, labels: Sequence[ReportLabels]) -> Paragraph:
    closed = " / ".join(lab.closed for lab in labels)
    note = f"<br/>{escape(menu_day.note)}" if menu_day.note else ""
    return Paragraph(f"{escape(closed)}{note}", styles.note)
