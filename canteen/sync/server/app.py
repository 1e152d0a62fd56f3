"""The sync server: a FastAPI app over the central database (SYNC.md §6.6).

Every request works in its own database transaction and keeps nothing in process memory, so
several uvicorn workers can serve one database.
"""
# No `from __future__ import annotations`: FastAPI reads the local dependency aliases at run time.

import asyncio
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import Engine, select

from canteen.sync import protocol as wire
from canteen.sync.crash import AFTER_COMMIT, crashpoint
from canteen.sync.server import devices, pull, push, resets, verify
from canteen.sync.server.devices import Device
from canteen.sync.server.schema import device as device_table

# Pushes let into the database at once per worker (one applies, one is ready behind it).
PUSH_SLOTS = 2


class EnrollIn(BaseModel):
    code: str = Field(max_length=40)
    label: str = Field(default="", max_length=120)


class EnrollOut(BaseModel):
    device_id: str
    token: str
    scope: str
    site_id: str | None
    district_id: str | None


class HelloIn(BaseModel):
    schema_version: int
    app_version: str = Field(default="", max_length=40)
    # The file's outbox counter (sqlite_sequence) and random id: a restored copy shows (§6.9).
    max_outbox_seq: int | None = Field(default=None, ge=0)
    db_instance_id: str | None = Field(default=None, max_length=64)
    # The client's clock, only to tell it how far off it is (F10); nothing is ordered by it.
    client_time: datetime | None = None


class Op(BaseModel):
    op_id: str = Field(max_length=64)
    # Stored as bigints (high_seq, sync_applied_op): bounded so a wild number is a 422.
    seq_from: int | None = Field(default=None, ge=0, lt=10**18)
    seq_to: int | None = Field(default=None, ge=0, lt=10**18)
    table: str = Field(max_length=60)
    id: str = Field(max_length=36)
    kind: Literal["upsert", "delete"]
    base_version: int | None = Field(default=None, ge=0, lt=10**18)
    changed: list[str] | None = None
    values: dict[str, Any]


class PushIn(BaseModel):
    protocol: int = wire.PROTOCOL
    schema_version: int
    batch_id: str = Field(min_length=8, max_length=64)
    ops: list[Op]


class PullIn(BaseModel):
    protocol: int = wire.PROTOCOL
    schema_version: int
    # Opaque `e<epoch>:<seq>` as the last answer gave it; a plain number is an older client's.
    cursor: Annotated[int, Field(ge=0, lt=10**18)] | Annotated[str, Field(max_length=40)]
    limit: int = Field(default=wire.PULL_PAGE, ge=1, le=pull.MAX_PAGE)
    # Only these tables (a re-pull after `verify` found a difference); the cursor is not kept.
    tables: list[str] | None = Field(default=None, max_length=100)


class VerifyIn(BaseModel):
    protocol: int = wire.PROTOCOL
    schema_version: int


def create_app(engine: Engine) -> FastAPI:
    """The app serving the sync endpoints on `engine`'s database."""
    app = FastAPI(title="Kantine sync", version=str(wire.PROTOCOL))
    # Pull pages are repetitive JSON: gzip makes a first pull about 8 times smaller (httpx asks
    # for it and unpacks it by itself). Small answers are sent as they are.
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)
    app.state.engine = engine
    push_slots = asyncio.Semaphore(PUSH_SLOTS)

    def device_of(request: Request, authorization: Annotated[str, Header()] = "") -> Device:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(401, "token_missing")
        with request.app.state.engine.begin() as connection:
            found = devices.authenticate(connection, token.strip())
        if found is None:
            raise HTTPException(401, "token_refused")
        return found

    Authed = Annotated[Device, Depends(device_of)]

    @app.post(f"{wire.PREFIX}/enroll")
    def enroll(body: EnrollIn) -> EnrollOut:
        """Trade a one-time enrollment code for a device id and token."""
        with engine.begin() as connection:
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
        with engine.begin() as connection:
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
            raise HTTPException(403, "read_only_device")
        if len(body.ops) > wire.MAX_OPS:
            raise HTTPException(413, "batch_too_big")
        ops = [op.model_dump() for op in body.ops]

        def apply() -> dict:
            with engine.begin() as connection:
                answer = push.push(connection, who, body.batch_id, ops)
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
        with engine.begin() as connection:
            refused = resets.check_pull(connection, who, epoch, seq, record=body.tables is None)
            current = connection.execute(
                select(device_table.c.epoch).where(device_table.c.id == who.id)
            ).scalar()
        if refused is not None:
            return JSONResponse(refused, status_code=409)
        with engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                # One snapshot for every table of the page.
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                page = pull.pull(connection, who, seq, body.limit, body.tables)
        page["next_cursor"] = resets.format_cursor(current, page["next_cursor"])
        return page

    @app.post(f"{wire.PREFIX}/verify")
    def verify_tables(body: VerifyIn, who: Authed) -> dict:
        """Per table, the count and checksum of the live rows this device may see."""
        _check_schema(body.schema_version)
        with engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                return verify.verify(connection, who)

    return app


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

    uvicorn.run(create_app(server_engine(url)), host=host, port=port)


def app_from_environment() -> FastAPI:
    """The app for a uvicorn worker process (the URL comes through the environment)."""
    import os

    from canteen.sync.server.setup import server_engine

    return create_app(server_engine(os.environ["CANTEEN_SYNC_DATABASE_URL"]))
