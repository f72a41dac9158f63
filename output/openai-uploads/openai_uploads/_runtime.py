"""The HTTP machinery behind every generated method: request building, auth, retries,
response parsing and errors. One code path serves the sync and the async client."""

from __future__ import annotations

import io
import json
import logging
import os
import random
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import UnionType
from typing import (
    IO,
    TYPE_CHECKING,
    Annotated,
    Any,
    Literal,
    Union,
    get_args,
    get_origin,
    get_type_hints,
)

from ._errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    error_class,
)
from ._serialize import (
    DEFAULT_STYLES,
    Style,
    cookie_pairs,
    form_pairs,
    header_value,
    part_values,
    path_value,
    query_pairs,
)
from ._streaming import AsyncStream, ServerSentEvent, Stream
from ._types import (
    NOT_GIVEN,
    ApiResponse,
    FileInput,
    NotGiven,
    OAuth2ClientCredentials,
    TimeoutTypes,
)
from ._version import USER_AGENT

# httpx and pydantic load with the first request or model, not with `import`: importing the
# package and building a client stay cheap (functions below import them where they run).
if TYPE_CHECKING:
    import httpx
    import pydantic

# connect, read, write, pool (seconds)
DEFAULT_TIMEOUT: TimeoutTypes = (10.0, 60.0, 60.0, 60.0)
DEFAULT_MAX_RETRIES = 2
# seconds before the first retry; doubled for each next one, at most 8
DEFAULT_RETRY_BACKOFF = 0.5
MAX_REDIRECTS = 20
RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
BodyKind = Literal["json", "multipart", "form", "binary", "text", "none"]
ResponseKind = Literal["json", "binary", "text", "sse", "empty"]


@dataclass(frozen=True)
class Scheme:
    """A security scheme from the spec: how to attach one credential."""

    kind: Literal["bearer", "basic", "api_key", "oauth2", "openid"]
    location: str | None = None
    param_name: str | None = None
    token_url: str | None = None  # oauth2 client-credentials flow


@dataclass(frozen=True)
class Endpoint:
    """Everything the runtime needs to know about one operation, taken from the spec."""

    method: str
    path: str
    operation_id: str
    body_kind: BodyKind = "none"
    content_type: str | None = None
    response_kind: ResponseKind = "json"
    responses: Mapping[str, Any] = field(default_factory=dict)
    security: tuple[tuple[str, ...], ...] = ()
    accept: str | None = None
    # (argument, wire name, where it goes)
    params: tuple[tuple[str, str, str], ...] = ()
    # argument -> how it goes on the wire, when not OpenAPI's default for its location
    styles: Mapping[str, Style] = field(default_factory=dict)
    # form or multipart field (wire name) -> its `encoding`
    encoding: Mapping[str, Style] = field(default_factory=dict)
    body_mode: Literal["none", "body", "fields"] = "none"
    body_required: bool = False
    event_type: Any = None  # the parsed type of each server-sent event
    # a boolean body field set to true to ask for events
    stream_field: str | None = None


@dataclass(frozen=True)
class Options:
    """Per-call options every method accepts."""

    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None


_ADAPTERS: dict[int, pydantic.TypeAdapter[Any]] = {}


def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    import pydantic

    key = id(tp)
    found = _ADAPTERS.get(key)
    if found is None:
        found = _ADAPTERS[key] = pydantic.TypeAdapter(tp)
    return found


def lenient(tp: Any, data: Any) -> Any:
    """`data` as `tp`, as far as it fits: where the server's JSON breaks the schema (a missing
    required field, a wrong type), models are built without validation and keep the raw value.
    """
    import pydantic

    try:
        return _adapter(tp).validate_python(data)
    except pydantic.ValidationError:
        pass
    origin, args = get_origin(tp), get_args(tp)
    if origin is Annotated:
        return lenient(args[0], data)
    if (
        isinstance(tp, type)
        and issubclass(tp, pydantic.BaseModel)
        and isinstance(data, dict)
    ):
        values: dict[str, Any] = {}
        known: set[str] = set()
        # fields may still name their types as strings (models import each other last)
        hints = get_type_hints(tp, include_extras=True)
        for name, info in tp.model_fields.items():
            key = info.alias or name
            known.add(key)
            if key in data:
                values[name] = lenient(hints.get(name, info.annotation), data[key])
        model = tp.model_construct(**values)
        if model.__pydantic_extra__ is not None:
            model.__pydantic_extra__.update(
                {k: v for k, v in data.items() if k not in known}
            )
        return model
    if origin is list and isinstance(data, list) and args:
        return [lenient(args[0], item) for item in data]
    if origin is dict and isinstance(data, dict) and len(args) == 2:
        return {key: lenient(args[1], item) for key, item in data.items()}
    if origin in (Union, UnionType) and isinstance(data, dict):
        for arg in args:  # the first model variant that the object's keys point to
            inner = get_args(arg)[0] if get_origin(arg) is Annotated else arg
            if isinstance(inner, type) and issubclass(inner, pydantic.BaseModel):
                if {
                    f.alias or n
                    for n, f in inner.model_fields.items()
                    if f.is_required()
                } & data.keys():
                    return lenient(inner, data)
    return data


def jsonable(value: object) -> object:
    """Python values to JSON-ready ones; models use wire names and skip unset fields."""
    import pydantic

    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {
            str(k): jsonable(v) for k, v in value.items() if not isinstance(v, NotGiven)
        }
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    from pydantic_core import to_jsonable_python

    return to_jsonable_python(value)


def merge_body(model: object, fields: Mapping[str, object]) -> object:
    """The request body from either a model/dict or keyword fields (wire name -> value)."""
    given = {k: v for k, v in fields.items() if not isinstance(v, NotGiven)}
    if model is not None and given:
        raise TypeError(
            "pass the request body either as `body` or as keyword arguments, not both"
        )
    if model is not None:
        return model
    return given or None  # no field given: send no body rather than an empty object


def _given(values: Mapping[str, object]) -> dict[str, object]:
    """The values a call gave (not NOT_GIVEN, not None), JSON-ready for the serialiser."""
    return {
        k: jsonable(v)
        for k, v in values.items()
        if not isinstance(v, NotGiven) and v is not None
    }


def _is_file(value: object) -> bool:
    return isinstance(value, (bytes, bytearray, os.PathLike)) or hasattr(value, "read")


class _OwnedFile(io.BufferedReader):
    """A file the runtime opened from a path; closed when the call is done with it."""


def _open(path: str | os.PathLike[str]) -> _OwnedFile:
    return _OwnedFile(io.FileIO(os.fspath(path), "r"))


def _close_owned(kwargs: Mapping[str, Any]) -> None:
    found = [
        part[1][1]
        for part in kwargs.get("files") or ()
        if isinstance(part[1], tuple) and len(part[1]) > 1
    ]
    found.append(getattr(kwargs.get("content"), "file", None))
    for file in found:
        if isinstance(file, _OwnedFile):
            file.close()


def _file_tuple(key: str, value: FileInput) -> tuple[str, Any]:
    if isinstance(value, tuple):
        name, content, *rest = value
        content = _open(content) if isinstance(content, os.PathLike) else content
        return (key, (name, content, *rest))
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        return (key, (os.path.basename(path), _open(path)))
    if isinstance(value, (bytes, bytearray)):
        return (key, (key, bytes(value)))
    label = getattr(value, "name", None)
    return (key, (os.path.basename(label) if isinstance(label, str) else key, value))


def _multipart(
    body: object, encoding: Mapping[str, Style] | None = None
) -> list[tuple[str, Any]]:
    """Multipart parts: files as files, other fields as their `encoding` says (always multipart)."""
    import pydantic

    if isinstance(body, pydantic.BaseModel):
        fields = type(body).model_fields
        body = {
            fields[n].alias or n: getattr(body, n)
            for n in body.model_fields_set
            if n in fields
        }
    if not isinstance(body, Mapping):
        raise TypeError("a multipart body must be a mapping of field names to values")
    parts: list[tuple[str, Any]] = []
    for key, value in body.items():
        if isinstance(value, NotGiven) or value is None:
            continue
        values = value if isinstance(value, list) else [value]
        if any(_is_file(item) or isinstance(item, tuple) for item in values):
            parts.extend(_file_tuple(key, item) for item in values)
            continue
        for name, text, ctype in part_values(
            key, jsonable(value), (encoding or {}).get(key)
        ):
            parts.append(
                (name, (None, text.encode(), ctype) if ctype else (None, text.encode()))
            )
    return parts


class _FileBody:
    """A binary file sent in chunks, never read whole; rewound for every attempt."""

    size = 64 * 1024

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self.start = file.tell() if file.seekable() else None

    def length(self) -> int | None:
        try:
            return os.fstat(self.file.fileno()).st_size - (self.start or 0)
        except (AttributeError, OSError, ValueError):
            return None

    def chunks(self) -> Iterator[bytes]:
        if self.start is not None:
            self.file.seek(self.start)
        while chunk := self.file.read(self.size):
            yield chunk


class _FileChunks(_FileBody):
    def __iter__(self) -> Iterator[bytes]:
        return self.chunks()


class _AsyncFileChunks(_FileBody):
    """For `httpx.AsyncClient`, which wants an async iterable."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks():
            yield chunk


def _event_parser(tp: Any) -> Callable[[ServerSentEvent], Any]:
    """How to read each event's `data`: as the declared model, as text, or as JSON if it is."""
    if tp is str:
        return lambda sse: sse.data
    if tp is not None and tp is not Any:
        adapter = _adapter(tp)
        return lambda sse: adapter.validate_json(sse.data)

    def loose(sse: ServerSentEvent) -> Any:
        try:
            return json.loads(sse.data)
        except ValueError:
            return sse.data

    return loose


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


_log = logging.getLogger(__name__.rpartition(".")[0] or __name__)


class _RedactQueryKeys(logging.Filter):
    """httpx logs every request's URL: hide the API keys that travel in query strings."""

    names: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        import httpx

        if isinstance(record.args, tuple):
            record.args = tuple(
                self.redact(a) if isinstance(a, httpx.URL) else a for a in record.args
            )
        return True

    def redact(self, url: httpx.URL) -> httpx.URL:
        for name in self.names & set(url.params.keys()):
            url = url.copy_set_param(name, "[redacted]")
        return url


_REDACT = _RedactQueryKeys()
_BUILDING = threading.Lock()  # two threads' first requests build one httpx client


def _retry_after(response: httpx.Response | None) -> float | None:
    if response is None:
        return None
    raw = response.headers.get("retry-after-ms")
    if raw:
        try:
            return float(raw) / 1000
        except ValueError:
            pass
    raw = response.headers.get("retry-after")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        pass
    import email.utils  # only for an HTTP-date Retry-After

    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except ValueError:  # neither seconds nor a date: the backoff decides
        return None
    return max(0.0, parsed.timestamp() - time.time())


class BaseRuntime:
    """State and request building shared by the sync and async clients."""

    _schemes: Mapping[str, Scheme] = {}
    _async = False

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, object | None],
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_non_idempotent: bool = False,
        retry_backoff: float = DEFAULT_RETRY_BACKOFF,
        default_headers: Mapping[str, str] | None = None,
        strict_responses: bool = False,
        request_hook: Callable[[httpx.Request], None] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.request_hook = request_hook
        self.strict_responses = strict_responses
        self.timeout = timeout
        self.max_retries = max_retries
        self.retry_non_idempotent = retry_non_idempotent
        self.retry_backoff = retry_backoff
        self.default_headers = dict(default_headers or {})
        self._credentials = {k: v for k, v in credentials.items() if v is not None}
        # scheme -> (access token, refresh after)
        self._tokens: dict[str, tuple[str, float]] = {}
        query_keys = {
            s.param_name
            for s in self._schemes.values()
            if s.kind == "api_key" and s.location == "query" and s.param_name
        }
        if query_keys - _REDACT.names:
            _REDACT.names.update(query_keys)
            # adding the same filter twice is a no-op
            logging.getLogger("httpx").addFilter(_REDACT)

    def __repr__(self) -> str:  # never shows credentials
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    # ---- building ----------------------------------------------------------------------
    def _requirement(self, endpoint: Endpoint) -> tuple[str, ...] | None:
        """The first of the operation's security alternatives the client has credentials for."""
        for requirement in endpoint.security:
            if all(name in self._credentials for name in requirement):
                return requirement
        return None

    def _authorize(self, endpoint: Endpoint, request: httpx.Request) -> None:
        """Attach the credentials the operation asks for (headers the caller set win)."""
        import httpx

        for name in self._requirement(endpoint) or ():
            scheme = self._schemes.get(name)
            value = self._credentials[name]
            if isinstance(value, OAuth2ClientCredentials):
                value = self._tokens[name][0] if name in self._tokens else None
            if scheme is None or value is None:
                continue
            if scheme.kind == "basic":
                user, password = value if isinstance(value, tuple) else (str(value), "")
                request.headers.setdefault(
                    "Authorization", httpx.BasicAuth(user, password)._auth_header
                )
            elif scheme.kind == "api_key" and scheme.param_name:
                if scheme.location == "query":
                    pair = "&".join(query_pairs(scheme.param_name, str(value)))
                    query = request.url.query.decode("ascii")
                    request.url = request.url.copy_with(
                        query=(f"{query}&{pair}" if query else pair).encode("ascii")
                    )
                elif scheme.location == "cookie":
                    pair = "; ".join(cookie_pairs(scheme.param_name, str(value)))
                    request.headers["Cookie"] = (
                        f"{request.headers['Cookie']}; {pair}"
                        if "Cookie" in request.headers
                        else pair
                    )
                else:
                    request.headers.setdefault(scheme.param_name, str(value))
            else:
                request.headers.setdefault("Authorization", f"Bearer {value}")
        # e.g. signs the request (HTTP Signature, Digest)
        if self.request_hook is not None:
            self.request_hook(request)

    def _next_request(
        self, endpoint: Endpoint, response: httpx.Response
    ) -> httpx.Request | None:
        """Where a redirect leads: credentials go along to the same origin only."""
        request = response.next_request
        if request is None:
            return None
        if _origin(request.url) == _origin(response.request.url):
            self._authorize(endpoint, request)
            return request
        for header in ("Authorization", "Proxy-Authorization", "Cookie"):
            request.headers.pop(header, None)
        for scheme in self._schemes.values():
            if scheme.kind == "api_key" and scheme.param_name:
                if scheme.location == "query":
                    request.url = request.url.copy_remove_param(scheme.param_name)
                elif scheme.location == "header":
                    request.headers.pop(scheme.param_name, None)
        return request

    # ---- OAuth2 client credentials ------------------------------------------------------
    def _token_requests(self, endpoint: Endpoint) -> list[tuple[str, httpx.Request]]:
        """Token requests for the client-credentials schemes this call needs a fresh token for."""
        import httpx

        out = []
        for name in self._requirement(endpoint) or ():
            creds = self._credentials[name]
            if not isinstance(creds, OAuth2ClientCredentials):
                continue
            if name in self._tokens and self._tokens[name][1] > time.monotonic():
                continue
            scheme = self._schemes.get(name)
            token_url = creds.token_url or (scheme.token_url if scheme else None)
            if not token_url:
                raise ApiError(
                    f"{name}: the spec declares no token URL; pass OAuth2ClientCredentials(token_url=...)"
                )
            form = {"grant_type": "client_credentials"}
            if creds.scopes:
                form["scope"] = " ".join(creds.scopes)
            headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
            if creds.auth_in_body:
                form.update(
                    client_id=creds.client_id, client_secret=creds.client_secret
                )
            else:
                headers["Authorization"] = httpx.BasicAuth(
                    creds.client_id, creds.client_secret
                )._auth_header
            url = httpx.URL(self.base_url + "/").join(token_url)
            out.append(
                (
                    name,
                    self._http_client().build_request(
                        "POST", url, data=form, headers=headers
                    ),
                )
            )
        return out

    def _store_token(self, name: str, response: httpx.Response) -> None:
        if not response.is_success:
            message = f"{name}: the OAuth2 token request failed with HTTP {response.status_code}"
            raise error_class(response.status_code)(
                message, response=response, data=None
            )
        try:
            payload = response.json()
            token = str(payload["access_token"])
        except (ValueError, KeyError, TypeError):
            raise ApiError(
                f"{name}: the OAuth2 token response has no access_token"
            ) from None
        lifetime = payload.get("expires_in")
        try:  # refresh a little early: a tenth of its lifetime, at most 30 s
            deadline = (
                time.monotonic() + float(lifetime) - min(30.0, float(lifetime) / 10)
            )
        except (TypeError, ValueError):
            # no expiry given: keep it until the server answers 401
            deadline = float("inf")
        self._tokens[name] = (token, deadline)

    def _forget_tokens(self, endpoint: Endpoint) -> bool:
        """After a 401: drop the fetched tokens this call used; True if there were any."""
        names = [n for n in self._requirement(endpoint) or () if n in self._tokens]
        for name in names:
            del self._tokens[name]
        return bool(names)

    def _http_client(self) -> httpx.Client | httpx.AsyncClient:
        raise NotImplementedError

    def _build(
        self, endpoint: Endpoint, args: Mapping[str, Any]
    ) -> tuple[str, str, dict[str, Any]]:
        """Turn a generated method's arguments (its `locals()`) into an httpx request."""
        by_place: dict[str, list[tuple[str, object, Style]]] = {
            "path": [],
            "query": [],
            "header": [],
            "cookie": [],
        }
        fields: dict[str, object] = {}
        for name, wire, place in endpoint.params:
            value = args.get(name, NOT_GIVEN)
            if place == "field":
                fields[wire] = value
            elif not isinstance(value, NotGiven) and value is not None:
                style = endpoint.styles.get(name, DEFAULT_STYLES[place])
                by_place[place].append((wire, jsonable(value), style))
        if endpoint.body_mode == "fields":
            body = merge_body(args.get("body"), fields)
            if body is None and endpoint.body_required:
                body = {}
        else:
            body = args.get("body")
        options = Options(
            args.get("timeout", NOT_GIVEN),
            args.get("extra_headers"),
            args.get("extra_query"),
            args.get("extra_body"),
        )
        path = endpoint.path
        for key, value, style in by_place["path"]:
            path = path.replace("{" + key + "}", path_value(key, value, style))
        # a path template may carry a fixed query (OpenAI's `/responses?beta=true`): it
        # goes first (a `?` in a path value is percent-encoded, so this is the template's)
        path, _, fixed = path.partition("?")
        query = [fixed] if fixed else []
        query += [
            pair
            for k, v, style in by_place["query"]
            for pair in query_pairs(k, v, style)
        ]
        query += [
            pair
            for k, v in _given(options.extra_query or {}).items()
            for pair in query_pairs(k, v)
        ]
        if query:  # already encoded: httpx keeps the query text as it is
            path += "?" + "&".join(query)
        all_headers = {"User-Agent": USER_AGENT, **self.default_headers}
        if endpoint.accept:
            all_headers["Accept"] = endpoint.accept
        all_headers.update(
            {k: header_value(k, v, style) for k, v, style in by_place["header"]}
        )
        all_headers.update(options.extra_headers or {})
        kwargs: dict[str, Any] = {"headers": all_headers}
        cookies = [
            pair
            for k, v, style in by_place["cookie"]
            for pair in cookie_pairs(k, v, style)
        ]
        if cookies:
            kwargs["headers"]["Cookie"] = "; ".join(cookies)
        extra = dict(options.extra_body or {})
        # `body=None` for a required body is the JSON value null, not "no body"
        null_body = endpoint.body_mode == "body" and endpoint.body_required
        if endpoint.body_kind == "json" and (body is not None or extra or null_body):
            payload = jsonable(body) if body is not None or null_body else {}
            extra_json = jsonable(extra)
            if extra and isinstance(payload, dict) and isinstance(extra_json, dict):
                payload = {**payload, **extra_json}
            if endpoint.stream_field and isinstance(payload, dict):
                payload[endpoint.stream_field] = True
            kwargs["content"] = json.dumps(payload, separators=(",", ":")).encode()
            kwargs["headers"]["Content-Type"] = (
                endpoint.content_type or "application/json"
            )
        elif endpoint.body_kind == "multipart":
            kwargs["files"] = _multipart(
                body if body is not None else {}, endpoint.encoding
            ) + _multipart(extra)
            # httpx would send no body at all
            if not kwargs["files"] and body is not None:
                boundary = os.urandom(16).hex()
                kwargs["content"] = f"--{boundary}--\r\n".encode()
                content_type = f"multipart/form-data; boundary={boundary}"
                kwargs["headers"]["Content-Type"] = content_type
        elif endpoint.body_kind == "form" and body is not None:
            raw = jsonable(body)
            pairs = form_pairs(raw if isinstance(raw, dict) else {}, endpoint.encoding)
            pairs += form_pairs(_given(extra), {})
            kwargs["content"] = "&".join(pairs).encode("ascii")
            kwargs["headers"]["Content-Type"] = (
                endpoint.content_type or "application/x-www-form-urlencoded"
            )
        elif endpoint.body_kind in ("binary", "text") and body is not None:
            content: Any = body
            if isinstance(content, os.PathLike):
                content = _open(content)
            if isinstance(content, str):
                content = content.encode()
            if hasattr(content, "read"):  # stream the file instead of reading it whole
                chunks = (_AsyncFileChunks if self._async else _FileChunks)(content)
                size = chunks.length()
                if size is not None:
                    kwargs["headers"]["Content-Length"] = str(size)
                content = chunks
            kwargs["content"] = content
            kwargs["headers"]["Content-Type"] = (
                endpoint.content_type or "application/octet-stream"
            )
        if not isinstance(options.timeout, NotGiven):
            kwargs["timeout"] = options.timeout
        return endpoint.method, path, kwargs

    # ---- reading -----------------------------------------------------------------------
    def _response_type(self, endpoint: Endpoint, status: int) -> Any:
        exact = endpoint.responses.get(str(status))
        if exact is not None:
            return exact
        return endpoint.responses.get(
            f"{status // 100}XX", endpoint.responses.get("default")
        )

    def _parse(self, endpoint: Endpoint, response: httpx.Response) -> Any:
        import pydantic

        tp = self._response_type(endpoint, response.status_code)
        if endpoint.response_kind == "binary":
            return response.content
        if endpoint.response_kind == "text":
            return response.text
        if not response.content or tp is None:
            return None
        if tp is Any:
            return response.json()
        try:
            return _adapter(tp).validate_json(response.content)
        except pydantic.ValidationError as exc:
            if self.strict_responses:
                raise
            _log.warning(
                "%s: the response does not match the API description; parsed leniently: %s",
                endpoint.operation_id,
                " ".join(str(exc).split("\n")[:3]),
            )
            return lenient(tp, response.json())

    def _error(self, endpoint: Endpoint, response: httpx.Response) -> ApiStatusError:
        import pydantic

        data: Any = None
        tp = self._response_type(endpoint, response.status_code)
        try:
            data = (
                _adapter(tp).validate_json(response.content)
                if tp is not None and tp is not Any
                else response.json()
            )
        except (ValueError, pydantic.ValidationError):
            data = None
        reason = response.reason_phrase or "error"
        message = f"{endpoint.operation_id}: HTTP {response.status_code} {reason} for {endpoint.method} {response.request.url.path}"
        return error_class(response.status_code)(message, response=response, data=data)

    def _should_retry(
        self,
        endpoint: Endpoint,
        attempt: int,
        response: httpx.Response | None,
        exc: Exception | None,
    ) -> bool:
        if attempt >= self.max_retries:
            return False
        # a connection failed before the request went out: always safe
        if exc is not None:
            import httpx

            if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
                return True
            return endpoint.method in IDEMPOTENT or self.retry_non_idempotent
        if response is None or response.status_code not in RETRY_STATUSES:
            return False
        if response.headers.get("x-should-retry") == "false":
            return False
        return endpoint.method in IDEMPOTENT or self.retry_non_idempotent

    def _delay(self, attempt: int, response: httpx.Response | None) -> float:
        after = _retry_after(response)
        if after is not None and 0 <= after <= 60:
            return after
        return min(self.retry_backoff * 2.0**attempt, 8.0) * (
            1 - 0.25 * random.random()
        )

    def _wrap(self, exc: httpx.TransportError) -> ApiConnectionError:
        import httpx

        if isinstance(exc, httpx.TimeoutException):
            return ApiTimeoutError(f"request timed out ({type(exc).__name__})")
        return ApiConnectionError(f"connection failed ({type(exc).__name__})")


class SyncRuntime(BaseRuntime):
    """Sends requests with an `httpx.Client`."""

    def __init__(
        self,
        *,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._owns_client = http_client is None
        self._given: httpx.Client | None = http_client
        self._transport = transport

    @property
    def _http(self) -> httpx.Client:
        """Built on first use: an `httpx.Client` loads httpx and the TLS certificates."""
        if self._given is None:
            with _BUILDING:
                if self._given is None:
                    import httpx

                    self._given = httpx.Client(
                        base_url=self.base_url,
                        timeout=self.timeout,
                        transport=self._transport,
                    )
        return self._given

    def _http_client(self) -> httpx.Client:
        return self._http

    def close(self) -> None:
        if self._owns_client and self._given is not None:
            self._given.close()

    def __enter__(self) -> SyncRuntime:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _follow(
        self, endpoint: Endpoint, request: httpx.Request, stream: bool
    ) -> httpx.Response:
        for _ in range(MAX_REDIRECTS + 1):
            response = self._http.send(request, stream=stream, follow_redirects=False)
            next_request = self._next_request(endpoint, response)
            if next_request is None:
                return response
            response.close()
            request = next_request
        raise ApiConnectionError(f"more than {MAX_REDIRECTS} redirects")

    def _send(
        self, endpoint: Endpoint, args: Mapping[str, Any], stream: bool = False
    ) -> httpx.Response:
        """Send with credentials, redirects and retries; return a 2xx response or raise."""
        import httpx

        method, path, kwargs = self._build(endpoint, args)
        try:
            attempt, refreshed = 0, False
            while True:
                response: httpx.Response | None = None
                try:
                    for name, token_request in self._token_requests(endpoint):
                        self._store_token(name, self._http.send(token_request))
                    request = self._http.build_request(
                        method, self.base_url + path, **kwargs
                    )
                    self._authorize(endpoint, request)
                    response = self._follow(endpoint, request, stream)
                except httpx.TransportError as exc:
                    if not self._should_retry(endpoint, attempt, None, exc):
                        raise self._wrap(exc) from exc
                else:
                    if response.is_success:
                        return response
                    response.read()
                    if (
                        response.status_code == 401
                        and not refreshed
                        and self._forget_tokens(endpoint)
                    ):
                        refreshed = True
                        continue
                    if not self._should_retry(endpoint, attempt, response, None):
                        raise self._error(endpoint, response)
                time.sleep(self._delay(attempt, response))
                attempt += 1
        finally:
            _close_owned(kwargs)

    def _request(self, endpoint: Endpoint, args: Mapping[str, Any]) -> ApiResponse[Any]:
        response = self._send(endpoint, args)
        return ApiResponse(
            response.status_code,
            response.headers,
            self._parse(endpoint, response),
            response,
        )

    def _stream(
        self, endpoint: Endpoint, args: Mapping[str, Any]
    ) -> ApiResponse[Stream[Any]]:
        """Server-sent events: the response is read as you iterate."""
        response = self._send(endpoint, args, stream=True)
        return ApiResponse(
            response.status_code,
            response.headers,
            Stream(response, _event_parser(endpoint.event_type)),
            response,
        )

    def _download(
        self,
        endpoint: Endpoint,
        args: Mapping[str, Any],
        destination: str | os.PathLike[str],
    ) -> Path:
        """Stream the body to a file (through `<name>.part`, renamed when complete)."""
        import httpx

        target = Path(destination)
        partial = target.with_name(target.name + ".part")
        response = self._send(endpoint, args, stream=True)
        try:
            with open(partial, "wb") as fh:
                for chunk in response.iter_bytes():
                    fh.write(chunk)
        except BaseException as exc:
            partial.unlink(missing_ok=True)
            if isinstance(exc, httpx.TransportError):
                raise self._wrap(exc) from exc
            raise
        finally:
            response.close()
        os.replace(partial, target)
        return target


class AsyncRuntime(BaseRuntime):
    """Sends requests with an `httpx.AsyncClient`."""

    _async = True

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._owns_client = http_client is None
        self._given: httpx.AsyncClient | None = http_client
        self._transport = transport

    @property
    def _http(self) -> httpx.AsyncClient:
        """Built on first use: an `httpx.AsyncClient` loads httpx and the TLS certificates."""
        if self._given is None:
            with _BUILDING:
                if self._given is None:
                    import httpx

                    self._given = httpx.AsyncClient(
                        base_url=self.base_url,
                        timeout=self.timeout,
                        transport=self._transport,
                    )
        return self._given

    def _http_client(self) -> httpx.AsyncClient:
        return self._http

    async def aclose(self) -> None:
        if self._owns_client and self._given is not None:
            await self._given.aclose()

    async def __aenter__(self) -> AsyncRuntime:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _follow(
        self, endpoint: Endpoint, request: httpx.Request, stream: bool
    ) -> httpx.Response:
        for _ in range(MAX_REDIRECTS + 1):
            response = await self._http.send(
                request, stream=stream, follow_redirects=False
            )
            next_request = self._next_request(endpoint, response)
            if next_request is None:
                return response
            await response.aclose()
            request = next_request
        raise ApiConnectionError(f"more than {MAX_REDIRECTS} redirects")

    async def _send(
        self, endpoint: Endpoint, args: Mapping[str, Any], stream: bool = False
    ) -> httpx.Response:
        """Send with credentials, redirects and retries; return a 2xx response or raise."""
        import httpx

        method, path, kwargs = self._build(endpoint, args)
        try:
            attempt, refreshed = 0, False
            while True:
                response: httpx.Response | None = None
                try:
                    for name, token_request in self._token_requests(endpoint):
                        self._store_token(name, await self._http.send(token_request))
                    request = self._http.build_request(
                        method, self.base_url + path, **kwargs
                    )
                    self._authorize(endpoint, request)
                    response = await self._follow(endpoint, request, stream)
                except httpx.TransportError as exc:
                    if not self._should_retry(endpoint, attempt, None, exc):
                        raise self._wrap(exc) from exc
                else:
                    if response.is_success:
                        return response
                    await response.aread()
                    if (
                        response.status_code == 401
                        and not refreshed
                        and self._forget_tokens(endpoint)
                    ):
                        refreshed = True
                        continue
                    if not self._should_retry(endpoint, attempt, response, None):
                        raise self._error(endpoint, response)
                await _sleep(self._delay(attempt, response))
                attempt += 1
        finally:
            _close_owned(kwargs)

    async def _request(
        self, endpoint: Endpoint, args: Mapping[str, Any]
    ) -> ApiResponse[Any]:
        response = await self._send(endpoint, args)
        return ApiResponse(
            response.status_code,
            response.headers,
            self._parse(endpoint, response),
            response,
        )

    async def _stream(
        self, endpoint: Endpoint, args: Mapping[str, Any]
    ) -> ApiResponse[AsyncStream[Any]]:
        """Server-sent events: the response is read as you iterate."""
        response = await self._send(endpoint, args, stream=True)
        return ApiResponse(
            response.status_code,
            response.headers,
            AsyncStream(response, _event_parser(endpoint.event_type)),
            response,
        )

    async def _download(
        self,
        endpoint: Endpoint,
        args: Mapping[str, Any],
        destination: str | os.PathLike[str],
    ) -> Path:
        """Stream the body to a file (through `<name>.part`, renamed when complete)."""
        import httpx

        target = Path(destination)
        partial = target.with_name(target.name + ".part")
        response = await self._send(endpoint, args, stream=True)
        try:
            with open(partial, "wb") as fh:
                async for chunk in response.aiter_bytes():
                    fh.write(chunk)
        except BaseException as exc:
            partial.unlink(missing_ok=True)
            if isinstance(exc, httpx.TransportError):
                raise self._wrap(exc) from exc
            raise
        finally:
            await response.aclose()
        os.replace(partial, target)
        return target


async def _sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def env(name: str) -> str | None:
    value = os.environ.get(name)
    return value or None
