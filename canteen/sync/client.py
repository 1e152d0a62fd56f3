"""The sync client of a canteen PC: enroll once, then cycles of push (outbox) and pull (pages).

SYNC.md §6.4–6.6. Pulled rows are written inside `capture.applying_remote`, so they are not
captured again; the cursor and device facts live in `local_info`, the token in `tokens`.
"""

from __future__ import annotations

import json
import platform
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from canteen.db.capture import applying_remote
from canteen.db.engine import Database
from canteen.sync import backfill, outbox, protocol, reset, state, tokens
from canteen.sync.apply import apply_page
from canteen.sync.crash import AFTER_PUSH_RESPONSE, MID_PULL_APPLY, crashpoint
from canteen.sync.errors import SyncProblem

TIMEOUT = httpx.Timeout(30.0, connect=5.0)
MAX_BATCHES = 1000  # a bound on one cycle, so a server that never empties the queue cannot loop
MAX_RESETS = 2  # per cycle: a server demanding more is looping, whatever the epochs say


@dataclass(frozen=True)
class CycleResult:
    """What one cycle did, and what is still waiting."""

    pushed: int
    pulled: int
    rejected: int
    conflicts: int
    pending: int
    rejected_waiting: int

    @property
    def clean(self) -> bool:
        """Nothing left to send and nothing refused."""
        return self.pending == 0 and self.rejected_waiting == 0


class SyncClient:
    """Syncs one database file with its server."""

    def __init__(
        self,
        db: Database,
        transport: httpx.BaseTransport | None = None,
        clock=None,
        page_size: int = protocol.PULL_PAGE,
        schema: int | None = None,
    ) -> None:
        self.db = db
        self.schema = schema
        self.transport = transport
        # This PC's clock: only reported to the server (skew), never used to order anything.
        self.clock = clock or (lambda: datetime.now(UTC))
        self.page_size = page_size

    def _http(self, server: str) -> httpx.Client:
        return httpx.Client(base_url=server.rstrip("/"), timeout=TIMEOUT, transport=self.transport)

    def _post(self, http: httpx.Client, path: str, body: dict, token: str | None = None) -> dict:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            response = http.post(protocol.PREFIX + path, json=body, headers=headers)
        except httpx.TransportError as error:
            raise SyncProblem(f"server unreachable: {error}", reason="unreachable") from error
        if response.status_code == 200:
            answer = _object(response)
            if answer is None:
                # A proxy's or another web server's page, or a cut body: not the sync server's.
                raise SyncProblem("the server's answer could not be read", reason="bad_answer")
            return answer
        if response.status_code == 409:
            demand = _json(response)
            raise SyncProblem(
                "the server asks for a reset",
                reason="must_reset",
                epoch=demand.get("epoch"),
                why=str(demand.get("reason") or "epoch"),
            )
        reason = {
            401: "token_refused",
            403: "forbidden",
            413: "batch_too_big",
            426: "client_too_old",
            404: "wrong_address",
            503: "server_too_old",
        }.get(response.status_code, "server_error")
        if path == "/enroll" and response.status_code == 403:
            reason = "code_refused"
        if reason == "server_too_old" and _json(response).get("detail") != "server_too_old":
            reason = "server_error"  # a 503 from an overloaded server or proxy: only try later
        raise SyncProblem(f"server answered {response.status_code}", reason=reason)

    def enroll(self, server: str, code: str, label: str | None = None) -> dict:
        """Trade an enrollment code for this PC's device identity; keeps the token safe."""
        with self._http(server) as http:
            made = self._post(http, "/enroll", {"code": code, "label": label or platform.node()})
        if not all(made.get(key) for key in ("device_id", "token", "scope")):
            raise SyncProblem("the enrollment answer lacks the device facts", reason="bad_answer")
        where = tokens.save(made["device_id"], made["token"])
        with self.db.engine.begin() as connection:
            state.put(connection, state.SERVER, server.rstrip("/"))
            state.put(connection, state.DEVICE, made["device_id"])
            state.put(connection, state.SCOPE, made["scope"])
            for key, value in (
                (state.SITE, made.get("site_id")),
                (state.DISTRICT, made.get("district_id")),
            ):
                if value:
                    state.put(connection, key, value)
            state.put(connection, state.CURSOR, "0")
            # A new device: its epoch comes with the first hello.
            state.delete(connection, state.EPOCH)
            state.delete(connection, state.RESET_DONE)
            backfill.finish(connection)  # a first pull from 0 brings everything anyway
            state.instance_id(connection)
        return {**made, "token": None, "token_store": where}

    def _identity(self) -> tuple[str, str, str]:
        with self.db.engine.connect() as connection:
            server = state.get(connection, state.SERVER)
            device = state.get(connection, state.DEVICE)
        if not server or not device:
            raise SyncProblem("this database is not enrolled", reason="not_enrolled")
        token = tokens.load(device)
        if not token:
            raise SyncProblem("no token for this device", reason="no_token", device=device)
        return server, device, token

    def schema_version(self) -> int:
        """The schema this client speaks: this app's, or the one it was made with (an older
        release's client in a test: its file is not upgraded until the test says so)."""
        return self.schema if self.schema is not None else protocol.schema_version()

    def cycle(self) -> CycleResult:
        """Push every pending change, then pull every page; SyncProblem if the server refuses."""
        server, _device, token = self._identity()
        version = self.schema_version()
        pushed = rejected = conflicts = pulled = 0
        with self._http(server) as http:
            hello = self._hello(http, token, version)
            high = hello.get("device_high_seq") or 0
            with self.db.engine.begin() as connection:
                scope = state.get(connection, state.SCOPE)
                why = reset.needed(connection, hello)
                if why:
                    # Before any push: a demand already met once must not start a storm.
                    reset.guard(connection, hello["epoch"], why)
                    reset.number_past(connection, high)
            # District and central PCs pull their scope read-only.
            for _ in range(MAX_BATCHES if scope == "site" else 0):
                with self.db.engine.begin() as connection:
                    batch = outbox.build_batch(connection)
                if batch is None:
                    break
                answer = self._post(http, "/push", {"schema_version": version, **batch}, token)
                crashpoint(AFTER_PUSH_RESPONSE)
                high = max(high, answer.get("device_high_seq") or 0)
                with self.db.engine.begin() as connection:
                    done = outbox.take_answer(connection, batch, answer)
                pushed, rejected, conflicts = (
                    pushed + done[0],
                    rejected + done[1],
                    conflicts + done[2],
                )
            resets = 0
            if why:
                pulled, resets = self._resets(http, token, version, (hello["epoch"], why, high), 0)
            pulled += self._pull(http, token, version, high, resets)
            pulled += self._backfill(http, token, version)
        with self.db.engine.begin() as connection:
            state.put(connection, state.LAST_OK, self.clock().isoformat())
            pending, refused = outbox.waiting(connection)
        return CycleResult(pushed, pulled, rejected, conflicts, pending, refused)

    def _hello(self, http: httpx.Client, token: str, version: int) -> dict:
        with self.db.engine.begin() as connection:
            body = {
                "schema_version": version,
                "max_outbox_seq": reset.max_outbox_seq(connection),
                "db_instance_id": state.instance_id(connection),
                "client_time": self.clock().isoformat(),
            }
        answer = self._post(http, "/hello", body, token)
        if answer.get("clock_skew_s") is not None:
            with self.db.engine.begin() as connection:
                state.put(connection, state.CLOCK_SKEW, str(answer["clock_skew_s"]))
        return answer

    def _resets(
        self, http: httpx.Client, token: str, version: int, demand: tuple, resets: int
    ) -> tuple[int, int]:
        """Reset for `demand` (epoch, why, high), again while the server moves on mid-reset;
        (rows pulled, resets so far). More than MAX_RESETS in one cycle is a loop."""
        while True:
            resets += 1
            if resets > MAX_RESETS:
                raise SyncProblem("the server keeps asking for resets", reason="reset_loop")
            try:
                return self._reset_pull(http, token, version, demand), resets
            except SyncProblem as problem:
                if problem.reason != "must_reset":
                    raise
                demand = (problem.data["epoch"], problem.data["why"], demand[2])

    def _reset_pull(self, http: httpx.Client, token: str, version: int, demand: tuple) -> int:
        """A reset as one local transaction (SYNC.md §6.9): every page of the new epoch is
        fetched first (spooled to a temporary file, so a district's history does not sit in
        memory), then the clear and the pages are written at once. A cut or a crash before the
        commit leaves the file as it was — the PC keeps working on its old rows, and the next
        cycle resets again — instead of a file without its synced data until a pull finishes."""
        epoch, why, high = demand
        with self.db.engine.connect() as connection:
            reset.guard(connection, epoch, why)  # before fetching: a loop costs no download
            mark = reset.max_outbox_seq(connection)  # what is entered from now on is kept
        with tempfile.TemporaryFile() as spool:
            cursor = f"e{epoch}:0"
            while True:
                body = {"schema_version": version, "cursor": cursor, "limit": self.page_size}
                page = self._post(http, "/pull", body, token)
                spool.write(json.dumps(page["changes"]).encode() + b"\n")
                cursor = page["next_cursor"]
                if not page["has_more"]:
                    break
            spool.seek(0)
            pulled = 0
            with self.db.engine.begin() as connection:
                reset.guard(connection, epoch, why)
                reset.clear(connection, epoch, why, high, mark)
                with applying_remote(connection):
                    for line in spool:
                        pulled += apply_page(connection, json.loads(line))
                        crashpoint(MID_PULL_APPLY)
                reset.keep_cursor(connection, cursor)
        return pulled

    def _pull(self, http: httpx.Client, token: str, version: int, high: int, resets: int) -> int:
        pulled = 0
        while True:
            with self.db.engine.connect() as connection:
                cursor = reset.wire_cursor(connection)
            body = {"schema_version": version, "cursor": cursor, "limit": self.page_size}
            try:
                page = self._post(http, "/pull", body, token)
            except SyncProblem as problem:
                if problem.reason != "must_reset":
                    raise
                demand = (problem.data["epoch"], problem.data["why"], high)
                done, resets = self._resets(http, token, version, demand, resets)
                pulled += done
                continue
            # One local transaction per page: a crash leaves the cursor where the rows are.
            with self.db.engine.begin() as connection:
                with applying_remote(connection):
                    pulled += apply_page(connection, page["changes"])
                crashpoint(MID_PULL_APPLY)
                reset.keep_cursor(connection, page["next_cursor"])
            if not page["has_more"]:
                return pulled

    def _backfill(self, http: httpx.Client, token: str, version: int) -> int:
        """Pull again what an upgrade added (backfill.py), up to the main cursor; rows written."""
        pulled = 0
        while True:
            with self.db.engine.connect() as connection:
                plan = backfill.pending(connection)
                upto = int(state.get(connection, state.CURSOR) or 0)
                epoch = state.get(connection, state.EPOCH)
            if plan is None:
                return pulled
            body = {
                "schema_version": version,
                "cursor": f"e{epoch}:{plan.cursor}" if epoch else plan.cursor,
                "limit": self.page_size,
                "tables": sorted(plan.tables),
            }
            page = self._post(http, "/pull", body, token)
            _epoch, reached = reset.parse_cursor(page["next_cursor"])
            with self.db.engine.begin() as connection:
                with applying_remote(connection):
                    pulled += backfill.apply_page(connection, plan, page["changes"], upto)
                # Past the main cursor the main pull brings the rows whole: done there.
                if page["has_more"] and reached < upto:
                    backfill.advance(connection, reached)
                else:
                    backfill.finish(connection)

    def verify(self) -> VerifyResult:
        """Compare table checksums with the server; re-pull every table that differs."""
        from canteen.sync import verify

        server, _device, token = self._identity()
        version = self.schema_version()
        with self._http(server) as http:
            found = self._differences(http, token, version)
            for difference in found:
                rows = self._pull_table(http, token, version, difference.table)
                with self.db.engine.begin() as connection:
                    verify.replace_table(connection, difference.table, rows)
            remaining = self._differences(http, token, version) if found else []
        return VerifyResult(tuple(found), tuple(remaining))

    def _differences(self, http: httpx.Client, token: str, version: int) -> list:
        from canteen.sync import verify

        answer = self._post(http, "/verify", {"schema_version": version}, token)
        with self.db.engine.connect() as connection:
            return verify.compare(verify.local_checksums(connection), answer["tables"])

    def _pull_table(self, http: httpx.Client, token: str, version: int, table: str) -> list:
        with self.db.engine.connect() as connection:
            epoch = state.get(connection, state.EPOCH)
        cursor, rows = f"e{epoch}:0" if epoch else "0", []
        while True:
            body = {
                "schema_version": version,
                "cursor": cursor,
                "limit": self.page_size,
                "tables": [table],
            }
            page = self._post(http, "/pull", body, token)
            rows.extend(change["row"] for change in page["changes"])
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return rows


@dataclass(frozen=True)
class VerifyResult:
    """Tables that differed from the server, and those still differing after the re-pull."""

    found: tuple
    remaining: tuple


def _object(response: httpx.Response) -> dict | None:
    """The answer's JSON object, or None when the body is not one."""
    try:
        found = response.json()
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def _json(response: httpx.Response) -> dict:
    return _object(response) or {}
