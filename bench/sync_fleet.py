"""A bounded fleet run: 250 simulated site devices on loopback after a reconnect storm.

Usage: python -m bench.sync_fleet [--devices 250] [--changes 200] [--concurrency 50] [--workers 1]
Each device is an asyncio task with an httpx client and an in-memory outbox of headcount
changes (no SQLite file, so memory stays bounded). All devices were offline and come back at
once: hello, push the outbox in batches of 500, pull until done. Prints the time until every
outbox is empty, request latency (median, p95) per kind, and the server's peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import threading
import time
import uuid
from collections import defaultdict
from datetime import date, timedelta

import httpx

from bench.sync_common import (
    hardware,
    median,
    new_central,
    p95,
    postgres,
    roundtrip_ms,
    rss_mb,
    server,
)
from canteen.db.models import Headcount
from canteen.domain.ids import new_id
from canteen.sync import protocol
from canteen.sync.server import central, devices
from canteen.sync.server.setup import server_engine

FIRST_DAY = date(2026, 1, 5)


def make_sites(url: str, count: int) -> list[tuple[str, str]]:
    """`count` sites in 10 districts, each with an enrollment code: [(site_id, code)]."""
    engine = server_engine(url)
    made = []
    with engine.begin() as connection:
        districts = [new_id() for _ in range(10)]
        for number, district in enumerate(districts):
            central.write(
                connection, "district", {"id": district, "code": f"D{number}", "name": f"K{number}"}
            )
        for number in range(count):
            site = new_id()
            central.write(
                connection,
                "site",
                {
                    "id": site,
                    "district_id": districts[number % 10],
                    "code": f"S{number:03d}",
                    "name": f"Kantine {number}",
                    "town": "By",
                    "cost_centre": str(number),
                },
            )
            made.append((site, devices.make_code(connection, "site", site)))
    engine.dispose()
    return made


def outbox(site_id: str, changes: int) -> list[dict]:
    """A device's pending changes: headcounts for `changes` consecutive days."""
    ops = []
    for seq in range(1, changes + 1):
        day = FIRST_DAY + timedelta(days=seq)
        ops.append(
            {
                "op_id": uuid.uuid4().hex,
                "seq_from": seq,
                "seq_to": seq,
                "table": "headcount",
                "id": Headcount.id_for(site_id, day, "lunch"),
                "kind": "upsert",
                "base_version": None,
                "changed": None,
                "values": {
                    "site_id": site_id,
                    "day": day.isoformat(),
                    "service": "lunch",
                    "covers": 50 + seq % 40,
                    "deleted_at": None,
                },
            }
        )
    return ops


class Fleet:
    """The devices' shared tallies: latencies per request kind and failures."""

    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.failures = 0

    async def post(self, http: httpx.AsyncClient, path: str, body: dict, token=None) -> dict:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        for _attempt in range(5):
            started = time.perf_counter()
            try:
                response = await http.post(protocol.PREFIX + path, json=body, headers=headers)
            except httpx.TransportError:
                self.failures += 1
                await asyncio.sleep(0.5)
                continue
            self.latency[path.strip("/")].append(time.perf_counter() - started)
            if response.status_code == 200:
                return response.json()
            self.failures += 1
            await asyncio.sleep(0.5)
        raise RuntimeError(f"{path} kept failing")


async def device(fleet: Fleet, http, token: str, pending: list[dict], gate) -> float:
    """One device's reconnect: hello, push everything, pull everything; when its outbox emptied."""
    version = protocol.schema_version()
    async with gate:
        await fleet.post(http, "/hello", {"schema_version": version}, token)
        while pending:
            batch, rest = pending[:500], pending[500:]
            body = {"schema_version": version, "batch_id": str(uuid.uuid4()), "ops": batch}
            answer = await fleet.post(http, "/push", body, token)
            assert all(r["status"] == "applied" for r in answer["results"])
            pending[:] = rest
        emptied = time.perf_counter()
        cursor, more = 0, True
        while more:
            body = {"schema_version": version, "cursor": cursor, "limit": protocol.PULL_PAGE}
            page = await fleet.post(http, "/pull", body, token)
            cursor, more = page["next_cursor"], page["has_more"]
    return emptied


async def storm(base: str, sites, changes: int, concurrency: int) -> tuple[Fleet, float, float]:
    """Enroll every device, then let all reconnect at once; (tallies, seconds to empty, total)."""
    fleet = Fleet()
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    timeout = httpx.Timeout(120.0, connect=10.0)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as http:
        gate = asyncio.Semaphore(concurrency)

        async def enroll(code: str) -> str:
            async with gate:
                made = await fleet.post(http, "/enroll", {"code": code, "label": "fleet"})
            return made["token"]

        tokens = await asyncio.gather(*(enroll(code) for _, code in sites))
        fleet.latency.clear()
        outboxes = [outbox(site, changes) for site, _ in sites]
        started = time.perf_counter()
        emptied = await asyncio.gather(
            *(device(fleet, http, t, o, gate) for t, o in zip(tokens, outboxes, strict=True))
        )
        done = time.perf_counter()
    return fleet, max(emptied) - started, done - started


def main() -> None:
    """Set up, run the storm, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--devices", type=int, default=250)
    parser.add_argument("--changes", type=int, default=200, help="pending changes per device")
    parser.add_argument("--concurrency", type=int, default=50, help="devices talking at once")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers")
    args = parser.parse_args()
    print(hardware())
    with postgres() as pg:
        url = new_central(pg, "fleet")
        print(f"database round trip (SELECT 1): {roundtrip_ms(url):.2f} ms median")
        sites = make_sites(url, args.devices)
        with server(url, workers=args.workers) as (base, process):
            peak = [0.0]
            stop = threading.Event()

            def watch() -> None:
                while not stop.wait(0.25):
                    peak[0] = max(peak[0], rss_mb(process.pid))

            watcher = threading.Thread(target=watch, daemon=True)
            watcher.start()
            fleet, to_empty, total = asyncio.run(storm(base, sites, args.changes, args.concurrency))
            stop.set()
            watcher.join()
    rows = args.devices * args.changes
    print(
        f"fleet: {args.devices} devices x {args.changes} changes ({rows:,} rows), "
        f"{args.concurrency} at once, {args.workers} worker(s)"
    )
    print(
        f"  every outbox empty after {to_empty:.1f} s ({rows / to_empty:,.0f} rows/s); "
        f"all pulls done after {total:.1f} s; {fleet.failures} failed requests"
    )
    for kind, seconds in sorted(fleet.latency.items()):
        ms = [s * 1000 for s in seconds]
        print(
            f"  {kind:<6} {len(ms):>5} requests, median {median(ms):7.1f} ms, p95 {p95(ms):7.1f} ms"
        )
    print(f"  server peak RSS {peak[0]:.0f} MB")


if __name__ == "__main__":
    main()
