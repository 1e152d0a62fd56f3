"""The recipe editor: header fields, ingredient lines, live per-portion figures."""
