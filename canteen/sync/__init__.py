"""Sync between a canteen PC and the central server (see docs/sync.md)."""
