"""Round trip against a real server: FastAPI + uvicorn on 127.0.0.1 serves its own OpenAPI
document, clientgen generates `srv` from it, and the generated client (run in fresh
interpreters, as users run it) must authenticate, upload, download, stream, page, retry,
time out and raise exactly as documented. The server is tests/runtime_server.py."""

from __future__ import annotations

import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import runtime_server as rs
from conftest import free_port, run_clientgen, run_python

RSS_LIMIT_MB = 20


@pytest.fixture(scope="module")
def server() -> Iterator[rs.ServerThread]:
    running = rs.ServerThread(free_port())
    yield running
    running.stop()


@pytest.fixture(scope="module")
def project(server: rs.ServerThread, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("runtime")
    spec = root / "openapi.json"
    spec.write_text(json.dumps(httpx.get(server.url + "/openapi.json").json(), indent=1))
    result = run_clientgen("generate", str(spec), "-o", str(root / "client"), "--package-name", "srv", "--quiet")
    assert result.returncode == 0, result.stderr
    return root / "client"


# Peak RSS growth of one operation = the peak during it minus the resident set before it.
# ru_maxrss alone cannot show it: a child inherits its parent's high-water mark through
# fork + exec (it starts at pytest's size), which hides growth below that. So the peak is
# reset first (`5` > /proc/self/clear_refs resets VmHWM) and read as VmHWM; where that is
# not allowed, ru_maxrss minus the current RSS is used, an upper bound.
RSS_HELPERS = """
def _status_kb(key):
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith(key + ":"))
def start_peak():
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        exact = True
    except OSError:
        exact = False
    return exact, _status_kb("VmRSS")
def growth_mb(mark):
    exact, before = mark
    peak = _status_kb("VmHWM") if exact else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return (peak - before) / 1024
"""


def run(project: Path, server: rs.ServerThread, code: str, env: dict[str, str] | None = None, timeout: float = 120) -> str:
    prelude = f"""
import asyncio, json, os, resource, sys, time
import httpx
import srv
URL = {server.url!r}
PORT = {server.port}
def state():
    return httpx.get(URL + "/_test/state").json()
""" + RSS_HELPERS
    result = run_python(prelude + textwrap.dedent(code), path=project, env=env, timeout=timeout)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    return result.stdout


def test_base_url_from_server_variables_user_agent_and_own_http_client(project: Path, server: rs.ServerThread) -> None:
    run(project, server, """
        c = srv.Client()
        assert c.base_url == URL, c.base_url  # the spec's servers[0] with its {port} variable
        seen = c.behaviour.seen()
        assert seen.headers["user-agent"].startswith("srv/1.2.3"), seen.headers
        with httpx.Client(headers={"X-Mine": "1"}) as own:
            assert srv.Client(http_client=own).behaviour.seen().headers["x-mine"] == "1"
        assert srv.Client(transport=httpx.HTTPTransport(retries=1)).behaviour.seen().query == {}
        async def main():
            async with httpx.AsyncClient() as own:
                assert (await srv.AsyncClient(http_client=own).behaviour.seen()).headers["user-agent"].startswith("srv/")
        asyncio.run(main())
    """)


def test_every_auth_kind_and_secrets_stay_out_of_repr_logs_and_errors(project: Path, server: rs.ServerThread) -> None:
    out = run(project, server, f"""
        import io, logging
        log = io.StringIO()
        handler = logging.StreamHandler(log)
        logging.basicConfig(level=logging.DEBUG, handlers=[handler])
        secrets = [{rs.BEARER_TOKEN!r}, {rs.BASIC_PASSWORD!r}, {rs.API_KEY!r}]
        kinds = {{
            "bearer": dict(http_bearer={rs.BEARER_TOKEN!r}),
            "basic": dict(http_basic=({rs.BASIC_USER!r}, {rs.BASIC_PASSWORD!r})),
            "header": dict(api_key_header={rs.API_KEY!r}),
            "query": dict(api_key_query={rs.API_KEY!r}),
            "cookie": dict(api_key_cookie={rs.API_KEY!r}),
        }}
        for kind, creds in kinds.items():
            with srv.Client(**creds) as c:
                assert getattr(c.auth, "whoami_" + kind)().scheme == kind
                assert not any(s in repr(c) for s in secrets), repr(c)
            wrong = {{k: ("x", "y") if k == "http_basic" else "wrong" for k in creds}}
            try:
                getattr(srv.Client(**wrong).auth, "whoami_" + kind)()
            except srv.AuthenticationError as e:
                assert e.status_code == 401 and e.data.code == "auth", e.data
            else:
                raise AssertionError(kind + ": wrong credentials accepted")
        # no credentials at all: the request goes out without any
        try:
            srv.Client().auth.whoami_bearer()
        except srv.AuthenticationError as e:
            assert not any(s in str(e) + repr(e) for s in secrets)
        # credentials from the environment, named after the package
        assert srv.Client().auth.whoami_header().scheme == "header"
        async def main():
            async with srv.AsyncClient(http_basic=({rs.BASIC_USER!r}, {rs.BASIC_PASSWORD!r})) as c:
                assert (await c.auth.whoami_basic()).scheme == "basic"
        asyncio.run(main())
        text = log.getvalue()
        assert "HTTP Request" in text, text[:2000]
        assert not any(s in text for s in secrets), [line for line in text.splitlines() if any(s in line for s in secrets)]
        print("ok")
    """, env={"SRV_API_KEY_HEADER": rs.API_KEY})
    assert out.strip().endswith("ok")


def test_oauth2_client_credentials_fetch_cache_and_refresh(project: Path, server: rs.ServerThread) -> None:
    rs.STATE["token_lifetime"] = 1.0
    try:
        run(project, server, f"""
            creds = srv.OAuth2ClientCredentials({rs.CLIENT_ID!r}, {rs.CLIENT_SECRET!r})
            assert {rs.CLIENT_SECRET!r} not in repr(creds)
            c = srv.Client(o_auth2=creds)
            assert {rs.CLIENT_SECRET!r} not in repr(c)
            start = state()["token_requests"]
            assert c.auth.whoami_oauth().scheme == "oauth2"
            assert c.auth.whoami_oauth().scheme == "oauth2"
            assert state()["token_requests"] == start + 1, "the token is cached"
            time.sleep(1.0)  # the token lives 1 s: refreshed before it expires
            assert c.auth.whoami_oauth().scheme == "oauth2"
            assert state()["token_requests"] == start + 2, "an expiring token is fetched anew"
            httpx.post(URL + "/_test/revoke")  # the server forgets it: 401, new token, success
            assert c.auth.whoami_oauth().scheme == "oauth2"
            assert state()["token_requests"] == start + 3
            # a plain access token still works
            token = httpx.post(URL + "/oauth/token", data={{"grant_type": "client_credentials"}},
                               auth=({rs.CLIENT_ID!r}, {rs.CLIENT_SECRET!r})).json()["access_token"]
            assert srv.Client(o_auth2=token).auth.whoami_oauth().scheme == "oauth2"
            # from the environment: $SRV_O_AUTH2_CLIENT_ID / $SRV_O_AUTH2_CLIENT_SECRET
            assert srv.Client().auth.whoami_oauth().scheme == "oauth2"
            async def main():
                async with srv.AsyncClient(o_auth2=creds) as ac:
                    assert (await ac.auth.whoami_oauth()).scheme == "oauth2"
            asyncio.run(main())
            try:
                srv.Client(o_auth2=srv.OAuth2ClientCredentials({rs.CLIENT_ID!r}, "wrong-secret")).auth.whoami_oauth()
            except srv.AuthenticationError as e:
                assert "token request" in str(e) and "wrong-secret" not in str(e) + repr(e), str(e)
            else:
                raise AssertionError("a bad client secret got a token")
        """, env={"SRV_O_AUTH2_CLIENT_ID": rs.CLIENT_ID, "SRV_O_AUTH2_CLIENT_SECRET": rs.CLIENT_SECRET})
    finally:
        rs.STATE.pop("token_lifetime", None)


def test_multipart_upload_of_50_mb_streams_from_disk(project: Path, server: rs.ServerThread, tmp_path: Path) -> None:
    size = 50 * 1024 * 1024
    with open(tmp_path / "big.bin", "wb") as fh:
        for _ in range(size // 65536):
            fh.write(os.urandom(65536))
    out = run(project, server, f"""
        import pathlib
        path = pathlib.Path({str(tmp_path / "big.bin")!r})
        size = {size}
        c = srv.Client(max_retries=0)
        c.files.upload_file(file=b"warm up", note="x")  # imports, connection pool, adapters
        mark = start_peak()
        with open(path, "rb") as fh:
            result = c.files.upload_file(file=fh, note="file object")
        assert result.size == size and result.filename == "big.bin" and result.note == "file object", result
        result = c.files.upload_file(file=("data.jsonl", path, "application/jsonl"), note="path")
        assert result.size == size and result.filename == "data.jsonl" and result.content_type == "application/jsonl", result
        grew = growth_mb(mark)
        print(f"upload_rss_growth_mb={{grew:.1f}} exact={{mark[0]}}")
        assert grew < {RSS_LIMIT_MB}, grew
        mark = start_peak()
        whole = path.read_bytes()  # the control: holding the file does show up in the measure
        control = growth_mb(mark)
        print(f"control_read_whole_file_growth_mb={{control:.1f}}")
        assert control > 45, control
        del whole
        async def main():
            async with srv.AsyncClient() as ac:
                r = await ac.files.upload_file(file=path, note="async")
                assert r.size == size, r
        asyncio.run(main())
    """)
    print(out)


def test_binary_download_streams_to_file(project: Path, server: rs.ServerThread, tmp_path: Path) -> None:
    out = run(project, server, f"""
        import hashlib, pathlib
        size = 64 * 1024 * 1024 + 123
        target = pathlib.Path({str(tmp_path / "out.bin")!r})
        c = srv.Client()
        assert c.files.download(size=1000) == bytes(range(256)) * 3 + bytes(range(232))
        c.files.download_to_file(size=10, destination=target)  # warm up
        mark = start_peak()
        assert c.files.download_to_file(size=size, destination=target) == target
        grew = growth_mb(mark)
        print(f"download_rss_growth_mb={{grew:.1f}} exact={{mark[0]}}")
        assert grew < {RSS_LIMIT_MB}, grew
        assert target.stat().st_size == size
        chunk = bytes(range(256)) * 256
        with open(target, "rb") as fh:
            while block := fh.read(len(chunk)):
                assert block == chunk[: len(block)]
        assert not target.with_name("out.bin.part").exists()
        async def main():
            async with srv.AsyncClient() as ac:
                path = await ac.files.download_to_file(size=300_000, destination=target)
                assert path.stat().st_size == 300_000
        asyncio.run(main())
    """)
    print(out)


def test_server_sent_events_sync_and_async_with_early_break(project: Path, server: rs.ServerThread) -> None:
    run(project, server, """
        def wait_for(key, value):
            deadline = time.monotonic() + 10
            while state()[key] < value:
                assert time.monotonic() < deadline, (key, state())
                time.sleep(0.02)

        c = srv.Client()
        # the whole stream: multi-line data, ids, comments, retry and the [DONE] terminator
        stream = c.events.stream_events(count=3)
        assert isinstance(stream, srv.Stream), stream
        events = list(stream)
        assert [e.index for e in events] == [0, 1, 2] and events[2].text == "line one\\nline 2", events
        assert stream.response.is_closed
        raw = list(c.events.stream_events_with_http_info(count=2).data.events())
        assert [(e.event, e.id, e.retry) for e in raw[:2]] == [("tick", "0", 1500), ("tick", "1", 1500)], raw
        assert raw[-1].data == "[DONE]"

        # break early: the response closes and the server sees the client go
        gone = state()["sse_disconnects"]
        stream = c.events.stream_events(count=10_000, delay=0.01)
        for event in stream:
            if event.index == 2:
                break
        assert stream.response.is_closed
        wait_for("sse_disconnects", gone + 1)
        with c.events.stream_events(count=10_000, delay=0.01) as stream:
            assert next(iter(stream)).index == 0
        assert stream.response.is_closed
        wait_for("sse_disconnects", gone + 2)

        # JSON by default, events with *_stream (OpenAI's `stream: true`)
        assert c.events.chat(prompt="hi there").reply == "HI THERE"
        assert [e.delta for e in c.events.chat_stream(prompt="hi there you")] == ["hi", "there", "you"]

        async def main():
            async with srv.AsyncClient() as ac:
                events = [e async for e in await ac.events.stream_events(count=3)]
                assert [e.index for e in events] == [0, 1, 2]
                stream = await ac.events.stream_events(count=10_000, delay=0.01)
                async for event in stream:
                    if event.index == 1:
                        break
                await asyncio.sleep(0.05)  # the event loop finalises the abandoned iterator
                assert stream.response.is_closed
                async with await ac.events.stream_events(count=10_000, delay=0.01) as stream:
                    async for event in stream:
                        break
                assert stream.response.is_closed
                deltas = [e.delta async for e in await ac.events.chat_stream(prompt="a b")]
                assert deltas == ["a", "b"] and (await ac.events.chat(prompt="a")).reply == "A"
        asyncio.run(main())
        wait_for("sse_disconnects", gone + 4)
        print(state())
    """)


def test_each_error_class_carries_the_declared_error_model(project: Path, server: rs.ServerThread) -> None:
    run(project, server, """
        expected = {400: srv.BadRequestError, 401: srv.AuthenticationError, 403: srv.PermissionDeniedError,
                    404: srv.NotFoundError, 409: srv.ConflictError, 422: srv.UnprocessableEntityError,
                    429: srv.RateLimitError, 500: srv.InternalServerError, 503: srv.InternalServerError}
        from srv.models import ErrorBody
        def check(e, code):
            assert type(e) is expected[code], (code, type(e))
            assert isinstance(e, srv.ApiStatusError) and isinstance(e, srv.ApiError)
            assert e.status_code == code and e.headers["content-type"] == "application/json"
            assert isinstance(e.data, ErrorBody) and e.data.code == f"e{code}", e.data
            assert json.loads(e.body)["message"] == f"failed with {code}"
            assert f"HTTP {code}" in str(e) and "fail_with" in str(e)
        c = srv.Client(max_retries=0)
        for code in expected:
            try:
                c.behaviour.fail_with(code)
            except srv.ApiError as e:
                check(e, code)
            else:
                raise AssertionError(code)
        async def main():
            async with srv.AsyncClient(max_retries=0) as ac:
                for code in (404, 422):
                    try:
                        await ac.behaviour.fail_with(code)
                    except srv.ApiError as e:
                        check(e, code)
        asyncio.run(main())
        try:
            srv.Client(base_url=f"http://127.0.0.1:1", max_retries=0).behaviour.seen()
        except srv.ApiConnectionError as e:
            assert not isinstance(e, srv.ApiTimeoutError)
    """)


def test_retries_backoff_retry_after_and_non_idempotent_methods(project: Path, server: rs.ServerThread) -> None:
    out = run(project, server, """
        c = srv.Client(retry_backoff=0.01)
        t = time.monotonic()
        assert c.behaviour.flaky("a", failures=2, status=503).attempts == 3  # 503 twice, then 200
        assert time.monotonic() - t < 0.5
        assert c.behaviour.flaky("b", failures=1, status=429, retry_after="0").attempts == 2
        t = time.monotonic()
        assert c.behaviour.flaky("c", failures=1, status=429, retry_after="1").attempts == 2
        waited = time.monotonic() - t
        assert 0.95 <= waited < 3, waited  # Retry-After: 1 honoured, not the 0.01 s backoff
        print(f"retry_after_wait_s={waited:.2f}")
        try:  # more failures than retries
            c.behaviour.flaky("d", failures=5, status=503)
        except srv.InternalServerError as e:
            assert e.data.code == "busy" and c.behaviour.attempts("d").attempts == 3
        try:  # POST is not retried after it was sent...
            c.behaviour.flaky_post("e")
        except srv.InternalServerError:
            assert c.behaviour.attempts("e").attempts == 1
        try:  # ...unless asked
            srv.Client(retry_backoff=0.01, retry_non_idempotent=True).behaviour.flaky_post("f")
        except srv.InternalServerError:
            assert c.behaviour.attempts("f").attempts == 3
        try:
            srv.Client(max_retries=0).behaviour.flaky("g", failures=1)
        except srv.InternalServerError:
            assert c.behaviour.attempts("g").attempts == 1
        async def main():
            async with srv.AsyncClient(retry_backoff=0.01) as ac:
                assert (await ac.behaviour.flaky("h", failures=2, status=502)).attempts == 3
        asyncio.run(main())
    """)
    print(out)


def test_timeouts_per_client_and_per_call(project: Path, server: rs.ServerThread) -> None:
    run(project, server, """
        t = time.monotonic()
        try:
            srv.Client(timeout=0.2, max_retries=0).behaviour.slow(seconds=5)
        except srv.ApiTimeoutError as e:
            assert isinstance(e, srv.ApiConnectionError)
        else:
            raise AssertionError("no timeout")
        try:
            srv.Client(timeout=30, max_retries=0).behaviour.slow(seconds=5, timeout=0.2)
        except srv.ApiTimeoutError:
            pass
        else:
            raise AssertionError("no per-call timeout")
        assert srv.Client(timeout=2.0).behaviour.slow(seconds=0.01).attempts == 0
        async def main():
            try:
                await srv.AsyncClient(max_retries=0).behaviour.slow(seconds=5, timeout=0.2)
            except srv.ApiTimeoutError:
                return
            raise AssertionError("no async timeout")
        asyncio.run(main())
        assert time.monotonic() - t < 4.5  # each timeout fired long before the server's 5 s answer
    """)


def test_auto_pagination_sync_and_async(project: Path, server: rs.ServerThread) -> None:
    run(project, server, """
        c = srv.Client()
        items = list(c.items.list_items_iter(limit=3))
        assert [i.id for i in items] == [f"item_{n}" for n in range(8)], items
        assert [len(p.data) for p in c.items.list_items_iter(limit=3).pages()] == [3, 3, 2]
        assert [i.n for i in c.items.list_items_iter(limit=5, after="item_4")] == [5, 6, 7]
        assert [i.id for i in c.items.list_numbered_iter()] == [f"n{n}" for n in range(7)]  # x-clientgen-pagination
        async def main():
            async with srv.AsyncClient() as ac:
                ids = [i.id async for i in ac.items.list_items_iter(limit=4, total=9)]
                assert ids == [f"item_{n}" for n in range(9)], ids
                assert len([p async for p in ac.items.list_numbered_iter(total=3).pages()]) == 1
        asyncio.run(main())
    """)


def test_redirects_carry_credentials_to_the_same_origin_only(project: Path, server: rs.ServerThread) -> None:
    run(project, server, """
        kinds = {
            "bearer": (dict(http_bearer="s3cret"), lambda s: s.headers.get("authorization")),
            "basic": (dict(http_basic=("u", "s3cret")), lambda s: s.headers.get("authorization")),
            "header": (dict(api_key_header="s3cret"), lambda s: s.headers.get("x-api-key")),
            "query": (dict(api_key_query="s3cret"), lambda s: s.query.get("api_key")),
            "cookie": (dict(api_key_cookie="s3cret"), lambda s: s.cookies.get("session")),
        }
        from srv.models import Seen  # /redirect declares no model: it answers whatever it redirects to
        same, other = URL + "/seen", f"http://localhost:{PORT}/seen"  # another host is another origin
        for kind, (creds, found) in kinds.items():
            c = srv.Client(**creds)
            assert found(c.behaviour.seen()), kind
            assert found(Seen.model_validate(c.behaviour.redirect(to=same))), kind + " lost on a same-origin redirect"
            leaked = c.behaviour.redirect(to=other)
            assert not found(Seen.model_validate(leaked)) and "s3cret" not in json.dumps(leaked), (kind, leaked)
        async def main():
            async with srv.AsyncClient(api_key_header="s3cret") as ac:
                assert "x-api-key" not in (await ac.behaviour.redirect(to=other))["headers"]
        asyncio.run(main())
    """)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A TLS server with a self-signed certificate, which verification must refuse."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    folder = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            try:
                with context.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(1024)
            except (OSError, ssl.SSLError):
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stop.set()
    thread.join(timeout=5)
    listener.close()


def test_tls_certificates_are_verified_by_default(project: Path, server: rs.ServerThread, tls_server: int) -> None:
    run(project, server, f"""
        try:
            srv.Client(base_url="https://127.0.0.1:{tls_server}", max_retries=0).behaviour.seen()
        except srv.ApiConnectionError as e:
            assert "CERTIFICATE_VERIFY_FAILED" in repr(e.__cause__), repr(e.__cause__)
        else:
            raise AssertionError("a self-signed certificate was accepted")
    """)


def test_server_generated_client_passes_mypy_strict(project: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "-p", "srv"],
        capture_output=True,
        text=True,
        cwd=project,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]


def test_generated_cli_prints_server_sent_events_as_json_lines(project: Path, server: rs.ServerThread) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "srv", "stream-events", "count=2"],
        capture_output=True,
        text=True,
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(project)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert [json.loads(line)["index"] for line in result.stdout.splitlines()] == [0, 1], result.stdout
