"""The one background helper: results, errors, progress and cancel come back as GUI signals."""

from __future__ import annotations

import inspect
import threading

import pytest
from PySide6.QtCore import QObject, QRunnable, QThread

from canteen.errors import ValidationError
from ui import workers
from ui.workers import run_task


def test_the_result_arrives_on_the_gui_thread(qtbot):
    seen = {}

    def job():
        seen["job thread"] = threading.get_ident()
        return 42

    task = run_task(job)
    with qtbot.waitSignal(task.succeeded) as result:
        pass
    assert result.args == [42]
    assert seen["job thread"] != threading.get_ident()


def test_callbacks_run_in_the_gui_thread(qtbot):
    threads = []
    task = run_task(lambda: "done", on_result=lambda _: threads.append(QThread.currentThread()))
    qtbot.waitSignal(task.finished).wait()
    assert threads == [QThread.currentThread()]


def test_an_error_arrives_as_a_signal_with_its_traceback(qtbot):
    def job():
        raise KeyError("missing")

    task = run_task(job, on_error=lambda error: None)
    with qtbot.waitSignal(task.failed) as failed:
        pass
    error = failed.args[0]
    assert isinstance(error, KeyError)
    assert error.__traceback__ is not None


def test_a_domain_error_without_handler_becomes_a_message(qtbot, message_boxes):
    def job():
        raise ValidationError("negative quantity", field="quantity")

    task = run_task(job)
    qtbot.waitSignal(task.finished).wait()
    assert [box.title for box in message_boxes] == ["The action could not be completed"]
    assert "does not fit the rules" in message_boxes[0].text
    assert "invalid_input: negative quantity" in message_boxes[0].details


def test_progress_is_reported_and_cancel_stops_the_job(qtbot):
    started, may_go_on = threading.Event(), threading.Event()
    steps = []

    def job(progress, should_cancel):
        progress(1, 10)
        started.set()
        may_go_on.wait(5)
        for step in range(2, 11):
            if should_cancel():
                return "stopped early"
            progress(step, 10)
            steps.append(step)
        return "finished"

    task = run_task(job, reports_progress=True)
    with qtbot.waitSignal(task.progressed) as first:
        pass
    assert first.args == [1, 10]
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled), qtbot.assertNotEmitted(task.succeeded):
        task.cancel()
        may_go_on.set()
    assert steps == []


def test_drain_waits_until_every_outcome_was_delivered(qtbot):
    results = []
    for number in range(5):
        run_task(lambda number=number: number * 2, on_result=results.append)
    assert workers.drain()
    assert sorted(results) == [0, 2, 4, 6, 8]
    assert workers.running_tasks() == 0


def test_no_class_is_both_a_runnable_and_a_qobject():
    classes = [value for _, value in inspect.getmembers(workers, inspect.isclass)]
    mixed = [c for c in classes if issubclass(c, QRunnable) and issubclass(c, QObject)]
    assert mixed == []
    assert any(issubclass(c, QRunnable) for c in classes)


@pytest.mark.parametrize("bad", [SystemExit(3), MemoryError()])
def test_even_base_exceptions_come_back_instead_of_killing_the_pool(qtbot, bad):
    def job():
        raise bad

    task = run_task(job, on_error=lambda error: None)
    with qtbot.waitSignal(task.failed) as failed:
        pass
    assert failed.args[0] is bad
