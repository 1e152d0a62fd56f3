"""Work-arounds for known bugs of the Qt binding, applied once when the `ui` package loads."""

from __future__ import annotations

import sys


def fix_signal_emit_refcount() -> bool:
    """Give back the reference PySide6 6.12.0's `SignalInstance.emit()` steals from True.

    That release returns True from `emit()` without owning a reference, so every emit takes one
    reference from True until the interpreter aborts with "bool_dealloc" (after a few hundred
    emits: progress reports alone get there). From Python 3.12 True is immortal and nothing
    breaks, and other releases do not have the bug; there this does nothing and returns False.
    """
    import PySide6

    if sys.version_info >= (3, 12) or PySide6.__version__ != "6.12.0":
        return False
    import ctypes

    from PySide6.QtCore import SignalInstance

    original = SignalInstance.emit
    if getattr(original, "gives_back_reference", False):
        return True
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self, *args):
        result = original(self, *args)
        if result is True or result is False:
            incref(result)
        return result

    emit.gives_back_reference = True
    SignalInstance.emit = emit
    return True
