"""The sync model test (SYNC.md §7.2): a Hypothesis state machine, 2 sites × 2 devices + a district PC.

Rules write locally (natural-key create, insert, update, soft delete on headcount, cost_entry,
waste_record), write central data, sync a device through a transport fault (dropped, duplicated,
or cut part way through the request's or the answer's body), restart the server (a new app object
on the same database; the app is served in process), SIGKILL a server subprocess during a push,
crash a client at a named crash point, move a device's clock, back a device's file up and later
put the backup back, and make the server demand a reset. After every example a quiescence step
heals the faults and syncs every device twice; then the invariants hold: convergence, no loss,
no duplication, isolation, liveness; monotonic reads are checked after every sync.
`SYNC_SOAK=1` runs many more and longer examples.

A new rule is a method with `@rule`; a rule that changes what "no loss" means (a restore) says
so through the ledger (`Ledger.forget`), one that resets a file through `Device.expect_reset`.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import text

from canteen.db.models import Headcount
from canteen.domain.ids import new_id
from canteen.sync import state
from canteen.sync.errors import SyncProblem
from canteen.sync.server import central as central_writes
from canteen.sync.server.app import create_app
from tests.canteen.sync.conftest import code_for
from tests.canteen.sync.harness.client_process import Templates
from tests.canteen.sync.harness.crash_in_process import CLIENT_POINTS, cycle_crashing_at
from tests.canteen.sync.harness.server_process import ServerProcess
from tests.canteen.sync.harness.transport import (
    CUT_REQUEST,
    CUT_RESPONSE,
    DROP_REQUEST,
    DROP_RESPONSE,
    DUPLICATE,
    DUPLICATE_CONCURRENT,
    FaultTransport,
    InProcessTransport,
)
from tests.canteen.sync.machine.device import VALUE, Device
from tests.canteen.sync.machine.invariants import Invariants
from tests.canteen.sync.machine.ledger import Ledger, Write
from tests.canteen.sync.machine.server_kill import kill_during_push, rows_to_push
from tests.canteen.sync.old_files import client_file_at, correct_sale

pytestmark = pytest.mark.postgres

SOAK = os.environ.get("SYNC_SOAK") == "1"
URL = "http://sync.test"
DAYS = [date(2026, 10, d) for d in (5, 6, 7)]
FAULTS = (None, DROP_REQUEST, DROP_RESPONSE, DUPLICATE, DUPLICATE_CONCURRENT)
CUTS = (CUT_REQUEST, CUT_RESPONSE)
# Clock moves: a few minutes, F10's three days, more than a year (both ways where it makes sense).
CLOCK_MOVES = tuple(
    timedelta(minutes=m) for m in (5, -7, 3 * 24 * 60, -3 * 24 * 60, 400 * 24 * 60, -90)
)
SKEW_SLACK = 30.0  # seconds: the model's own steps between the hello and the check
# Each kill costs a server process start (about a second of CPU): CI kills at most twice an
# example, the soak as often as Hypothesis likes.
KILLS_PER_EXAMPLE = 1000 if SOAK else 2
# What the rules met (printed at the end, `pytest -s`): proof that each fault really happens.
SEEN = Counter()
OLD_SCHEMA = 7  # the release before sale corrections (0008): what upgrade_client upgrades


class SyncModel(Invariants, RuleBasedStateMachine):
    """Two sites, two devices each, one in-process server on the module's PostgreSQL."""

    central = None  # set by the test: the module's engine
    templates: Templates | None = None
    district: str = ""
    process: ServerProcess | None = None  # the SIGKILL-able server, started at first use

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="sync-model-"))
        self.server = InProcessTransport(create_app(self.central))
        self.sites = [new_id(), new_id()]
        with self.central.begin() as connection:
            for n, site in enumerate(self.sites):
                central_writes.write(
                    connection,
                    "site",
                    {
                        "id": site,
                        "district_id": self.district,
                        "code": f"M{site[-6:]}{n}",
                        "name": "Model",
                        "town": "By",
                        "cost_centre": "1",
                    },
                )
        # The second site's second PC still runs the release before sale corrections
        # (schema 7) until `upgrade_client`; its site's other PC corrects a sale to start with.
        self.devices = [
            self._enroll(f"{s}{d}", site, OLD_SCHEMA if (s, d) == (1, 1) else None)
            for s, site in enumerate(self.sites)
            for d in (0, 1)
        ]
        correct_sale(self.devices[2].db, self.sites[1], DAYS[0])
        self._sync(self.devices[2])
        # A district PC: reads both sites, never writes.
        self.reader = self._enroll("district", None)
        self.everyone = [*self.devices, self.reader]
        self.ledger = Ledger()
        self.ingredients: list[str] = []
        self.kills = 0
        # A central row after the corrections: the older PC's cursor passes what it cannot
        # hold, so only the backfill after its upgrade can bring the corrections.
        self.central_write(rename=False)
        self._sync(self.devices[3])

    def _enroll(self, name: str, site: str, schema: int | None = None) -> Device:
        path = self.folder / f"{name}.db"
        if schema:
            client_file_at(path, f"{schema:04d}").engine.dispose()
        else:
            self.templates.new(path).engine.dispose()
        device = Device(name, site, path, FaultTransport(self.server), schema)
        code = (
            code_for(self.central, "site", site)
            if site
            else code_for(self.central, "district", district_id=self.district)
        )
        device.client.enroll(URL, code, label=f"model-{name}")
        self._sync(device)
        # The copy made at installation: restoring it is the "PC reinstalled from an old image".
        self._backup(device)
        return device

    # Rules: local and central writes

    @initialize(value=st.integers(1, 500))
    def both_devices_write_first(self, value):
        """Each site device makes the same natural-key headcount and a ledger row of its own."""
        for who in range(len(self.devices)):
            self.create(who, "headcount", value * 3)
            self.create(who, "cost_entry", value + who)

    @rule(who=st.integers(0, 3), table=st.sampled_from(sorted(VALUE)), value=st.integers(1, 500))
    def create(self, who, table, value):
        """A natural-key headcount (both devices of a site may make it) or a new ledger row."""
        device = self.devices[who]
        # A reset is one local transaction: a cut or crash in it leaves the old rows, never a
        # file without its own site row (found by this machine: creates then failed).
        assert device.has_site(), "a reset left the file without its synced data"
        day = DAYS[value % len(DAYS)]
        if table == "headcount":
            row_id = Headcount.id_for(device.site, day, "lunch")
            # As the app does it: update the row if this device has it, else insert it. (An
            # UPSERT defeats capture: see test_capture_conflict_clause.py.)
            statements = [
                """INSERT INTO headcount (id, site_id, day, service, covers, source,
                       confirmed, updated_at)
                   SELECT :id, :site, :day, 'lunch', :v, 'manual', 0, :now
                   WHERE NOT EXISTS (SELECT 1 FROM headcount WHERE id = :id)""",
                "UPDATE headcount SET covers = :v, updated_at = :now WHERE id = :id",
            ]
        elif table == "cost_entry":
            row_id = new_id()
            statements = [
                """INSERT INTO cost_entry (id, site_id, period, day, category, amount_ore,
                       source, note, updated_at)
                   VALUES (:id, :site, '2026-10', :day, 'other', :v, 'manual', '', :now)"""
            ]
        else:
            row_id = new_id()
            statements = [
                """INSERT INTO waste_record (id, site_id, day, service, kind, weight_g,
                       cost_ore, note, updated_at)
                   VALUES (:id, :site, :day, 'lunch', 'plate', :v, 0, '', :now)"""
            ]
        values = {"id": row_id, "site": device.site, "day": day, "v": value}
        self._write(device, table, row_id, statements, values)

    @rule(who=st.integers(0, 3), table=st.sampled_from(sorted(VALUE)), data=st.data())
    def update(self, who, table, data):
        """Change the value of one of the site's live rows, as this device sees it."""
        column = VALUE[table]
        self._change(who, table, data, f"{column} = {column} + 1, updated_at = :now")

    @rule(who=st.integers(0, 3), table=st.sampled_from(sorted(VALUE)), data=st.data())
    def soft_delete(self, who, table, data):
        """Soft-delete one of the site's live rows."""
        self._change(who, table, data, "deleted_at = :now, updated_at = :now")

    @rule(rename=st.booleans())
    def central_write(self, rename):
        """Central staff add an ingredient or rename this example's last one."""
        if rename and self.ingredients:
            row = {"id": self.ingredients[-1], "name": f"Omdøbt {new_id()[-6:]}"}
        else:
            row = {"id": new_id(), "name": f"Vare {new_id()[-6:]}"}
            self.ingredients.append(row["id"])
        with self.central.begin() as connection:
            central_writes.write(connection, "ingredient", row)

    # Rules: syncs and their faults

    @rule(
        who=st.integers(0, 4),
        fault=st.sampled_from(FAULTS),
        path=st.sampled_from(("/push", "/pull")),
    )
    def sync(self, who, fault, path):
        """One cycle of one device (4: the district PC), with at most one fault on its way."""
        self._sync_through(self.everyone[who], fault, path)

    @rule(
        who=st.integers(0, 4),
        fault=st.sampled_from(CUTS),
        path=st.sampled_from(("/push", "/pull")),
        fraction=st.sampled_from((0.0, 0.3, 0.5, 0.9)),
    )
    def sync_cut_mid_body(self, who, fault, path, fraction):
        """One cycle whose request or answer breaks off after `fraction` of its body: a cut
        push never commits, a cut answer did."""
        self._sync_through(self.everyone[who], fault, path, fraction=fraction)

    @rule()
    def restart_server(self):
        """A new app object on the same database: nothing may live in the server's memory."""
        self.server.app = create_app(self.central)

    @precondition(
        lambda self: (
            self.kills < KILLS_PER_EXAMPLE and any(rows_to_push(d.db) for d in self.devices)
        )
    )
    @rule(data=st.data())
    def server_kill(self, data):
        """SIGKILL the server subprocess while this device's push waits inside its transaction,
        then start it again.

        The new process starts in the background (the next kill waits for it); the device's
        retry goes to the in-process app, which serves the same database.
        """
        device = data.draw(st.sampled_from([d for d in self.devices if rows_to_push(d.db)]))
        process = self._server_process()
        self.kills += 1
        pushes, high = self._pushes(device), self._high_seq(device)
        before = self._server_state()
        with device.db.engine.begin() as connection:
            state.put(connection, state.SERVER, process.url)
        device.faulty.inner = httpx.HTTPTransport()
        try:
            rows = rows_to_push(device.db)
            inflight = device.fact(state.INFLIGHT)
            # Rows are locked only by ops the server applies (not a logged batch, not replays).
            row_lock = min(r[2] for r in rows) > high and not (
                inflight and self._pushed(device, json.loads(inflight)["batch_id"])
            )
            failures, lock = kill_during_push(
                process, self.central, device.client.cycle, rows, row_lock
            )
        finally:
            device.faulty.inner.close()
            device.faulty.inner = self.server
            with device.db.engine.begin() as connection:
                state.put(connection, state.SERVER, URL)
        process.launch()
        self._check_monotonic(device)
        SEEN[f"server_kill waiting on the {lock} lock"] += 1
        assert failures == ["unreachable"]
        # PostgreSQL rolled the push back: nothing of it is on the server.
        assert (self._pushes(device), self._high_seq(device)) == (pushes, high)
        assert self._server_state() == before
        assert rows_to_push(device.db)
        self._sync(device)

    @rule(point=st.sampled_from(CLIENT_POINTS), data=st.data())
    def client_crash_at(self, point, data):
        """The client dies at a named crash point; the file is opened again, as after a kill.

        The crash after a push's answer picks a device with something to push, if any has.
        """
        waiting = [d for d in self.devices if rows_to_push(d.db)]
        choices = waiting if point == CLIENT_POINTS[0] and waiting else self.everyone
        device = data.draw(st.sampled_from(choices))
        pushes = self._pushes(device)
        had_work = bool(rows_to_push(device.db))
        try:
            died = cycle_crashing_at(device.client, point)
            SEEN[f"client_crash_at {point}: {'died' if died else 'not reached'}"] += 1
        finally:
            device.close()
            device.open()
            self._check_monotonic(device)
        if point == CLIENT_POINTS[0] and died:
            # The server committed the push (a resent batch: answered from its log); the client
            # never took the answer in, so the batch is still in flight.
            inflight = json.loads(device.fact(state.INFLIGHT))
            assert self._pushed(device, inflight["batch_id"])
            assert self._pushes(device) - pushes in (0, 1)
        if point == CLIENT_POINTS[0] and not died:
            assert not had_work  # nothing to push: the cycle ran to its end

    @rule(who=st.integers(0, 4), move=st.sampled_from(CLOCK_MOVES))
    def advance_clock(self, who, move):
        """The device's wall clock jumps; nothing the sync decides may depend on it."""
        self.everyone[who].offset += move
        SEEN["clock moved"] += 1

    # Rules: backups, restores and resets

    @rule(who=st.integers(0, 4))
    def nightly_backup(self, who):
        """Copy the device's file, as a nightly backup does (the latest copy is kept)."""
        self._backup(self.everyone[who])

    def _backup(self, device):
        device.take_backup(self.folder / f"{device.name}-backup.db")

    @rule(who=st.integers(0, 4), behind=st.booleans())
    def restore_backup(self, who, behind):
        """Put a device's backup back; the PC starts and syncs at once.

        No loss then means: what the server acknowledged stays (on the server, and back on the
        device by pull); the device's changes made after the backup and never acknowledged are
        gone by definition, from the device and from the model's ledger. Numbered at or below
        max(backup counter, server high_seq), every other change is in the backup or on the
        server. The model syncs at once because an edit made on a restored copy before its first
        sync is numbered at or below what the server has seen, so it is refused as a replay:
        the seq guard cannot tell it from the stale ones (SYNC.md §6.9; docs/sync.md).
        """
        device = self.everyone[who]
        older = [d for d in self.everyone if self._high_seq(d) > d.backup_seq]
        if behind and older:
            # Half the time a copy the server has moved past, if there is one: the case the
            # server must catch.
            device = older[who % len(older)]
        high = self._high_seq(device)
        kept = max(device.backup_seq, high)
        lost = self.ledger.forget(device.name, after=kept)
        device.put_backup_back()
        epoch = device.epoch
        self._sync(device)
        device.expect_reset = False
        outcome = "reset" if device.epoch != epoch else "no reset"
        if high > device.backup_seq:
            # The server processed changes this copy never made: it must have been caught.
            assert outcome == "reset", (device.name, high, device.backup_seq)
        SEEN[f"restore: {'some' if lost else 'no'} writes lost, {outcome}"] += 1

    @rule(who=st.integers(0, 4))
    def reset(self, who):
        """The server moves the device to a new epoch (as a district move or an operator does);
        its next cycle pushes what waits, clears its synced data and pulls from 0."""
        device = self.everyone[who]
        with self.central.begin() as connection:
            connection.execute(
                text(
                    "UPDATE sync_device SET epoch = epoch + 1, reset_reason = 'epoch' WHERE id = :d"
                ),
                {"d": device.fact(state.DEVICE)},
            )
        device.expect_reset = True
        SEEN["reset asked"] += 1

    @precondition(lambda self: any(d.schema for d in self.devices))
    @rule()
    def upgrade_client(self):
        """This release is installed on the older PC: its next start migrates the file with the
        real migrations (recording what to pull again) whatever waits in its outbox; its next
        cycles push what waited and pull the sale corrections its schema could not hold."""
        device = next(d for d in self.devices if d.schema)
        waiting = len([e for e in device.outbox() if e[2] == "pending"])
        device.upgrade()
        assert len([e for e in device.outbox() if e[2] == "pending"]) == waiting
        SEEN[f"upgrade with {'some' if waiting else 'nothing'} waiting"] += 1

    # Helpers

    def _change(self, who, table, data, assignment):
        device = self.devices[who]
        live = sorted(i for i, r in device.rows(table).items() if r[0] == device.site and not r[2])
        if not live:
            return
        row_id = data.draw(st.sampled_from(live))
        statement = f"UPDATE {table} SET {assignment} WHERE id = :id"
        self._write(device, table, row_id, [statement], {"id": row_id})

    def _write(self, device, table, row_id, statements, values):
        """Run the statements in one transaction; a captured change goes in the ledger."""
        with device.db.engine.begin() as connection:
            before = _counter(connection)
            for statement in statements:
                connection.execute(text(statement), {**values, "now": device.stamp()})
            seq = _counter(connection)
            if seq == before:
                return  # nothing changed, nothing to send
            row = connection.execute(
                text(f"SELECT {VALUE[table]}, deleted_at IS NOT NULL FROM {table} WHERE id = :id"),
                {"id": row_id},
            ).one()
        self.ledger.record(Write(device.name, table, row_id, seq, tuple(row)))

    def _sync_through(self, device, fault, path, **options):
        """One cycle with `fault` planned; only the injected network faults may fail it."""
        pushes = self._pushes(device)
        if fault is not None:
            device.faulty.plan(fault, path, **options)
        seen = len(device.faulty.seen)
        try:
            self._sync(device)
        except SyncProblem as problem:
            if problem.reason != "unreachable":
                raise
        device.faulty.heal()
        used = [s for s in device.faulty.seen[seen:] if s.fault]
        SEEN[f"sync fault used: {used[0].fault if used else None}"] += 1
        if used and used[0].fault == CUT_REQUEST and used[0].path.endswith("/push"):
            # The server read a broken body: it refused it and committed nothing.
            assert used[0].statuses, used[0]
            assert used[0].statuses[0] != 200, used[0]
            assert self._pushes(device) == pushes

    def _sync(self, device):
        try:
            result = device.client.cycle()
        finally:
            self._check_monotonic(device)
        # The server measured this PC's clock as it is (the hello); nothing else used it.
        skew = float(device.fact(state.CLOCK_SKEW))
        assert abs(skew - device.offset.total_seconds()) < SKEW_SLACK, (device.name, skew)
        return result

    def _check_monotonic(self, device):
        """Monotonic reads: the cursor and every row's server_version never go back, and the
        cursor starts again only with a reset some rule asked for."""
        now_at = int(device.fact(state.CURSOR) or 0)
        epoch = device.fact(state.EPOCH)
        if epoch != device.epoch:
            assert device.epoch is None or device.expect_reset, (device.name, "reset unasked")
            device.epoch, device.expect_reset, device.cursor = epoch, False, 0
        assert now_at >= device.cursor
        device.cursor = now_at
        for table in VALUE:
            for row_id, row in device.rows(table).items():
                key, version = (table, row_id), row[3] or 0
                assert version >= device.versions.get(key, 0), (table, row_id)
                device.versions[key] = version

    def _server_process(self) -> ServerProcess:
        process = type(self).process
        if process.process is None or process.process.poll() is not None:
            process.launch()
        process.wait_ready()
        return process

    def _device_row(self, device, column):
        with self.central.connect() as connection:
            return connection.execute(
                text(f"SELECT {column} FROM sync_device WHERE id = :d"),
                {"d": device.fact(state.DEVICE)},
            ).scalar()

    def _high_seq(self, device) -> int:
        return self._device_row(device, "high_seq") or 0

    def _pushes(self, device) -> int:
        with self.central.connect() as connection:
            return connection.execute(
                text("SELECT count(*) FROM sync_push WHERE device_id = :d"),
                {"d": device.fact(state.DEVICE)},
            ).scalar()

    def _pushed(self, device, batch_id) -> bool:
        with self.central.connect() as connection:
            return bool(
                connection.execute(
                    text("SELECT 1 FROM sync_push WHERE device_id = :d AND batch_id = :b"),
                    {"d": device.fact(state.DEVICE), "b": batch_id},
                ).scalar()
            )

    def _server_state(self):
        return {table: self._server_rows(table) for table in VALUE}

    # Quiescence and the invariants

    def teardown(self):
        try:
            for device in self.everyone:
                device.faulty.heal()
            for _ in range(2):
                for device in self.everyone:
                    self._sync(device)
            self._check_invariants()
        finally:
            for device in self.everyone:
                device.close()
            shutil.rmtree(self.folder, ignore_errors=True)


def _counter(connection) -> int:
    return (
        connection.execute(
            text("SELECT seq FROM sqlite_sequence WHERE name = '_sync_outbox'")
        ).scalar()
        or 0
    )


def test_sync_model(central, central_url, tmp_path_factory):
    district = new_id()
    with central.begin() as connection:
        central_writes.write(connection, "district", {"id": district, "code": "M", "name": "M"})
    SyncModel.central = central
    SyncModel.district = district
    SyncModel.templates = Templates(tmp_path_factory.mktemp("model-template"))
    SyncModel.process = ServerProcess(central_url)
    try:
        run_state_machine_as_test(
            SyncModel,
            settings=settings(
                # SYNC_SOAK_EXAMPLES shortens a soak to fit the time at hand.
                max_examples=int(os.environ.get("SYNC_SOAK_EXAMPLES", 500)) if SOAK else 15,
                stateful_step_count=40 if SOAK else 20,
                derandomize=not SOAK,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                # CI: the same examples every run, so a failure reproduces by running it again.
                # Soak: random; a failure is kept in .hypothesis/ and replayed first next time.
                database=settings.default.database if SOAK else None,
                print_blob=True,  # a failure prints the line that reproduces it
            ),
        )
    finally:
        SyncModel.process.kill()
        print("\nmodel rules met:", dict(sorted(SEEN.items())))
