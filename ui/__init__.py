"""The PySide6 desktop app: main window, views, item models, dialogs, workers, settings."""

from ui.compat import fix_signal_emit_refcount

fix_signal_emit_refcount()
