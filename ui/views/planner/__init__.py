"""The week planner: grid, totals, notices, library panel, undoable edits."""
