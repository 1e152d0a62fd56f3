"""Sync figures on loopback (SYNC.md §7.5): first pull, client page apply, a site's week of
changes pushed (server push apply), and the no-op cycle.

Usage: python bench/sync_bench.py [--demo-file FILE] [--repeat 3] [--changes 14000] [--push-only]
--push-only skips the first pull, client apply and no-op figures and also pushes --changes new
rows (inserts). Push figures quote the server process's CPU seconds too. A throwaway PostgreSQL (fsync on) is started; the server runs as `canteen server` in a subprocess.
The central database gets the 3-site, 1-year demo (from --demo-file, a `canteen demo` file, when
given). Prints medians of --repeat runs and the hardware. The week's cycle is split into the
server's side (time inside requests, loopback included) and the client's (the rest), with the
outbox's `build_batch` and `take_answer` apart.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx
from sqlalchemy import text

from bench.sync_common import hardware, median, new_central, p95, postgres, roundtrip_ms, server
from canteen.db.capture import applying_remote
from canteen.db.lifecycle import open_database
from canteen.db.models import Headcount
from canteen.sync import outbox
from canteen.sync.apply import apply_page
from canteen.sync.client import SyncClient
from canteen.sync.server import devices
from canteen.sync.server.demo import copy_file, generate_file
from canteen.sync.server.setup import server_engine

TODAY = date(2026, 11, 25)


class Recorder(httpx.HTTPTransport):
    """Records every request: path, seconds, bytes sent, body bytes and bytes on the wire."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, float, int, int, int]] = []
        self.bodies: list[bytes] = []
        self.keep_bodies = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter()
        response = super().handle_request(request)
        body = response.read()
        seconds = time.perf_counter() - started
        sent = len(request.content)
        # On the wire: gzip when the server compressed the answer, else the body itself.
        wire = response.num_bytes_downloaded
        self.calls.append((request.url.path.rsplit("/", 1)[-1], seconds, sent, len(body), wire))
        if self.keep_bodies:
            self.bodies.append(body)
        return response

    def take(self) -> list[tuple[str, float, int, int, int]]:
        """The calls so far, forgetting them."""
        calls, self.calls = self.calls, []
        return calls


def enroll(folder: Path, name: str, engine, base: str, site_id: str, recorder: Recorder):
    """A new site PC file enrolled with the server (not yet synced)."""
    db = open_database(folder / f"{name}.db", create=True)
    with engine.begin() as connection:
        code = devices.make_code(connection, "site", site_id)
    client = SyncClient(db, transport=recorder)
    client.enroll(base, code, label=name)
    return db, client


def first_pull(folder, engine, base, site_id, recorder, repeat: int) -> list[bytes]:
    """Enroll a PC and pull its site's history, --repeat times; returns one run's page bodies."""
    seconds, rows = [], 0
    for run in range(repeat):
        recorder.keep_bodies = run == 0
        db, client = enroll(folder, f"first{run}", engine, base, site_id, recorder)
        started = time.perf_counter()
        result = client.cycle()
        seconds.append(time.perf_counter() - started)
        rows = result.pulled
        calls = recorder.take()
        db.dispose()
    raw = sum(c[3] for c in calls)
    zipped = sum(c[4] for c in calls)
    print(
        f"first pull of one site (3x1 demo): {rows:,} rows, median {median(seconds):.2f} s, "
        f"{rows / median(seconds):,.0f} rows/s end to end; {len(calls)} requests; "
        f"{raw / 1e6:.1f} MB of JSON, {zipped / 1e6:.1f} MB on the wire"
    )
    recorder.keep_bodies = False
    return recorder.bodies


def client_apply(folder: Path, bodies: list[bytes], repeat: int) -> None:
    """Pull pages written into a fresh SQLite file (capture suppressed), without the network."""
    import json

    pages = [json.loads(b)["changes"] for b in bodies if b.startswith(b'{"changes"')]
    rows = sum(len(p) for p in pages)
    seconds = []
    for run in range(repeat):
        db = open_database(folder / f"apply{run}.db", create=True)
        started = time.perf_counter()
        for page in pages:
            with db.engine.begin() as connection, applying_remote(connection):
                apply_page(connection, page)
        seconds.append(time.perf_counter() - started)
        db.dispose()
    print(
        f"client pull apply: {rows:,} rows in {len(pages)} pages, median {median(seconds):.2f} s, "
        f"{rows / median(seconds):,.0f} rows/s (target >= 10,000)"
    )


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cluster_cpu(url: str) -> float:
    """CPU seconds used so far by the PostgreSQL cluster's processes (postmaster and children)."""
    folder = Path(url.rsplit("host=", 1)[1])
    postmaster = int((folder / "data" / "postmaster.pid").read_text().split()[0])
    children = Path(f"/proc/{postmaster}/task/{postmaster}/children").read_text().split()
    total = 0.0
    for pid in [postmaster, *map(int, children)]:
        with contextlib.suppress(FileNotFoundError):  # a backend that just ended
            total += cpu_seconds(pid)
    return total


def push_figures(kind: str, pushed: int, totals, push_seconds, cpu) -> None:
    """Print one push measurement: end to end, inside the push requests, server CPU."""
    print(
        f"{kind}: {pushed:,} rows pushed in batches of 500, cycle median "
        f"{median(totals):.2f} s ({pushed / median(totals):,.0f} rows/s end to end)"
    )
    print(
        f"server push apply, {kind} (1 device, batches of 500, time inside the push requests): "
        f"{pushed / median(push_seconds):,.0f} rows/s (runs: "
        + ", ".join(f"{pushed / s:,.0f}" for s in push_seconds)
        + f"); server CPU {median([c[0] for c in cpu]):.2f} s, PostgreSQL CPU "
        f"{median([c[1] for c in cpu]):.2f} s (target >= 2,000)"
    )


def new_rows(db, client, recorder, site_id: str, changes: int, repeat: int, pid: int, url: str):
    """Add `changes` headcount rows locally (days not in the demo), then one cycle pushes them."""
    from sqlalchemy.orm import Session

    totals, push_seconds, cpu, pushed = [], [], [], 0
    for run in range(repeat):
        first = date(2031 + 10 * run, 1, 1)
        with Session(db.engine) as session, session.begin():
            for n in range(changes):
                day = first + timedelta(days=n // 2)
                service = ("lunch", "dinner")[n % 2]
                session.add(
                    Headcount(
                        id=Headcount.id_for(site_id, day, service),
                        site_id=site_id,
                        day=day,
                        service=service,
                        covers=n % 300,
                    )
                )
        recorder.take()
        used = cpu_seconds(pid), cluster_cpu(url)
        started = time.perf_counter()
        result = client.cycle()
        totals.append(time.perf_counter() - started)
        cpu.append((cpu_seconds(pid) - used[0], cluster_cpu(url) - used[1]))
        calls = recorder.take()
        push_seconds.append(sum(c[1] for c in calls if c[0] == "push"))
        pushed = result.pushed
        if not result.clean or result.pushed != changes:
            raise SystemExit(f"push incomplete: {result} for {changes} new rows")
    push_figures("new rows (inserts)", pushed, totals, push_seconds, cpu)


@contextlib.contextmanager
def outbox_clock() -> Iterator[dict[str, float]]:
    """Seconds spent in the client's `outbox.build_batch` and `outbox.take_answer` meanwhile."""
    spent = {"build_batch": 0.0, "take_answer": 0.0}
    originals = {name: getattr(outbox, name) for name in spent}

    def timed(name):
        def run(*args, **kwargs):
            started = time.perf_counter()
            try:
                return originals[name](*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started

        return run

    # The client calls them through the module, so wrapping the module's names times them.
    for name in spent:
        setattr(outbox, name, timed(name))
    try:
        yield spent
    finally:
        for name, original in originals.items():
            setattr(outbox, name, original)


def week_of_changes(db, client, recorder: Recorder, changes: int, repeat: int, pid: int, url: str):
    """Edit `changes` rows locally, then one cycle pushes them; push apply seen from the client."""
    totals, push_seconds, cpu, pushed, splits = [], [], [], 0, []
    for _run in range(repeat):
        with db.engine.begin() as connection:
            edited = 0
            for table, column in (
                ("purchase_order_line", "packs"),
                ("goods_receipt_line", "packs"),
                ("menu_item", "planned_portions"),
                ("headcount", "covers"),
            ):
                left = changes - edited
                if left <= 0:
                    break
                edited += connection.exec_driver_sql(
                    f'UPDATE "{table}" SET "{column}" = "{column}" + 1 WHERE id IN '
                    f'(SELECT id FROM "{table}" ORDER BY id LIMIT {left})'
                ).rowcount
        recorder.take()
        used = cpu_seconds(pid), cluster_cpu(url)
        with outbox_clock() as spent:
            started, working = time.perf_counter(), time.process_time()
            result = client.cycle()
            totals.append(time.perf_counter() - started)
            working = time.process_time() - working  # this process is the client
        cpu.append((cpu_seconds(pid) - used[0], cluster_cpu(url) - used[1]))
        calls = recorder.take()
        push_seconds.append(sum(c[1] for c in calls if c[0] == "push"))
        waited = sum(c[1] for c in calls)  # in requests: the server's side, and loopback
        splits.append(
            {
                "push requests": sum(c[1] for c in calls if c[0] == "push"),
                "pull requests": sum(c[1] for c in calls if c[0] == "pull"),
                "server (all requests)": waited,
                "client build_batch": spent["build_batch"],
                "client take_answer": spent["take_answer"],
                "client (all but requests)": totals[-1] - waited,
                "client CPU": working,
            }
        )
        pushed = result.pushed
        if not result.clean or result.pushed != edited:
            raise SystemExit(f"push incomplete: {result} for {edited} edits")
    push_figures("a site's week of changes (updates)", pushed, totals, push_seconds, cpu)
    print(
        f"  split (medians, s; the cycle also pulls back its {result.pulled:,} rows): "
        + ", ".join(f"{part} {median([one[part] for one in splits]):.2f}" for part in splits[0])
    )


def no_op(client, recorder: Recorder, cycles: int = 50) -> None:
    """Cycles with nothing to send or fetch: requests per cycle and request latency."""
    recorder.take()
    seconds = []
    for _ in range(cycles):
        started = time.perf_counter()
        client.cycle()
        seconds.append(time.perf_counter() - started)
    calls = recorder.take()
    latencies = [c[1] * 1000 for c in calls]
    print(
        f"no-op cycle: {len(calls) / cycles:.0f} requests, cycle median "
        f"{median(seconds) * 1000:.0f} ms; request p95 {p95(latencies):.1f} ms, "
        f"median {median(latencies):.1f} ms ({cycles} cycles)"
    )


def main() -> None:
    """Run every measurement and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--demo-file", type=Path, help="a 3x1 `canteen demo` file to load")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--changes", type=int, default=14_000)
    parser.add_argument("--push-only", action="store_true", help="only the push figures")
    args = parser.parse_args()
    print(hardware())
    with tempfile.TemporaryDirectory(prefix="canteen-sync-bench-") as scratch, postgres() as pg:
        folder = Path(scratch)
        source = args.demo_file
        if source is None:
            source = folder / "demo.db"
            generate_file(source, sites=3, years=1, seed=2026, today=TODAY)
        url = new_central(pg, "bench")
        print(f"database round trip (SELECT 1): {roundtrip_ms(url):.2f} ms median")
        engine = server_engine(url)
        copy_file(source, engine)
        with engine.connect() as connection:
            site_id = str(connection.execute(text("SELECT id FROM site ORDER BY code")).first()[0])
        recorder = Recorder()
        with server(url) as (base, process):
            if not args.push_only:
                bodies = first_pull(folder, engine, base, site_id, recorder, args.repeat)
                client_apply(folder, bodies, args.repeat)
            db, client = enroll(folder, "site", engine, base, site_id, recorder)
            client.cycle()
            if args.push_only:
                new_rows(db, client, recorder, site_id, args.changes, args.repeat, process.pid, pg)
            week_of_changes(db, client, recorder, args.changes, args.repeat, process.pid, pg)
            if not args.push_only:
                no_op(client, recorder)
        engine.dispose()


if __name__ == "__main__":
    main()
