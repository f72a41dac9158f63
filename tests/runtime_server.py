"""A real FastAPI app for the runtime round trip (tests/test_runtime_server.py).

It serves its own OpenAPI document, from which the tests generate a client, and exercises
every runtime feature: each auth kind (OAuth2 client credentials included), multipart
upload, streamed download, server-sent events, pagination, errors with declared models,
injected failures for retries, slow answers for timeouts and redirects across origins.
`STATE` is what the server saw; the tests (same process) and `/_test/state` read it.
"""

from __future__ import annotations

import asyncio
import base64
import json
import secrets
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Any

import uvicorn
from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.openapi.models import OAuthFlowClientCredentials, OAuthFlows
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, RedirectResponse, StreamingResponse
from fastapi.security import (
    APIKeyCookie,
    APIKeyHeader,
    APIKeyQuery,
    HTTPAuthorizationCredentials,
    HTTPBasic,
    HTTPBasicCredentials,
    HTTPBearer,
    OAuth2,
)
from pydantic import BaseModel

BEARER_TOKEN = "bearer-secret-123"  # noqa: S105 - test credentials
BASIC_USER, BASIC_PASSWORD = "alice", "basic-secret-456"
API_KEY = "apikey-secret-789"
CLIENT_ID, CLIENT_SECRET = "client-1", "client-secret-000"  # noqa: S105
CHUNK = bytes(range(256)) * 256  # 64 KiB, the repeating pattern of /download


class ErrorBody(BaseModel):
    code: str
    message: str


class Whoami(BaseModel):
    scheme: str
    ok: bool = True


class Event(BaseModel):
    index: int
    text: str


class ChatRequest(BaseModel):
    prompt: str
    stream: bool | None = False


class ChatResponse(BaseModel):
    reply: str


class ChatEvent(BaseModel):
    delta: str


class Item(BaseModel):
    id: str
    n: int


class ItemList(BaseModel):
    object: str = "list"
    data: list[Item]
    first_id: str | None = None
    last_id: str | None = None
    has_more: bool


class NumberPage(BaseModel):
    results: list[Item]
    page: int


class UploadResult(BaseModel):
    size: int
    filename: str
    content_type: str | None
    note: str


class Attempts(BaseModel):
    attempts: int


class Seen(BaseModel):
    headers: dict[str, str]
    query: dict[str, str]
    cookies: dict[str, str]


class EventStreamResponse(StreamingResponse):
    media_type = "text/event-stream"


class OctetStreamResponse(StreamingResponse):
    media_type = "application/octet-stream"


STATE: dict[str, Any] = {"attempts": {}, "tokens": {}, "token_requests": 0, "sse_disconnects": 0, "sse_completed": 0}
_LOCK = threading.Lock()

bearer = HTTPBearer(auto_error=False)
basic = HTTPBasic(auto_error=False)
key_header = APIKeyHeader(name="X-API-Key", auto_error=False)
key_query = APIKeyQuery(name="api_key", auto_error=False)
key_cookie = APIKeyCookie(name="session", auto_error=False)
oauth = OAuth2(flows=OAuthFlows(clientCredentials=OAuthFlowClientCredentials(tokenUrl="/oauth/token")), auto_error=False)
ERRORS: dict[int | str, dict[str, Any]] = {s: {"model": ErrorBody} for s in (400, 401, 403, 404, 409, 422, 429, 500, 503)}


def _deny(status: int = 401) -> HTTPException:
    return HTTPException(status, detail={"code": "auth", "message": "bad credentials"})


def _attempt(key: str) -> int:
    with _LOCK:
        STATE["attempts"][key] = STATE["attempts"].get(key, 0) + 1
        return int(STATE["attempts"][key])


def _sse(event: str | None, data: str, event_id: str | None = None) -> bytes:
    lines = [f"event: {event}"] if event else []
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines += [f"data: {line}" for line in data.split("\n")]
    return ("\n".join(lines) + "\n\n").encode()


def create_app(port: int) -> FastAPI:
    app = FastAPI(
        title="Runtime test server",
        version="1.2.3",
        servers=[{"url": "http://127.0.0.1:{port}", "variables": {"port": {"default": str(port)}}}],
    )

    @app.exception_handler(HTTPException)
    async def error_body(request: Request, exc: HTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, dict) else {"code": "error", "message": str(exc.detail)}
        return JSONResponse(detail, status_code=exc.status_code, headers=exc.headers)

    # ---- auth ----------------------------------------------------------------------------
    @app.get("/auth/bearer", operation_id="whoami_bearer", tags=["auth"], responses=ERRORS)
    def whoami_bearer(cred: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Whoami:
        if cred is None or cred.credentials != BEARER_TOKEN:
            raise _deny()
        return Whoami(scheme="bearer")

    @app.get("/auth/basic", operation_id="whoami_basic", tags=["auth"], responses=ERRORS)
    def whoami_basic(cred: Annotated[HTTPBasicCredentials | None, Depends(basic)]) -> Whoami:
        if cred is None or (cred.username, cred.password) != (BASIC_USER, BASIC_PASSWORD):
            raise _deny()
        return Whoami(scheme="basic")

    @app.get("/auth/header", operation_id="whoami_header", tags=["auth"], responses=ERRORS)
    def whoami_header(key: Annotated[str | None, Depends(key_header)]) -> Whoami:
        if key != API_KEY:
            raise _deny()
        return Whoami(scheme="header")

    @app.get("/auth/query", operation_id="whoami_query", tags=["auth"], responses=ERRORS)
    def whoami_query(key: Annotated[str | None, Depends(key_query)]) -> Whoami:
        if key != API_KEY:
            raise _deny()
        return Whoami(scheme="query")

    @app.get("/auth/cookie", operation_id="whoami_cookie", tags=["auth"], responses=ERRORS)
    def whoami_cookie(key: Annotated[str | None, Depends(key_cookie)]) -> Whoami:
        if key != API_KEY:
            raise _deny()
        return Whoami(scheme="cookie")

    @app.get("/auth/oauth", operation_id="whoami_oauth", tags=["auth"], responses=ERRORS)
    def whoami_oauth(authorization: Annotated[str | None, Depends(oauth)]) -> Whoami:
        token = (authorization or "").removeprefix("Bearer ")
        if STATE["tokens"].get(token, 0) < time.time():
            raise _deny()
        return Whoami(scheme="oauth2")

    @app.post("/oauth/token", include_in_schema=False)
    async def token(request: Request) -> JSONResponse:
        form = await request.form()
        user, _, password = base64.b64decode(request.headers.get("authorization", "Basic ").split(" ")[1] or b"").decode().partition(":")
        if form.get("grant_type") != "client_credentials" or (user, password) != (CLIENT_ID, CLIENT_SECRET):
            return JSONResponse({"error": "invalid_client"}, status_code=401)
        lifetime = float(STATE.get("token_lifetime", 3600))
        value = "tok-" + secrets.token_hex(8)
        with _LOCK:
            STATE["token_requests"] += 1
            STATE["tokens"][value] = time.time() + lifetime
        return JSONResponse({"access_token": value, "token_type": "bearer", "expires_in": lifetime})

    # ---- bodies --------------------------------------------------------------------------
    @app.post("/files", operation_id="upload_file", tags=["files"], responses=ERRORS)
    async def upload_file(file: Annotated[UploadFile, File()], note: Annotated[str, Form()]) -> UploadResult:
        size = 0
        while chunk := await file.read(1 << 20):
            size += len(chunk)
        return UploadResult(size=size, filename=file.filename or "", content_type=file.content_type, note=note)

    @app.get(
        "/download",
        operation_id="download",
        tags=["files"],
        response_class=OctetStreamResponse,
        responses={200: {"content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
    )
    def download(size: Annotated[int, Query()]) -> OctetStreamResponse:
        def body() -> Iterator[bytes]:
            left = size
            while left > 0:
                piece = CHUNK[: min(left, len(CHUNK))]
                left -= len(piece)
                yield piece

        return OctetStreamResponse(body(), headers={"Content-Length": str(size)})

    # ---- server-sent events --------------------------------------------------------------
    @app.get(
        "/events",
        operation_id="stream_events",
        tags=["events"],
        response_class=EventStreamResponse,
        responses={200: {"content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/Event"}}}}},
    )
    def stream_events(count: Annotated[int, Query()] = 3, delay: Annotated[float, Query()] = 0.0) -> EventStreamResponse:
        async def body() -> AsyncIterator[bytes]:
            done = False
            try:
                yield b": a comment, then the reconnection delay\nretry: 1500\n\n"
                for i in range(count):
                    payload = json.dumps({"index": i, "text": f"line one\nline {i}"}, indent=1)  # several data: lines
                    yield _sse("tick", payload, event_id=str(i))
                    if delay:
                        await asyncio.sleep(delay)
                yield _sse(None, "[DONE]")
                done = True
            finally:
                with _LOCK:
                    STATE["sse_completed" if done else "sse_disconnects"] += 1

        return EventStreamResponse(body())

    @app.post(
        "/chat",
        operation_id="chat",
        tags=["events"],
        response_model=ChatResponse,
        responses={200: {"content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/ChatEvent"}}}}},
    )
    def chat(req: ChatRequest) -> Any:
        if not req.stream:
            return ChatResponse(reply=req.prompt.upper())

        def body() -> Iterator[bytes]:
            for word in req.prompt.split():
                yield _sse(None, json.dumps({"delta": word}))
            yield _sse(None, "[DONE]")

        return EventStreamResponse(body())

    # ---- pagination ----------------------------------------------------------------------
    @app.get("/items", operation_id="list_items", tags=["items"])
    def list_items(after: str | None = None, limit: int = 3, total: int = 8) -> ItemList:
        start = int(after.split("_")[1]) + 1 if after else 0
        data = [Item(id=f"item_{i}", n=i) for i in range(start, min(start + limit, total))]
        return ItemList(data=data, first_id=data[0].id if data else None, last_id=data[-1].id if data else None, has_more=start + limit < total)

    @app.get(
        "/numbered",
        operation_id="list_numbered",
        tags=["items"],
        openapi_extra={"x-clientgen-pagination": {"style": "page", "param": "page", "items": "results"}},
    )
    def list_numbered(page: int = 1, total: int = 7) -> NumberPage:
        start = (page - 1) * 3
        return NumberPage(results=[Item(id=f"n{i}", n=i) for i in range(start, min(start + 3, total))], page=page)

    # ---- errors, retries, timeouts, redirects --------------------------------------------
    @app.get("/status/{code}", operation_id="fail_with", tags=["behaviour"], responses=ERRORS)
    def fail_with(code: int) -> Whoami:
        headers = {"x-should-retry": "false"} if code in (409, 429, 500) else None
        raise HTTPException(code, detail={"code": f"e{code}", "message": f"failed with {code}"}, headers=headers)

    @app.get("/flaky/{key}", operation_id="flaky", tags=["behaviour"], responses=ERRORS)
    def flaky(key: str, failures: int = 2, status: int = 503, retry_after: str | None = None) -> Attempts:
        n = _attempt(key)
        if n <= failures:
            headers = {"Retry-After": retry_after} if retry_after is not None else None
            raise HTTPException(status, detail={"code": "busy", "message": "try again"}, headers=headers)
        return Attempts(attempts=n)

    @app.post("/flaky/{key}", operation_id="flaky_post", tags=["behaviour"], responses=ERRORS)
    def flaky_post(key: str) -> Attempts:
        _attempt(key)
        raise HTTPException(503, detail={"code": "busy", "message": "try again"})

    @app.get("/attempts/{key}", operation_id="attempts", tags=["behaviour"])
    def attempts(key: str) -> Attempts:
        return Attempts(attempts=STATE["attempts"].get(key, 0))

    @app.get("/slow", operation_id="slow", tags=["behaviour"])
    async def slow(seconds: float = 1.0) -> Attempts:
        await asyncio.sleep(seconds)
        return Attempts(attempts=0)

    @app.get("/seen", operation_id="seen", tags=["behaviour"], responses=ERRORS)
    def seen(request: Request) -> Seen:
        return Seen(headers=dict(request.headers), query=dict(request.query_params), cookies=dict(request.cookies))

    @app.get("/redirect", operation_id="redirect", tags=["behaviour"], responses=ERRORS)
    def redirect(to: str) -> RedirectResponse:
        return RedirectResponse(to, status_code=307)

    @app.post("/_test/revoke", include_in_schema=False)
    def revoke() -> dict[str, int]:
        STATE["tokens"].clear()
        return {"revoked": 1}

    @app.get("/_test/state", include_in_schema=False)
    def state() -> dict[str, Any]:
        return {k: v for k, v in STATE.items() if k != "tokens"}

    # every security scheme on /seen and /redirect (any one of them will do)
    any_auth = [{"HTTPBearer": []}, {"HTTPBasic": []}, {"APIKeyHeader": []}, {"APIKeyQuery": []}, {"APIKeyCookie": []}]

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = get_openapi(title=app.title, version=app.version, routes=app.routes, servers=app.servers)
            schemas = doc["components"]["schemas"]
            for model in (Event, ChatEvent):
                schemas[model.__name__] = model.model_json_schema(ref_template="#/components/schemas/{model}")
            sse = doc["paths"]["/events"]["get"]["responses"]["200"]["content"]["text/event-stream"]
            sse["schema"] = {"$ref": "#/components/schemas/Event"}  # FastAPI merged its default {"type": "string"} in
            for path in ("/seen", "/redirect"):
                doc["paths"][path]["get"]["security"] = any_auth
            schemes = doc["components"]["securitySchemes"]
            assert {"HTTPBearer", "HTTPBasic", "APIKeyHeader", "APIKeyQuery", "APIKeyCookie", "OAuth2"} <= set(schemes), schemes
            app.openapi_schema = doc
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


class ServerThread:
    """uvicorn on 127.0.0.1 in a daemon thread; `stop()` ends it."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(create_app(port), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
