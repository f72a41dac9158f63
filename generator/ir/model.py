"""The IR: frozen dataclasses that describe an API in terms the templates need.

Every name here is already a valid, collision-free Python identifier; every wire name is
kept beside it so the client, the CLI and the docs cannot disagree.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Literal

from . import names
from .diagnostic import Diagnostic

# the IR's type lives in generator/ir/typeref.py; hooks may import it from here too
from .typeref import NONE, union_of
from .typeref import TypeRef as TypeRef

ParamLocation = Literal["path", "query", "header", "cookie"]
BodyKind = Literal["json", "multipart", "form", "binary", "text"]
ResponseKind = Literal["json", "binary", "text", "sse", "empty"]


@dataclass(frozen=True)
class Field:
    """One property of a model (or one field of a request body)."""

    wire_name: str
    """The property's name in JSON."""
    py_name: str
    """The model attribute and keyword argument: snake_case, never a keyword, unique in the model."""
    type: TypeRef
    """The property's type."""
    required: bool
    """Listed in the schema's `required`."""
    nullable: bool = False
    """May be `null` (`nullable: true`, or `null` among its types)."""
    description: str = ""
    """The property's description, as written (templates escape it)."""
    default: Any = None
    """The JSON default from the spec; meaningful only when `has_default`."""
    has_default: bool = False
    """The schema declares a `default`."""
    deprecated: bool = False
    """Marked `deprecated: true`."""
    read_only: bool = False
    """`readOnly`: sent by the server only."""
    write_only: bool = False
    """`writeOnly`: sent by the client only."""
    example: Any = None
    """A value for docs and tests: the spec's example when it fits the schema, else a valid sample."""

    @functools.cached_property  # templates and imports ask for it many times per field
    def annotation_type(self) -> TypeRef:
        """The field's type in a model: optional fields also accept None."""
        if self.required or self.type.nullable or self.type.kind == "any":
            return self.type
        return union_of((self.type, NONE))

    @property
    def annotation(self) -> str:
        """The field's annotation in a model (`annotation_type` as Python)."""
        return self.annotation_type.py

    @property
    def default_src(self) -> str | None:
        """Python source of the field's default in the model class, or None if required."""
        alias = self.py_name != self.wire_name
        if self.required:
            return f"Field(alias={self.wire_name!r})" if alias else None
        return f"Field(default=None, alias={self.wire_name!r})" if alias else "None"


@dataclass(frozen=True)
class Arg:
    """One argument of a generated method."""

    name: str
    """The argument's Python name."""
    type: TypeRef
    """Its type in the method's signature (e.g. `FileInput | NotGiven` for an optional file field)."""
    default: str | None
    """Python source of its default, or None when required."""
    keyword_only: bool
    """After the `*` in the signature."""
    source: Literal["path", "query", "header", "cookie", "field", "body"]
    """Where its value goes: a parameter's location, one body field, or the whole body."""
    wire_name: str
    """The name on the wire (the parameter's or the body field's)."""

    @property
    def annotation(self) -> str:
        """Its annotation in the method's signature (`type` as Python)."""
        return self.type.py


@dataclass(frozen=True)
class Model:
    """A generated model class (`models/<module>.py`), or a type alias."""

    name: str
    """The class (or type alias) name: unique, PascalCase, never a builtin's or the runtime's name."""
    module: str
    """The module file stem under `models/`."""
    kind: Literal["object", "alias"]
    """`object`: a pydantic model with fields; `alias`: a type alias (`alias_of`)."""
    wire_name: str
    """Where it came from: the schema's name, or the JSON pointer of an inline schema."""
    description: str = ""
    """The schema's description, as written."""
    fields: tuple[Field, ...] = ()
    """The object's own fields (inherited ones are on `base`)."""
    base: str | None = None
    """The parent model for `allOf` inheritance, or None."""
    alias_of: TypeRef | None = None
    """The aliased type, for `kind == "alias"`."""
    extra: Literal["allow", "forbid", "ignore"] = "allow"
    """What the model does with properties it does not declare (pydantic's `extra`)."""
    extra_type: TypeRef | None = None
    """The type of typed `additionalProperties`, or None."""
    deprecated: bool = False
    """Marked `deprecated: true`."""
    imports: tuple[str, ...] = ()
    """The other models its fields or alias name."""
    inherited_annotations: tuple[TypeRef, ...] = ()
    """Ancestors' field types that name models: pydantic may evaluate them in this model's module."""
    example: Any = None
    """A value for the docs: the spec's example when it fits, else a valid sample."""


def is_default_style(location: str, style: str, explode: bool, allow_reserved: bool, content_type: str | None) -> bool:
    """OpenAPI's default way for the location: `form` exploded for query and cookie, `simple` not
    exploded for path and header, reserved characters encoded, a schema rather than `content`."""
    default = ("simple", False) if location in ("path", "header") else ("form", True)
    return (style, explode) == default and not allow_reserved and content_type is None


@dataclass(frozen=True)
class Parameter:
    """One path, query, header or cookie parameter of an operation."""

    wire_name: str
    """The parameter's name in the request."""
    py_name: str
    """The method's keyword argument."""
    location: ParamLocation
    """`path`, `query`, `header` or `cookie`."""
    type: TypeRef
    """The parameter's type."""
    required: bool
    """Must be given (path parameters always are)."""
    description: str = ""
    """The parameter's description, as written."""
    default: Any = None
    """The JSON default from the spec; meaningful only when `has_default`."""
    has_default: bool = False
    """The schema declares a `default`."""
    deprecated: bool = False
    """Marked `deprecated: true`."""
    example: Any = None
    """A value for docs and tests."""
    explode: bool = True
    """OpenAPI `explode`, with the location's default filled in."""
    style: str = "form"
    """OpenAPI `style`, with the default filled in: `form` for query and cookie, `simple` for path and header (Swagger 2.0's `collectionFormat` arrives as one of these)."""
    allow_reserved: bool = False
    """`allowReserved`: RFC 3986 reserved characters go unencoded (query)."""
    content_type: str | None = None
    """Declared with `content` rather than `schema`: the value is sent as one string of this media type."""
    sent_as: str = ""
    """A sample of the value on the wire, for non-default ways of sending (e.g. `status=a,b`), for the docs."""

    @property
    def default_style(self) -> bool:
        """True when the parameter goes out the way OpenAPI sends it unless told otherwise."""
        return is_default_style(self.location, self.style, self.explode, self.allow_reserved, self.content_type)

    @property
    def style_src(self) -> str | None:
        """Python source of the runtime `Style` (generated `_serialize.py`), None for the default."""
        if self.default_style:
            return None
        return f"_Style({self.style!r}, {self.explode!r}, {self.allow_reserved!r}, {self.content_type!r})"


@dataclass(frozen=True)
class Encoding:
    """How one field of a form or multipart body is sent: its OpenAPI `encoding` entry."""

    wire_name: str
    """The body field it applies to."""
    style: str | None
    """`style` as given, or None when the entry sets no style: a form field then goes out `form`, exploded; a multipart field as one part (JSON for an object, one part per item for an array). With a style, a multipart field is split like a form field (`meta[key]` parts for deepObject) and `content_type` is ignored, as OpenAPI 3.1 says."""
    explode: bool
    """`explode` as given."""
    allow_reserved: bool
    """`allowReserved` as given."""
    content_type: str | None
    """`contentType`: a field in a JSON media type is sent as its JSON text."""
    headers: tuple[Header, ...] = ()
    """The part's declared headers (multipart), for the docs."""
    sent_as: str = ""
    """A sample on the wire, e.g. `metadata[key]=value`, for the docs."""

    @property
    def style_src(self) -> str | None:
        """Python source of the runtime `Style` (generated `_serialize.py`), None when it changes nothing."""
        if self.style is not None:
            return f"_Style({self.style!r}, {self.explode!r}, {self.allow_reserved!r}, None)"
        if self.content_type is not None:
            return f"_Style(content_type={self.content_type!r})"
        return None


@dataclass(frozen=True)
class RequestBody:
    """One media type of an operation's request body."""

    content_type: str
    """The media type, e.g. `application/json`."""
    kind: BodyKind
    """How it is sent: `json`, `multipart`, `form`, `binary` or `text`."""
    type: TypeRef
    """The body's type."""
    required: bool
    """`requestBody.required` as written (`Operation.body_required` says whether the method requires it)."""
    description: str = ""
    """The body's description, as written."""
    fields: tuple[Field, ...] = ()
    """An object body's fields, offered as keyword arguments."""
    example: Any = None
    """A value for docs and tests."""
    encoding: tuple[Encoding, ...] = ()
    """Form and multipart bodies: the fields' `encoding` entries."""

    def sent_as(self, wire_name: str) -> str:
        """The docs sample of a field with an `encoding` style, else ""."""
        return next((e.sent_as for e in self.encoding if e.wire_name == wire_name), "")


@dataclass(frozen=True)
class Header:
    """A response header, or a multipart part's header."""

    wire_name: str
    """The header's name."""
    type: TypeRef
    """Its type."""
    description: str = ""
    """Its description, as written."""


@dataclass(frozen=True)
class Response:
    """One declared response of an operation."""

    status: str
    """The status as the spec writes it: `200`, `4XX` or `default`."""
    description: str
    """The response's description, as written."""
    content_type: str | None
    """The media type the client reads, or None for no body."""
    kind: ResponseKind
    """How the client reads it: `json`, `binary`, `text`, `sse` (server-sent events) or `empty`."""
    type: TypeRef | None
    """The body's type, or None."""
    headers: tuple[Header, ...] = ()
    """The declared response headers."""
    example: Any = None
    """A JSON body (for an event stream, one event's data) valid against the schema, for the generated tests' mocks."""


@dataclass(frozen=True)
class SecurityScheme:
    """One security scheme, and how the client takes its credential."""

    name: str
    """The key under `components/securitySchemes`."""
    py_name: str
    """The client's argument for the credential."""
    kind: Literal["bearer", "basic", "api_key", "oauth2", "openid", "http"]
    """`bearer`, `basic`, `api_key`, `oauth2`, `openid`, or `http` for an HTTP scheme the client cannot perform (signature, digest, ...): it takes no credential for it, and requests are signed with `request_hook`."""
    location: ParamLocation | None = None
    """Where an API key goes (`api_key` only)."""
    param_name: str | None = None
    """The API key's header, query or cookie name."""
    env_var: str = ""
    """The environment variable the client reads the credential from."""
    description: str = ""
    """The scheme's description, as written."""
    token_url: str | None = None
    """The token URL of OAuth2 client credentials."""
    http_scheme: str = ""
    """For kind `http`: the spec's `scheme`, e.g. `signature`."""


@dataclass(frozen=True)
class Pagination:
    """How a list operation pages (found by generator/ir/pagination.py): its `*_iter` methods."""

    style: Literal["cursor", "page"]
    """`cursor` or `page`."""
    param: str
    """The method argument taking the cursor (or the page number)."""
    items: str
    """The response model's attribute holding the page's items."""
    item: TypeRef
    """The type of one item."""
    has_more: str | None = None
    """A boolean attribute, false on the last page, or None."""
    next_cursor: str | None = None
    """The attribute with the next cursor; None: the last item's `id`."""


@dataclass(frozen=True)
class EventStream:
    """A JSON operation that streams server-sent events when its body's boolean field is true
    (OpenAI's `stream: true`): it gets a `*_stream` method besides the plain one."""

    event: TypeRef
    """The type of one event's data."""
    field_wire: str
    """The body field that asks for a stream, e.g. `stream`."""
    field_arg: str
    """Its keyword argument, which the `*_stream` method leaves out."""


@dataclass(frozen=True)
class Operation:
    """One operation: a method on its group's class, a CLI command and a docs section."""

    operation_id: str
    """The `operationId` as written (or one made from the method and path)."""
    py_name: str
    """The method's name on its group: unique in the group, with room for its `_stream`/`_iter` variants."""
    cli_name: str
    """The CLI command, in kebab-case."""
    http_method: str
    """The HTTP method, upper case."""
    path: str
    """The path template, e.g. `/uploads/{upload_id}/parts`."""
    summary: str
    """The operation's summary, as written."""
    description: str
    """The operation's description, as written."""
    deprecated: bool
    """Marked `deprecated: true`."""
    params: tuple[Parameter, ...]
    """Path, query, header and cookie parameters, path-level ones merged in."""
    body: RequestBody | None
    """The request body the method sends (the first declared media type), or None."""
    bodies: tuple[RequestBody, ...]
    """Every declared media type, `body` first."""
    body_required: bool
    """The method requires the body."""
    responses: tuple[Response, ...]
    """Every declared response."""
    returns: TypeRef
    """The success type (None when the success response has no body)."""
    return_kind: ResponseKind
    """How the success response is read."""
    accept: tuple[str, ...]
    """The media types the `Accept` header lists."""
    security: tuple[tuple[str, ...], ...]
    """The security alternatives, each a set of scheme names (empty: the API's default)."""
    group: str
    """The class name of the API group it belongs to."""
    args: tuple[Arg, ...] = ()
    """The method's signature (the implementation)."""
    overloads: tuple[tuple[Arg, ...], ...] = ()
    """`@overload` signatures: the body as a model, or its fields as keywords, when both exist."""
    body_mode: Literal["none", "body", "fields"] = "none"
    """`body`: one body argument; `fields`: the body's fields as keyword arguments; `none`."""
    example_args: tuple[tuple[str, str], ...] = ()
    """(argument, Python source) pairs for the docs' example call."""
    cli_example: str = ""
    """An example command line for the docs."""
    pagination: Pagination | None = None
    """How a list operation pages (it then has an `_iter` method), or None."""
    event_stream: EventStream | None = None
    """When the operation can stream server-sent events (it then has a `_stream` method), or None."""
    http_info_method: str = ""
    """The name of the variant returning status, headers and body (`<py_name>_with_http_info`)."""
    stream_method: str | None = None
    """The `<py_name>_stream` variant's name, or None when the operation has none (no `event_stream`, or
    another method of the group has that name)."""
    to_file_method: str | None = None
    """The `<py_name>_to_file` variant's name (binary responses), or None as for `stream_method`."""
    iter_method: str | None = None
    """The `<py_name>_iter` variant's name (`pagination`), or None as for `stream_method`."""
    destination_arg: str = "destination"
    """The `_to_file` variant's argument for the file's path: `destination`, or `destination_` when an
    argument of the operation has that name."""

    @property
    def param_styles(self) -> tuple[tuple[str, str], ...]:
        """(argument, runtime `Style` source) of each parameter not sent the default way."""
        return tuple((p.py_name, p.style_src) for p in self.params if p.style_src)

    @property
    def field_encodings(self) -> tuple[tuple[str, str], ...]:
        """(wire name, runtime `Style` source) of each body field with an `encoding` that matters."""
        if self.body is None:
            return ()
        return tuple((e.wire_name, e.style_src) for e in self.body.encoding if e.style_src)

    @property
    def path_params(self) -> tuple[Parameter, ...]:
        """The parameters in the path, in the order the spec lists them."""
        return tuple(p for p in self.params if p.location == "path")

@dataclass(frozen=True)
class Group:
    """The operations sharing a tag: one class (`api/<module>.py`), one client attribute and one docs page."""

    tag: str
    """The tag the operations share, as written."""
    class_name: str
    """The group's class, e.g. `UploadsApi`."""
    attr_name: str
    """The client's attribute, e.g. `uploads` (`client.uploads`)."""
    module: str
    """The module file stem under `api/` (and `tests/test_<module>.py`)."""
    description: str
    """The tag's description, as written."""
    operations: tuple[Operation, ...]
    """The group's operations."""


@dataclass(frozen=True)
class Webhook:
    """A request the API sends to you (OpenAPI 3.1 `webhooks`): listed in the docs."""

    name: str
    """The key under `webhooks`."""
    http_method: str
    """The HTTP method, upper case."""
    summary: str
    """The summary, as written."""
    description: str
    """The description, as written."""
    payload: TypeRef | None
    """The request body's type, or None."""


@dataclass(frozen=True)
class ServerVariable:
    """A variable in a server's URL template."""

    name: str
    """The variable's name in the URL template."""
    default: str
    """Its default value."""
    enum: tuple[str, ...] = ()
    """The values it allows, if listed."""
    description: str = ""
    """Its description, as written."""


@dataclass(frozen=True)
class Server:
    """One entry of `servers`."""

    url: str
    """The URL template."""
    description: str = ""
    """Its description, as written."""
    variables: tuple[ServerVariable, ...] = ()
    """The variables in the URL template."""

    @property
    def default_url(self) -> str:
        """The URL with every variable at its default."""
        url = self.url
        for var in self.variables:
            url = url.replace("{" + var.name + "}", var.default)
        return url


@dataclass(frozen=True)
class Person:
    """An author from `info.contact`: a one-line name, and an email only when it is a valid address."""

    name: str = ""
    """A one-line name, or empty."""
    email: str = ""
    """A valid email address, or empty."""


@dataclass(frozen=True)
class Distribution:
    """The generated `pyproject.toml`'s metadata besides the name (`Api.project`), every value valid core metadata
    (built by generator/ir/distribution.py; the README's "Distribution metadata" explains the rules)."""

    version: str
    """The normalized PEP 440 version, mapped from `info.version` or given as an option."""
    summary: str
    """One line for the package's description."""
    license: str = ""
    """A canonical SPDX license expression (PEP 639), or empty when the spec gives none."""
    license_name: str = ""
    """`info.license.name` as written, for the README."""
    authors: tuple[Person, ...] = ()
    """From `info.contact`."""
    urls: tuple[tuple[str, str], ...] = ()
    """(label, http(s) URL) pairs: docs, terms, contact, license, servers."""


@dataclass(frozen=True)
class Api:
    """The whole API: the root of the IR, and what templates and hooks receive."""

    title: str
    """`info.title`, as written."""
    version: str
    """`info.version` exactly as the spec writes it (the package's `__api_version__`)."""
    description: str
    """`info.description`, as written."""
    openapi_version: str
    """The document's `openapi` (or `swagger`) version."""
    package: str
    """The import name of the generated package."""
    project: str
    """The distribution name: normalized (PEP 503), a valid PEP 508 name."""
    env_prefix: str
    """The prefix of the environment variables the client reads (`<PREFIX>_BASE_URL`, credentials)."""
    servers: tuple[Server, ...]
    """The servers, the default first."""
    security: tuple[SecurityScheme, ...]
    """Every security scheme."""
    groups: tuple[Group, ...]
    """The API groups (one class and one client attribute each)."""
    models: tuple[Model, ...]
    """Every model, sorted by name."""
    distribution: Distribution
    """The generated `pyproject.toml`'s metadata besides the name."""
    default_security: tuple[tuple[str, ...], ...] = ()
    """The API-wide security alternatives."""
    warnings: tuple[Diagnostic, ...] = field(default=(), compare=False)
    """What the build noticed but could handle (shown to the user; not part of the output)."""
    webhooks: tuple[Webhook, ...] = ()
    """Requests the API sends (OpenAPI 3.1 `webhooks`), for the docs."""

    @property
    def operations(self) -> tuple[Operation, ...]:
        """Every operation, group by group."""
        return tuple(op for g in self.groups for op in g.operations)

    @property
    def base_url_env(self) -> str:
        """The environment variable the clients read their base URL from; no credential's is the same."""
        return names.base_url_env(self.env_prefix)

    @property
    def default_base_url(self) -> str:
        """The client's default base URL: the first server's, else `http://localhost`."""
        return self.servers[0].default_url if self.servers else "http://localhost"

    @property
    def credential_schemes(self) -> tuple[SecurityScheme, ...]:
        """The schemes the client attaches a credential for (a `Client` argument each)."""
        return tuple(s for s in self.security if s.kind != "http")

    @property
    def credential_docs(self) -> str:
        """One `Args:` line per credential the client accepts."""
        what = {"basic": "(user, password)", "api_key": "API key", "oauth2": "OAuth2 access token"}
        return "".join(
            f"    {s.py_name}: {what.get(s.kind, 'bearer token')} for {s.name}; defaults to ${s.env_var}\n"
            for s in self.credential_schemes
        )

