"""The PySide6 desktop app: main window, views, item models, dialogs, workers, settings."""
