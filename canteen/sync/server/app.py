"""The sync server: a FastAPI app over the central database (SYNC.md §6.6).

Every request works in its own database transaction and keeps nothing in process memory, so
several uvicorn workers can serve one database.
"""
# No `from __future__ import annotations`: FastAPI reads the local dependency aliases at run time.

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import BigInteger, Connection, Engine, select

from canteen.sync import protocol as wire
from canteen.sync import schema_map
from canteen.sync import tables as synced
from canteen.sync.crash import AFTER_COMMIT, crashpoint
from canteen.sync.server import audit, devices, guard, pull, push, resets, rls, verify
from canteen.sync.server.devices import Device
from canteen.sync.server.schema import device as device_table

# Pushes let into the database at once per worker (one applies, one is ready behind it).
PUSH_SLOTS = 2
# Bounds keep every value inside what the database columns take, so bad input is a 4xx, never
# a 500 (the schemathesis fuzz in tests/canteen/sync/test_fuzz.py holds us to it).
BIGINT = 2**63 - 1
# server_version is an INTEGER column in the shared schema (canteen/db/base.py): a cursor or base
# version past it is no version the server can have handed out.
_VERSION_TYPE = next(iter(synced.registry().values())).table.c.server_version.type
MAX_VERSION = BIGINT if isinstance(_VERSION_TYPE, BigInteger) else 2**31 - 1
# Client-made ids are UUIDs (hex with or without dashes): nothing else gets in, or back out.
_UUID_ISH = r"^[0-9A-Fa-f-]+$"
_PRINTABLE = r"^[^\x00-\x1f\x7f]*$"  # no NUL (PostgreSQL text refuses it) or control chars
MAX_BODY = 16 * 1024 * 1024  # far above 1000 ops; a bigger body is refused (413) unread


class EnrollIn(BaseModel):
    code: str = Field(max_length=40, pattern=r"^[A-Za-z0-9 -]*$")
    label: str = Field(default="", max_length=120, pattern=_PRINTABLE)


class EnrollOut(BaseModel):
    device_id: str
    token: str
    scope: str
    site_id: str | None
    district_id: str | None


class HelloIn(BaseModel):
    schema_version: int = Field(ge=0, le=2**31 - 1)
    app_version: str = Field(default="", max_length=40, pattern=_PRINTABLE)
    # The file's outbox counter (sqlite_sequence) and random id: a restored copy shows (§6.9).
    max_outbox_seq: int | None = Field(default=None, ge=0, le=BIGINT)
    db_instance_id: str | None = Field(default=None, max_length=64, pattern=_UUID_ISH)
    # The client's clock, only to tell it how far off it is (F10); nothing is ordered by it.
    client_time: datetime | None = None


class Op(BaseModel):
    op_id: str = Field(min_length=1, max_length=64, pattern=_UUID_ISH)
    # Stored as bigints (high_seq, sync_applied_op): bounded so a wild number is a 422.
    seq_from: int | None = Field(default=None, ge=0, le=BIGINT)
    seq_to: int | None = Field(default=None, ge=0, le=BIGINT)
    table: str = Field(max_length=60)
    id: str = Field(min_length=1, max_length=36, pattern=_UUID_ISH)
    kind: Literal["upsert", "delete"]
    base_version: int | None = Field(default=None, ge=0, le=MAX_VERSION)
    changed: list[Annotated[str, Field(max_length=60)]] | None = Field(default=None, max_length=200)
    values: dict[str, Any] = Field(max_length=200)


class PushIn(BaseModel):
    protocol: int = Field(default=wire.PROTOCOL, ge=0, le=2**31 - 1)
    schema_version: int = Field(ge=0, le=2**31 - 1)
    batch_id: str = Field(min_length=8, max_length=64, pattern=_UUID_ISH)
    ops: list[Op]


class PullIn(BaseModel):
    protocol: int = Field(default=wire.PROTOCOL, ge=0, le=2**31 - 1)
    schema_version: int = Field(ge=0, le=2**31 - 1)
    # Opaque `e<epoch>:<seq>` as the last answer gave it; a plain number is an older client's.
    cursor: Annotated[int, Field(ge=0, le=MAX_VERSION)] | Annotated[str, Field(max_length=40)]
    limit: int = Field(default=wire.PULL_PAGE, ge=1, le=pull.MAX_PAGE)
    # Only these tables, the cursor not kept: a re-pull after `verify` found a difference, or the
    # backfill of the tables and columns an upgrade added (canteen/sync/backfill.py).
    tables: list[str] | None = Field(default=None, max_length=100)


class VerifyIn(BaseModel):
    protocol: int = Field(default=wire.PROTOCOL, ge=0, le=2**31 - 1)
    schema_version: int = Field(ge=0, le=2**31 - 1)


def create_app(engine: Engine) -> FastAPI:
    """The app serving the sync endpoints on `engine`'s database."""
    with engine.connect() as connection:
        if not rls.ready(connection):
            # Fail at start, not with a 500 on every request.
            raise rls.NotReady(
                f"this login may not act as the role {rls.APP_ROLE}: run `canteen admin"
                " --database-url URL init` as the owner, then GRANT the role to the server's"
                " login (docs/sync.md, Security)"
            )
    app = FastAPI(title="Kantine sync", version=str(wire.PROTOCOL))
    # Pull pages are repetitive JSON: gzip makes a first pull about 8 times smaller (httpx asks
    # for it and unpacks it by itself). Small answers are sent as they are.
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)
    app.state.engine = engine
    push_slots = asyncio.Semaphore(PUSH_SLOTS)
    guard.install(app, MAX_BODY, (EnrollIn, HelloIn, Op, PushIn, PullIn, VerifyIn))

    def device_of(request: Request, authorization: Annotated[str, Header()] = "") -> Device:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(401, "token_missing")
        with _work(request.app.state.engine) as connection:
            found = devices.authenticate(connection, token.strip())
        if found is None:
            raise HTTPException(401, "token_refused")
        return found

    Authed = Annotated[Device, Depends(device_of)]

    @app.post(f"{wire.PREFIX}/enroll")
    def enroll(body: EnrollIn) -> EnrollOut:
        """Trade a one-time enrollment code for a device id and token."""
        with _work(engine) as connection:
            made = devices.enroll(connection, body.code, body.label)
            if made is None:
                raise HTTPException(403, "code_refused")
            device_id, token = made
            row = connection.execute(
                select(device_table).where(device_table.c.id == device_id)
            ).one()
        return EnrollOut(
            device_id=device_id,
            token=token,
            scope=row.scope,
            site_id=row.site_id,
            district_id=row.district_id,
        )

    @app.post(f"{wire.PREFIX}/hello")
    def hello(body: HelloIn, who: Authed) -> dict:
        """The schema window, the server's time, this device's epoch and any reset it must do."""
        _check_schema(body.schema_version)
        with _work(engine, who) as connection:
            seen = resets.greet(
                connection, who, body.max_outbox_seq, body.db_instance_id, body.client_time
            )
        return {
            "server_time": devices.now().isoformat(),
            "min_schema": wire.MIN_SCHEMA,
            "max_schema": wire.schema_version(),
            "scope": who.scope,
            "site_id": who.site_id,
            "district_id": who.district_id,
            **seen,
        }

    @app.post(f"{wire.PREFIX}/push")
    async def push_batch(body: PushIn, who: Authed) -> dict:
        """Apply a batch of a site device's changes, each op accepted or rejected on its own."""
        _check_schema(body.schema_version)
        if who.scope != "site":
            with _work(engine, who) as connection:
                audit.refused(connection, who, body.batch_id, "read_only_device", len(body.ops))
            raise HTTPException(403, "read_only_device")
        if len(body.ops) > wire.MAX_OPS:
            raise HTTPException(413, "batch_too_big")
        ops = [op.model_dump() for op in body.ops]

        def apply() -> dict:
            known = schema_map.known_at(body.schema_version)
            with _work(engine, who) as connection:
                answer = push.push(connection, who, body.batch_id, ops, schema=known)
                audit.record(connection, who, body.batch_id, answer["results"])
            crashpoint(AFTER_COMMIT)
            return answer

        # Pushes run one at a time anyway (the version lock). Waiting here rather than on the
        # lock keeps the pool's connections and the worker threads free for pulls and hellos.
        async with push_slots:
            return await run_in_threadpool(apply)

    @app.post(
        f"{wire.PREFIX}/pull",
        responses={409: {"description": "must_reset: the cursor's epoch is over, or purged"}},
    )
    def pull_page(body: PullIn, who: Authed):
        """The changes a device may see after its cursor, one page in version order."""
        _check_schema(body.schema_version)
        try:
            epoch, seq = resets.parse_cursor(body.cursor)
        except ValueError:
            raise HTTPException(422, "bad_cursor") from None
        if seq > MAX_VERSION:
            raise HTTPException(422, "bad_cursor")
        with _work(engine, who) as connection:
            refused = resets.check_pull(connection, who, epoch, seq, record=body.tables is None)
            current = connection.execute(
                select(device_table.c.epoch).where(device_table.c.id == who.id)
            ).scalar()
        if refused is not None:
            return JSONResponse(refused, status_code=409)
        known = schema_map.known_at(body.schema_version)  # None for a current client
        # One snapshot for every table of the page.
        with _work(engine, who, snapshot=True) as connection:
            page = pull.pull(connection, who, seq, body.limit, body.tables, known)
        page["next_cursor"] = resets.format_cursor(current, page["next_cursor"])
        return page

    @app.post(f"{wire.PREFIX}/verify")
    def verify_tables(body: VerifyIn, who: Authed) -> dict:
        """Per table, the count and checksum of the live rows this device may see."""
        _check_schema(body.schema_version)
        known = schema_map.known_at(body.schema_version)
        with _work(engine, who, snapshot=True) as connection:
            return verify.verify(connection, who, known)

    return app


@contextmanager
def _work(
    engine: Engine, who: Device | None = None, snapshot: bool = False
) -> Iterator[Connection]:
    """One request transaction, run as the RLS-bound app role in `who`'s context (rls.py).

    Every endpoint's database work goes through here, so the policies always apply.
    """
    with engine.connect() as connection:
        if snapshot and connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            rls.enter(connection, who)
            yield connection


def _check_schema(version: int) -> None:
    if version < wire.MIN_SCHEMA:
        raise HTTPException(426, "client_too_old")
    if version > wire.schema_version():
        raise HTTPException(503, "server_too_old")


def serve(url: str, host: str = "127.0.0.1", port: int = 8765, workers: int = 1) -> None:
    """Run the server under uvicorn (several workers share nothing but the database)."""
    import os

    import uvicorn

    if workers > 1:
        # Each worker process builds its own app (and engine) from the URL.
        os.environ["CANTEEN_SYNC_DATABASE_URL"] = url
        uvicorn.run(
            "canteen.sync.server.app:app_from_environment",
            factory=True,
            host=host,
            port=port,
            workers=workers,
        )
        return
    from canteen.sync.server.setup import server_engine

    engine = server_engine(url)
    try:
        app = create_app(engine)
    except rls.NotReady:
        engine.dispose()
        raise
    uvicorn.run(app, host=host, port=port)


def app_from_environment() -> FastAPI:
    """The app for a uvicorn worker process (the URL comes through the environment)."""
    import os

    from canteen.sync.server.setup import server_engine

    return create_app(server_engine(os.environ["CANTEEN_SYNC_DATABASE_URL"]))
