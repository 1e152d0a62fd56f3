"""ui.models."""
