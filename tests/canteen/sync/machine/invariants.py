"""The sync model's invariants after quiescence (SYNC.md §7.2): convergence, no loss, no
duplication, isolation, liveness, and the schema window's sale corrections."""

from __future__ import annotations

from sqlalchemy import bindparam, text

from tests.canteen.sync.machine.device import VALUE


class Invariants:
    """Checks over the model's devices, ledger and central database (mixed into SyncModel)."""

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
        writers, last = self.ledger.writers(), self.ledger.last()
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
            written = {row_id for (t, row_id) in writers if t == table}
            # No loss, no duplication: every row written (and not lost with a restore) exists
            # once, and nothing else does.
            assert written == set(on_server), table
            for (t, row_id), who in writers.items():
                if t != table:
                    continue
                site = next(d.site for d in self.devices if d.name in who)
                assert on_server[row_id][0] == site  # isolation on the server
                if len(who) == 1:
                    # A row only one device wrote holds that device's last write.
                    (name,) = who
                    assert on_server[row_id][1:3] == last[(table, row_id, name)], row_id
        # The schema window: a PC of this release holds its site's sale corrections (an
        # upgraded one by its backfill); an older PC holds no such table at all.
        with self.central.connect() as connection:
            corrections = {
                (str(site), str(i))
                for i, site in connection.execute(
                    text("SELECT id, site_id FROM sale_adjustment WHERE site_id IN (:a, :b)"),
                    {"a": self.sites[0], "b": self.sites[1]},
                )
            }
        assert corrections  # the example starts with one corrected sale
        for device in self.everyone:
            held = device.sale_adjustments()
            if device.schema:
                assert held is None, device.name
            else:
                scope = {i for site, i in corrections if device.site in (None, site)}
                # The district PC also holds earlier examples' sites (one district for all).
                assert scope <= held if device.site is None else held == scope, device.name
        for device in self.everyone:
            # Liveness: all sent, nothing refused, with no further local write. A restored
            # file's stale changes stay listed as refused replays (the Synkronisering page).
            allowed = {("rejected", "replay_refused")} if device.restored else set()
            assert {e[2:] for e in device.outbox()} <= allowed, device.name
            with device.db.engine.connect() as connection:
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
