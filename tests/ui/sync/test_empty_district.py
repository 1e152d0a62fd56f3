"""A district PC enrolled for a district without canteens says so, with the district's name."""

from __future__ import annotations

import pytest

from canteen.domain.ids import new_id
from canteen.sync.server import central as central_writes
from tests.ui.sync.conftest import open_file
from tests.ui.sync.test_sync_page import enroll

pytestmark = pytest.mark.postgres


def test_a_district_pc_of_an_empty_district_names_it_and_says_what_to_do(
    qtbot, window, server, central, fresh_file
):
    empty = new_id()
    with central.begin() as connection:
        central_writes.write(
            connection, "district", {"id": empty, "code": "D9", "name": "Bornholms Politi"}
        )
    database = fresh_file("district")
    enroll(server, central, database, scope="district", district_id=empty)
    open_file(qtbot, window, database)
    page = window.show_area("overview")
    qtbot.waitUntil(lambda: "Bornholms Politi" in page.message_label.text(), timeout=10_000)
    text = page.message_label.text()
    assert "has no canteens yet" in text
    assert "ask central IT" in text
    assert page.message_label.isVisibleTo(page)
    assert window.context.sites == ()
