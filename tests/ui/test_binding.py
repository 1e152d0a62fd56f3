"""The Qt binding in use must not leak references to True on emit (PySide6 6.12.0 did; excluded)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    """A signal to emit."""

    happened = Signal(object)


def test_emitting_keeps_the_reference_count_of_true(qapp):
    emitter = Emitter()
    before = sys.getrefcount(True)
    for number in range(200):  # fewer than True's references: a regression fails, not aborts
        emitter.happened.emit(number)
    assert sys.getrefcount(True) > before - 20
