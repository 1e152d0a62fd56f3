"""The one check every editing page makes: a district or central PC shows its data read-only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui import messages

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.context import AppContext

translate = QCoreApplication.translate


def refuse_edit(context: AppContext, parent: QWidget | None) -> bool:
    """True (after saying why) when this PC may not change data; pages return at once then."""
    if not context.read_only():
        return False
    messages.inform(
        parent,
        translate("ReadOnly", "Read-only PC"),
        translate(
            "ReadOnly",
            "This is a district or central PC: it shows the canteens' data but cannot change it.",
        ),
        translate("ReadOnly", "Changes are made on the canteen's own PC and arrive here by sync."),
    )
    return True


def refuse_edit_here(widget: QWidget | None) -> bool:
    """`refuse_edit` for a widget deep in a page: the context is the main window's."""
    window = widget.window() if widget is not None else None
    context = getattr(window, "context", None)
    return context is not None and refuse_edit(context, widget)
