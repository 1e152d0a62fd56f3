"""The central sync server (docs/sync.md)."""
