"""A TCP fault proxy on loopback, after Toxiproxy's toxics (SYNC.md §7.1), in asyncio.

`FaultProxy(host, port)` listens on 127.0.0.1 (a free port) and forwards every connection to
the upstream server in its own event-loop thread. Set the toxics as attributes, from any
thread; they apply to connections opened afterwards:

- `limit_data`: close both sides after N bytes client → server (with `limit_after`, counting
  starts at the end of the HTTP header block following that marker, so "N bytes of the push's
  body" can be said exactly);
- `reset_peer`: answer every new connection with a TCP reset;
- `timeout`: forward nothing and hold the connection for that many seconds, then close;
- `latency` (seconds) and `jitter` (± seconds, seeded): delay each chunk, both directions;
- `bandwidth`: bytes per second, both directions.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
import threading

CHUNK = 4096


class FaultProxy:
    """A loopback TCP proxy with Toxiproxy-like faults; `url` is its http:// address."""

    def __init__(self, upstream_host: str, upstream_port: int, seed: int = 7) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.limit_data: int | None = None
        self.limit_after: bytes | None = None
        self.reset_peer = False
        self.timeout: float | None = None
        self.latency = 0.0
        self.jitter = 0.0
        self.bandwidth: int | None = None
        self.cut = threading.Event()  # set when a limit_data cut happened
        self._random = random.Random(seed)
        self._writers: set = set()  # open connections, closed on shutdown
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._ready.wait(10)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def heal(self) -> None:
        """Remove every toxic."""
        self.limit_data = self.limit_after = self.timeout = self.bandwidth = None
        self.reset_peer = False
        self.latency = self.jitter = 0.0
        self.cut.clear()

    def close(self) -> None:
        """Stop listening, close every connection and end the loop's thread."""
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _shutdown(self) -> None:
        self._server.close()
        for writer in list(self._writers):
            writer.close()
        current = asyncio.current_task()
        tasks = [t for t in asyncio.all_tasks() if t is not current]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._connection, "127.0.0.1", 0)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        self._loop.close()

    async def _connection(self, reader, writer) -> None:
        self._writers.add(writer)
        try:
            await self._serve(reader, writer)
        finally:
            if not writer.is_closing():
                writer.close()
            self._writers.discard(writer)

    async def _serve(self, reader, writer) -> None:
        if self.reset_peer:
            _reset(writer)
            return
        if self.timeout is not None:
            await asyncio.sleep(self.timeout)
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            _reset(writer)
            return
        self._writers.add(up_writer)
        budget = _Budget(self.limit_data, self.limit_after)
        try:
            await asyncio.gather(
                self._pipe(reader, up_writer, budget, writer),
                self._pipe(up_reader, writer, None, up_writer),
                return_exceptions=True,
            )
        finally:
            if not up_writer.is_closing():
                up_writer.close()
            self._writers.discard(up_writer)

    async def _pipe(self, source, sink, budget, other) -> None:
        """Copy `source` to `sink`; on a cut or the end, close both connections."""
        try:
            while chunk := await source.read(CHUNK):
                cut = False
                if budget is not None:
                    chunk, cut = budget.take(chunk)
                await self._slow_down(len(chunk))
                sink.write(chunk)
                await sink.drain()
                if cut:
                    self.cut.set()
                    _reset(sink)
                    _reset(other)
                    return
        except (ConnectionError, OSError):
            pass
        finally:
            for side in (sink, other):
                if not side.is_closing():
                    side.close()

    async def _slow_down(self, size: int) -> None:
        delay = self.latency + self._random.uniform(-self.jitter, self.jitter)
        if self.bandwidth:
            delay += size / self.bandwidth
        if delay > 0:
            await asyncio.sleep(delay)


class _Budget:
    """How many more client bytes may pass before the cut (None: no limit)."""

    def __init__(self, limit: int | None, after: bytes | None) -> None:
        self.left = limit
        self.after = after
        self.head = b""  # bytes seen while looking for the marker and its header end

    def take(self, chunk: bytes) -> tuple[bytes, bool]:
        """The part of `chunk` to pass on, and whether the connection is cut after it."""
        if self.left is None:
            return chunk, False
        if self.after is None:
            return self._count(chunk)
        self.head += chunk
        start = self.head.find(self.after)
        end = self.head.find(b"\r\n\r\n", start) if start >= 0 else -1
        if end < 0:
            return chunk, False
        # The body starts in this chunk: the headers before it pass, the body is counted.
        body = len(self.head) - (end + 4)
        self.after, self.head = None, b""
        allowed, cut = self._count(chunk[len(chunk) - body :])
        return chunk[: len(chunk) - body] + allowed, cut

    def _count(self, chunk: bytes) -> tuple[bytes, bool]:
        if len(chunk) < self.left:
            self.left -= len(chunk)
            return chunk, False
        return chunk[: self.left], True


def _reset(writer) -> None:
    """Close with a TCP RST rather than a FIN (SO_LINGER with a zero timeout)."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.close()
