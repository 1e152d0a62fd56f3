"""Every message box of the app, and how a domain error is worded for the user.

Boxes are built here and shown with `exec()`, so tests patch `QMessageBox.exec` in one place.
`set_headless(callback)` replaces every box by a call (the smoke test uses it: no dialogs).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from canteen import __version__
from canteen.errors import CanteenError, DatabaseProblem
from ui.text import fill

translate = QCoreApplication.translate

# Button roles for `choose`, by name (the Qt enums are looked up only when a box is built).
ACCEPT, REJECT, ACTION = "accept", "reject", "action"

# Set by the smoke test: called as headless(title, text) instead of showing anything.
_headless: Callable[[str, str], None] | None = None


def set_headless(callback: Callable[[str, str], None] | None) -> None:
    """Route every message to `callback(title, text)` instead of a dialog (None: show dialogs)."""
    global _headless
    _headless = callback


def headless() -> Callable[[str, str], None] | None:
    """The callback that replaces dialogs, or None when dialogs are shown."""
    return _headless


def _box(
    parent: QWidget | None,
    icon: str,
    title: str,
    text: str,
    informative: str = "",
    details: str = "",
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(getattr(QMessageBox.Icon, icon))
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    return box


def _show(box: QMessageBox) -> None:
    if _headless is not None:
        _headless(box.windowTitle(), "\n".join(filter(None, (box.text(), box.informativeText()))))
        return
    box.exec()


def inform(parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
    """A message with an OK button."""
    box = _box(parent, "Information", title, text, informative)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _show(box)


def warn(
    parent: QWidget | None, title: str, text: str, informative: str = "", details: str = ""
) -> None:
    """A warning with an OK button; `details` go behind a "Show details" button."""
    box = _box(parent, "Warning", title, text, informative, details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _show(box)


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: Sequence[tuple[str, str, str]],
    *,
    informative: str = "",
    default: str | None = None,
) -> str | None:
    """Ask the user to pick one of `choices` (key, label, ACCEPT/REJECT/ACTION); the key or None."""
    box = _box(parent, "Warning", title, text, informative)
    roles = {
        ACCEPT: QMessageBox.ButtonRole.AcceptRole,
        REJECT: QMessageBox.ButtonRole.RejectRole,
        ACTION: QMessageBox.ButtonRole.ActionRole,
    }
    buttons = {}
    for key, label, role in choices:
        button = box.addButton(label, roles[role])
        buttons[button] = key
        if key == default:
            box.setDefaultButton(button)
    if _headless is not None:
        _show(box)
        return None
    box.exec()
    return buttons.get(box.clickedButton())


def show_error(parent: QWidget | None, error: CanteenError) -> None:
    """A domain error as a clear message in the user's language, the technical text as details."""
    title, text, informative = describe_error(error)
    warn(parent, title, text, informative, details=f"{error.code}: {error}")


# Wordings for error codes other areas define: code -> function(error) -> (text, informative).
_ERROR_TEXTS: dict[str, Callable[[CanteenError], tuple[str, str]]] = {}


def register_error_text(code: str, describe: Callable[[CanteenError], tuple[str, str]]) -> None:
    """Let an area word its own error code (text and informative text, both translated)."""
    _ERROR_TEXTS[code] = describe


def describe_error(error: CanteenError) -> tuple[str, str, str]:
    """The (title, text, informative) the user sees for a domain error."""
    if isinstance(error, DatabaseProblem):
        text, informative = database_problem_text(error)
        return translate("Messages", "The database cannot be used"), text, informative
    title = translate("Messages", "The action could not be completed")
    if error.code in _ERROR_TEXTS:
        return (title, *_ERROR_TEXTS[error.code](error))
    if error.code == "invalid_input":
        text = translate("Messages", "What was entered does not fit the rules of the program.")
        return title, text, translate("Messages", "Check the entries and try again.")
    if error.code == "not_found":
        text = translate("Messages", "What you asked for no longer exists.")
        informative = translate(
            "Messages",
            "It may have been deleted, perhaps on another computer. Press F5 to refresh.",
        )
        return title, text, informative
    if error.code == "read_only":
        text = translate(
            "Messages", "This is shared master data, which can only be changed centrally."
        )
        informative = translate(
            "Messages", "Make a copy for your own canteen if you need a different version."
        )
        return title, text, informative
    text = translate("Messages", "The program could not do what you asked.")
    return title, text, translate("Messages", "The details below say what went wrong.")


def database_problem_text(error: DatabaseProblem) -> tuple[str, str]:
    """Why the database file cannot be used, and what the user can do, for each reason."""
    path = error.path
    reason = error.reason
    if reason == "missing":
        text = fill(translate("Messages", "The database file %1 does not exist."), path)
        hint = translate("Messages", "Choose another file, or create a new database.")
    elif reason == "not_sqlite":
        text = fill(translate("Messages", "The file %1 is not a canteen database."), path)
        hint = translate(
            "Messages", "Perhaps the wrong file was chosen. The file has not been changed."
        )
    elif reason == "read_only":
        text = fill(translate("Messages", "The database file %1 cannot be written to."), path)
        hint = translate(
            "Messages",
            "Check that the file and its folder are not read-only and that you are allowed "
            "to change them.",
        )
    elif reason == "locked":
        text = fill(translate("Messages", "The database %1 is in use by another program."), path)
        hint = translate(
            "Messages",
            "Perhaps the canteen program is already open on this computer. Close the other "
            "program and try again.",
        )
    elif reason == "too_new":
        text = fill(
            translate("Messages", "The database %1 was made by a newer version of the program."),
            path,
        )
        hint = translate(
            "Messages",
            "Install the newest version of the program to open it. The file has not been changed.",
        )
    elif reason == "migration_failed":
        text = fill(
            translate("Messages", "The database %1 could not be updated to this version."), path
        )
        backup = error.data.get("backup")
        if backup:
            hint = fill(
                translate(
                    "Messages",
                    "A copy of the database from before the update was saved here:\n%1\n"
                    "Keep that copy and contact support.",
                ),
                str(backup),
            )
        else:
            hint = translate(
                "Messages", "No backup copy was made. Keep the file as it is and contact support."
            )
    else:
        text = fill(translate("Messages", "The database %1 cannot be opened."), path)
        hint = translate("Messages", "The file has not been changed.")
    return text, hint


def database_problem(parent: QWidget | None, error: DatabaseProblem, *, can_quit: bool) -> str:
    """Say why the database cannot be used; the answer is 'open_other' or 'quit'/'cancel'."""
    title, text, informative = describe_error(error)
    give_up = (
        ("quit", translate("Messages", "Quit"), REJECT)
        if can_quit
        else ("cancel", translate("Messages", "Keep the current database"), REJECT)
    )
    choices = [
        ("open_other", translate("Messages", "Open another file…"), ACCEPT),
        give_up,
    ]
    answer = choose(parent, title, text, choices, informative=informative, default="open_other")
    return answer or give_up[0]


def about(parent: QWidget | None) -> None:
    """The about box: what the app is, and its version."""
    title = translate("Messages", "About Kantine")
    text = fill(translate("Messages", "Kantine %1"), __version__)
    informative = translate(
        "Messages",
        "Menus, covers and forecasts, ordering and cost follow-up for the canteens of the "
        "Danish police. Each canteen keeps its data on its own PC and works offline; "
        "synchronisation shares it with the district and central staff.",
    )
    box = _box(parent, "Information", title, text, informative)
    icon = QApplication.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _show(box)
