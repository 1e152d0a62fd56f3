"""The sync server as a real subprocess (uvicorn), to SIGKILL and start again (SYNC.md §7.1)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[4]  # the checkout, so the subprocess runs this code
START_TIMEOUT = 30.0


def free_port() -> int:
    """A port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def canteen_command(*args: str) -> list[str]:
    """`python -m canteen …` with this interpreter."""
    return [sys.executable, "-m", "canteen", *args]


class ServerProcess:
    """`canteen server` on one port and database; `kill()` is SIGKILL, `start()` starts it again."""

    def __init__(self, database_url: str, port: int | None = None) -> None:
        self.database_url = database_url
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, crashpoint: str | None = None) -> None:
        """Start the server (with a crash point if given) and wait until it answers."""
        self.launch(crashpoint)
        self.wait_ready()

    def launch(self, crashpoint: str | None = None) -> None:
        """Start the server process without waiting for it (`wait_ready` does)."""
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.pop("SYNC_CRASHPOINT", None)
        if crashpoint:
            env["SYNC_CRASHPOINT"] = crashpoint
        command = canteen_command(
            "server", "--database-url", self.database_url, "--port", str(self.port)
        )
        # A file, not a pipe: a chatty server must never block on a full pipe.
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in wait())
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=self.log
        )

    def wait_ready(self) -> None:
        """Wait until the launched server answers; RuntimeError if it exits or never does."""
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                raise RuntimeError(f"server exited: {self.log.read().decode()}")
            try:
                if httpx.get(f"{self.url}/openapi.json", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            # Polling a port that is not open yet: there is no signal to wait on.
            time.sleep(0.05)
        self.kill()
        raise RuntimeError("server did not start")

    def kill(self) -> None:
        """SIGKILL the server, as a power cut would: no shutdown, no rollback but PostgreSQL's."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.wait()

    def wait(self, timeout: float = 30) -> int | None:
        """Wait for the process to end (a crash point); its exit code."""
        if self.process is None:
            return None
        code = self.process.wait(timeout)
        self.log.close()
        return code

    def restart(self, crashpoint: str | None = None) -> None:
        """Kill (if running) and start again on the same port and database."""
        self.kill()
        self.start(crashpoint)
