"""Covers forecasting: candidate models, backtests and intervals (no Qt, no database)."""
