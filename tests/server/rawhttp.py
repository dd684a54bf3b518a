"""HTTP/1.1 over a bare socket, for what httpx will not do: answer-before-body tests.

httpx sends a whole body before it reads the answer; these helpers send the head and
part of a body, then read, so a test can show the server answered without the rest.
"""

from __future__ import annotations

import json
import select
import socket
import time
from dataclasses import dataclass


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict[str, object]:
        return dict(json.loads(self.body))


def _head(method: str, path: str, port: int, headers: dict[str, str]) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}",
             *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode("latin-1")


def read_answer(sock: socket.socket, timeout: float = 15) -> Answer:
    """One response (with a Content-Length body) from ``sock``."""
    sock.settimeout(timeout)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed before an answer: {data[:200]!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in
               (line.partition(":") for line in header_lines)}
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return Answer(int(status_line.split()[1]), headers, body[:length])


def send_partial(port: int, method: str, path: str, headers: dict[str, str],
                 first_bytes: bytes) -> Answer:
    """Send the head and ``first_bytes`` of a longer body, then wait for the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=15) as sock:
        sock.sendall(_head(method, path, port, headers) + first_bytes)
        return read_answer(sock)


@dataclass
class Streamed:
    answer: Answer
    sent: int  # body bytes the server had been sent when its answer arrived


def stream_chunked(port: int, path: str, headers: dict[str, str], chunk: bytes,
                   most: int) -> Streamed:
    """Send a chunked body ``chunk`` by ``chunk`` (at most ``most`` bytes) until the
    server answers."""
    with socket.create_connection(("127.0.0.1", port), timeout=15) as sock:
        sock.sendall(_head("POST", path, port,
                           {**headers, "Transfer-Encoding": "chunked"}))
        sent = 0
        deadline = time.monotonic() + 30
        while sent < most and time.monotonic() < deadline:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                break
            try:
                sock.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(chunk)
        else:
            sock.sendall(b"0\r\n\r\n")
        return Streamed(read_answer(sock), sent)
