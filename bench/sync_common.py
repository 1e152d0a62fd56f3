"""Shared pieces of the sync benchmarks: a throwaway PostgreSQL, the server as a subprocess,
the hardware line and medians."""

from __future__ import annotations

import os
import platform
import pwd
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from canteen.sync.server.setup import init_database, server_engine


def _program(name: str) -> str:
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the PostgreSQL server (scripts/system-packages.sh)")
    return found


@contextmanager
def postgres() -> Iterator[str]:
    """A throwaway PostgreSQL cluster with default durability (fsync on): its admin URL."""
    as_user = {}
    if os.geteuid() == 0:  # initdb refuses root
        pwd.getpwnam("postgres")
        as_user = {"user": "postgres"}
    folder = Path(tempfile.mkdtemp(prefix="canteen-bench-pg-"))
    if as_user:
        shutil.chown(folder, user="postgres")
    data = folder / "data"
    run = {"check": True, "capture_output": True, **as_user}
    subprocess.run([_program("initdb"), "-D", data, "-A", "trust", "-U", "canteen"], **run)
    options = f"-k {folder} -c listen_addresses='' -c shared_buffers=512MB"
    pg_ctl = _program("pg_ctl")
    subprocess.run([pg_ctl, "-D", data, "-o", options, "-l", folder / "log", "-w", "start"], **run)
    try:
        yield f"postgresql+psycopg://canteen@/postgres?host={folder}"
    finally:
        subprocess.run([pg_ctl, "-D", data, "-m", "fast", "-w", "stop"], **run)
        shutil.rmtree(folder, ignore_errors=True)


def new_central(admin_url: str, name: str) -> str:
    """A new, initialised central database in the cluster: its URL."""
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = admin_url.replace("/postgres?", f"/{name}?")
    engine = server_engine(url)
    init_database(engine)
    engine.dispose()
    return url


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def server(url: str, workers: int = 1) -> Iterator[tuple[str, subprocess.Popen]]:
    """`canteen server` in a subprocess on loopback: (base URL, process)."""
    port = free_port()
    command = [sys.executable, "-m", "canteen", "server", "--database-url", url]
    command += ["--port", str(port), "--workers", str(workers)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(f"{base}/openapi.json", timeout=1.0)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base, process
    finally:
        process.terminate()
        process.wait(10)


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (uvicorn workers), in MB."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for one in pids:
        for line in Path(f"/proc/{one}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def hardware() -> str:
    """CPU, cores, memory, Python and PostgreSQL versions, in one line."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    version = subprocess.run(
        [_program("postgres"), "--version"], capture_output=True, text=True
    ).stdout.strip()
    return (
        f"{cpu}; {os.cpu_count()} cores; {memory:.0f} GiB; Python {platform.python_version()}; "
        f"{version}; load {os.getloadavg()[0]:.1f}"
    )


def roundtrip_ms(url: str, count: int = 200) -> float:
    """Median milliseconds of `SELECT 1` on the database: how busy the machine is right now."""
    engine = create_engine(url)
    seconds = []
    with engine.connect() as connection:
        for _ in range(count):
            started = time.perf_counter()
            connection.exec_driver_sql("SELECT 1").scalar()
            seconds.append(time.perf_counter() - started)
    engine.dispose()
    return statistics.median(seconds) * 1000


def median(values: list[float]) -> float:
    """The median (of several runs)."""
    return statistics.median(values)


def p95(values: list[float]) -> float:
    """The 95th percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
