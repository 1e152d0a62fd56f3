"""Item model for the site selector: sites grouped under their district's heading."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

if TYPE_CHECKING:
    from canteen.services.sites import SiteRow

SITE_ID_ROLE = Qt.ItemDataRole.UserRole
HEADING_ROLE = Qt.ItemDataRole.UserRole + 1


class SiteChoice(NamedTuple):
    """A row of the selector: a district heading (not selectable) or a site."""

    is_heading: bool
    label: str
    site_id: str | None = None


def choices_for(sites: Sequence[SiteRow], *, grouped: bool) -> list[SiteChoice]:
    """Selector rows for `sites` (already ordered by district and name)."""
    rows: list[SiteChoice] = []
    district = None
    for site in sites:
        if grouped and site.district_id != district:
            district = site.district_id
            rows.append(SiteChoice(True, site.district_name))
        rows.append(SiteChoice(False, f"{site.name} ({site.code})", site.id))
    return rows


class SiteChoiceModel(QAbstractTableModel):
    """One column; district headings are bold and cannot be chosen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SiteChoice] = []

    def set_rows(self, rows: Sequence[SiteChoice]) -> None:
        """Show `rows`."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, site_id: str) -> int:
        """The row showing `site_id`, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.site_id == site_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].is_heading:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label
        if role == SITE_ID_ROLE:
            return row.site_id
        if role == Qt.ItemDataRole.FontRole and row.is_heading:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.is_heading:
            # Headings cannot be chosen, but they should read as headings, not as greyed out.
            return QGuiApplication.palette().brush(QPalette.ColorRole.WindowText)
        if role == HEADING_ROLE:
            return row.is_heading
        return None
