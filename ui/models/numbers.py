"""Figures as the user reads them: kroner from øre, shares as per cent, kg CO2e, grams, kJ."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ui.text import fill

translate = QCoreApplication.translate

NONE = "–"


def kroner(ore: int | float | None, decimals: int = 2) -> str:
    """'12,34 kr.' in Danish, 'DKK 12.34' in English; a dash for None."""
    if ore is None:
        return NONE
    amount = QLocale().toString(ore / 100, "f", decimals)
    return fill(translate("Numbers", "DKK %1"), amount)


def percent(share: float | None) -> str:
    """A 0–1 share as '64 %'."""
    if share is None:
        return NONE
    return fill(translate("Numbers", "%1 %"), QLocale().toString(round(share * 100)))


def co2e(kg: float | None) -> str:
    """'1,23 kg CO2e'."""
    if kg is None:
        return NONE
    return fill(translate("Numbers", "%1 kg CO2e"), QLocale().toString(kg, "f", 2))


def grams(value: float | None) -> str:
    """'412 g' (one decimal below 10 g)."""
    if value is None:
        return NONE
    decimals = 1 if value < 10 else 0
    return fill(translate("Numbers", "%1 g"), QLocale().toString(value, "f", decimals))


def kilojoules(value: float | None) -> str:
    """'2.350 kJ (562 kcal)'."""
    if value is None:
        return NONE
    kj = QLocale().toString(round(value))
    kcal = QLocale().toString(round(value / 4.184))
    return fill(translate("Numbers", "%1 kJ (%2 kcal)"), kj, kcal)


def whole(value: int | float | None) -> str:
    """A whole number with the locale's thousands separator."""
    if value is None:
        return NONE
    return QLocale().toString(round(value))


def fixed(value: float, decimals: int) -> str:
    """A number with exactly `decimals` decimals: '9,06'."""
    return QLocale().toString(float(value), "f", decimals)


def decimal(value: float | None, decimals: int = 2) -> str:
    """A number to edit: up to `decimals` decimals, no needless zeros, no thousands mark: '1,5'."""
    if value is None:
        return ""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text
