"""Holiday names come in the country's own language, whatever the process locale."""

from __future__ import annotations

import subprocess
import sys


def test_danish_names_under_an_english_locale():
    code = (
        "from datetime import date; from canteen.domain.calendar import day_off; "
        "print(day_off(date(2026, 12, 24)).name)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"LANG": "C.UTF-8", "LANGUAGE": "en", "PATH": ""},
    )
    assert done.stdout.strip() == "Juleaftensdag"
