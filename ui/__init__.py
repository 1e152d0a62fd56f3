"""The PySide6 desktop app: windows, views, item models, dialogs and workers."""
