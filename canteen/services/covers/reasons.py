"""Why a typed or imported covers figure is refused: stable codes the GUI and the CLI word."""

from __future__ import annotations

from datetime import date

EARLIEST = date(2000, 1, 1)
MAX_COVERS = 100_000

BAD_DATE = "bad_date"
DATE_OUT_OF_RANGE = "date_out_of_range"
IN_FUTURE = "in_future"
MISSING_DATE = "missing_date"
MISSING_COUNT = "missing_count"
NOT_A_NUMBER = "not_a_number"
AMBIGUOUS_NUMBER = "ambiguous_number"
NEGATIVE = "negative"
NOT_WHOLE = "not_whole"
TOO_LARGE = "too_large"
DUPLICATE_DAY = "duplicate_day"
DUPLICATE_ENTRY = "duplicate_entry"
UNKNOWN_SERVICE = "unknown_service"
OTHER_SITE = "other_site"
SERVICE_NOT_OFFERED = "service_not_offered"
# Far outside the site's own range: saved only once the user confirms it is real.
IMPLAUSIBLE = "implausible"
