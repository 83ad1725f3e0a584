"""A TCP relay in front of a PostgreSQL server that keeps what clients send through it."""

from __future__ import annotations

import socket
import threading
from types import TracebackType
from urllib.parse import urlsplit


class RecordingRelay:
    """Relays connections to the server of ``url`` and records the bytes clients send.

    ``url`` is the address clients use instead; ``sent`` grows as they send.
    """

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self._server = (parts.hostname or "127.0.0.1", parts.port or 5432)
        self._listener = socket.create_server(("127.0.0.1", 0))
        port = self._listener.getsockname()[1]
        user = f"{parts.username}@" if parts.username else ""
        self.url = parts._replace(netloc=f"{user}127.0.0.1:{port}").geturl()
        self.sent = bytearray()
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def received(self, text: str) -> bool:
        """Whether a client has sent ``text`` (UTF-8) so far."""
        with self._lock:
            return text.encode() in self.sent

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # closed
            server = socket.create_connection(self._server)
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False),
                             daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, recorded: bool) -> None:
        with source, target:
            while data := _receive(source):
                if recorded:
                    with self._lock:
                        self.sent += data
                target.sendall(data)

    def __enter__(self) -> RecordingRelay:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._listener.close()


def _receive(source: socket.socket) -> bytes:
    try:
        return source.recv(65536)
    except OSError:
        return b""
