"""Swagger 2.0 -> OpenAPI 3.0.3, on plain data, before the IR is built.

`upgrade` converts a whole 2.0 document. `upgrade_fragment` converts a file that a 2.0
document references (a schema, a parameter, a response, a path item, or a map of them),
recognising each part by its shape. Neither changes its input; dict order follows the input.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple
from urllib.parse import unquote

from ..errors import pointer_join, pointer_split

OPENAPI_VERSION = "3.0.3"
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
BODY_KINDS = ("body", "formData")
PARAMETER_KINDS = ("query", "header", "path", *BODY_KINDS)

# 2.0 sections that live under `components` in 3.0, and where their `$ref`s now point.
_SECTIONS = {"definitions": "schemas", "parameters": "parameters", "responses": "responses"}
_REF_PREFIXES = tuple((f"/{old}/", f"/components/{new}/") for old, new in _SECTIONS.items())
# Data, not structure: copied verbatim, never searched for `$ref`s or 2.0 keywords.
_LITERAL_KEYS = frozenset({"example", "examples", "x-example", "default", "enum"})
# Keywords of a non-body parameter or header that describe its value; 3.0 keeps them in `schema`.
_VALUE_KEYS = frozenset(
    {
        "type", "format", "items", "default", "enum", "multipleOf", "maximum", "exclusiveMaximum",
        "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems",
        "uniqueItems", "x-nullable",
    }
)  # fmt: skip
# A dict with one of these keys is a schema (once parameters and responses are ruled out).
_SCHEMA_HINTS = frozenset({"$ref", "type", "properties", "allOf", "items", "additionalProperties", "format"})
# collectionFormat -> (style, explode) for query parameters and urlencoded form fields.
_QUERY_STYLES: dict[str, tuple[str, bool]] = {
    "csv": ("form", False),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
    "multi": ("form", True),
}
_OAUTH_FLOWS = {
    "implicit": "implicit",
    "password": "password",
    "application": "clientCredentials",
    "accessCode": "authorizationCode",
}


class _Context(NamedTuple):
    """What operations inherit from their document."""

    consumes: tuple[str, ...] = (JSON,)
    produces: tuple[str, ...] = (JSON,)
    parameters: Mapping[str, Any] = MappingProxyType({})  # the 2.0 global ones, unconverted
    spec: Mapping[str, Any] = MappingProxyType({})

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> _Context:
        return cls(
            consumes=_media_types(spec.get("consumes"), (JSON,)),
            produces=_media_types(spec.get("produces"), (JSON,)),
            parameters=_mapping(spec.get("parameters")),
            spec=spec,
        )


# ---- public entry points ------------------------------------------------------------------


def upgrade(spec: dict[str, Any]) -> dict[str, Any]:
    """A new OpenAPI 3.0.3 document equivalent to the Swagger 2.0 document `spec`."""
    ctx = _Context.of(spec)
    servers = _servers(spec, spec.get("schemes"))
    out: dict[str, Any] = {}
    for key, value in spec.items():
        if key == "swagger":
            out["openapi"] = OPENAPI_VERSION
        elif key in ("host", "basePath", "schemes"):
            if servers and "servers" not in out:
                out["servers"] = servers
        elif key in ("consumes", "produces"):
            continue  # now spelled out on every request body and response
        elif key == "paths" and isinstance(value, dict):
            out[key] = _paths(value, ctx)
        elif key in _SECTIONS or key == "securityDefinitions":
            _add_component(out, key, value, ctx)
        else:
            out[key] = copy.deepcopy(value)
    return out


def upgrade_fragment(data: Any) -> Any:
    """A file referenced from a 2.0 document, in 3.0 form (a whole 2.0 document is upgraded)."""
    if isinstance(data, dict) and data.get("swagger") == "2.0":
        return upgrade(data)
    if not isinstance(data, dict) or _shape(data) != "container":
        return _fragment(data, _Context())
    ctx = _Context(parameters=_mapping(data.get("parameters")))
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in _SECTIONS and isinstance(value, dict):  # other files' refs to them are not inlined
            _add_component(out, key, value, ctx, inlined=False)
        else:
            out[key] = _fragment(value, ctx)
    return out


def rewrite_ref(ref: str) -> str:
    """`#/definitions/X` -> `#/components/schemas/X` (likewise parameters, responses), after any file part."""
    document, hash_sign, fragment = ref.partition("#")
    for old, new in _REF_PREFIXES:
        if fragment.startswith(old):
            return document + hash_sign + new + fragment[len(old) :]
    return ref


def original_ref(ref: str) -> str:
    """`#/components/schemas/X` -> `#/definitions/X`: a `$ref` as the 2.0 document spells it."""
    document, hash_sign, fragment = ref.partition("#")
    for old, new in _REF_PREFIXES:
        if fragment.startswith(new):
            return document + hash_sign + old + fragment[len(new) :]
    return ref


def original_pointer(source: Any, pointer: str) -> str:
    """Where in the 2.0 document `source` the upgraded document's `pointer` came from: the
    component sections' old names, a plain parameter's index among all the 2.0 parameters, a
    request body's body or formData parameter, a response's `schema`; otherwise the longest
    part of the pointer that exists in `source`."""
    parts: list[str | int] = list(pointer_split(pointer))
    if len(parts) >= 2 and parts[0] == "components":
        old = {"schemas": "definitions", "parameters": "parameters", "responses": "responses", "securitySchemes": "securityDefinitions"}
        if parts[1] in old:
            parts = [old[str(parts[1])], *parts[2:]]
    elif len(parts) >= 3 and parts[0] == "paths":
        parts = _original_operation_part(source, parts)
    node, found = source, []
    for part in parts:
        key: str | int = int(part) if isinstance(node, list) and str(part).isdigit() else str(part)
        if isinstance(node, dict) and key in node or isinstance(node, list) and isinstance(key, int) and key < len(node):
            node = node[key]  # type: ignore[index]
            found.append(key)
        else:
            break
    return pointer_join(*found)


def _original_operation_part(source: Any, parts: list[str | int]) -> list[str | int]:
    item = _mapping(_mapping(_mapping(source).get("paths")).get(str(parts[1])))
    at_item = parts[2] == "parameters"
    prefix = parts[:2] if at_item else parts[:3]
    rest = parts[2:] if at_item else parts[3:]
    owner = item if at_item else _mapping(item.get(str(parts[2])))
    raw = owner.get("parameters")
    params: list[Any] = raw if isinstance(raw, list) else []
    ctx = _Context.of(_mapping(source))
    if len(rest) >= 2 and rest[0] == "parameters" and str(rest[1]).isdigit():
        plain = [i for i, p in enumerate(params) if not _is_body(_resolve(p, ctx))]
        index = int(rest[1])
        return [*prefix, "parameters", plain[index]] if index < len(plain) else [*prefix, "parameters"]
    if rest and rest[0] == "requestBody":
        bodies = [i for i, p in enumerate(params) if _is_body(_resolve(p, ctx))]
        return [*prefix, "parameters", bodies[0]] if bodies else prefix
    if len(rest) >= 5 and rest[0] == "responses" and rest[2] == "content":
        return [*prefix, "responses", rest[1], *rest[4:]]
    return parts


# ---- shared helpers -----------------------------------------------------------------------


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _media_types(value: Any, inherited: tuple[str, ...]) -> tuple[str, ...]:
    """An explicit list wins over the inherited one; an empty or missing one means JSON."""
    if value is None:
        return inherited or (JSON,)
    found = tuple(dict.fromkeys(str(v) for v in value)) if isinstance(value, list) else ()
    return found or (JSON,)


def _walk(node: Any) -> Any:
    """A copy of a schema (or any 2.0 value) with `$ref`s and 2.0-only schema keywords rewritten."""
    if isinstance(node, list):
        return [_walk(v) for v in node]
    if not isinstance(node, dict):
        return node
    is_file = node.get("type") == "file"
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _LITERAL_KEYS:
            out[key] = copy.deepcopy(value)
        elif key == "properties" and isinstance(value, dict):  # keys are names, not keywords
            out[key] = {name: _walk(prop) for name, prop in value.items()}
        elif key == "$ref" and isinstance(value, str):
            out[key] = rewrite_ref(value)
        elif key == "x-nullable" and isinstance(value, bool):
            out["nullable"] = value
        elif key == "discriminator" and isinstance(value, str):
            out[key] = {"propertyName": value}
        elif is_file and key in ("type", "format"):
            out.update(type="string", format="binary")
        else:
            out[key] = _walk(value)
    return out


# ---- servers and components ---------------------------------------------------------------


def _servers(spec: Mapping[str, Any], schemes: Any) -> list[dict[str, Any]]:
    """One server: `scheme://host/basePath`, https unless schemes says otherwise; relative without a host."""
    host = spec.get("host")
    base_path = str(spec.get("basePath") or "")
    if not host:
        return [{"url": base_path}] if base_path else []
    scheme = str(schemes[0]) if isinstance(schemes, list) and schemes else "https"
    return [{"url": f"{scheme}://{host}{base_path.rstrip('/')}"}]


def _add_component(out: dict[str, Any], key: str, value: Any, ctx: _Context, *, inlined: bool = True) -> None:
    """Put a converted 2.0 top-level section into `out["components"]`.

    Body and formData parameters have no 3.0 form; `inlined` says they are inlined where used.
    """
    items = _mapping(value)
    if key == "definitions":
        converted = {name: _walk(schema) for name, schema in items.items()}
    elif key == "parameters":
        converted = {name: _parameter(p) for name, p in items.items() if not (inlined and _is_body(p))}
    elif key == "responses":
        converted = {name: _response(r, ctx.produces) for name, r in items.items()}
    else:
        converted = {name: _security_scheme(s) for name, s in items.items()}
    if converted:
        out.setdefault("components", {})[_SECTIONS.get(key, "securitySchemes")] = converted


def _security_scheme(scheme: Any) -> Any:
    if not isinstance(scheme, dict):
        return copy.deepcopy(scheme)
    kind = scheme.get("type")
    out: dict[str, Any] = {}
    for key, value in scheme.items():
        if key == "type" and kind == "basic":
            out.update(type="http", scheme="basic")
        elif kind == "oauth2" and key in ("flow", "authorizationUrl", "tokenUrl", "scopes"):
            out.setdefault("flows", _oauth_flows(scheme))
        else:
            out[key] = copy.deepcopy(value)
    return out


def _oauth_flows(scheme: Mapping[str, Any]) -> dict[str, Any]:
    name = _OAUTH_FLOWS.get(str(scheme.get("flow")))
    if name is None:
        return {}
    flow: dict[str, Any] = {}
    if name in ("implicit", "authorizationCode"):
        flow["authorizationUrl"] = scheme.get("authorizationUrl", "")
    if name != "implicit":
        flow["tokenUrl"] = scheme.get("tokenUrl", "")
    flow["scopes"] = copy.deepcopy(_mapping(scheme.get("scopes")))
    return {name: flow}


# ---- paths and operations -----------------------------------------------------------------


def _paths(paths: dict[str, Any], ctx: _Context) -> dict[str, Any]:
    return {
        path: _path_item(item, ctx)
        if isinstance(item, dict) and not str(path).startswith("x-")
        else copy.deepcopy(item)
        for path, item in paths.items()
    }


def _path_item(item: dict[str, Any], ctx: _Context) -> dict[str, Any]:
    shared: list[Any] = item["parameters"] if isinstance(item.get("parameters"), list) else []
    out: dict[str, Any] = {}
    for key, value in item.items():
        if key in HTTP_METHODS and isinstance(value, dict):
            out[key] = _operation(value, shared, ctx)
        elif key == "parameters" and isinstance(value, list):
            kept = _plain_parameters(value, ctx)
            if kept:
                out[key] = kept
        elif key == "$ref" and isinstance(value, str):
            out[key] = rewrite_ref(value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _operation(op: dict[str, Any], shared: list[Any], ctx: _Context) -> dict[str, Any]:
    own = op["parameters"] if isinstance(op.get("parameters"), list) else []
    consumes = _media_types(op.get("consumes"), ctx.consumes)
    body = _request_body(_body_parameters(shared, own, ctx), consumes)
    out: dict[str, Any] = {}
    for key, value in op.items():
        if key == "parameters":
            kept = _plain_parameters(own, ctx)
            if kept:
                out[key] = kept
            if body:
                out["requestBody"] = body
        elif key in ("consumes", "produces"):
            continue
        elif key == "responses" and isinstance(value, dict):
            produces = _media_types(op.get("produces"), ctx.produces)
            out[key] = {code: _response(r, produces) for code, r in value.items()}
        elif key == "schemes":
            servers = _servers(ctx.spec, value)
            if servers != _servers(ctx.spec, ctx.spec.get("schemes")):
                out["servers"] = servers
        else:
            out[key] = copy.deepcopy(value)
    if body and "requestBody" not in out:  # the body came from path-level parameters
        out["requestBody"] = body
    return out


# ---- parameters ---------------------------------------------------------------------------


def _resolve(param: Any, ctx: _Context) -> Any:
    """A parameter with a local `#/parameters/X` ref followed; other refs stay unresolved."""
    ref = param.get("$ref") if isinstance(param, dict) else None
    if isinstance(ref, str) and ref.startswith("#/parameters/"):
        name = unquote(ref[len("#/parameters/") :]).replace("~1", "/").replace("~0", "~")
        return ctx.parameters.get(name, param)
    return param


def _is_body(param: Any) -> bool:
    return isinstance(param, dict) and param.get("in") in BODY_KINDS and "$ref" not in param


def _plain_parameters(params: list[Any], ctx: _Context) -> list[Any]:
    """The path, query and header parameters of a list, converted (local refs stay refs)."""
    out = []
    for param in params:
        if _is_body(_resolve(param, ctx)):
            continue
        if isinstance(param, dict) and "$ref" in param:
            out.append(_walk(param))
        else:
            out.append(_parameter(param))
    return out


def _body_parameters(shared: list[Any], own: list[Any], ctx: _Context) -> list[dict[str, Any]]:
    """An operation's body or form parameters: its own override the path item's, by name."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for params in (shared, own):
        resolved = [p for p in (_resolve(p, ctx) for p in params) if _is_body(p)]
        if any(p["in"] == "body" for p in resolved):  # at most one body: drop an inherited one
            found = {k: v for k, v in found.items() if k[0] != "body"}
        found.update({(p["in"], str(p.get("name"))): p for p in resolved})
    bodies = [p for (kind, _), p in found.items() if kind == "body"]
    return bodies[:1] or list(found.values())


def _parameter(param: Any) -> Any:
    """A 2.0 path/query/header parameter in 3.0 form: its value keywords move into `schema`."""
    if not isinstance(param, dict):
        return copy.deepcopy(param)
    if _is_body(param) or "$ref" in param:
        return _walk(param)
    return _with_schema(param, str(param.get("in")))


def _with_schema(obj: dict[str, Any], location: str) -> dict[str, Any]:
    """A parameter or header with `type`, `items`, ... gathered in `schema` and `collectionFormat` as a style."""
    schema = _value_schema(obj, ())
    out: dict[str, Any] = {}
    for key, value in obj.items():
        if key in _VALUE_KEYS:
            out.setdefault("schema", schema)
        elif key == "collectionFormat":
            continue
        elif key == "x-example":
            out["example"] = copy.deepcopy(value)
        elif key == "schema":  # invalid in 2.0 here, but harmless to keep
            out[key] = _walk(value)
        else:
            out[key] = copy.deepcopy(value)
    out.update(_style(obj, location))
    return out


def _value_schema(obj: Mapping[str, Any], extra: Iterable[str]) -> dict[str, Any]:
    """The schema of a parameter/header/form field, from its 2.0 value keywords (and `extra` ones)."""
    keep = _VALUE_KEYS.union(extra)
    raw = {k: _items(v) if k == "items" else v for k, v in obj.items() if k in keep}
    schema: dict[str, Any] = _walk(raw)
    if "x-example" in schema:  # a form field's example
        schema["example"] = schema.pop("x-example")
    return schema


def _items(items: Any) -> Any:
    """2.0 `items` objects may carry their own collectionFormat, which 3.0 cannot express."""
    if not isinstance(items, dict):
        return items
    return {k: _items(v) if k == "items" else v for k, v in items.items() if k != "collectionFormat"}


def _style(obj: Mapping[str, Any], location: str) -> dict[str, Any]:
    """`collectionFormat` (csv unless given) of an array as 3.0 `style`/`explode`."""
    if obj.get("type") != "array":
        return {}
    fmt = str(obj.get("collectionFormat") or "csv")
    if location in ("path", "header"):
        return {"style": "simple", "explode": False} if fmt == "csv" else {"x-collectionFormat": fmt}
    if fmt not in _QUERY_STYLES:  # tsv has no 3.0 equivalent
        return {"x-collectionFormat": fmt}
    style, explode = _QUERY_STYLES[fmt]
    return {"style": style, "explode": explode}


# ---- request bodies -----------------------------------------------------------------------


def _request_body(params: list[dict[str, Any]], consumes: tuple[str, ...]) -> dict[str, Any] | None:
    if not params:
        return None
    if params[0]["in"] == "body":
        return _json_body(params[0], consumes)
    return _form_body(params, consumes)


def _json_body(param: dict[str, Any], consumes: tuple[str, ...]) -> dict[str, Any]:
    """An `in: body` parameter as a request body with one content entry per consumed media type."""
    media_types = [mt for mt in consumes if mt not in (FORM, MULTIPART)] or list(consumes)
    out: dict[str, Any] = {}
    if "description" in param:
        out["description"] = copy.deepcopy(param["description"])
    out["content"] = {mt: {"schema": _walk(param.get("schema", {}))} for mt in media_types}
    if "required" in param:
        out["required"] = copy.deepcopy(param["required"])
    out.update({k: copy.deepcopy(v) for k, v in param.items() if str(k).startswith("x-")})
    return out


def _form_body(fields: list[dict[str, Any]], consumes: tuple[str, ...]) -> dict[str, Any]:
    """`in: formData` parameters as one object schema, multipart when a file or consumes asks for it."""
    multipart = MULTIPART in consumes or any(f.get("type") == "file" for f in fields)
    schema: dict[str, Any] = {"type": "object", "properties": {}}
    required: list[str] = []
    encoding: dict[str, Any] = {}
    for f in fields:
        name = str(f.get("name"))
        schema["properties"][name] = _value_schema(f, ("description", "x-example"))
        if f.get("required") is True:
            required.append(name)
        style = _style(f, "formData")
        if style:  # OpenAPI 3.1 applies an explicit style to multipart parts too (csv: one `a,b` part)
            encoding[name] = style
    if required:
        schema["required"] = required
    media: dict[str, Any] = {"schema": schema}
    if encoding:
        media["encoding"] = encoding
    body: dict[str, Any] = {"content": {MULTIPART if multipart else FORM: media}}
    if required:
        body["required"] = True
    return body


# ---- responses ----------------------------------------------------------------------------


def _response(resp: Any, produces: tuple[str, ...]) -> Any:
    """`schema` and per-media-type `examples` become `content`; headers get a `schema`."""
    if not isinstance(resp, dict) or "$ref" in resp:
        return _walk(resp)
    content = _content(resp, produces)
    out: dict[str, Any] = {}
    for key, value in resp.items():
        if key in ("schema", "examples"):
            if content:
                out.setdefault("content", content)
        elif key == "headers" and isinstance(value, dict):
            out[key] = {name: _with_schema(h, "header") if isinstance(h, dict) else h for name, h in value.items()}
        else:
            out[key] = copy.deepcopy(value)
    return out


def _content(resp: dict[str, Any], produces: tuple[str, ...]) -> dict[str, Any]:
    examples = _mapping(resp.get("examples"))
    has_schema = "schema" in resp
    media_types = [*produces, *(mt for mt in examples if mt not in produces)] if has_schema else list(examples)
    content: dict[str, Any] = {}
    for mt in media_types:
        media: dict[str, Any] = {}
        if has_schema:
            media["schema"] = _walk(resp["schema"])
        if mt in examples:
            media["example"] = copy.deepcopy(examples[mt])
        content[mt] = media
    return content


# ---- referenced files ---------------------------------------------------------------------


def _shape(node: dict[str, Any]) -> str:
    """What a dict in a referenced file is: path item, parameter, response, schema or container."""
    if any(isinstance(node.get(m), dict) and "responses" in node[m] for m in HTTP_METHODS):
        return "path item"
    if isinstance(node.get("name"), str) and node.get("in") in PARAMETER_KINDS and node.get("type") != "apiKey":
        return "parameter"
    response_parts = ("schema", "headers", "examples")
    if isinstance(node.get("description"), str) and any(isinstance(node.get(k), dict) for k in response_parts):
        return "response"
    if _SCHEMA_HINTS.intersection(node):
        return "schema"
    return "container"


def _fragment(node: Any, ctx: _Context) -> Any:
    if isinstance(node, list):
        return [_fragment(v, ctx) for v in node]
    if not isinstance(node, dict):
        return node
    shape = _shape(node)
    if shape == "path item":
        return _path_item(node, ctx)
    if shape == "parameter":
        return _parameter(node)
    if shape == "response":
        return _response(node, ctx.produces)
    if shape == "schema":
        return _walk(node)
    return {k: copy.deepcopy(v) if k in _LITERAL_KEYS else _fragment(v, ctx) for k, v in node.items()}
