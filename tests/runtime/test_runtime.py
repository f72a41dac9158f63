"""generator/runtime/_runtime.py, the HTTP machinery of every generated method, driven directly
over `httpx.MockTransport` with a fake clock: request building, bodies, auth, OAuth2 tokens,
redirects, retries and backoff, timeouts, response parsing, errors, streams and downloads.

tests/test_runtime_server.py runs the same paths through a generated client against a real
server; these tests pin each rule down on its own, in milliseconds.
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import enum
import io
import json
import logging
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from pathlib import Path
from types import SimpleNamespace
from typing import Annotated, Any

import httpx
import pydantic
import pytest

from clientgen.runtime import _runtime as rt
from clientgen.runtime._errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from clientgen.runtime._serialize import Style
from clientgen.runtime._streaming import ServerSentEvent
from clientgen.runtime._types import NOT_GIVEN, OAuth2ClientCredentials
from clientgen.runtime._version import USER_AGENT

BASE = "https://api.test/v1"
SCHEMES = {
    "bearer": rt.Scheme("bearer"),
    "basic": rt.Scheme("basic"),
    "header_key": rt.Scheme("api_key", "header", "X-Api-Key"),
    "query_key": rt.Scheme("api_key", "query", "api_key"),
    "cookie_key": rt.Scheme("api_key", "cookie", "session"),
    "oauth": rt.Scheme("oauth2", token_url="/oauth/token"),
    "no_url": rt.Scheme("oauth2"),
}


class Api(rt.SyncRuntime):
    _schemes = SCHEMES


class AsyncApi(rt.AsyncRuntime):
    _schemes = SCHEMES


class Pet(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True)
    pet_id: int = pydantic.Field(alias="petId")
    name: str


class Problem(pydantic.BaseModel):
    detail: str


Handler = Callable[[httpx.Request], httpx.Response]


class Clock:
    """Stands in for the `time` module: sleeping moves the clock on, and is recorded."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    def time(self) -> float:
        return self.now

    monotonic = time


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(rt, "time", fake)
    monkeypatch.setattr(rt, "random", SimpleNamespace(random=lambda: 0.0))  # no jitter

    async def sleep(seconds: float) -> None:
        fake.sleep(seconds)

    monkeypatch.setattr(rt, "_sleep", sleep)
    return fake


def api(handler: Handler, credentials: Mapping[str, object] | None = None, **kwargs: Any) -> Api:
    return Api(base_url=BASE + "/", credentials=credentials or {}, transport=httpx.MockTransport(handler), **kwargs)


def async_api(handler: Handler, credentials: Mapping[str, object] | None = None, **kwargs: Any) -> AsyncApi:
    return AsyncApi(base_url=BASE, credentials=credentials or {}, transport=httpx.MockTransport(handler), **kwargs)


class Server:
    """A scripted server: answers in turn (the last one repeats) and keeps every request."""

    def __init__(self, *answers: httpx.Response | Exception | Handler) -> None:
        self.answers = list(answers) or [httpx.Response(200)]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer if isinstance(answer, httpx.Response) else answer(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


GET_PET = rt.Endpoint("GET", "/pets/{petId}", "getPet", responses={"200": Pet, "404": Problem}, params=(("pet_id", "petId", "path"),))
CREATE_PET = rt.Endpoint("POST", "/pets", "createPet", body_kind="json", body_mode="body", responses={"201": Pet})


# ---- building ------------------------------------------------------------------------------


def test_parameters_go_where_and_how_the_spec_says() -> None:
    server = Server()
    endpoint = rt.Endpoint(
        "GET",
        "/pets/{petId}/toys?beta=true",
        "listToys",
        accept="application/json",
        params=(
            ("pet_id", "petId", "path"),
            ("tags", "tags", "query"),
            ("ids", "ids", "query"),
            ("color", "color", "query"),
            ("trace", "X-Trace", "header"),
            ("session", "sid", "cookie"),
            ("prefs", "prefs", "cookie"),
            ("skipped", "skipped", "query"),
        ),
        styles={"pet_id": Style("label", True), "ids": Style("pipeDelimited", False)},
    )
    args = {
        "pet_id": [1, 2],
        "tags": ["a b", "c&d"],
        "ids": [3, 4],
        "color": NOT_GIVEN,
        "trace": ["x", "y"],
        "session": "s;1",
        "prefs": ["a", "b"],
        "skipped": None,
        "extra_query": {"debug": True, "gone": None},
        "extra_headers": {"X-Extra": "1"},
    }
    api(server, default_headers={"X-Team": "pets"})._request(endpoint, args)
    request = server.last
    assert request.url.raw_path == b"/v1/pets/.1.2/toys?beta=true&tags=a%20b&tags=c%26d&ids=3|4&debug=true"
    assert request.headers["User-Agent"] == USER_AGENT and request.headers["X-Team"] == "pets"
    assert request.headers["Accept"] == "application/json" and request.headers["X-Extra"] == "1"
    assert request.headers["X-Trace"] == "x,y"
    assert request.headers["Cookie"] == "sid=s%3B1; prefs=a; prefs=b"
    assert request.content == b""


def test_a_header_value_that_could_add_a_header_is_refused() -> None:
    endpoint = rt.Endpoint("GET", "/", "op", params=(("trace", "X-Trace", "header"),))
    with pytest.raises(ValueError, match="X-Trace"):
        api(Server())._request(endpoint, {"trace": "a\r\nX-Evil: 1"})


def test_json_bodies() -> None:
    server = Server(httpx.Response(201, json={"petId": 1, "name": "Rex"}))
    client = api(server)
    answer = client._request(CREATE_PET, {"body": Pet(pet_id=1, name="Rex"), "extra_body": {"tag": "new"}})
    assert json.loads(server.last.content) == {"petId": 1, "name": "Rex", "tag": "new"}
    assert server.last.headers["Content-Type"] == "application/json"
    assert answer.status_code == 201 and answer.data == Pet(pet_id=1, name="Rex") and answer.raw.status_code == 201
    client._request(CREATE_PET, {"body": None})
    assert server.last.content == b"" and "Content-Type" not in server.last.headers  # an optional body left out
    client._request(CREATE_PET, {"body": None, "extra_body": {"a": 1}})
    assert json.loads(server.last.content) == {"a": 1}
    required = rt.Endpoint("PUT", "/x", "put", body_kind="json", body_mode="body", body_required=True, content_type="application/merge-patch+json")
    client._request(required, {"body": None})
    assert server.last.content == b"null" and server.last.headers["Content-Type"] == "application/merge-patch+json"
    streamed = rt.Endpoint("POST", "/chat", "chat", body_kind="json", body_mode="body", stream_field="stream")
    client._request(streamed, {"body": {"model": "m"}})
    assert json.loads(server.last.content) == {"model": "m", "stream": True}


def test_keyword_fields_make_the_body() -> None:
    server = Server()
    endpoint = rt.Endpoint(
        "POST", "/pets", "createPet", body_kind="json", body_mode="fields", body_required=True, params=(("name", "name", "field"), ("pet_id", "petId", "field"))
    )
    client = api(server)
    client._request(endpoint, {"name": "Rex", "pet_id": NOT_GIVEN})
    assert json.loads(server.last.content) == {"name": "Rex"}
    client._request(endpoint, {"name": NOT_GIVEN, "pet_id": NOT_GIVEN})
    assert json.loads(server.last.content) == {}  # required: an empty object rather than no body
    client._request(endpoint, {"body": {"name": "Max"}})
    assert json.loads(server.last.content) == {"name": "Max"}
    with pytest.raises(TypeError, match="either as `body` or as keyword arguments"):
        client._request(endpoint, {"body": {"name": "Max"}, "name": "Rex"})


def test_merge_body_and_jsonable() -> None:
    class Size(enum.Enum):
        BIG = "big"

    assert rt.merge_body(None, {"a": NOT_GIVEN}) is None
    assert rt.merge_body({"x": 1}, {"a": NOT_GIVEN}) == {"x": 1}
    when = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    value = {"pet": Pet(pet_id=1, name="R"), "skip": NOT_GIVEN, "items": (Size.BIG, when), 1: None}
    assert rt.jsonable(value) == {"pet": {"petId": 1, "name": "R"}, "items": ["big", "2024-01-02T03:04:05Z"], "1": None}


def test_multipart_files_fields_and_encodings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[io.BufferedReader] = []
    real_open = rt._open
    monkeypatch.setattr(rt, "_open", lambda path: opened.append(real_open(path)) or opened[-1])
    upload = tmp_path / "photo.png"
    upload.write_bytes(b"PNG")
    named = io.BytesIO(b"txt")
    named.name = "/somewhere/notes.txt"
    server = Server()
    endpoint = rt.Endpoint(
        "POST", "/upload", "upload", body_kind="multipart", body_mode="body", encoding={"meta": Style("deepObject", True), "ids": Style("form", False)}
    )
    body = {
        "a": upload,
        "b": b"raw",
        "c": ("c.csv", b"1,2", "text/csv"),
        "d": named,
        "e": [("one.txt", upload)],
        "meta": {"k": "v"},
        "ids": [1, 2],
        "obj": {"x": 1},
        "tags": ["t1", "t2"],
        "n": 3,
        "none": None,
        "skip": NOT_GIVEN,
    }
    api(server)._request(endpoint, {"body": body, "extra_body": {"note": "hi"}})
    request = server.last
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    text = request.content.decode()
    for part in [
        'name="a"; filename="photo.png"\r\nContent-Type: image/png\r\n\r\nPNG',
        'name="b"; filename="b"',
        'name="c"; filename="c.csv"\r\nContent-Type: text/csv\r\n\r\n1,2',
        'name="d"; filename="notes.txt"',
        'name="e"; filename="one.txt"',
        'name="meta[k]"\r\n\r\nv',
        'name="ids"\r\n\r\n1,2',
        'name="obj"\r\nContent-Type: application/json\r\n\r\n{"x":1}',
        'name="tags"\r\n\r\nt1\r\n',
        'name="tags"\r\n\r\nt2\r\n',
        'name="n"\r\n\r\n3',
        'name="note"\r\n\r\nhi',
    ]:
        assert part in text, part
    assert 'name="none"' not in text and 'name="skip"' not in text
    assert len(opened) == 2 and all(f.closed for f in opened)  # the files the runtime opened, closed after the call


def test_multipart_models_and_empty_bodies() -> None:
    server = Server()
    endpoint = rt.Endpoint("POST", "/upload", "upload", body_kind="multipart", body_mode="body")
    client = api(server)
    client._request(endpoint, {"body": Pet(pet_id=1, name="Rex")})
    assert 'name="petId"\r\n\r\n1' in server.last.content.decode()
    client._request(endpoint, {"body": {}})  # an empty form is still a multipart body
    boundary = server.last.headers["Content-Type"].partition("boundary=")[2]
    assert boundary and server.last.content == f"--{boundary}--\r\n".encode()
    with pytest.raises(TypeError, match="multipart body must be a mapping"):
        client._request(endpoint, {"body": [1, 2]})


def test_form_bodies() -> None:
    server = Server()
    endpoint = rt.Endpoint("POST", "/token", "token", body_kind="form", body_mode="body", encoding={"ids": Style("pipeDelimited", False)})
    api(server)._request(endpoint, {"body": {"grant": "a b", "ids": [1, 2], "none": None}, "extra_body": {"x": "&"}})
    assert server.last.content == b"grant=a%20b&ids=1|2&x=%26"
    assert server.last.headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_binary_bodies_stream_from_files_and_rewind_for_a_retry(tmp_path: Path, clock: Clock) -> None:
    server = Server(httpx.Response(503), httpx.Response(200))
    endpoint = rt.Endpoint("PUT", "/blob", "putBlob", body_kind="binary", body_mode="body")
    blob = tmp_path / "blob.bin"
    blob.write_bytes(b"x" * (rt._FileBody.size + 10))
    with open(blob, "rb") as fh:
        fh.read(5)  # sent from where the caller left it
        api(server)._request(endpoint, {"body": fh})
    assert [len(r.content) for r in server.requests] == [rt._FileBody.size + 5] * 2
    assert server.last.headers["Content-Length"] == str(rt._FileBody.size + 5)
    assert server.last.headers["Content-Type"] == "application/octet-stream"
    client = api(Server())
    client._request(endpoint, {"body": blob})
    text = rt.Endpoint("POST", "/note", "note", body_kind="text", body_mode="body", content_type="text/plain")
    client._request(text, {"body": "héllo"})
    answer = client._request(endpoint, {"body": io.BytesIO(b"abc")})  # no file descriptor: no length, still sent
    assert answer.raw.request.content == b"abc"
    assert rt._FileBody(io.BytesIO(b"")).length() is None


def test_timeouts_per_client_and_per_call() -> None:
    server = Server()
    client = api(server)
    client._request(GET_PET, {"pet_id": 1})
    assert server.last.extensions["timeout"] == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    client._request(GET_PET, {"pet_id": 1, "timeout": 2.5})
    assert server.last.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    api(server, timeout=httpx.Timeout(1.0, read=3.0))._request(GET_PET, {})
    assert server.last.extensions["timeout"]["read"] == 3.0


# ---- reading -------------------------------------------------------------------------------


def test_responses_are_parsed_by_their_declared_type() -> None:
    def endpoint(kind: rt.ResponseKind, responses: Mapping[str, Any]) -> rt.Endpoint:
        return rt.Endpoint("GET", "/x", "op", response_kind=kind, responses=responses)

    answer = httpx.Response(200, json={"petId": 1, "name": "Rex"})
    client = api(Server(answer))
    assert client._request(endpoint("json", {"2XX": Pet}), {}).data == Pet(pet_id=1, name="Rex")
    assert client._request(endpoint("json", {"default": Pet}), {}).data == Pet(pet_id=1, name="Rex")
    assert client._request(endpoint("json", {"200": Any}), {}).data == {"petId": 1, "name": "Rex"}
    assert client._request(endpoint("json", {"201": Pet}), {}).data is None  # nothing declared for 200
    assert client._request(endpoint("binary", {}), {}).data == answer.content
    assert client._request(endpoint("text", {}), {}).data == answer.text
    assert api(Server(httpx.Response(204)))._request(endpoint("empty", {"204": Pet}), {}).data is None


def test_a_response_breaking_its_schema_is_parsed_leniently_unless_strict(caplog: pytest.LogCaptureFixture) -> None:
    server = Server(httpx.Response(200, json={"petId": "not a number", "extra": 1}))
    with caplog.at_level(logging.WARNING):
        pet = api(server)._request(GET_PET, {}).data
    assert isinstance(pet, Pet) and pet.pet_id == "not a number" and pet.model_extra == {"extra": 1}  # type: ignore[comparison-overlap]
    assert "getPet: the response does not match the API description" in caplog.text
    with pytest.raises(pydantic.ValidationError):
        api(server, strict_responses=True)._request(GET_PET, {})


class Cat(pydantic.BaseModel):
    meows: bool


class Dog(pydantic.BaseModel):
    barks: bool


def test_lenient_keeps_what_fits() -> None:
    assert rt.lenient(list[Pet], [{"petId": 1, "name": "A"}, {"petId": "x"}]) == [Pet(pet_id=1, name="A"), Pet.model_construct(pet_id="x")]
    assert rt.lenient(dict[str, Pet], {"a": {"name": 2}})["a"].name == 2
    assert rt.lenient(Annotated[Pet, "meta"], {"petId": None}).pet_id is None
    assert rt.lenient(Cat | Dog, {"barks": "loud"}) == Dog.model_construct(barks="loud")
    assert rt.lenient(Cat | Annotated[Dog, "x"], {"barks": 1.5}).barks == 1.5
    assert rt.lenient(Cat | Dog, {"purrs": 1}) == {"purrs": 1}  # no variant's keys: as it came
    assert rt.lenient(int, "x") == "x"


def test_error_responses_raise_their_class_with_the_declared_model() -> None:
    server = Server(httpx.Response(404, json={"detail": "no such pet"}))
    with pytest.raises(NotFoundError) as caught:
        api(server)._request(GET_PET, {"pet_id": 7})
    error = caught.value
    assert error.message == "getPet: HTTP 404 Not Found for GET /v1/pets/7"
    assert error.data == Problem(detail="no such pet") and error.body == b'{"detail":"no such pet"}'
    with pytest.raises(BadRequestError) as undeclared:
        api(Server(httpx.Response(400, json={"why": "bad"})))._request(GET_PET, {})
    assert undeclared.value.data == {"why": "bad"}
    with pytest.raises(NotFoundError) as broken:
        api(Server(httpx.Response(404, content=b"<html>")))._request(GET_PET, {})
    assert broken.value.data is None
    with pytest.raises(ApiStatusError) as teapot:
        api(Server(httpx.Response(418, content=b"")))._request(GET_PET, {})
    assert type(teapot.value) is ApiStatusError and "HTTP 418 I'm a teapot" in teapot.value.message


# ---- retries -------------------------------------------------------------------------------


def test_retries_back_off_exponentially_up_to_max_retries(clock: Clock) -> None:
    server = Server(httpx.Response(503))
    with pytest.raises(InternalServerError):
        api(server, max_retries=3)._request(GET_PET, {})
    assert len(server.requests) == 4 and clock.slept == [0.5, 1.0, 2.0]
    server = Server(httpx.Response(429), httpx.Response(200, json={"petId": 1, "name": "A"}))
    assert api(server)._request(GET_PET, {}).data == Pet(pet_id=1, name="A")
    assert len(server.requests) == 2


def test_the_delay_has_jitter_and_a_ceiling(monkeypatch: pytest.MonkeyPatch) -> None:
    client = api(Server(), retry_backoff=1.0)
    monkeypatch.setattr(rt, "random", SimpleNamespace(random=lambda: 1.0))
    assert client._delay(0, None) == 0.75  # at most a quarter less
    assert client._delay(10, None) == 6.0  # 8 s at most, before jitter


def test_only_idempotent_requests_are_retried_after_they_were_sent(clock: Clock) -> None:
    server = Server(httpx.Response(503))
    with pytest.raises(InternalServerError):
        api(server)._request(CREATE_PET, {"body": {}})
    assert len(server.requests) == 1 and clock.slept == []
    server = Server(httpx.Response(502), httpx.Response(201))
    api(server, retry_non_idempotent=True)._request(CREATE_PET, {"body": {}})
    assert len(server.requests) == 2


def test_the_server_can_refuse_a_retry_and_other_statuses_are_not_retried(clock: Clock) -> None:
    server = Server(httpx.Response(503, headers={"x-should-retry": "false"}))
    with pytest.raises(InternalServerError):
        api(server)._request(GET_PET, {})
    assert len(server.requests) == 1
    server = Server(httpx.Response(404))
    with pytest.raises(NotFoundError):
        api(server)._request(GET_PET, {})
    assert len(server.requests) == 1 and clock.slept == []


@pytest.mark.parametrize(
    ("headers", "delay"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "soon", "retry-after": "2"}, 2.0),
        ({"retry-after": "in a while"}, 0.5),  # not a number nor a date: the backoff
        ({"retry-after": "120"}, 0.5),  # more than a minute: the backoff
        ({}, 0.5),
    ],
)
def test_retry_after(clock: Clock, headers: dict[str, str], delay: float) -> None:
    server = Server(httpx.Response(429, headers=headers), httpx.Response(200))
    api(server)._request(GET_PET, {})
    assert clock.slept == [delay]


def test_retry_after_as_an_http_date(clock: Clock) -> None:
    when = email.utils.formatdate(clock.now + 30, usegmt=True)
    server = Server(httpx.Response(503, headers={"retry-after": when}), httpx.Response(200))
    api(server)._request(GET_PET, {})
    assert clock.slept == [30.0]
    assert rt._retry_after(httpx.Response(503, headers={"retry-after": email.utils.formatdate(clock.now - 30, usegmt=True)})) == 0.0


def test_connection_errors(clock: Clock) -> None:
    server = Server(httpx.ConnectError("refused"), httpx.Response(201))
    api(server)._request(CREATE_PET, {"body": {}})  # not sent yet: safe to retry even a POST
    assert len(server.requests) == 2
    server = Server(httpx.ReadTimeout("slow"))
    with pytest.raises(ApiTimeoutError, match=r"request timed out \(ReadTimeout\)"):
        api(server)._request(CREATE_PET, {"body": {}})
    assert len(server.requests) == 1
    server = Server(httpx.ReadError("reset"))
    with pytest.raises(ApiConnectionError, match=r"connection failed \(ReadError\)") as caught:
        api(server)._request(GET_PET, {})
    assert len(server.requests) == 3 and not isinstance(caught.value, ApiTimeoutError)


# ---- credentials ---------------------------------------------------------------------------


def secured(*alternatives: tuple[str, ...]) -> rt.Endpoint:
    return rt.Endpoint("GET", "/me", "me", security=alternatives)


@pytest.mark.parametrize(
    ("name", "value", "where", "expected"),
    [
        ("bearer", "tok", "Authorization", "Bearer tok"),
        ("basic", ("user", "pw"), "Authorization", "Basic dXNlcjpwdw=="),
        ("basic", "user", "Authorization", "Basic dXNlcjo="),
        ("header_key", "k1", "X-Api-Key", "k1"),
        ("cookie_key", "c 1", "Cookie", "session=c%201"),
    ],
)
def test_each_kind_of_credential(name: str, value: object, where: str, expected: str) -> None:
    server = Server()
    api(server, {name: value})._request(secured((name,)), {})
    assert server.last.headers[where] == expected


def test_api_keys_in_the_query_and_in_cookies_join_what_is_there() -> None:
    server = Server()
    endpoint = rt.Endpoint("GET", "/me", "me", security=(("query_key", "cookie_key"),), params=(("q", "q", "query"), ("c", "c", "cookie")))
    api(server, {"query_key": "s&1", "cookie_key": "k"})._request(endpoint, {"q": "x", "c": "y"})
    assert server.last.url.query == b"q=x&api_key=s%261"
    assert server.last.headers["Cookie"] == "c=y; session=k"
    api(server, {"query_key": "s"})._request(secured(("query_key",)), {})
    assert server.last.url.query == b"api_key=s"


def test_the_first_alternative_the_client_has_credentials_for_is_used() -> None:
    server = Server()
    client = api(server, {"header_key": "k", "bearer": None, "basic": ("u", "p")})
    client._request(secured(("bearer",), ("basic", "header_key")), {})
    assert server.last.headers["Authorization"].startswith("Basic ") and server.last.headers["X-Api-Key"] == "k"
    client._request(secured(("bearer",)), {})  # no credential for it: sent without
    assert "Authorization" not in server.last.headers
    api(server, {"unknown": "x"})._request(secured(("unknown",)), {})  # a name the spec does not declare
    assert "Authorization" not in server.last.headers


def test_headers_the_caller_sets_win_and_the_hook_sees_the_final_request() -> None:
    seen: list[str] = []
    server = Server()
    client = api(server, {"bearer": "tok"}, request_hook=lambda request: seen.append(request.headers["Authorization"]))
    client._request(secured(("bearer",)), {"extra_headers": {"Authorization": "Bearer mine"}})
    assert server.last.headers["Authorization"] == "Bearer mine" and seen == ["Bearer mine"]


def test_credentials_stay_out_of_repr_and_query_keys_out_of_httpx_logs() -> None:
    client = api(Server(), {"query_key": "sekrit", "bearer": "tok"})
    assert repr(client) == f"Api(base_url={BASE!r})"
    assert "api_key" in rt._REDACT.names and rt._REDACT in logging.getLogger("httpx").filters
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "HTTP Request: %s %s", ("GET", httpx.URL(BASE + "?api_key=sekrit&q=1")), None)
    assert rt._REDACT.filter(record) and "sekrit" not in record.getMessage() and "q=1" in record.getMessage()


# ---- redirects -----------------------------------------------------------------------------


def redirect(location: str) -> httpx.Response:
    return httpx.Response(302, headers={"Location": location})


def test_a_redirect_to_the_same_origin_keeps_the_credentials() -> None:
    server = Server(redirect(BASE + "/elsewhere"), httpx.Response(200))
    hooked: list[str] = []
    client = api(server, {"header_key": "k", "cookie_key": "c"}, request_hook=lambda r: hooked.append(str(r.url)))
    client._request(secured(("header_key", "cookie_key")), {})
    assert str(server.last.url) == BASE + "/elsewhere"
    assert server.last.headers["X-Api-Key"] == "k" and server.last.headers["Cookie"] == "session=c"
    assert hooked == [BASE + "/me", BASE + "/elsewhere"]


def test_a_redirect_to_another_origin_drops_every_credential() -> None:
    server = Server(redirect("https://evil.test/x?keep=1&api_key=s"), httpx.Response(200))
    credentials = {"bearer": "tok", "header_key": "k", "query_key": "s", "cookie_key": "c"}
    api(server, credentials)._request(secured(tuple(credentials)), {"extra_headers": {"Proxy-Authorization": "p"}})
    first, last = server.requests
    assert first.headers["Authorization"] == "Bearer tok" and first.headers["X-Api-Key"] == "k"
    assert last.url.host == "evil.test" and last.url.query == b"keep=1"
    for header in ("Authorization", "Proxy-Authorization", "Cookie", "X-Api-Key"):
        assert header not in last.headers, header
    server = Server(redirect("http://api.test/v1/plain"), httpx.Response(200))  # another scheme is another origin
    api(server, {"bearer": "tok"})._request(secured(("bearer",)), {})
    assert "Authorization" not in server.last.headers


def test_too_many_redirects() -> None:
    server = Server(redirect(BASE + "/again"))
    with pytest.raises(ApiConnectionError, match=f"more than {rt.MAX_REDIRECTS} redirects"):
        api(server)._request(GET_PET, {})
    assert len(server.requests) == rt.MAX_REDIRECTS + 1


# ---- OAuth2 client credentials -------------------------------------------------------------


def token_server(*tokens: httpx.Response, api_answers: tuple[httpx.Response, ...] = ()) -> tuple[Server, Server]:
    """(the token endpoint, the API): two scripted servers, which `route` puts behind one handler."""
    tokens_seen = Server(*tokens)
    calls = Server(*api_answers)
    return tokens_seen, calls


def route(tokens: Server, calls: Server) -> Handler:
    return lambda request: tokens(request) if request.url.path.endswith("/token") else calls(request)


def token(value: str, expires_in: object = 3600) -> httpx.Response:
    return httpx.Response(200, json={"access_token": value, "token_type": "bearer", "expires_in": expires_in})


def test_client_credentials_fetch_a_token_and_keep_it_until_shortly_before_it_expires(clock: Clock) -> None:
    tokens, calls = token_server(token("t1", 100), token("t2"))
    client = api(route(tokens, calls), {"oauth": OAuth2ClientCredentials("app", "secret", scopes=["a", "b"])})
    endpoint = secured(("oauth",))
    client._request(endpoint, {})
    client._request(endpoint, {})
    assert len(tokens.requests) == 1 and calls.last.headers["Authorization"] == "Bearer t1"
    fetch = tokens.last
    assert str(fetch.url) == "https://api.test/oauth/token" and fetch.method == "POST"
    assert fetch.headers["Authorization"] == "Basic YXBwOnNlY3JldA==" and fetch.headers["User-Agent"] == USER_AGENT
    assert fetch.content == b"grant_type=client_credentials&scope=a+b"
    clock.now += 89  # a tenth of its lifetime early: still good
    client._request(endpoint, {})
    assert len(tokens.requests) == 1
    clock.now += 2
    client._request(endpoint, {})
    assert len(tokens.requests) == 2 and calls.last.headers["Authorization"] == "Bearer t2"


def test_client_credentials_in_the_body_and_a_token_url_of_their_own(clock: Clock) -> None:
    tokens, calls = token_server(token("t1", None))
    creds = OAuth2ClientCredentials("app", "secret", token_url="https://login.test/token", auth_in_body=True)
    client = api(route(tokens, calls), {"oauth": creds})
    client._request(secured(("oauth",)), {})
    fetch = tokens.last
    assert fetch.url.host == "login.test" and "Authorization" not in fetch.headers
    assert fetch.content == b"grant_type=client_credentials&client_id=app&client_secret=secret"
    assert client._tokens["oauth"][1] == float("inf")  # no lifetime: kept until a 401


def test_a_401_fetches_a_new_token_once(clock: Clock) -> None:
    tokens, calls = token_server(token("t1"), token("t2"), api_answers=(httpx.Response(401), httpx.Response(200)))
    client = api(route(tokens, calls), {"oauth": OAuth2ClientCredentials("app", "secret")})
    client._request(secured(("oauth",)), {})
    assert [r.headers["Authorization"] for r in calls.requests] == ["Bearer t1", "Bearer t2"]
    tokens, calls = token_server(token("t1"), token("t2"), api_answers=(httpx.Response(401),))
    with pytest.raises(AuthenticationError):
        api(route(tokens, calls), {"oauth": OAuth2ClientCredentials("app", "secret")})._request(secured(("oauth",)), {})
    assert len(calls.requests) == 2 and len(tokens.requests) == 2
    with pytest.raises(AuthenticationError):  # a 401 with no fetched token: nothing to refresh
        api(Server(httpx.Response(401)), {"bearer": "t"})._request(secured(("bearer",)), {})


@pytest.mark.parametrize(
    ("answer", "error", "message"),
    [
        (httpx.Response(429), RateLimitError, "oauth: the OAuth2 token request failed with HTTP 429"),
        (httpx.Response(200, json={"token": "x"}), ApiError, "oauth: the OAuth2 token response has no access_token"),
        (httpx.Response(200, content=b"not json"), ApiError, "has no access_token"),
    ],
)
def test_a_failed_token_request(clock: Clock, answer: httpx.Response, error: type[ApiError], message: str) -> None:
    tokens, calls = token_server(answer)
    client = api(route(tokens, calls), {"oauth": OAuth2ClientCredentials("app", "secret")}, max_retries=0)
    with pytest.raises(error, match=message) as caught:
        client._request(secured(("oauth",)), {})
    assert "secret" not in str(caught.value) and calls.requests == []


def test_no_token_url_anywhere() -> None:
    with pytest.raises(ApiError, match=r"no_url: the spec declares no token URL; pass OAuth2ClientCredentials\(token_url=...\)"):
        api(Server(), {"no_url": OAuth2ClientCredentials("a", "b")})._request(secured(("no_url",)), {})


# ---- streams, downloads, the client's life ---------------------------------------------------


def test_server_sent_events_parse_as_the_declared_type() -> None:
    sse = httpx.Response(200, content=b'data: {"petId": 1, "name": "A"}\n\ndata: {"petId": 2, "name": "B"}\n\n')
    endpoint = rt.Endpoint("GET", "/events", "events", response_kind="sse", event_type=Pet)
    answer = api(Server(sse))._stream(endpoint, {})
    assert [p.name for p in answer.data] == ["A", "B"] and answer.raw.is_closed
    assert rt._event_parser(str)(ServerSentEvent("x")) == "x"
    assert rt._event_parser(None)(ServerSentEvent('{"a": 1}')) == {"a": 1}
    assert rt._event_parser(Any)(ServerSentEvent("plain text")) == "plain text"


def chunks_then(error: BaseException) -> Iterator[bytes]:
    yield b"part one"
    raise error


async def achunks_then(error: BaseException) -> AsyncIterator[bytes]:
    yield b"part one"
    raise error


def test_downloads_go_through_a_part_file(tmp_path: Path) -> None:
    endpoint = rt.Endpoint("GET", "/file", "download", response_kind="binary")
    target = api(Server(httpx.Response(200, content=b"0123456789")))._download(endpoint, {}, tmp_path / "out.bin")
    assert target == tmp_path / "out.bin" and target.read_bytes() == b"0123456789"
    assert list(tmp_path.iterdir()) == [target]
    broken = httpx.Response(200, content=chunks_then(httpx.ReadError("reset")))
    with pytest.raises(ApiConnectionError):
        api(Server(broken))._download(endpoint, {}, tmp_path / "broken.bin")
    interrupted = httpx.Response(200, content=chunks_then(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        api(Server(interrupted))._download(endpoint, {}, tmp_path / "stopped.bin")
    assert list(tmp_path.iterdir()) == [target]  # no partial file left behind


def test_the_http_client_is_built_once_on_first_use_and_closed_only_if_owned() -> None:
    client = api(Server())
    assert client._given is None
    built = client._http
    assert isinstance(built, httpx.Client) and client._http is built and client._http_client() is built
    with client:
        pass
    assert built.is_closed
    own = httpx.Client()
    with Api(base_url=BASE, credentials={}, http_client=own):
        pass
    assert not own.is_closed
    own.close()
    Api(base_url=BASE, credentials={}).close()  # never used: nothing to close


def test_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTGEN_TEST_KEY", "v")
    monkeypatch.setenv("CLIENTGEN_TEST_EMPTY", "")
    assert rt.env("CLIENTGEN_TEST_KEY") == "v" and rt.env("CLIENTGEN_TEST_EMPTY") is None and rt.env("CLIENTGEN_TEST_UNSET") is None


# ---- the async client ----------------------------------------------------------------------


def test_async_client_requests_retries_redirects_tokens_and_errors(clock: Clock, tmp_path: Path) -> None:
    tokens = Server(token("t1"), token("t2"))
    calls = Server(httpx.Response(503), redirect(BASE + "/moved"), httpx.Response(401), httpx.Response(200, json={"petId": 1, "name": "A"}))
    blob = tmp_path / "blob.bin"
    blob.write_bytes(b"abc")

    async def main() -> None:
        async with async_api(route(tokens, calls), {"oauth": OAuth2ClientCredentials("app", "secret")}) as client:
            answer = await client._request(rt.Endpoint("GET", "/pets/1", "getPet", security=(("oauth",),), responses={"200": Pet}), {})
            assert answer.data == Pet(pet_id=1, name="A")
            assert [str(r.url) for r in calls.requests] == [BASE + "/pets/1", BASE + "/pets/1", BASE + "/moved", BASE + "/pets/1"]
            assert [r.headers["Authorization"] for r in calls.requests] == ["Bearer t1"] * 3 + ["Bearer t2"]
            assert clock.slept == [0.5]
            built = client._http_client()
        assert built.is_closed

        put = rt.Endpoint("PUT", "/blob", "putBlob", body_kind="binary", body_mode="body")
        uploads = Server()
        with open(blob, "rb") as fh:
            await async_api(uploads)._request(put, {"body": fh})
        assert uploads.last.content == b"abc" and uploads.last.headers["Content-Length"] == "3"

        with pytest.raises(NotFoundError):
            await async_api(Server(httpx.Response(404)))._request(GET_PET, {})
        failing = Server(httpx.ConnectTimeout("slow"))
        with pytest.raises(ApiTimeoutError):
            await async_api(failing, max_retries=1)._request(GET_PET, {})
        assert len(failing.requests) == 2
        with pytest.raises(ApiConnectionError, match="redirects"):
            await async_api(Server(redirect(BASE + "/loop")))._request(GET_PET, {})

        events = rt.Endpoint("GET", "/events", "events", response_kind="sse", event_type=str)
        stream = (await async_api(Server(httpx.Response(200, content=b"data: a\n\ndata: b\n\n")))._stream(events, {})).data
        assert [item async for item in stream] == ["a", "b"]

        download = rt.Endpoint("GET", "/file", "download", response_kind="binary")
        saved = await async_api(Server(httpx.Response(200, content=b"data")))._download(download, {}, tmp_path / "a.bin")
        assert saved.read_bytes() == b"data"
        broken = httpx.Response(200, content=achunks_then(httpx.ReadError("reset")))
        with pytest.raises(ApiConnectionError):
            await async_api(Server(broken))._download(download, {}, tmp_path / "b.bin")
        interrupted = httpx.Response(200, content=achunks_then(RuntimeError("stop")))
        with pytest.raises(RuntimeError):
            await async_api(Server(interrupted))._download(download, {}, tmp_path / "c.bin")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin", "blob.bin"]

        own = httpx.AsyncClient()
        async with AsyncApi(base_url=BASE, credentials={}, http_client=own):
            pass
        assert not own.is_closed
        await own.aclose()

    asyncio.run(main())


def test_the_real_async_sleep_is_used_by_default() -> None:
    asyncio.run(rt._sleep(0))
