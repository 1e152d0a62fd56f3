"""The 14 allergens in the user's language, and a table model of one dish's allergen profile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from canteen.domain.allergens import (
    ALLERGEN_NUMBERS,
    ALLERGENS,
    Allergen,
    AllergenProfile,
    AllergenStatus,
)

translate = QCoreApplication.translate

# Tints per status: contains and unknown stand out, free from stays plain.
STATUS_COLOURS = {
    AllergenStatus.CONTAINS: QColor("#f6d3cf"),
    AllergenStatus.MAY_CONTAIN: QColor("#fbe7c2"),
    AllergenStatus.UNKNOWN: QColor("#e4e0f4"),
}
STATUS_ROLE = Qt.ItemDataRole.UserRole


def allergen_name(allergen: Allergen | str) -> str:
    """The allergen's everyday name."""
    names = {
        Allergen.GLUTEN: translate("Allergens", "Gluten"),
        Allergen.CRUSTACEANS: translate("Allergens", "Crustaceans"),
        Allergen.EGGS: translate("Allergens", "Eggs"),
        Allergen.FISH: translate("Allergens", "Fish"),
        Allergen.PEANUTS: translate("Allergens", "Peanuts"),
        Allergen.SOYBEANS: translate("Allergens", "Soy"),
        Allergen.MILK: translate("Allergens", "Milk"),
        Allergen.NUTS: translate("Allergens", "Tree nuts"),
        Allergen.CELERY: translate("Allergens", "Celery"),
        Allergen.MUSTARD: translate("Allergens", "Mustard"),
        Allergen.SESAME: translate("Allergens", "Sesame"),
        Allergen.SULPHITES: translate("Allergens", "Sulphites"),
        Allergen.LUPIN: translate("Allergens", "Lupin"),
        Allergen.MOLLUSCS: translate("Allergens", "Molluscs"),
    }
    return names[Allergen(allergen)]


def status_text(status: AllergenStatus | str) -> str:
    """'Contains', 'May contain traces', 'Not known' or 'Free from'."""
    texts = {
        AllergenStatus.CONTAINS: translate("Allergens", "Contains"),
        AllergenStatus.MAY_CONTAIN: translate("Allergens", "May contain traces"),
        AllergenStatus.UNKNOWN: translate("Allergens", "Not known"),
        AllergenStatus.FREE: translate("Allergens", "Free from"),
    }
    return texts[AllergenStatus(status)]


def marks(profile: AllergenProfile | None) -> str:
    """The short marks of the printed menu: '1, 7, (8), 11?' (contains, may contain, unknown)."""
    if profile is None:
        return ""
    parts = []
    for allergen, status in zip(ALLERGENS, profile.statuses, strict=True):
        number = ALLERGEN_NUMBERS[allergen]
        if status == AllergenStatus.CONTAINS:
            parts.append(str(number))
        elif status == AllergenStatus.MAY_CONTAIN:
            parts.append(f"({number})")
        elif status == AllergenStatus.UNKNOWN:
            parts.append(f"{number}?")
    return ", ".join(parts)


def summary(profile: AllergenProfile | None) -> str:
    """One line per status that occurs: 'Contains: Gluten, Milk' … (never 'free' for unknown)."""
    if profile is None:
        return ""
    lines = []
    for status in (AllergenStatus.CONTAINS, AllergenStatus.MAY_CONTAIN, AllergenStatus.UNKNOWN):
        found = profile.having(status)
        if found:
            names = ", ".join(allergen_name(a) for a in found)
            lines.append(f"{status_text(status)}: {names}")
    return "\n".join(lines)


class AllergenModel(QAbstractTableModel):
    """Fourteen rows (number, allergen, status); every status is shown, unknown is never free."""

    COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._profile: AllergenProfile | None = None

    def set_profile(self, profile: AllergenProfile | None) -> None:
        """Show `profile` (None: no dish, every status blank)."""
        self._profile = profile
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(len(ALLERGENS) - 1, 2))

    def profile(self) -> AllergenProfile | None:
        """The profile shown."""
        return self._profile

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(ALLERGENS)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("No."), self.tr("Allergen"), self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(ALLERGENS):
            return None
        allergen = ALLERGENS[index.row()]
        status = self._profile.status(allergen) if self._profile is not None else None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(ALLERGEN_NUMBERS[allergen])
            if column == 1:
                return allergen_name(allergen)
            return status_text(status) if status is not None else "–"
        if role == STATUS_ROLE:
            return status.value if status is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and status in STATUS_COLOURS:
            return QBrush(STATUS_COLOURS[status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
