"""PostgreSQL row-level security: the second wall behind push/pull's own checks (SYNC.md §6.10).

The server works as `APP_ROLE`, a role that owns nothing and lacks BYPASSRLS: every request
transaction starts with `SET LOCAL ROLE` and the device's context as transaction-local settings
(`app.scope`, `app.site_id`, `app.district_id`, `app.device_id`). Every synced table has ENABLE +
FORCE ROW LEVEL SECURITY and two policies for that role, derived from the table's owner kind and
columns, never from a hand list. Without a context a site-owned table shows nothing (fails closed).
Central staff tools set `app.scope = 'central'` (see `staff`). SQLite has none of this: skipped.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from canteen.db.base import CENTRAL, DISTRICT, SHARED
from canteen.sync import tables as synced

APP_ROLE = "canteen_app"
READ_POLICY = "sync_read"
WRITE_POLICY = "sync_write"


class NotReady(RuntimeError):
    """The server's login may not act as the app role (no `admin init` yet, or no GRANT)."""


def _setting_id(name: str) -> str:
    # Unset reads as NULL or '' (after an earlier transaction set it): both become NULL, so an
    # unset context matches no row instead of failing the cast.
    return f"NULLIF(current_setting('app.{name}', true), '')::uuid"


_CENTRAL = "current_setting('app.scope', true) = 'central'"
_OWN_SITE = f"site_id = {_setting_id('site_id')}"
# A district device sees every site of its district; `site` itself carries no site_id.
_DISTRICT_SITES = (
    "(current_setting('app.scope', true) = 'district' AND site_id IN "
    f"(SELECT s.id FROM site s WHERE s.district_id = {_setting_id('district_id')}))"
)


def _postgres(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def predicates(table: synced.SyncTable) -> tuple[str, str]:
    """The (read, write) conditions of the app role's policies on `table`, mirroring pull/push."""
    if table.owner == CENTRAL:
        return "true", _CENTRAL
    if table.owner == DISTRICT:
        if table.has_district:
            seen = f"district_id = {_setting_id('district_id')}"
        elif table.has_site:
            seen = f"{_OWN_SITE} OR {_DISTRICT_SITES}"
        else:
            seen = "false"
        return f"{_CENTRAL} OR {seen}", _CENTRAL
    if not table.has_site:
        # A site-owned table without site_id cannot be scoped: only central may touch it.
        return _CENTRAL, _CENTRAL
    read = f"{_CENTRAL} OR {_OWN_SITE} OR {_DISTRICT_SITES}"
    if table.owner == SHARED:
        # Shared rows (no site) are readable by all and written only centrally.
        read = f"{read} OR site_id IS NULL"
    write = f"{_CENTRAL} OR (current_setting('app.scope', true) = 'site' AND {_OWN_SITE})"
    return read, write


def install(connection: Connection) -> None:
    """Create the app role if missing, grant what the server needs, put policies on every synced
    table. Safe to run again; a no-op on SQLite."""
    if not _postgres(connection):
        return
    from canteen.sync.server.schema import server_metadata

    _ensure_role(connection)
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    run = connection.exec_driver_sql
    run(f'GRANT USAGE ON SCHEMA "{schema}" TO {APP_ROLE}')
    # The bookkeeping tables have no site rows; the server reads and writes them freely.
    for table in server_metadata.sorted_tables:
        run(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{table.name}" TO {APP_ROLE}')
    run(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO {APP_ROLE}')
    for table in synced.registry().values():
        name = table.name
        read, write = predicates(table)
        run(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{name}" TO {APP_ROLE}')
        run(f'ALTER TABLE "{name}" ENABLE ROW LEVEL SECURITY')
        # FORCE: even the owner obeys the policies (it then needs app.scope = 'central').
        run(f'ALTER TABLE "{name}" FORCE ROW LEVEL SECURITY')
        run(f'DROP POLICY IF EXISTS {READ_POLICY} ON "{name}"')
        run(f'DROP POLICY IF EXISTS {WRITE_POLICY} ON "{name}"')
        run(f'CREATE POLICY {READ_POLICY} ON "{name}" FOR SELECT USING ({read})')
        run(
            f'CREATE POLICY {WRITE_POLICY} ON "{name}" FOR ALL USING ({write}) WITH CHECK ({write})'
        )


def _ensure_role(connection: Connection) -> None:
    # Roles belong to the cluster; two databases initialised at once may race to create it.
    connection.exec_driver_sql(
        f"""DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
                CREATE ROLE {APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS;
              END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$"""
    )
    powerful = connection.execute(
        text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = :r"), {"r": APP_ROLE}
    ).scalar_one()
    if powerful:
        # Somebody widened it: the wall is worth nothing unless the role obeys the policies.
        connection.exec_driver_sql(f"ALTER ROLE {APP_ROLE} NOSUPERUSER NOBYPASSRLS")


def enter(connection: Connection, who=None) -> None:
    """Work as the app role for the rest of this transaction, in `who`'s context (a Device or
    None before authentication). No-op on SQLite."""
    if not _postgres(connection):
        return
    connection.exec_driver_sql(f"SET LOCAL ROLE {APP_ROLE}")
    connection.execute(
        text(
            "SELECT set_config('app.scope', :scope, true), set_config('app.site_id', :site, true),"
            " set_config('app.district_id', :district, true),"
            " set_config('app.device_id', :device, true)"
        ),
        {
            "scope": getattr(who, "scope", "") or "",
            "site": getattr(who, "site_id", "") or "",
            "district": getattr(who, "district_id", "") or "",
            "device": getattr(who, "id", "") or "",
        },
    )


def staff(connection: Connection) -> None:
    """Mark this transaction as central staff's (reads and writes every row); no-op on SQLite."""
    if _postgres(connection):
        connection.execute(text("SELECT set_config('app.scope', 'central', true)"))


def ready(connection: Connection) -> bool:
    """Whether the app role exists and this login may act as it (else `admin init` is due)."""
    if not _postgres(connection):
        return True
    return bool(
        connection.execute(
            text(
                "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = :r)"
                " AND pg_has_role(current_user, :r, 'MEMBER')"
            ),
            {"r": APP_ROLE},
        ).scalar()
    )


def unprotected(connection: Connection) -> list[str]:
    """Tables with a `site_id` column that lack FORCE RLS or a policy for the app role (sorted).

    Read from the catalog, not the registry, so a table the registry misses is caught too; the
    server's bookkeeping tables (devices, codes, logs: no site data) are left out by name.
    """
    from canteen.sync.server.schema import server_metadata

    rows = connection.execute(
        text(
            """SELECT c.relname
               FROM pg_class c
               JOIN pg_namespace n ON n.oid = c.relnamespace
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'site_id'
                    AND NOT a.attisdropped
               WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
                 AND NOT (c.relname = ANY (:bookkeeping))
                 AND NOT (c.relrowsecurity AND c.relforcerowsecurity
                          AND EXISTS (SELECT FROM pg_policies p
                                      WHERE p.schemaname = n.nspname AND p.tablename = c.relname
                                        AND (:role = ANY (p.roles) OR 'public' = ANY (p.roles))))
               ORDER BY c.relname"""
        ),
        {"role": APP_ROLE, "bookkeeping": sorted(server_metadata.tables)},
    )
    return list(rows.scalars())
