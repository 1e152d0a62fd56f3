"""The parts of the covers and forecast area: the week grid, events, and the forecast."""
