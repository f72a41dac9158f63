"""An independent server-side check of what a generated client sends: a test server
(tests/oracle_server.py) parses each request with openapi-core (its style deserialisers implement
OpenAPI's table; none of this is our code), and, for the cells openapi-core cannot rebuild, a
parser that follows the spec's table text reads the raw request the server received.

openapi-core runs in its own interpreter (CLIENTGEN_ORACLE_PYTHON, set by `make test`): it needs
an older openapi-spec-validator than clientgen, so this process never imports it.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import selectors
import subprocess
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

SERVER = Path(__file__).with_name("oracle_server.py")
START_TIMEOUT = 60.0


def oracle_python() -> str:
    found = os.environ.get("CLIENTGEN_ORACLE_PYTHON")
    if not found or not Path(found).exists():
        where = f"points at {found}, which does not exist" if found else "is not set"
        pytest.fail(
            f"CLIENTGEN_ORACLE_PYTHON {where}: the openapi-core oracle runs in a venv of its own; "
            "run the tests with `make test`, which installs .venv-oracle from requirements/oracle.txt and sets it"
        )
    return found


@dataclass(frozen=True)
class Seen:
    """One request as the oracle server received it, and what openapi-core parsed from it."""

    path: str  # as sent, still percent-encoded, without the query
    query: str  # as sent
    headers: httpx.Headers
    content: bytes
    multipart: list[tuple[str, str]]  # a multipart body's text parts, read by werkzeug's form parser
    parsed: dict[str, dict[str, Any]]  # {location: {name: value}}; header names lower-case
    body: Any
    errors: list[str]

    @classmethod
    def from_response(cls, response: httpx.Response) -> Seen:
        answer = response.json()
        wire = answer["wire"]
        return cls(
            path=wire["path"],
            query=wire["query"],
            headers=httpx.Headers(wire["headers"]),
            content=base64.b64decode(wire["body"]),
            multipart=[(k, v) for k, v in wire["multipart"]],
            parsed=answer["parsed"],
            body=answer["body"],
            errors=answer["errors"],
        )

    def __str__(self) -> str:
        return f"{self.path!r} ?{self.query!r} cookie={self.headers.get('cookie')!r} body={self.content[:200]!r}"


class OracleServer:
    """tests/oracle_server.py, running on 127.0.0.1 until `stop()`; `serve(spec)` gives its base URL."""

    def __init__(self, log: Path) -> None:
        self._log = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen([oracle_python(), str(SERVER)], stdout=subprocess.PIPE, stderr=self._log)
        assert self.proc.stdout is not None
        self.url = self._first_line(self.proc.stdout, log).removeprefix("listening on ").strip()
        self._served: set[str] = set()

    def _first_line(self, stdout: IO[bytes], log: Path) -> str:
        with selectors.DefaultSelector() as selector:
            selector.register(stdout, selectors.EVENT_READ)
            if selector.select(START_TIMEOUT) and (line := stdout.readline().decode()):
                return line
        self.stop()
        raise RuntimeError(f"the oracle server did not start within {START_TIMEOUT} s:\n{log.read_text(errors='replace')[-3000:]}")

    def serve(self, spec: dict[str, Any]) -> str:
        """The base URL under which the server parses requests against `spec`."""
        text = json.dumps(spec, sort_keys=True)
        key = hashlib.sha256(text.encode()).hexdigest()[:16]
        if key not in self._served:
            response = httpx.put(f"{self.url}/__specs__/{key}", content=text)
            assert response.status_code == 204, response.text
            self._served.add(key)
        return f"{self.url}/{key}"

    def stop(self) -> None:
        self.proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=10)
        self.proc.kill()  # nothing to do once it has exited
        self.proc.wait()
        self._log.close()


# ---- the spec's table, read back -----------------------------------------------------------
# OpenAPI's style table (3.0.3/3.1.1 "Style Examples") read in reverse: split on the delimiters a
# style adds, then percent-decode each piece, as a server that follows the spec text does.
_DELIMITERS = {"spaceDelimited": "%20", "pipeDelimited": "|", "tabDelimited": "%09"}


def _unquote(text: str) -> str:
    return urllib.parse.unquote(text, errors="strict")


def _items(pieces: list[str], kind: str, unquote: Any = _unquote) -> Any:
    """Array items, or an object from alternating keys and values, or one primitive."""
    if kind == "array":
        return [unquote(p) for p in pieces]
    if kind == "object":
        return {unquote(k): unquote(v) for k, v in zip(pieces[::2], pieces[1::2], strict=True)}
    return unquote(",".join(pieces))


def _pairs(pieces: list[str], unquote: Any = _unquote) -> dict[str, str]:
    return {unquote(k): unquote(v) for k, _, v in (p.partition("=") for p in pieces)}


def read_path(segment: str, name: str, style: str, explode: bool, kind: str) -> Any:
    """A path parameter back from its raw (still encoded) segment."""
    if style == "label":
        # `%2E` is `.` (RFC 3986 6.2.2.2): the client encodes a lone `.` or `..`, which would climb a level
        segment = {"%2E": ".", "%2E%2E": ".."}.get(segment, segment).removeprefix(".")
        sep = "." if explode else ","
    elif style == "matrix":
        pieces = segment.split(";")[1:]
        if kind == "object" and explode:
            return _pairs(pieces)
        if kind == "array" and explode:
            return [_unquote(p.partition("=")[2]) for p in pieces]
        return _items(pieces[0].partition("=")[2].split(","), kind)
    else:
        sep = ","
    if kind == "object" and explode:
        return _pairs(segment.split(sep))
    if kind == "primitive":
        return _unquote(segment)
    return _items(segment.split(sep), kind)


def read_query(query: str, name: str, style: str, explode: bool, kind: str) -> Any:
    """A query parameter (or form body field) back from the raw query text."""
    pairs = [(k, v) for k, _, v in (p.partition("=") for p in query.split("&") if p)]
    if style == "deepObject":
        prefix = _unquote(name) + "["
        return {_unquote(k)[len(prefix) : -1]: _unquote(v) for k, v in pairs if _unquote(k).startswith(prefix)}
    if kind == "object" and explode:
        return {_unquote(k): _unquote(v) for k, v in pairs if _unquote(k) != "w"}
    mine = [v for k, v in pairs if _unquote(k) == name]
    if kind == "array" and explode:
        return [_unquote(v) for v in mine]
    if kind == "primitive":
        return _unquote(mine[0])
    return _items(mine[0].split(_DELIMITERS.get(style, ",")), kind)


def read_header(value: str, explode: bool, kind: str) -> Any:
    """`simple` header values are not percent-encoded: split on `,` (and `=`) only."""
    if kind == "primitive":
        return value
    if kind == "object" and explode:
        return _pairs(value.split(","), str)
    return _items(value.split(","), kind, str)


def read_cookie(header: str, name: str, explode: bool, kind: str) -> Any:
    """Cookie pairs split on `; `, values percent-decoded (form style percent-encodes)."""
    pairs = [p.partition("=") for p in header.split("; ")]
    if kind == "object" and explode:
        return {_unquote(k): _unquote(v) for k, _, v in pairs}
    mine = [v for k, _, v in pairs if _unquote(k) == name]
    if kind == "array" and explode:
        return [_unquote(v) for v in mine]
    if kind == "primitive":
        return _unquote(mine[0])
    return _items(mine[0].split(","), kind)


def read_multipart(parts: list[tuple[str, str]], name: str, style: str, explode: bool, kind: str) -> Any:
    """Multipart text parts (as werkzeug's form parser read them): `name` parts, or `name[key]` parts."""
    if style == "deepObject":
        return {k[len(name) + 1 : -1]: v for k, v in parts if k.startswith(name + "[")}
    mine = [v for k, v in parts if k == name]
    if kind == "array":
        return mine if explode else mine[0].split(",")
    return mine[0]
