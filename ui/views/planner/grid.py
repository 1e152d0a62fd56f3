"""The planner grid: a table of dishes that takes drops and is fully usable from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.models.planner import DETAIL_ROLE, PROBLEM_COLOUR, PROBLEM_ROLE, WEIGHT_ROLE

PADDING = 4


class DishDelegate(QStyledItemDelegate):
    """Paints a dish as its name (up to two lines) over a small grey line of portions and marks."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        name, detail = options.text, index.data(DETAIL_ROLE) or ""
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget
            )
        if not name:
            return
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_colour = options.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        if index.data(PROBLEM_ROLE) and not selected:
            text_colour = PROBLEM_COLOUR
        rect = options.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        small = options.font
        small.setPointSizeF(max(6.0, options.font.pointSizeF() * 0.85))
        small_metrics = QFontMetrics(small)
        name_rect = QRect(
            rect.left(), rect.top(), rect.width(), rect.height() - small_metrics.height()
        )
        painter.save()
        font = index.data(Qt.ItemDataRole.FontRole) or options.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        metrics = QFontMetrics(font)
        lines = max(1, (name_rect.height() + metrics.leading()) // metrics.lineSpacing())
        painter.drawText(
            name_rect,
            # Wrapped here, not by Qt, so the name never runs into the detail line.
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            _elided(name, metrics, name_rect.width(), lines),
        )
        painter.setFont(small)
        muted = options.palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText,
        )
        painter.setPen(muted)
        detail_rect = QRect(
            rect.left(),
            rect.bottom() - small_metrics.height(),
            rect.width(),
            small_metrics.height() + 1,
        )
        painter.drawText(
            detail_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(110, metrics.lineSpacing() * 2 + int(metrics.height() * 0.9) + 2 * PADDING + 2)


def _elided(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """Word-wrapped text cut to `lines` lines, the last one ending in an ellipsis if it is cut."""
    words, out, current = text.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
        else:
            out.append(current)
            current = word
    out.append(current)
    if len(out) <= lines:
        return "\n".join(out)
    kept = out[: lines - 1]
    rest = " ".join(out[lines - 1 :])
    kept.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return "\n".join(kept)


class PlanGrid(QTableView):
    """Enter (or typing) asks for a recipe, Delete clears, Insert adds a dish, F2 edits portions;
    Ctrl+X/C/V move and copy dishes. The view only asks; the planner does the editing."""

    choose_requested = Signal(QModelIndex, str)
    clear_requested = Signal(QModelIndex)
    add_requested = Signal(QModelIndex)
    portions_requested = Signal(QModelIndex)
    cut_requested = Signal(QModelIndex)
    copy_requested = Signal(QModelIndex)
    paste_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(DishDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        # A drop overwrites the target cell; the source is never removed by the view itself.
        self.setDragDropOverwriteMode(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(48)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(
            self.itemDelegate().sizeHint(self.viewOptions(), QModelIndex()).height()
        )
        vertical.setMaximumWidth(150)

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self.fit_columns)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width among the days by their weight (empty weekend days get less)."""
        model = self.model()
        count = model.columnCount() if model is not None else 0
        if not count:
            return
        weights = [
            model.headerData(c, Qt.Orientation.Horizontal, WEIGHT_ROLE) or 1.0 for c in range(count)
        ]
        width = self.viewport().width()
        total = sum(weights)
        used = 0
        header = self.horizontalHeader()
        for column, weight in enumerate(weights):
            size = int(width * weight / total) if column < count - 1 else width - used
            header.resizeSection(column, max(header.minimumSectionSize(), size))
            used += size

    def viewOptions(self) -> QStyleOptionViewItem:
        """The default item options (font and palette of the view)."""
        options = QStyleOptionViewItem()
        self.initViewItemOption(options)
        return options

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if index.isValid():
            control = modifiers == Qt.KeyboardModifier.ControlModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers:
                self.choose_requested.emit(index, "")
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not modifiers:
                self.clear_requested.emit(index)
                return
            if key == Qt.Key.Key_Insert and not modifiers:
                self.add_requested.emit(index)
                return
            if key == Qt.Key.Key_F2 and not modifiers:
                self.portions_requested.emit(index)
                return
            if control and key == Qt.Key.Key_X:
                self.cut_requested.emit(index)
                return
            if control and key == Qt.Key.Key_C:
                self.copy_requested.emit(index)
                return
            if control and key == Qt.Key.Key_V:
                self.paste_requested.emit(index)
                return
            text = event.text()
            no_command = not modifiers & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if no_command and text and text.isprintable() and not text.isspace():
                self.choose_requested.emit(index, text)
                return
        super().keyPressEvent(event)
