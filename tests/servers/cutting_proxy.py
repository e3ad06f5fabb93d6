"""A TCP relay on 127.0.0.1 that can drop a connection part-way: a server closing mid-fetch."""

from __future__ import annotations

import contextlib
import socket
import threading


class CuttingProxy:
    """Relays bytes to ``target`` both ways, unchanged (TLS passes through untouched).

    ``cut_after(n)``: the next connections are closed, both ways, as soon as ``n`` bytes
    came from the server on them, as a server does that crashes or is restarted mid-FETCH.
    ``cut_after(None)`` relays whole connections again.
    """

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._limit: int | None = None
        self.cuts = 0
        self._closing = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def cut_after(self, limit: int | None) -> None:
        self._limit = limit

    def close(self) -> None:
        self._closing = True
        with contextlib.suppress(OSError):
            self._listener.close()

    def __enter__(self) -> CuttingProxy:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            limit = self._limit
            done = threading.Event()
            threading.Thread(
                target=self._pipe, args=(client, upstream, None, done), daemon=True
            ).start()
            threading.Thread(
                target=self._pipe, args=(upstream, client, limit, done), daemon=True
            ).start()

    def _pipe(
        self, source: socket.socket, sink: socket.socket, limit: int | None, done: threading.Event
    ) -> None:
        sent = 0
        try:
            while not done.is_set():
                data = source.recv(65536)
                if not data:
                    break
                if limit is not None and sent + len(data) >= limit:
                    sink.sendall(data[: max(limit - sent, 0)])
                    self.cuts += 1
                    break
                sink.sendall(data)
                sent += len(data)
        except OSError:
            pass
        finally:
            done.set()
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    sock.close()
