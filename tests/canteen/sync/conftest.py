"""Fixtures for the sync tests: a fresh PostgreSQL database per module, the real server over
real HTTP on loopback (uvicorn in a thread, port 0), and real SQLite client files."""

from __future__ import annotations

import threading
import uuid
from contextlib import contextmanager

import pytest
import uvicorn
from sqlalchemy import create_engine, text

from canteen.db.lifecycle import open_database
from canteen.sync.client import SyncClient
from canteen.sync.server import devices
from canteen.sync.server.app import create_app
from canteen.sync.server.setup import init_database, server_engine


@pytest.fixture(scope="module")
def central_url(postgres_url):
    """A fresh, initialised central database for this test module."""
    name = f"sync_{uuid.uuid4().hex[:10]}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = postgres_url.replace("/postgres?", f"/{name}?")
    engine = server_engine(url)
    init_database(engine)
    engine.dispose()
    return url


@pytest.fixture(scope="module")
def central(central_url):
    """An engine on the central database."""
    engine = server_engine(central_url)
    yield engine
    engine.dispose()


class ThreadServer(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # a thread cannot own signals
        pass


@contextmanager
def serving(app):
    """Serve `app` on 127.0.0.1, a free port, in a thread, while the block runs: its base URL."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    running = ThreadServer(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    while not running.started:
        thread.join(0.02)
    port = running.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        running.should_exit = True
        thread.join(5)


@pytest.fixture(scope="module")
def server(central):
    """The sync server on 127.0.0.1, a free port, in a thread: its base URL."""
    with serving(create_app(central)) as base:
        yield base


@pytest.fixture(autouse=True)
def token_folder(tmp_path, monkeypatch):
    """Tokens go to a file in the test's folder, never the developer's keyring."""
    monkeypatch.setenv("CANTEEN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CANTEEN_SYNC_TOKEN_STORE", "file")


def code_for(central, scope: str, site_id=None, district_id=None) -> str:
    """A one-time enrollment code made on the central database."""
    with central.begin() as connection:
        return devices.make_code(connection, scope, site_id, district_id)


@pytest.fixture
def enrolled(tmp_path, central, server):
    """enrolled(name, scope, site_id=…, district_id=…) -> (Database, SyncClient), synced once."""

    def make(name, scope, site_id=None, district_id=None):
        db = open_database(tmp_path / f"{name}.db", create=True)
        client = SyncClient(db)
        client.enroll(server, code_for(central, scope, site_id, district_id), label=name)
        client.cycle()
        return db, client

    return make
