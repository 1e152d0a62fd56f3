"""The toolbar's site selector: one fixed site, a district's sites, or all sites by district."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.sites import HEADING_ROLE, SITE_ID_ROLE, SiteChoiceModel, choices_for

if TYPE_CHECKING:
    from canteen.services.sites import SiteRow

INDENT_PX = 14


class _IndentedSites(QStyledItemDelegate):
    """Indents sites under their district heading in the drop-down list."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        if not index.data(HEADING_ROLE) and index.model().rowCount() > 0:
            grouped = bool(index.model().index(0, 0).data(HEADING_ROLE))
            if grouped:
                option.rect.adjust(INDENT_PX, 0, 0, 0)


class SiteSelector(QComboBox):
    """Emits `site_chosen(site_id)` when the user picks another site."""

    site_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice_model = SiteChoiceModel(self)
        self.setModel(self.choice_model)
        # The drop-down's delegate is set with the first sites: asking for view() here builds
        # the popup list before the window's first paint (about 5 ms).
        self._delegate_set = False
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(24)
        self.setMaxVisibleItems(20)
        self._filling = False
        self.currentIndexChanged.connect(self._on_current_index_changed)

    def set_sites(self, sites: Sequence[SiteRow], current: str | None, *, fixed: bool) -> None:
        """Offer `sites` (grouped by district when they span several), select `current`."""
        grouped = len({site.district_id for site in sites}) > 1
        if not self._delegate_set:
            self.view().setItemDelegate(_IndentedSites(self))
            self._delegate_set = True
        self._filling = True
        try:
            self.choice_model.set_rows(choices_for(sites, grouped=grouped))
            self.setCurrentIndex(self.choice_model.row_of(current) if current else -1)
        finally:
            self._filling = False
        # The drop-down list is as wide as its longest district name or site.
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 2 * INDENT_PX)
        self.setEnabled(bool(sites) and not fixed and len(sites) > 1)
        if fixed:
            self.setToolTip(self.tr("You are a site user: you see your own canteen only."))
        elif not sites:
            self.setToolTip(self.tr("There are no canteens in this database yet."))
        else:
            self.setToolTip(self.tr("Choose the canteen to show."))

    def select_site(self, site_id: str) -> None:
        """Show `site_id` as selected without emitting `site_chosen`."""
        self._filling = True
        try:
            self.setCurrentIndex(self.choice_model.row_of(site_id))
        finally:
            self._filling = False

    def current_site_id(self) -> str | None:
        """The selected site's id, or None."""
        return self.currentData(SITE_ID_ROLE)

    def _on_current_index_changed(self, _row: int) -> None:
        site_id = self.current_site_id()
        if not self._filling and site_id:
            self.site_chosen.emit(site_id)
