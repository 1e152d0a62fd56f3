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
# The connection breaks after `fraction` of the request body: the server reads that much and then
# the peer is gone (ASGI `http.disconnect`, as uvicorn reports it); needs InProcessTransport.
CUT_REQUEST = "cut_request"
# Sent and processed; the connection breaks after `fraction` of the answer's body was read.
CUT_RESPONSE = "cut_response"

KINDS = (
    DROP_REQUEST,
    DROP_RESPONSE,
    DUPLICATE,
    DUPLICATE_CONCURRENT,
    DELAY,
    STATUS,
    BEFORE,
    CUT_REQUEST,
    CUT_RESPONSE,
)
# The key of the request extension that tells InProcessTransport where to cut the body.
CUT_AT = "fault_cut_body_at"


@dataclass
class Fault:
    """One planned fault for the next request whose path ends with `path`."""

    kind: str
    path: str
    seconds: float = 0.0
    status: int = 503
    action: Callable[[], None] | None = None
    after: int = 0  # let this many matching requests pass first
    fraction: float = 0.5  # CUT_REQUEST, CUT_RESPONSE: how much of the body gets through


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
        `status` (STATUS), `action` (BEFORE), `fraction` (CUT_REQUEST, CUT_RESPONSE).
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
        if fault.kind == CUT_REQUEST:
            return self._cut_request(request, seen, fault.fraction)
        if fault.kind == CUT_RESPONSE:
            return self._cut_response(request, seen, fault.fraction)
        return self._send(request, seen)

    def _cut_request(self, request: httpx.Request, seen: Seen, fraction: float) -> httpx.Response:
        if not isinstance(self.inner, InProcessTransport):
            raise TypeError("cut_request needs InProcessTransport (FaultProxy cuts real sockets)")
        at = int(len(request.content) * fraction)
        cut = _copy(request)
        cut.extensions = {**cut.extensions, CUT_AT: at}
        # The server answers the broken body (seen.statuses has it); the client gets nothing.
        self._send_as_is(cut, seen)
        raise httpx.WriteError(
            f"fault: connection cut after {at} bytes of the body", request=request
        )

    def _cut_response(self, request: httpx.Request, seen: Seen, fraction: float) -> httpx.Response:
        whole = self._send(request, seen)
        part = whole.content[: int(len(whole.content) * fraction)]
        return httpx.Response(
            whole.status_code,
            headers=whole.headers,
            stream=_BrokenStream(part, request),
            request=request,
        )

    def _send(self, request: httpx.Request, seen: Seen) -> httpx.Response:
        return self._send_as_is(_copy(request), seen)

    def _send_as_is(self, request: httpx.Request, seen: Seen) -> httpx.Response:
        response = self.inner.handle_request(request)
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


class _BrokenStream(httpx.SyncByteStream):
    """An answer's body that breaks off after `part`, as a connection reset while reading."""

    def __init__(self, part: bytes, request: httpx.Request) -> None:
        self.part, self.request = part, request

    def __iter__(self):
        if self.part:
            yield self.part
        raise httpx.ReadError(
            "fault: connection cut while reading the answer", request=self.request
        )


def _disconnect_after(app, at: int):
    """`app` as a server sees it when the client's connection breaks after `at` body bytes:
    that much arrives (more announced), then `http.disconnect`."""

    async def cut(scope, receive, send):
        left: int | None = at

        async def partial():
            nonlocal left
            if left is None:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] != "http.request":
                return message
            body = message.get("body", b"")[:left]
            left -= len(body)
            if left <= 0 or not message.get("more_body"):
                left = None  # the rest never comes
            return {"type": "http.request", "body": body, "more_body": True}

        await app(scope, partial, send)

    return cut


class InProcessTransport(httpx.BaseTransport):
    """Serves a sync `httpx.Client` from an ASGI app in this process (no sockets, no threads).

    A request carrying the `CUT_AT` extension reaches the app with its body broken off there.
    """

    def __init__(self, app) -> None:
        self.app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return asyncio.run(self._handle(request))

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        at = request.extensions.get(CUT_AT)
        app = self.app if at is None else _disconnect_after(self.app, at)
        asgi = httpx.ASGITransport(app=app)
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
