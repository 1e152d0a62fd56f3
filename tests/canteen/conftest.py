"""Fixtures shared by the core tests: a throwaway PostgreSQL server for the same-queries checks."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def _server_program(name: str) -> str | None:
    """A PostgreSQL server program: on PATH, else where Debian puts it (newest version first)."""
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    return None


def _postgres_user() -> dict:
    """initdb refuses to run as root, so as root the cluster runs as the `postgres` user."""
    if os.geteuid() != 0:
        return {}
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("running as root and there is no postgres user: run scripts/system-packages.sh")
    return {"user": "postgres"}


@pytest.fixture(scope="session")
def postgres_url():
    """A throwaway PostgreSQL cluster (initdb + pg_ctl in a temp folder), as a SQLAlchemy URL."""
    initdb, pg_ctl = _server_program("initdb"), _server_program("pg_ctl")
    if not initdb or not pg_ctl:
        # The test command installs the server (scripts/system-packages.sh): never skip silently.
        pytest.fail("PostgreSQL server programs (initdb, pg_ctl) are not installed")
    as_user = _postgres_user()
    folder = Path(tempfile.mkdtemp(prefix="canteen-pg-"))
    if as_user:
        shutil.chown(folder, user="postgres")
    data = folder / "data"
    run = {"check": True, "capture_output": True, **as_user}
    subprocess.run([initdb, "-D", data, "-A", "trust", "-U", "canteen", "--no-sync"], **run)
    options = f"-k {folder} -c listen_addresses='' -F"
    subprocess.run([pg_ctl, "-D", data, "-o", options, "-l", folder / "log", "-w", "start"], **run)
    try:
        yield f"postgresql+psycopg://canteen@/postgres?host={folder}"
    finally:
        subprocess.run([pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"], **run)
        shutil.rmtree(folder, ignore_errors=True)
