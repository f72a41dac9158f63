"""Every cell of OpenAPI's parameter style table, and form/multipart fields with `encoding`, as
one spec: one operation per cell, each with one parameter (or body field) named `v`.

tests/test_serialize_oracle.py generates a client from it and checks every request it sends
with openapi-core (tests/style_oracle.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# A value of each kind, with the characters the style table makes hard.
TRICKY = ["", "plain", "a b", "a,b", "a|b", "a;b=c", "[x]", "a&b#c/d", "é€", "%41+", "?:@!$'()*"]
OBJECT_SCHEMA = {"type": "object", "properties": {"role": {"type": "string"}, "first": {"type": "string"}}}
SCHEMAS = {
    "primitive": {"type": "string"},
    "array": {"type": "array", "items": {"type": "string"}},
    "object": OBJECT_SCHEMA,
}


@dataclass(frozen=True)
class Cell:
    location: str  # path, query, header, cookie, form, multipart
    style: str
    explode: bool
    kind: str  # primitive, array, object
    allow_reserved: bool = False

    @property
    def operation_id(self) -> str:
        flags = ("x" if self.explode else "n") + ("r" if self.allow_reserved else "")
        return f"{self.location}_{self.style}_{flags}_{self.kind}".replace("Delimited", "").lower()


_TABLE: dict[str, dict[str, tuple[str, ...]]] = {
    # location -> style -> kinds (the spec defines delimited and deepObject styles for these kinds)
    "path": {"simple": ("primitive", "array", "object"), "label": ("primitive", "array", "object"), "matrix": ("primitive", "array", "object")},
    "query": {
        "form": ("primitive", "array", "object"),
        "spaceDelimited": ("array", "object"),
        "pipeDelimited": ("array", "object"),
        "deepObject": ("object",),
    },
    "header": {"simple": ("primitive", "array", "object")},
    "cookie": {"form": ("primitive", "array", "object")},
    "form": {"form": ("primitive", "array", "object"), "pipeDelimited": ("array",), "deepObject": ("object",)},
    "multipart": {"form": ("array",), "deepObject": ("object",)},
}


def cells() -> list[Cell]:
    out = []
    for location, styles in _TABLE.items():
        for style, kinds in styles.items():
            for explode in (False, True):
                if style in ("spaceDelimited", "pipeDelimited") and explode:
                    continue  # exploded, they are `form`
                if style == "deepObject" and not explode:
                    continue  # deepObject is defined exploded only
                for kind in kinds:
                    out.append(Cell(location, style, explode, kind))
    out += [Cell("query", "form", True, "primitive", True), Cell("query", "form", False, "array", True)]
    return out


def values(kind: str) -> list[Any]:
    """The values each cell is tried with: every tricky string alone, in arrays, in objects."""
    if kind == "primitive":
        return list(TRICKY)
    if kind == "array":
        return [[t, "z"] for t in TRICKY] + [["a"], ["a", "b", "c"]]
    return [{"role": t, "first": "Alex"} for t in TRICKY] + [{"role": "admin"}]


def unsendable(cell: Cell, value: Any) -> str | None:
    """Why the spec's style itself cannot carry `value` in `cell`, if it cannot: the delimiter
    and the same character in a value look alike on the wire, whatever the client does."""
    texts = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else [*value, *value.values()]
    joined = cell.kind != "primitive" and not (cell.explode and cell.kind == "array" and cell.location != "header")
    if not texts and cell.kind != "primitive":
        return "an empty array or object sends nothing (or an empty string), so a required one goes missing"
    if cell.location == "header" and any(t != t.strip(" \t") for t in texts):
        return "HTTP drops the spaces around a header value"
    if cell.location == "header" and joined and any("," in t or "=" in t for t in texts):
        return "header values are not encoded: a `,` or `=` in an item reads as a delimiter"
    if cell.style == "label" and cell.explode and cell.kind != "primitive" and any("." in t for t in texts):
        return "label, exploded: a `.` in an item and the delimiter look alike (`.` is unreserved, never encoded)"
    if cell.style == "spaceDelimited" and any(" " in t for t in texts):
        return "spaceDelimited: a space and the delimiter are both %20"
    if cell.allow_reserved and joined and any("," in t for t in texts):
        return "allowReserved leaves a `,` in an item as it is, like the delimiter"
    if cell.location == "multipart" and joined and cell.style == "form" and any("," in t for t in texts):
        return "multipart parts are not percent-encoded: a `,` in an item reads as a delimiter"
    return None


def operation(cell: Cell, name: str = "v") -> tuple[str, dict[str, Any]]:
    """(path, operation) declaring the cell's parameter or body field `name`."""
    schema = SCHEMAS[cell.kind]
    op: dict[str, Any] = {"operationId": cell.operation_id, "responses": {"204": {"description": "done"}}}
    path = f"/{cell.operation_id}"
    if cell.location in ("form", "multipart"):
        media = "application/x-www-form-urlencoded" if cell.location == "form" else "multipart/form-data"
        body_schema = {"type": "object", "properties": {name: schema, "w": {"type": "string"}}, "required": [name]}
        encoding = {name: {"style": cell.style, "explode": cell.explode}}
        op["requestBody"] = {"required": True, "content": {media: {"schema": body_schema, "encoding": encoding}}}
        return path, op
    param: dict[str, Any] = {"name": name, "in": cell.location, "required": True, "style": cell.style, "explode": cell.explode, "schema": schema}
    if cell.allow_reserved:
        param["allowReserved"] = True
    if cell.location == "query":
        param["allowEmptyValue"] = True  # `v=` is how the table writes an empty string
    if cell.location == "path":
        path += "/{" + name + "}"
    op["parameters"] = [param]
    return path, op


def method(cell: Cell) -> str:
    return "post" if cell.location in ("form", "multipart") else "get"


def spec(chosen: list[Cell] | None = None, name: str = "v", version: str = "3.1.0") -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for cell in cells() if chosen is None else chosen:
        path, op = operation(cell, name)
        paths[path] = {method(cell): op}
    if chosen is None:
        paths["/defaults"] = {"post": DEFAULTS}
    return {"openapi": version, "info": {"title": "Styles", "version": "1"}, "servers": [{"url": "http://styles.test"}], "paths": paths}


# Parameters and form fields with no style given: OpenAPI's defaults, and a JSON-in-query parameter.
DEFAULTS: dict[str, Any] = {
    "operationId": "defaults",
    "parameters": [
        {"name": "session", "in": "cookie", "schema": {"type": "string"}},
        {"name": "filter", "in": "query", "content": {"application/json": {"schema": OBJECT_SCHEMA}}},
    ],
    "requestBody": {
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {"tags": SCHEMAS["array"], "name": {"type": "string"}, "count": {"type": "integer"}},
                }
            }
        }
    },
    "responses": {"204": {"description": "done"}},
}
