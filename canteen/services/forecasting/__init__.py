"""Forecasting use cases, one module each: `site` (forecast a site and store it), `accuracy`
(the accuracy panel's figures), `stored` (stored forecasts beside overrides and actuals),
`history` (a site's recorded covers, screened), `history_files` (files for backtests).

Nothing is imported here, so reading stored forecasts does not load the forecasting models."""
