"""Restored copies, resets, purge and the reset-loop guard (SYNC.md §6.9; F20, F21, F22)."""

from __future__ import annotations

import json
import shutil
import time
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from sqlalchemy import text

from canteen.db.lifecycle import open_database
from canteen.db.models import Headcount
from canteen.sync import state
from canteen.sync.client import SyncClient
from canteen.sync.errors import SyncProblem
from canteen.sync.server.purge import purge

from .proto_helpers import Recording, headcount, local_value, make_site, post, server_value

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def site(central):
    return make_site(central, "RS")[1]


def copy_file(db, to):
    """A file copy as a backup tool makes it (connections closed, WAL folded in)."""
    db.engine.dispose()
    shutil.copy(db.path, to)


def restore_file(db, backup):
    db.engine.dispose()
    for suffix in ("-wal", "-shm"):
        db.path.with_name(db.path.name + suffix).unlink(missing_ok=True)
    shutil.copy(backup, db.path)
    return open_database(db.path)


def outbox(db):
    with db.engine.connect() as connection:
        return connection.execute(
            text("SELECT row_id, state, last_error FROM _sync_outbox ORDER BY seq")
        ).all()


def reset_done(db):
    with db.engine.connect() as connection:
        return state.get(connection, state.RESET_DONE)


def test_f20_a_restored_old_copy_resets_and_overwrites_nothing(enrolled, central, site, tmp_path):
    db, client = enrolled("f20", "site", site_id=site)
    row = headcount(db, site, date(2026, 6, 1), 10)
    client.cycle()
    headcount(db, site, date(2026, 6, 1), 20)  # still pending when the backup is taken
    copy_file(db, tmp_path / "backup.db")
    client.cycle()
    headcount(db, site, date(2026, 6, 1), 30)
    later = headcount(db, site, date(2026, 6, 2), 5)
    assert client.cycle().clean

    restored = restore_file(db, tmp_path / "backup.db")
    recorder = Recording()
    again = SyncClient(restored, transport=recorder)
    again.cycle()
    # The week-old 20 was refused, the server keeps 30, and the copy converged to it.
    pushed = [
        r["status"]
        for path, _, _, answer in recorder.seen
        if path == "push"
        for r in answer["results"]
    ]
    assert pushed == ["replay_refused"]
    assert server_value(central, row) == 30
    assert (local_value(restored, row), local_value(restored, later)) == (30, 5)
    assert [tuple(e)[1:] for e in outbox(restored)] == [("rejected", "replay_refused")]
    assert recorder.bodies("pull")[0]["cursor"].endswith(":0")
    assert reset_done(restored).endswith(":restored")
    # New work on the restored file numbers past the server's high_seq and goes through.
    headcount(restored, site, date(2026, 6, 1), 40)
    assert again.cycle().rejected == 0
    assert server_value(central, row) == 40
    # No second reset: the next pull continues from the cursor.
    assert not recorder.bodies("pull")[-1]["cursor"].endswith(":0")


def test_f21_long_offline_pulls_in_pages(enrolled, central, site, record_property):
    a, a_client = enrolled("f21-away", "site", site_id=site)
    b, b_client = enrolled("f21-busy", "site", site_id=site)
    start = date(2026, 7, 1)
    for day in range(30):
        headcount(b, site, start + timedelta(days=day), 100 + day)
    for day in range(0, 30, 3):
        headcount(b, site, start + timedelta(days=day), 200 + day)
    b_client.cycle()
    recorder = Recording()
    began = time.perf_counter()
    SyncClient(a, transport=recorder, page_size=8).cycle()
    record_property("pull_seconds", round(time.perf_counter() - began, 3))
    sizes = [len(json.dumps(answer)) for p, _, _, answer in recorder.seen if p == "pull"]
    record_property("pull_bytes", sum(sizes))
    assert len(sizes) >= 4  # 30 rows at 8 a page
    assert local_value(a, Headcount.id_for(site, start + timedelta(days=27), "lunch")) == 227
    assert local_value(a, Headcount.id_for(site, start + timedelta(days=29), "lunch")) == 129


def test_f21_below_the_purge_horizon_resets_and_keeps_pending(enrolled, central, server, site):
    a, a_client = enrolled("f21-a", "site", site_id=site)
    b, b_client = enrolled("f21-b", "site", site_id=site)
    mine = headcount(a, site, date(2026, 8, 1), 1)
    gone = headcount(b, site, date(2026, 8, 2), 2)
    a_client.cycle()
    b_client.cycle()
    a_client.cycle()
    assert local_value(a, gone) == 2
    # A goes offline with a change; B deletes a row; much later the server purges.
    headcount(a, site, date(2026, 8, 1), 11)
    with b.sessions.begin() as session:
        session.get(Headcount, gone).deleted_at = datetime.now(UTC)
    b_client.cycle()
    with central.begin() as connection:
        done = purge(connection, days=30, at=datetime.now(UTC) + timedelta(days=40))
    assert done.deleted >= 1
    assert server_value(central, gone) is None
    # Below the horizon: a pull from an old cursor is refused with 409 must_reset.
    epoch = post(server, b, "/hello", {}).json()["epoch"]
    refused = post(server, b, "/pull", {"cursor": f"e{epoch}:1"})
    assert refused.status_code == 409
    assert refused.json() == {"must_reset": True, "reason": "purged", "epoch": epoch + 1}

    recorder = Recording()
    result = SyncClient(a, transport=recorder).cycle()
    assert (result.pushed, result.clean) == (1, True)  # the pending change went first
    assert server_value(central, mine) == local_value(a, mine) == 11
    with a.engine.connect() as connection:
        assert (
            connection.execute(
                text("SELECT count(*) FROM headcount WHERE id = :r"), {"r": gone}
            ).scalar()
            == 0
        )
    assert any(body["cursor"].endswith(":0") for body in recorder.bodies("pull"))
    assert reset_done(a).endswith(":purged")


class Insisting(httpx.HTTPTransport):
    """The real server, except that it keeps demanding a reset."""

    def __init__(self, where: str, epoch: int | None = None) -> None:
        super().__init__()
        self.where, self.epoch, self.paths = where, epoch, []

    def handle_request(self, request):
        response = super().handle_request(request)
        path = request.url.path.rsplit("/", 1)[-1]
        self.paths.append(path)
        if path != self.where:
            return response
        response.read()
        if path == "hello":
            answer = response.json()
            answer["must_reset"] = {"reason": "restored", "epoch": answer["epoch"]}
            return httpx.Response(200, json=answer)
        return httpx.Response(409, json={"must_reset": True, "reason": "purged", "epoch": 7})


def test_f22_a_hello_that_keeps_demanding_resets_once_then_stops(enrolled, site):
    db, _ = enrolled("f22-hello", "site", site_id=site)
    insisting = Insisting("hello")
    client = SyncClient(db, transport=insisting)
    client.cycle()  # the first demand: one reset
    assert insisting.paths.count("pull") >= 1
    insisting.paths.clear()
    with pytest.raises(SyncProblem) as problem:
        client.cycle()
    assert problem.value.reason == "reset_loop"
    assert insisting.paths == ["hello"]  # stopped before any push or pull


def test_f22_a_pull_that_keeps_answering_409_stops(enrolled, site):
    db, _ = enrolled("f22-pull", "site", site_id=site)
    row = headcount(db, site, date(2026, 9, 1), 3)
    insisting = Insisting("pull")
    with pytest.raises(SyncProblem) as problem:
        SyncClient(db, transport=insisting).cycle()
    assert problem.value.reason == "reset_loop"
    # The first pull and two resets' first pages: each answered 409, so no reset completed.
    assert insisting.paths == ["hello", "push", "pull", "pull", "pull"]
    # The change was pushed before the reset; nothing pending was lost, nothing was cleared.
    assert outbox(db) == []
    assert local_value(db, row) == 3


class CutResetPull(httpx.HTTPTransport):
    """The real server, but the second page of a reset's pull (cursor at a new epoch's start
    and after) never arrives, as on a line that drops."""

    def __init__(self) -> None:
        super().__init__()
        self.reset_pages = 0

    def handle_request(self, request):
        if request.url.path.endswith("/pull") and self.reset_pages is not None:
            cursor = json.loads(request.content)["cursor"]
            if cursor.endswith(":0") or self.reset_pages:
                self.reset_pages += 1
                if self.reset_pages == 2:
                    self.reset_pages = None  # cut once
                    raise httpx.ReadError("connection lost")
        return super().handle_request(request)


def test_a_cut_reset_keeps_the_old_rows_until_the_whole_pull_is_in(enrolled, central, tmp_path):
    site_id = make_site(central, "RC")[1]
    db, client = enrolled("cut-reset", "site", site_id=site_id)
    rows = [headcount(db, site_id, date(2026, 5, day), day) for day in range(1, 8)]
    assert client.cycle().clean
    copy_file(db, tmp_path / "backup.db")
    headcount(db, site_id, date(2026, 5, 1), 50)  # the server moves past the copy
    assert client.cycle().clean

    restored = restore_file(db, tmp_path / "backup.db")
    cut = SyncClient(restored, transport=CutResetPull(), page_size=3)
    with pytest.raises(SyncProblem) as problem:
        cut.cycle()
    assert problem.value.reason == "unreachable"
    # Nothing of the reset was written: the copy's rows and its own site row are all there,
    # so the canteen manager can go on working.
    assert [local_value(restored, row) for row in rows] == list(range(1, 8))
    late = headcount(restored, site_id, date(2026, 5, 20), 9)
    assert reset_done(restored) is None

    # The cut cycle already numbered new changes past the server's high_seq, so the late
    # entry is taken; the server no longer sees a rolled-back counter, but its epoch moved,
    # so the reset still happens (reason: the epoch).
    assert cut.cycle().clean
    assert reset_done(restored) is not None
    assert local_value(restored, rows[0]) == 50  # the server's copy after the reset
    assert server_value(central, late) == local_value(restored, late) == 9


def test_a_malformed_cursor_is_refused_with_422(enrolled, server, site):
    db, _ = enrolled("bad-cursor", "site", site_id=site)
    for cursor in (-1, 10**19, "e1", "e1:-3", "x:1", "١٢", "e" * 41):
        assert post(server, db, "/pull", {"cursor": cursor}).status_code == 422, cursor


class TypingDuringDownload(httpx.HTTPTransport):
    """The real server; while a reset's first page downloads, the canteen manager enters a
    headcount (`typing` is called once, before that request is sent)."""

    def __init__(self, typing) -> None:
        super().__init__()
        self.typing = typing

    def handle_request(self, request):
        pull = request.url.path.endswith("/pull") and self.typing is not None
        if pull and json.loads(request.content)["cursor"].endswith(":0"):
            self.typing, typing = None, self.typing
            typing()
        return super().handle_request(request)


def test_what_is_entered_while_a_reset_downloads_is_kept_and_sent(enrolled, central, tmp_path):
    site_id = make_site(central, "RT")[1]
    db, client = enrolled("typing-reset", "site", site_id=site_id)
    old = headcount(db, site_id, date(2026, 4, 1), 1)
    assert client.cycle().clean
    copy_file(db, tmp_path / "backup.db")
    headcount(db, site_id, date(2026, 4, 1), 2)
    assert client.cycle().clean

    restored = restore_file(db, tmp_path / "backup.db")
    typed = []
    transport = TypingDuringDownload(
        lambda: typed.append(headcount(restored, site_id, date(2026, 4, 9), 77))
    )
    reset_cycle = SyncClient(restored, transport=transport).cycle()
    assert reset_done(restored) is not None
    assert reset_cycle.pending == 1  # entered after the push: it waits, it is not 'reset'
    assert local_value(restored, typed[0]) == 77
    assert local_value(restored, old) == 2  # the server's copy replaced the stale one
    assert SyncClient(restored).cycle().clean
    assert server_value(central, typed[0]) == 77
