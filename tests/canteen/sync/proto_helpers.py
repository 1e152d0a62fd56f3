"""Helpers shared by the protocol tests: one district and site, raw HTTP, a recording transport."""

from __future__ import annotations

from datetime import date

import httpx
from sqlalchemy import text

from canteen.db.models import Headcount
from canteen.domain.ids import new_id
from canteen.sync import protocol, state, tokens
from canteen.sync.server import central as central_writes


def make_site(central, code: str) -> tuple[str, str]:
    """A new district with one site on the central database: (district_id, site_id)."""
    district, site = new_id(), new_id()
    with central.begin() as connection:
        central_writes.write(
            connection, "district", {"id": district, "code": f"K{code}", "name": f"K{code}"}
        )
        central_writes.write(
            connection,
            "site",
            {
                "id": site,
                "district_id": district,
                "code": code,
                "name": f"Kantine {code}",
                "town": "By",
                "cost_centre": "1",
            },
        )
    return district, site


def headcount(db, site, day: date, covers: int) -> str:
    """Create or change a site's lunch headcount locally (ORM); returns its id."""
    row_id = Headcount.id_for(site, day, "lunch")
    with db.sessions.begin() as session:
        row = session.get(Headcount, row_id)
        if row is None:
            session.add(Headcount(id=row_id, site_id=site, day=day, service="lunch", covers=covers))
        else:
            row.covers = covers
    return row_id


def local_value(db, row_id: str, column: str = "covers"):
    """A headcount column in the local file."""
    with db.engine.connect() as connection:
        return connection.execute(
            text(f"SELECT {column} FROM headcount WHERE id = :r"), {"r": row_id}
        ).scalar()


def server_value(central, row_id: str, column: str = "covers"):
    """A headcount column on the server."""
    with central.connect() as connection:
        return connection.execute(
            text(f"SELECT {column} FROM headcount WHERE id = :r"), {"r": row_id}
        ).scalar()


def token_of(db) -> str:
    """The enrolled file's bearer token."""
    with db.engine.connect() as connection:
        device = state.get(connection, state.DEVICE)
    return tokens.load(device)


def post(server: str, db, path: str, body: dict) -> httpx.Response:
    """A raw request as the file's device."""
    body = {"schema_version": protocol.schema_version(), **body}
    headers = {"Authorization": f"Bearer {token_of(db)}"}
    return httpx.post(f"{server}{protocol.PREFIX}{path}", json=body, headers=headers)


class Recording(httpx.HTTPTransport):
    """Sends every request and keeps (path, request JSON, status, answer JSON)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, dict, int, dict]] = []

    def handle_request(self, request):
        import json

        response = super().handle_request(request)
        response.read()
        path = request.url.path.rsplit("/", 1)[-1]
        self.seen.append(
            (path, json.loads(request.content or b"{}"), response.status_code, response.json())
        )
        return response

    def bodies(self, path: str) -> list[dict]:
        """The request bodies sent to `path` (push, pull, hello)."""
        return [body for p, body, _, _ in self.seen if p == path]
