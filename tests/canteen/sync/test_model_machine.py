"""The sync model test (SYNC.md §7.2): a Hypothesis state machine, 2 sites × 2 devices + a district PC.

Rules write locally (natural-key create, insert, update, soft delete on headcount, cost_entry,
waste_record), write central data, sync a device through a transport fault, and restart the
server (a new app object on the same database; the app is served in process). After every
example a quiescence step heals the faults and syncs every device twice; then the invariants
hold: convergence, no loss, no duplication, isolation, liveness; monotonic reads are checked
after every sync. `SYNC_SOAK=1` runs many more and longer examples.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sqlalchemy import bindparam, text

from canteen.db.models import Headcount
from canteen.domain.ids import new_id
from canteen.sync import state
from canteen.sync.client import SyncClient
from canteen.sync.errors import SyncProblem
from canteen.sync.server import central as central_writes
from canteen.sync.server.app import create_app
from tests.canteen.sync.conftest import code_for
from tests.canteen.sync.harness.client_process import Templates
from tests.canteen.sync.harness.transport import (
    DROP_REQUEST,
    DROP_RESPONSE,
    DUPLICATE,
    DUPLICATE_CONCURRENT,
    FaultTransport,
    InProcessTransport,
)

pytestmark = pytest.mark.postgres

SOAK = os.environ.get("SYNC_SOAK") == "1"
URL = "http://sync.test"
DAYS = [date(2026, 10, d) for d in (5, 6, 7)]
WHEN = datetime(2026, 10, 8, 12, tzinfo=UTC)
VALUE = {"headcount": "covers", "cost_entry": "amount_ore", "waste_record": "weight_g"}
FAULTS = (None, DROP_REQUEST, DROP_RESPONSE, DUPLICATE, DUPLICATE_CONCURRENT)


class Device:
    """One enrolled client file, its fault transport and what it has seen so far."""

    def __init__(self, name, site, db, client, faulty) -> None:
        self.name, self.site, self.db, self.client, self.faulty = name, site, db, client, faulty
        self.cursor = 0
        self.versions: dict[tuple[str, str], int] = {}

    def rows(self, table: str) -> dict[str, tuple]:
        """This device's rows of `table`: id -> (site_id, value, deleted, server_version)."""
        with self.db.engine.connect() as connection:
            found = connection.execute(
                text(
                    f"SELECT id, site_id, {VALUE[table]}, deleted_at IS NOT NULL, server_version "
                    f"FROM {table}"
                )
            ).all()
        return {r[0]: tuple(r[1:]) for r in found}


class SyncModel(RuleBasedStateMachine):
    """Two sites, two devices each, one in-process server on the module's PostgreSQL."""

    central = None  # set by the test: the module's engine
    templates: Templates | None = None
    district: str = ""

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
        self.devices = [
            self._enroll(f"{s}{d}", site) for s, site in enumerate(self.sites) for d in (0, 1)
        ]
        # A district PC: reads both sites, never writes.
        self.reader = self._enroll("district", None)
        self.everyone = [*self.devices, self.reader]
        self.writers: dict[tuple[str, str], set[str]] = {}  # row -> devices that wrote it
        self.last: dict[tuple[str, str, str], tuple] = {}  # (table, id, device) -> its last write
        self.ingredients: list[str] = []

    def _enroll(self, name: str, site: str) -> Device:
        db = self.templates.new(self.folder / f"{name}.db")
        faulty = FaultTransport(self.server)
        client = SyncClient(db, transport=faulty)
        code = (
            code_for(self.central, "site", site)
            if site
            else code_for(self.central, "district", district_id=self.district)
        )
        client.enroll(URL, code, label=f"model-{name}")
        device = Device(name, site, db, client, faulty)
        self._sync(device)
        return device

    # Rules

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
        day = DAYS[value % len(DAYS)]
        if table == "headcount":
            row_id = Headcount.id_for(device.site, day, "lunch")
            # As the app does it: update the row if this device has it, else insert it. (An
            # UPSERT defeats capture: see test_capture_conflict_clause.py.)
            statement = """INSERT INTO headcount (id, site_id, day, service, covers, source,
                               confirmed, updated_at)
                           SELECT :id, :site, :day, 'lunch', :v, 'manual', 0, :now
                           WHERE NOT EXISTS (SELECT 1 FROM headcount WHERE id = :id)"""
        elif table == "cost_entry":
            row_id = new_id()
            statement = """INSERT INTO cost_entry (id, site_id, period, day, category, amount_ore,
                               source, note, updated_at)
                           VALUES (:id, :site, '2026-10', :day, 'other', :v, 'manual', '', :now)"""
        else:
            row_id = new_id()
            statement = """INSERT INTO waste_record (id, site_id, day, service, kind, weight_g,
                               cost_ore, note, updated_at)
                           VALUES (:id, :site, :day, 'lunch', 'plate', :v, 0, '', :now)"""
        with device.db.engine.begin() as connection:
            values = {"id": row_id, "site": device.site, "day": day, "v": value, "now": WHEN}
            connection.execute(text(statement), values)
            if table == "headcount":
                connection.execute(text("UPDATE headcount SET covers = :v WHERE id = :id"), values)
            self._wrote(connection, device, table, row_id)

    @rule(who=st.integers(0, 3), table=st.sampled_from(sorted(VALUE)), data=st.data())
    def update(self, who, table, data):
        """Change the value of one of the site's live rows, as this device sees it."""
        self._change(who, table, data, f"{VALUE[table]} = {VALUE[table]} + 1")

    @rule(who=st.integers(0, 3), table=st.sampled_from(sorted(VALUE)), data=st.data())
    def soft_delete(self, who, table, data):
        """Soft-delete one of the site's live rows."""
        self._change(who, table, data, "deleted_at = :now")

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

    @rule(
        who=st.integers(0, 4),
        fault=st.sampled_from(FAULTS),
        path=st.sampled_from(("/push", "/pull")),
    )
    def sync(self, who, fault, path):
        """One cycle of one device (4: the district PC), with at most one fault on its way."""
        device = self.everyone[who]
        if fault is not None:
            device.faulty.plan(fault, path)
        try:
            self._sync(device)
        except SyncProblem as problem:
            if problem.reason != "unreachable":  # only the injected network faults may fail
                raise
        device.faulty.heal()

    @rule()
    def restart_server(self):
        """A new app object on the same database: nothing may live in the server's memory."""
        self.server.app = create_app(self.central)

    # Helpers

    def _change(self, who, table, data, assignment):
        device = self.devices[who]
        live = sorted(i for i, r in device.rows(table).items() if r[0] == device.site and not r[2])
        if not live:
            return
        row_id = data.draw(st.sampled_from(live))
        with device.db.engine.begin() as connection:
            connection.execute(
                text(f"UPDATE {table} SET {assignment} WHERE id = :id"), {"id": row_id, "now": WHEN}
            )
            self._wrote(connection, device, table, row_id)

    def _wrote(self, connection, device, table, row_id):
        self.writers.setdefault((table, row_id), set()).add(device.name)
        row = connection.execute(
            text(f"SELECT {VALUE[table]}, deleted_at IS NOT NULL FROM {table} WHERE id = :id"),
            {"id": row_id},
        ).one()
        self.last[(table, row_id, device.name)] = tuple(row)

    def _sync(self, device):
        try:
            return device.client.cycle()
        finally:
            self._check_monotonic(device)

    def _check_monotonic(self, device):
        """Monotonic reads: the cursor and every row's server_version never go back."""
        with device.db.engine.connect() as connection:
            now_at = int(state.get(connection, state.CURSOR) or 0)
        assert now_at >= device.cursor
        device.cursor = now_at
        for table in VALUE:
            for row_id, row in device.rows(table).items():
                key, version = (table, row_id), row[3] or 0
                assert version >= device.versions.get(key, 0), (table, row_id)
                device.versions[key] = version

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
                device.db.engine.dispose()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _server_rows(self, table):
        with self.central.connect() as connection:
            found = connection.execute(
                text(
                    f"SELECT id::text, site_id::text, {VALUE[table]}, deleted_at IS NOT NULL, "
                    f"server_version FROM {table} WHERE site_id IN (:a, :b)"
                ),
                {"a": self.sites[0], "b": self.sites[1]},
            ).all()
        return {r[0]: tuple(r[1:]) for r in found}

    def _check_invariants(self):
        for table in VALUE:
            on_server = self._server_rows(table)
            for device in self.devices:
                mine = {i: r for i, r in on_server.items() if r[0] == device.site}
                local = device.rows(table)
                # Isolation: nothing of the other site ever reached this device.
                assert {r[0] for r in local.values()} <= {device.site}, (table, device.name)
                # Convergence: ids, values, tombstones and versions equal the server's scope.
                assert {
                    i: r for i, r in local.items() if i in on_server or r[0] == device.site
                } == mine
            # The district PC holds both sites' rows, as the server has them.
            seen = self.reader.rows(table)
            assert {i: r for i, r in seen.items() if r[0] in self.sites} == on_server, table
            written = {row_id for (t, row_id) in self.writers if t == table}
            # No loss, no duplication: every row written exists once, and nothing else does.
            assert written == set(on_server), table
            for (t, row_id), who in self.writers.items():
                if t != table:
                    continue
                site = next(d.site for d in self.devices if d.name in who)
                assert on_server[row_id][0] == site  # isolation on the server
                if len(who) == 1:
                    # A row only one device wrote holds that device's last write.
                    (name,) = who
                    assert on_server[row_id][1:3] == self.last[(table, row_id, name)], row_id
        for device in self.everyone:
            with device.db.engine.connect() as connection:
                # Liveness: all sent, nothing refused, with no further local write.
                assert connection.execute(text("SELECT count(*) FROM _sync_outbox")).scalar() == 0
                names = dict(
                    connection.execute(
                        text("SELECT id, name FROM ingredient WHERE id IN :ids").bindparams(
                            bindparam("ids", expanding=True)
                        ),
                        {"ids": self.ingredients or [""]},
                    ).all()
                )
            with self.central.connect() as connection:
                wanted = dict(
                    connection.execute(
                        text("SELECT id::text, name FROM ingredient WHERE id::text = ANY(:ids)"),
                        {"ids": self.ingredients},
                    ).all()
                )
            assert names == wanted


def test_sync_model(central, tmp_path_factory):
    district = new_id()
    with central.begin() as connection:
        central_writes.write(connection, "district", {"id": district, "code": "M", "name": "M"})
    SyncModel.central = central
    SyncModel.district = district
    SyncModel.templates = Templates(tmp_path_factory.mktemp("model-template"))
    run_state_machine_as_test(
        SyncModel,
        settings=settings(
            max_examples=500 if SOAK else 8,
            stateful_step_count=40 if SOAK else 15,
            derandomize=not SOAK,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
            print_blob=True,  # a failure prints the line that reproduces it
        ),
    )
