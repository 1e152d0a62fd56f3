"""Persistence: SQLAlchemy 2 typed models, engine and session setup, migrations."""
