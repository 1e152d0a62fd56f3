"""The cells of the printed weekly menu: dish names with their marks, line and day heads."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from canteen.domain.allergens import ALLERGEN_NUMBERS, AllergenProfile
from canteen.reports.document import ACCENT, GREEN, INK, MUTED
from canteen.reports.fonts import BOLD, ITALIC, REGULAR
from canteen.reports.labels import ReportLabels, number, short_date
from canteen.reports.menu_rows import MenuDay, MenuDish, MenuLineHeading

# More unknown allergens than this print as one "?" (the legend says: several not declared).
MAX_LISTED_UNKNOWN = 3
# Allergen numbers are printed this much smaller than the dish name, never below MARKS_FLOOR pt.
MARKS_SCALE = 0.8
MARKS_FLOOR = 6.0


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


def dishes_fit(
    dishes: Sequence[MenuDish], labels: Sequence[ReportLabels], size: float, room: float
) -> bool:
    """Whether every word of these dishes' names fits `room` points at `size` (none cut mid-word)."""
    return all(
        stringWidth(word, REGULAR, size) <= room - 3
        for dish in dishes
        for lab in labels
        for word in dish_name(dish, lab).replace("-", "- ").split()
    )


def line_name(heading: MenuLineHeading, labels: ReportLabels) -> str:
    """The menu line's name in the label set's language (Danish when there is no English name)."""
    if labels.language == "en" and heading.name_en:
        return heading.name_en
    return heading.name


class CellStyles:
    """The paragraph styles of one attempt at a dish-name font size."""

    def __init__(self, size: float) -> None:
        self.size = size
        self.marks_size = max(MARKS_FLOOR, size * MARKS_SCALE)
        self.dish = paragraph_style("dish", size, leading=size * 1.12, embeddedHyphenation=1)
        self.second = paragraph_style(
            "second",
            size * 0.8,
            fontName=ITALIC,
            textColor=MUTED,
            leading=size * 0.8 * 1.12,
            embeddedHyphenation=1,
        )
        self.line = paragraph_style("line", size * 0.85, fontName=BOLD, textColor=ACCENT)
        self.line_second = paragraph_style("line2", size * 0.7, fontName=ITALIC, textColor=MUTED)
        self.head = paragraph_style("head", size, fontName=BOLD, textColor=colors.white)
        self.head_second = paragraph_style(
            "head2", size * 0.75, textColor=colors.HexColor("#dbe6f1"), leading=size * 0.86
        )
        self.note = paragraph_style(
            "note", size * 0.9, fontName=ITALIC, textColor=MUTED, alignment=TA_CENTER
        )


def mark_text(dish: MenuDish, labels: ReportLabels, styles: CellStyles, flags) -> str:
    """The marks after a dish name: allergen numbers in black, then organic share and CO2e."""
    organic, co2e = flags
    parts = []
    marks = allergen_marks(dish.allergens)
    if marks:
        # Full black: the numbers are what an allergic guest reads from across the room.
        parts.append(f'<font color="#000000">{escape(marks)}</font>')
    if organic and dish.organic_share:
        share = number(dish.organic_share * 100, 0, labels)
        parts.append(f'<font color="{GREEN.hexval()}">Ø&nbsp;{share}&nbsp;%</font>')
    if co2e and dish.co2e_kg is not None:
        value = number(dish.co2e_kg, 1, labels)
        parts.append(f'<font color="{MUTED.hexval()}">{value}&nbsp;kg&nbsp;CO<sub>2</sub>e</font>')
    if not parts:
        return ""
    return f'&nbsp; <font size="{styles.marks_size:.1f}">{"&nbsp; ".join(parts)}</font>'


def dish_paragraphs(
    dish: MenuDish, styles: CellStyles, labels: Sequence[ReportLabels], flags
) -> list[Flowable]:
    """A dish's name with its marks after it, then its name in the other language if different."""
    first = dish_name(dish, labels[0])
    text = escape(first) + mark_text(dish, labels[0], styles, flags)
    cell: list[Flowable] = [Paragraph(text, styles.dish)]
    for extra in labels[1:]:
        second = dish_name(dish, extra)
        if second != first:
            cell.append(Paragraph(escape(second), styles.second))
    return cell


def dish_cell(
    dishes: Sequence[MenuDish], styles: CellStyles, labels: Sequence[ReportLabels], flags
) -> list[Flowable]:
    """The dishes of one line on one day, one under the other."""
    cell: list[Flowable] = []
    for index, dish in enumerate(dishes):
        if index:
            cell.append(Spacer(1, styles.size * 0.3))
        cell += dish_paragraphs(dish, styles, labels, flags)
    return cell


def line_cell(
    heading: MenuLineHeading, styles: CellStyles, labels: Sequence[ReportLabels]
) -> list[Flowable]:
    """The line's name, and below it the name in the other language when different."""
    names = [line_name(heading, lab) for lab in labels]
    cell = [Paragraph(escape(names[0]), styles.line)]
    cell += [Paragraph(escape(n), styles.line_second) for n in names[1:] if n != names[0]]
    return cell


def day_head(
    menu_day: MenuDay, styles: CellStyles, labels: Sequence[ReportLabels], width: float
) -> list[Flowable]:
    """'Mandag 30.11.' on one line when it fits; the weekday never breaks (it shrinks instead).

    In two languages the other weekday follows on the same line when there is room for it
    (a portrait day block), else on a line of its own below (a landscape column).
    """
    weekday = menu_day.day.isoweekday() - 1
    first = labels[0]
    name = first.weekdays[weekday]
    size = min(styles.head.fontSize, (width - 10) / stringWidth(name, BOLD, 1))
    head = ParagraphStyle("head_fit", parent=styles.head, fontSize=size, leading=size * 1.15)
    small = styles.head_second
    when = short_date(menu_day.day, first)
    others = " · ".join(lab.weekdays[weekday] for lab in labels[1:])
    font = f'<font name="{REGULAR}" size="{small.fontSize:.1f}" color="{small.textColor.hexval()}">'
    one_line = stringWidth(name, BOLD, size) + stringWidth(
        f" {when} · {others}", REGULAR, small.fontSize
    )
    if others and one_line <= width - 10:
        return [Paragraph(f"{escape(name)} {font}{escape(when)} · {escape(others)}</font>", head)]
    cell = [Paragraph(f"{escape(name)} {font}{escape(when)}</font>", head)]
    if others:
        cell.append(Paragraph(escape(others), styles.head_second))
    return cell


def closed_note(menu_day: MenuDay, styles: CellStyles, labels: Sequence[ReportLabels]) -> Paragraph:
    """'Lukket' and the reason (a holiday's name) for a day without dishes."""
    closed = " / ".join(dict.fromkeys(lab.closed for lab in labels))
    note = f"<br/>{escape(menu_day.note)}" if menu_day.note else ""
    return Paragraph(f"{escape(closed)}{note}", styles.note)
