"""Client-side faults as an httpx transport wrapped around the real one (SYNC.md §7.1).

`FaultTransport(inner)` passes requests to `inner` (the real `httpx.HTTPTransport`, or
`InProcessTransport` for the app in this process) unless a fault is planned for the request's
path. Faults are used once each, in the order planned.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

DROP_REQUEST = "drop_request"  # never sent: the server sees nothing
DROP_RESPONSE = "drop_response"  # sent and processed; the answer is lost on the way back
DUPLICATE = "duplicate"  # sent twice, one after the other; the client sees the second answer
DUPLICATE_CONCURRENT = "duplicate_concurrent"  # sent twice at once; the client sees one answer
DELAY = "delay"  # sent after `seconds`
STATUS = "status"  # not sent; answered with `status` (a failing proxy or server, e.g. 503)
BEFORE = "before"  # `action()` runs, then the request is sent (e.g. kill the server)

KINDS = (DROP_REQUEST, DROP_RESPONSE, DUPLICATE, DUPLICATE_CONCURRENT, DELAY, STATUS, BEFORE)


@dataclass
class Fault:
    """One planned fault for the next request whose path ends with `path`."""

    kind: str
    path: str
    seconds: float = 0.0
    status: int = 503
    action: Callable[[], None] | None = None
    after: int = 0  # let this many matching requests pass first


@dataclass
class Seen:
    """One request the transport handled, and what became of it."""

    path: str
    fault: str | None
    statuses: list[int] = field(default_factory=list)
    bodies: list[dict] = field(default_factory=list)


class FaultTransport(httpx.BaseTransport):
    """Wraps a real transport; injects the planned faults and logs every request."""

    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.planned: list[Fault] = []
        self.seen: list[Seen] = []
        self._lock = threading.Lock()

    def plan(self, kind: str, path: str, **options) -> None:
        """Inject `kind` into the next request to a path ending with `path` (e.g. "/push").

        Options: `after` (skip that many matching requests first), `seconds` (DELAY),
        `status` (STATUS), `action` (BEFORE).
        """
        if kind not in KINDS:
            raise ValueError(kind)
        self.planned.append(Fault(kind, path, **options))

    def heal(self) -> None:
        """Forget every fault not used yet."""
        self.planned.clear()

    def _take(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self.planned:
                if not path.endswith(fault.path):
                    continue
                if fault.after:
                    fault.after -= 1
                    return None
                self.planned.remove(fault)
                return fault
        return None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        fault = self._take(request.url.path)
        seen = Seen(request.url.path, fault.kind if fault else None)
        self.seen.append(seen)
        if fault is None:
            return self._send(request, seen)
        if fault.kind == DROP_REQUEST:
            raise httpx.ConnectError("fault: request dropped", request=request)
        if fault.kind == STATUS:
            seen.statuses.append(fault.status)
            return httpx.Response(fault.status, json={"detail": "fault"}, request=request)
        if fault.kind == DELAY:
            time.sleep(fault.seconds)
        if fault.kind == BEFORE and fault.action is not None:
            fault.action()
        if fault.kind == DROP_RESPONSE:
            self._send(request, seen)
            raise httpx.ReadError("fault: response dropped", request=request)
        if fault.kind == DUPLICATE:
            self._send(request, seen)
        if fault.kind == DUPLICATE_CONCURRENT:
            return self._send_twice_at_once(request, seen)
        return self._send(request, seen)

    def _send(self, request: httpx.Request, seen: Seen) -> httpx.Response:
        response = self.inner.handle_request(_copy(request))
        body = response.read()
        seen.statuses.append(response.status_code)
        if response.headers.get("content-type", "").startswith("application/json"):
            seen.bodies.append(httpx.Response(200, content=body).json())
        return httpx.Response(
            response.status_code, headers=_decoded(response.headers), content=body, request=request
        )

    def _send_twice_at_once(self, request: httpx.Request, seen: Seen) -> httpx.Response:
        answers: list[httpx.Response] = []
        start = threading.Barrier(2)

        def send() -> None:
            start.wait()
            answers.append(self._send(request, seen))

        threads = [threading.Thread(target=send) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        return answers[-1]

    def close(self) -> None:
        self.inner.close()


def _copy(request: httpx.Request) -> httpx.Request:
    """A fresh request with the same bytes, so one request can be sent more than once."""
    return httpx.Request(
        request.method, request.url, headers=request.headers, content=request.content
    )


class InProcessTransport(httpx.BaseTransport):
    """Serves a sync `httpx.Client` from an ASGI app in this process (no sockets, no threads)."""

    def __init__(self, app) -> None:
        self.app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return asyncio.run(self._handle(request))

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        asgi = httpx.ASGITransport(app=self.app)
        response = await asgi.handle_async_request(request)
        body = await response.aread()
        return httpx.Response(
            response.status_code, headers=_decoded(response.headers), content=body
        )


def _decoded(headers: httpx.Headers) -> httpx.Headers:
    """The headers of an answer whose body was already read, so decoded (the server may gzip)."""
    plain = httpx.Headers(headers)
    for name in ("content-encoding", "content-length"):
        plain.pop(name, None)
    return plain
