"""The IR: frozen dataclasses that describe an API in terms the templates need.

Every name here is already a valid, collision-free Python identifier; every wire name is
kept beside it so the client, the CLI and the docs cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ParamLocation = Literal["path", "query", "header", "cookie"]
BodyKind = Literal["json", "multipart", "form", "binary", "text"]
ResponseKind = Literal["json", "binary", "text", "sse", "empty"]


@dataclass(frozen=True)
class TypeRef:
    """A Python type for a schema, with its spellings for code and docs."""

    py: str  # annotation in generated code, e.g. "list[Upload]"
    doc: str  # human form for docs and CLI help, e.g. "list[Upload]"
    models: tuple[str, ...] = ()  # model classes the annotation names
    model: str | None = None  # set when the type is exactly one model
    is_file: bool = False  # binary content sent as a file
    is_object: bool = False  # a model with fields (can be flattened into kwargs)
    json_kind: str = "any"  # what the CLI parses: string/integer/number/boolean/array/object/any/file
    literals: tuple[Any, ...] = ()  # the allowed values of an enum or const


@dataclass(frozen=True)
class Field:
    wire_name: str
    py_name: str
    type: TypeRef
    required: bool
    nullable: bool = False
    description: str = ""
    default: Any = None  # JSON default from the spec, if has_default
    has_default: bool = False
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    example: Any = None

    @property
    def annotation(self) -> str:
        """The field's annotation in a model: optional fields also accept None."""
        if self.required or self.type.py == "None" or self.type.py.endswith("| None") or self.type.py == "Any":
            return self.type.py
        return f"{self.type.py} | None"

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
    annotation: str
    default: str | None  # Python source, or None when required
    keyword_only: bool
    source: Literal["path", "query", "header", "cookie", "field", "body"]
    wire_name: str


@dataclass(frozen=True)
class Model:
    name: str  # class or alias name
    module: str  # module file stem under models/
    kind: Literal["object", "alias"]
    wire_name: str  # where it came from: the schema's name or pointer
    description: str = ""
    fields: tuple[Field, ...] = ()
    base: str | None = None  # parent model for allOf inheritance
    alias_of: TypeRef | None = None  # for kind == "alias"
    extra: Literal["allow", "forbid", "ignore"] = "allow"
    extra_type: TypeRef | None = None  # typed additionalProperties
    deprecated: bool = False
    imports: tuple[str, ...] = ()  # other models named in fields / aliases
    # ancestors' annotations that name models: pydantic may evaluate them in this model's module
    inherited_annotations: tuple[str, ...] = ()
    example: Any = None


def is_default_style(location: str, style: str, explode: bool, allow_reserved: bool, content_type: str | None) -> bool:
    """OpenAPI's default way for the location: `form` exploded for query and cookie, `simple` not
    exploded for path and header, reserved characters encoded, a schema rather than `content`."""
    default = ("simple", False) if location in ("path", "header") else ("form", True)
    return (style, explode) == default and not allow_reserved and content_type is None


@dataclass(frozen=True)
class Parameter:
    wire_name: str
    py_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str = ""
    default: Any = None
    has_default: bool = False
    deprecated: bool = False
    example: Any = None
    # How the value goes on the wire (OpenAPI `style`/`explode`), with the spec's defaults filled in:
    # query and cookie `form` exploded; path and header `simple`, not exploded. Swagger 2.0's
    # `collectionFormat` arrives as these too (ssv/pipes/tsv as spaceDelimited/pipeDelimited/tabDelimited).
    explode: bool = True
    style: str = "form"
    allow_reserved: bool = False  # `allowReserved`: RFC 3986 reserved characters go unencoded (query)
    content_type: str | None = None  # declared with `content`, not `schema`: the value is sent as one string of it
    sent_as: str = ""  # a sample on the wire, for non-default ways of sending, e.g. "status=a,b"

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
    # `style`/`explode`/`allowReserved` as given (style None when the entry sets none of them):
    # a form field then goes out `form`, exploded; a multipart field as one part (JSON for an
    # object, one part per item for an array). With a style, a multipart field is split like a
    # form field (`meta[key]` parts for deepObject), and `content_type` is ignored, as OpenAPI 3.1 says.
    style: str | None
    explode: bool
    allow_reserved: bool
    content_type: str | None  # `contentType`: a field in a JSON media type is sent as its JSON text
    headers: tuple[Header, ...] = ()  # the part's declared headers (multipart), for the docs
    sent_as: str = ""  # a sample on the wire, e.g. "metadata[key]=value"

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
    content_type: str
    kind: BodyKind
    type: TypeRef
    required: bool
    description: str = ""
    fields: tuple[Field, ...] = ()  # an object body's fields, offered as keyword arguments
    example: Any = None
    encoding: tuple[Encoding, ...] = ()  # form and multipart bodies: the fields' `encoding` entries

    def sent_as(self, wire_name: str) -> str:
        """The docs sample of a field with an `encoding` style, else ""."""
        return next((e.sent_as for e in self.encoding if e.wire_name == wire_name), "")


@dataclass(frozen=True)
class Header:
    wire_name: str
    type: TypeRef
    description: str = ""


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    description: str
    content_type: str | None
    kind: ResponseKind
    type: TypeRef | None
    headers: tuple[Header, ...] = ()
    example: Any = None  # a JSON body (or, for an event stream, one event's data): the spec's example, else a sample


@dataclass(frozen=True)
class SecurityScheme:
    name: str  # key under components/securitySchemes
    py_name: str
    # "http": an HTTP scheme other than basic and bearer (signature, digest, ...): the client
    # cannot perform it and takes no credential for it; requests are signed with `request_hook`
    kind: Literal["bearer", "basic", "api_key", "oauth2", "openid", "http"]
    location: ParamLocation | None = None  # api_key only
    param_name: str | None = None  # api_key header/query/cookie name
    env_var: str = ""
    description: str = ""
    token_url: str | None = None  # oauth2 client credentials
    http_scheme: str = ""  # kind "http": the spec's `scheme`, e.g. "signature"


@dataclass(frozen=True)
class Pagination:
    """How a list operation pages (found by generator/ir/pagination.py): its `*_iter` methods."""

    style: Literal["cursor", "page"]
    param: str  # the method argument taking the cursor (or the page number)
    items: str  # the response model's attribute holding the page's items
    item: TypeRef  # one item
    has_more: str | None = None  # a boolean attribute, false on the last page
    next_cursor: str | None = None  # the attribute with the next cursor; else the last item's `id`


@dataclass(frozen=True)
class EventStream:
    """A JSON operation that streams server-sent events when its body's boolean field is true
    (OpenAI's `stream: true`): it gets a `*_stream` method besides the plain one."""

    event: TypeRef  # one event's data
    field_wire: str  # the body field, e.g. "stream"
    field_arg: str  # its keyword argument, which the `*_stream` method leaves out


@dataclass(frozen=True)
class Operation:
    operation_id: str
    py_name: str
    cli_name: str
    http_method: str
    path: str
    summary: str
    description: str
    deprecated: bool
    params: tuple[Parameter, ...]
    body: RequestBody | None
    bodies: tuple[RequestBody, ...]  # every declared media type, `body` first
    body_required: bool
    responses: tuple[Response, ...]
    returns: TypeRef  # the success type (or None)
    return_kind: ResponseKind
    accept: tuple[str, ...]
    security: tuple[tuple[str, ...], ...]  # alternatives, each a set of schemes
    group: str  # the API group's class name
    args: tuple[Arg, ...] = ()  # the implementation's signature
    overloads: tuple[tuple[Arg, ...], ...] = ()  # body model vs keyword fields, when both exist
    body_mode: Literal["none", "body", "fields"] = "none"
    example_args: tuple[tuple[str, str], ...] = ()  # (argument, Python source) for docs
    cli_example: str = ""
    pagination: Pagination | None = None
    event_stream: EventStream | None = None

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
        return tuple(p for p in self.params if p.location == "path")

@dataclass(frozen=True)
class Group:
    tag: str
    class_name: str  # e.g. UploadsApi
    attr_name: str  # e.g. uploads (client.uploads)
    module: str
    description: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class Webhook:
    """A request the API sends to you (OpenAPI 3.1 `webhooks`): listed in the docs."""

    name: str
    http_method: str
    summary: str
    description: str
    payload: TypeRef | None


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Server:
    url: str
    description: str = ""
    variables: tuple[ServerVariable, ...] = ()

    @property
    def default_url(self) -> str:
        url = self.url
        for var in self.variables:
            url = url.replace("{" + var.name + "}", var.default)
        return url


@dataclass(frozen=True)
class Person:
    """An author from `info.contact`: a one-line name, and an email only when it is a valid address."""

    name: str = ""
    email: str = ""


@dataclass(frozen=True)
class Distribution:
    """The generated `pyproject.toml`'s metadata besides the name (`Api.project`), every value valid core metadata
    (built by generator/ir/distribution.py; the README's "Distribution metadata" explains the rules)."""

    version: str  # normalized PEP 440 version, mapped from `info.version` or given as an option
    summary: str  # one line
    license: str = ""  # a canonical SPDX license expression (PEP 639), or "" when the spec has none
    license_name: str = ""  # `info.license.name` as written, for the README
    authors: tuple[Person, ...] = ()
    urls: tuple[tuple[str, str], ...] = ()  # (label, http(s) URL): docs, terms, contact, license, servers


@dataclass(frozen=True)
class Api:
    title: str
    version: str  # `info.version` exactly as the spec writes it (the package's `__api_version__`)
    description: str
    openapi_version: str
    package: str  # import name of the generated package
    project: str  # distribution name: normalized (PEP 503), a valid PEP 508 name
    env_prefix: str
    servers: tuple[Server, ...]
    security: tuple[SecurityScheme, ...]
    groups: tuple[Group, ...]
    models: tuple[Model, ...]
    distribution: Distribution
    default_security: tuple[tuple[str, ...], ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)
    webhooks: tuple[Webhook, ...] = ()

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for g in self.groups for op in g.operations)

    @property
    def default_base_url(self) -> str:
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

