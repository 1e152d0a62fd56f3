"""Print the weekly menu: language, orientation and marks; preview, print or save as PDF.

The PDF is built in the background by the core's report builder; the preview and the printer
get its pages painted through QtPdf. Printing or saving records what the menu showed (the
allergen evidence), so the planner knows when the printed menu goes out of date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QWidget

from ui import settings
from ui.dialogs.pdf_print import PdfPrintDialog
from ui.text import fill

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.domain.weeks import IsoWeek
    from canteen.services.menus import MenuPrint


@dataclass(frozen=True)
class PrintChoice:
    """How the menu is printed."""

    language: str = "da"
    orientation: str = "landscape"
    organic: bool = False
    co2e: bool = False


@dataclass(frozen=True)
class BuiltMenu:
    """A built weekly menu: the PDF, the fingerprint of what it shows, and its warnings."""

    pdf: bytes
    fingerprint: str
    week: IsoWeek
    warnings: tuple = ()


def check_menu(database: Database, site_id: str, week: IsoWeek) -> MenuPrint:
    """The week's menu and what to warn about (runs in a worker thread)."""
    from canteen.services.menus import prepare_weekly_menu

    return prepare_weekly_menu(database, site_id, week, today=date.today())


def build_menu_pdf(
    database: Database, site_id: str, week: IsoWeek, choice: PrintChoice
) -> BuiltMenu:
    """The job behind the dialog (runs in a worker thread)."""
    from canteen.services.menus import render_weekly_menu

    job = check_menu(database, site_id, week)
    pdf = render_weekly_menu(
        job,
        choice.language,
        orientation=choice.orientation,
        show_organic=choice.organic,
        show_co2e=choice.co2e,
    )
    return BuiltMenu(pdf, job.fingerprint, week, job.warnings)


class PrintMenuDialog(PdfPrintDialog):
    """Options, then Preview (default), Print or Save as PDF; `printed` fires once recorded."""

    def __init__(
        self, database: Database, site_id: str, week: IsoWeek, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database, self.site_id, self.week = database, site_id, week
        self.setWindowTitle(fill(self.tr("Print the menu for week %1"), str(week.week)))

        self.language_combo = QComboBox()
        for code, label in (
            ("da", self.tr("Danish")),
            ("en", self.tr("English")),
            ("both", self.tr("Danish and English")),
        ):
            self.language_combo.addItem(label, code)
        self.orientation_combo = QComboBox()
        self.orientation_combo.addItem(self.tr("Landscape (days across)"), "landscape")
        self.orientation_combo.addItem(self.tr("Portrait (days down)"), "portrait")
        self.organic_check = QCheckBox(self.tr("Show each dish's &organic share"))
        self.co2e_check = QCheckBox(self.tr("Show each dish's &climate footprint (kg CO2e)"))
        self._select(self.language_combo, settings.get(settings.MENU_PRINT_LANGUAGE))
        self._select(self.orientation_combo, settings.get(settings.MENU_PRINT_ORIENTATION))
        self.organic_check.setChecked(settings.get(settings.MENU_PRINT_ORGANIC))
        self.co2e_check.setChecked(settings.get(settings.MENU_PRINT_CO2E))

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Orientation:"), self.orientation_combo)
        form.addRow(self.organic_check)
        form.addRow(self.co2e_check)
        self.layout_.addLayout(form)
        self.finish_layout()

    @property
    def menu(self) -> BuiltMenu | None:
        """The last menu built."""
        return self.result_

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def choice(self) -> PrintChoice:
        """The options as chosen."""
        return PrintChoice(
            self.language_combo.currentData(),
            self.orientation_combo.currentData(),
            self.organic_check.isChecked(),
            self.co2e_check.isChecked(),
        )

    def _remember(self, choice: PrintChoice) -> None:
        settings.put(settings.MENU_PRINT_LANGUAGE, choice.language)
        settings.put(settings.MENU_PRINT_ORIENTATION, choice.orientation)
        settings.put(settings.MENU_PRINT_ORGANIC, choice.organic)
        settings.put(settings.MENU_PRINT_CO2E, choice.co2e)

    def job(self) -> Callable[[], BuiltMenu]:
        """Build the menu with the chosen options (remembered for next time)."""
        choice = self.choice()
        self._remember(choice)
        return partial(build_menu_pdf, self.database, self.site_id, self.week, choice)

    def check_job(self) -> Callable[[], MenuPrint]:
        """Find the warnings to show before printing."""
        return partial(check_menu, self.database, self.site_id, self.week)

    def busy_text(self) -> str:
        """Shown while the menu is made."""
        return self.tr("Making the menu…")

    def empty_text(self) -> str:
        """Shown when the week has no dishes."""
        return self.tr("Nothing is planned this week: there is no menu to print.")

    def doc_name(self) -> str:
        """The print job's name."""
        return fill(self.tr("Menu week %1"), str(self.week.week))

    def file_name(self) -> str:
        """The suggested file name."""
        return fill(self.tr("menu-week-%1.pdf"), f"{self.week.week:02d}")

    def save_title(self) -> str:
        """The save dialog's title."""
        return self.tr("Save the menu as PDF")

    def failed_title(self) -> str:
        """When the file cannot be written."""
        return self.tr("The menu was not saved")

    def _record(self) -> None:
        from canteen.services.menus import record_printed

        record_printed(self.database, self.site_id, self.menu.week, self.menu.fingerprint)
        self.printed.emit()
