"""Errors: domain errors become clear messages, anything else a crash dialog; nothing is lost."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from canteen.errors import DatabaseProblem, NotFoundError, ReadOnlyError, ValidationError
from ui import errors, messages


@pytest.fixture
def reporter(monkeypatch, qapp):
    """The app's excepthook installed for one test (the previous hooks come back afterwards)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr("threading.excepthook", __import__("threading").excepthook)
    errors.setup_logging()
    hook = errors.install()
    yield hook
    if hook.dialog is not None:
        hook.dialog.close()
    hook.window = None


@pytest.fixture
def form(qtbot):
    """A window with a field the user has typed into and a button whose slot has a bug."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    widget.name_edit = QLineEdit()
    widget.save_button = QPushButton("Save")
    widget.save_button.clicked.connect(lambda: {}["no such key"])
    layout.addWidget(widget.name_edit)
    layout.addWidget(widget.save_button)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.keyClicks(widget.name_edit, "Frikadeller med kartofler")
    return widget


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_in_a_slot_shows_the_crash_dialog_and_keeps_the_input(
    qtbot, reporter, form
):
    reporter.window = form
    with qtbot.waitSignal(reporter.crash_shown) as shown:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    dialog = shown.args[0]
    assert dialog.isVisible()
    assert "Traceback (most recent call last)" in dialog.details()
    assert "KeyError: 'no such key'" in dialog.details()
    assert form.isVisible()
    assert form.name_edit.text() == "Frikadeller med kartofler"


def test_the_crash_is_logged_and_the_details_can_be_copied(qtbot, reporter):
    try:
        raise RuntimeError("boom in the kitchen")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    dialog = reporter.dialog
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "RuntimeError: boom in the kitchen" in QGuiApplication.clipboard().text()
    logged = errors.log_path().read_text(encoding="utf-8")
    assert "RuntimeError: boom in the kitchen" in logged
    assert str(errors.log_path()) in dialog.log_label.text()


def test_several_errors_share_one_dialog(reporter):
    for text in ("first", "second"):
        error = ValueError(text)
        sys.excepthook(ValueError, error, None)
    assert "ValueError: first" in reporter.dialog.details()
    assert "ValueError: second" in reporter.dialog.details()


def test_an_error_in_a_plain_thread_reaches_the_gui_thread(qtbot, reporter):
    import threading

    worker = threading.Thread(target=lambda: 1 / 0)
    with qtbot.waitSignal(reporter.crash_shown, timeout=5000):
        worker.start()
        worker.join()
    assert "ZeroDivisionError" in reporter.dialog.details()


def test_a_domain_error_reaching_the_hook_is_a_message_not_a_crash(reporter, message_boxes):
    error = NotFoundError("no such site", site_id="x")
    sys.excepthook(type(error), error, None)
    assert reporter.dialog is None or not reporter.dialog.isVisible()
    assert message_boxes[0].text == "What you asked for no longer exists."


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (ValidationError("bad", field="quantity"), "does not fit the rules"),
        (NotFoundError("gone"), "no longer exists"),
        (ReadOnlyError("central"), "can only be changed centrally"),
    ],
)
def test_each_domain_error_has_its_own_wording(error, expected, message_boxes, qapp):
    errors.report(error)
    assert expected in message_boxes[-1].text
    assert error.code in message_boxes[-1].details


def test_an_area_can_word_its_own_error_code(message_boxes, qapp):
    class OrderTooSmall(ValidationError):
        code = "order_too_small"

    messages.register_error_text(
        "order_too_small", lambda e: (f"Order at least {e.data['minimum']} kr.", "")
    )
    errors.report(OrderTooSmall("too small", minimum=500))
    assert message_boxes[-1].text == "Order at least 500 kr."


REASONS = {
    "missing": "does not exist",
    "not_sqlite": "is not a canteen database",
    "read_only": "cannot be written to",
    "locked": "in use by another program",
    "too_new": "newer version of the program",
    "migration_failed": "could not be updated",
}


@pytest.mark.parametrize("reason", sorted(REASONS))
def test_every_database_problem_is_explained_with_the_file_named(reason, qapp):
    problem = DatabaseProblem("x", reason=reason, path="/data/kantine.db", backup="/data/b.db")
    title, text, hint = messages.describe_error(problem)
    assert title == "The database cannot be used"
    assert REASONS[reason] in text
    assert "/data/kantine.db" in text
    assert hint


def test_a_failed_migration_says_where_the_backup_is(qapp):
    problem = DatabaseProblem(
        "x", reason="migration_failed", path="/d/k.db", backup="/d/k.before-0002.db"
    )
    _, _, hint = messages.describe_error(problem)
    assert "/d/k.before-0002.db" in hint
    without = DatabaseProblem("x", reason="migration_failed", path="/d/k.db")
    assert "No backup copy" in messages.describe_error(without)[2]
