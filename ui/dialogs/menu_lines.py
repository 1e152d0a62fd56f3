"""The canteen's menu lines: add, rename, move, switch off or remove them, per service."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen.db.models.org import SERVICES
from canteen.errors import ValidationError
from canteen.services import menus
from canteen.services.menus import MenuLineDraft, MenuLineRow
from ui.models.menu_lines import MenuLinesModel
from ui.models.planner import service_text
from ui.text import ERROR_STYLE

if TYPE_CHECKING:
    from canteen.db.engine import Database


def code_for(name: str) -> str:
    """A line code made from its name: 'Dagens ret' -> 'dagens_ret' (ø/æ/å spelled out)."""
    text = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:20] or "line"


class MenuLineForm(QDialog):
    """One line's name, English name, service, vegetarian and in-use flags; saves on OK."""

    def __init__(
        self,
        database: Database,
        site_id: str,
        line: MenuLineRow | None,
        position: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.site_id, self.line, self.position = database, site_id, line, position
        self.setWindowTitle(self.tr("Menu line") if line else self.tr("New menu line"))
        self.name_edit = QLineEdit(line.name if line else "")
        self.name_en_edit = QLineEdit(line.name_en if line else "")
        self.service_combo = QComboBox()
        for service in SERVICES:
            self.service_combo.addItem(service_text(service), service)
        self.service_combo.setCurrentIndex(SERVICES.index(line.service if line else "lunch"))
        self.vegetarian_check = QCheckBox(self.tr("This line is the &vegetarian option"))
        self.vegetarian_check.setChecked(bool(line and line.vegetarian))
        self.active_check = QCheckBox(self.tr("In &use (shown in the planner)"))
        self.active_check.setChecked(line.active if line else True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&English name:"), self.name_en_edit)
        form.addRow(self.tr("&Service:"), self.service_combo)
        form.addRow(self.vegetarian_check)
        form.addRow(self.active_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        name = self.name_edit.text()
        draft = MenuLineDraft(
            code=self.line.code if self.line else code_for(name),
            name=name,
            name_en=self.name_en_edit.text(),
            service=self.service_combo.currentData(),
            position=self.line.position if self.line else self.position,
            vegetarian=self.vegetarian_check.isChecked(),
            active=self.active_check.isChecked(),
            id=self.line.id if self.line else None,
        )
        try:
            menus.save_menu_line(self.database, self.site_id, draft)
        except ValidationError as error:
            reason = error.data.get("reason")
            if reason == "duplicate_code":
                text = self.tr("The canteen already has a line with that name.")
            elif reason == "required" or not name.strip():
                text = self.tr("Give the line a name.")
            else:
                text = self.tr("The name must contain letters or digits.")
            self.error_label.setText(text)
            self.error_label.show()
            self.name_edit.setFocus()
            return
        super().accept()


class MenuLinesDialog(QDialog):
    """The site's lines in a table; changes are saved as they are made."""

    def __init__(self, database: Database, site_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.site_id = database, site_id
        self.form: MenuLineForm | None = None
        self.setWindowTitle(self.tr("Menu lines"))
        self.model = MenuLinesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_line)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.add_button.clicked.connect(self.add_line)
        self.edit_button.clicked.connect(self.edit_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.up_button.clicked.connect(lambda: self.move_line(-1))
        self.down_button.clicked.connect(lambda: self.move_line(1))
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        note = QLabel(
            self.tr(
                "Lines not in use are hidden in the planner; dishes already planned on a "
                "removed line stay and are pointed out."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 380)
        self.reload()

    def reload(self, select_code: str | None = None) -> None:
        """Read the lines again, keeping the selected one selected."""
        current = self._current()
        wanted = select_code or (current.code if current else None)
        self.model.set_rows(
            menus.list_menu_lines(self.database, self.site_id, include_inactive=True)
        )
        row = next((i for i, x in enumerate(self.model.rows()) if x.code == wanted), 0)
        if self.model.rowCount():
            self.table.selectRow(row)

    def _current(self) -> MenuLineRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _open_form(self, line: MenuLineRow | None) -> None:
        form = MenuLineForm(self.database, self.site_id, line, self.model.rowCount(), self)
        form.accepted.connect(lambda: self.reload(form.line.code if form.line else None))
        form.finished.connect(form.deleteLater)
        self.form = form
        form.open()

    def add_line(self) -> None:
        """A new line at the end."""
        self._open_form(None)

    def edit_line(self) -> None:
        """Change the selected line."""
        line = self._current()
        if line is not None:
            self._open_form(line)

    def remove_line(self) -> None:
        """Remove the selected line (its planned dishes stay, flagged)."""
        line = self._current()
        if line is not None:
            menus.remove_menu_line(self.database, self.site_id, line.id)
            self.reload()

    def move_line(self, step: int) -> None:
        """Move the selected line up or down within its service."""
        line = self._current()
        if line is None:
            return
        same = [x for x in self.model.rows() if x.service == line.service]
        at = same.index(line)
        target = at + step
        if not 0 <= target < len(same):
            return
        same[at], same[target] = same[target], same[at]
        menus.reorder_menu_lines(self.database, self.site_id, [x.code for x in same])
        self.reload(line.code)
