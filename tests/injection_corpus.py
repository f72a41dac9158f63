"""Hostile OpenAPI documents for tests/test_injection.py (issue #7).

Every payload is spec text that would do something if the generator let it out of the
string, docstring, comment, Markdown cell or Jinja expression it lands in. The ones that
are code touch CANARY, so a single run of spec text anywhere (generation, import, model
building, a call, the CLI) leaves a file behind.
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import quote


def payloads(canary: str) -> dict[str, str]:
    """{payload id: text}; the code ones touch `canary` when run as Python, Jinja or shell."""
    code = f"__import__('pathlib').Path({canary!r}).touch()"
    return {
        "triple_double": f'"""\n{code}\n"""',
        "triple_single": f"'''\n{code}\n'''",
        "double_quote": f'"; {code}; "',
        "backslash_quote": f'\\"; {code}; "\\',
        "newline": f"\n{code}\n#",
        "carriage_return": f"\r{code}\r#",
        "comment_end": f"x # noqa\n{code}  # type: ignore\n",
        "jinja_expr": f"{{{{ cycler.__init__.__globals__.os.system('touch {canary}') }}}}",
        "jinja_stmt": f"{{% set x = cycler.__init__.__globals__.os.system('touch {canary}') %}}{{# c #}}{{{{ 7*7 }}}}",
        "format_string": f"{{{code}}} {{0.__class__}} %s %(x)s",
        "shell": f"$(touch {canary}) `touch {canary}`; touch {canary} #",
        "html": f"</details></table></code><script>{code}</script><!-- <details>",
        "markdown_table": "a | b | c\n|---|---|\n| x | y |\n\n# heading",
        "code_fence": f"```\n{code}\n```\n~~~",
        "control": "nul\x00bell\x07del\x7f\x0b\x0c\u2028\u2029\x85end",
        "unicode": "é ß 😀 \u202e 中文 \ufeff",
        "backslashes": "\\ \\\\ \\n \\x00 \\N{DIGIT ONE} \\u0041 \\",
        "quotes": "'\"`'''\"\"\"```'",
        "trailing_backslash": "ends with \\",
    }


# Names that shadow builtins, keywords, the runtime's own names, or that would make bad
# file names. Component schema names (OpenAPI 3.0 lets them be anything), tags,
# operationIds and property names take them.
HOSTILE_NAMES = [
    "../x", "/etc/passwd", "a\x00b", "..", ".", "__init__", "_runtime", "_client", "__main__", "py.typed",
    "Client", "AsyncClient", "str", "list", "dict", "int", "bytes", "BaseModel", "Field", "httpx", "pydantic",
    "typing", "os", "None", "True", "False", "class", "def", "import", "lambda", "match", "type", "_", "self",
    "Any", "Literal", "Annotated", "TypeAlias", "UUID", "datetime", "Path", "Stream", "AsyncStream",
    "Paginator", "TimeoutTypes", "FileContent", "FileInput", "ApiResponse", "NotGiven", "SyncRuntime",
    "AsyncRuntime", "Endpoint", "models", "api", "locals", "env", "to_dict", "to_json", "model_config",
    "timeout", "base_url", "retry_backoff", "default_headers", "transport", "http_client",
    "discriminate", "overload", "TYPE_CHECKING", "NOT_GIVEN", "NotGiven2", "ItemApi", "AsyncItemApi", "async items", "x Api", "CON", "aux", "Nul", "COM1", "lpt9.txt",
    "a b", "a-b", "a.b", "1st", "ünïcödé", "名前", "😀", "Item", "ITEM", "item",
]


def schema_ref(name: str) -> str:
    """A `$ref` to a component schema (a URI fragment: percent-encoded)."""
    return "#/components/schemas/" + quote(name.replace("~", "~0").replace("/", "~1"), safe="~")


def hostile_spec(p: str) -> dict[str, Any]:
    """A 3.0 document with the payload `p` in every place spec text can reach."""
    item = {
        "type": "object",
        "title": p,
        "description": p,
        "required": ["id", p],
        "properties": {
            "id": {"type": "string", "description": p, "example": p},
            p: {"type": "string", "description": p, "default": p, "example": p},
            "kind": {"type": "string", "enum": [p, p + "2", "plain"], "default": p, "description": p},
            "count": {"type": "integer", "enum": [1, 2], "default": 1, "example": 2},
            "nested": {
                "type": "object",
                "description": p,
                "properties": {p: {"type": "array", "items": {"type": "string", "enum": [p]}}},
            },
            "choice": {
                "description": p,
                "oneOf": [
                    {"title": p, "type": "object", "properties": {"t": {"type": "string", "enum": [p]}}},
                    {"title": p + "s", "type": "string"},
                ],
            },
            "meta": {"type": "object", "additionalProperties": {"type": "string", "default": p}},
        },
        "example": {"id": p, p: p, "kind": p},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": p, "description": p, "version": p},
        "servers": [
            {
                "url": "https://api.example.com/{v}/" + p,
                "description": p,
                "variables": {"v": {"default": p, "description": p, "enum": [p, "v1"]}},
            }
        ],
        "tags": [{"name": p, "description": p}],
        "security": [{p: []}],
        "paths": {
            "/items/{id}": {
                "get": {
                    "operationId": p,
                    "summary": p,
                    "description": p,
                    "tags": [p],
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "description": p, "schema": {"type": "string", "example": p}},
                        {"name": p, "in": "query", "description": p, "schema": {"type": "string", "enum": [p, "plain"], "default": p}, "example": p},
                        {"name": "X-" + p, "in": "header", "description": p, "schema": {"type": "string", "default": p}},
                    ],
                    "responses": {
                        "200": {
                            "description": p,
                            "headers": {p: {"description": p, "schema": {"type": "string"}}},
                            "content": {"application/json": {"schema": {"$ref": schema_ref("Item")}, "example": {"id": p}}},
                        },
                        "default": {"description": p},
                    },
                },
                "post": {
                    "operationId": p + " create",
                    "summary": p,
                    "tags": [p],
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "requestBody": {
                        "required": True,
                        "description": p,
                        "content": {"application/json": {"schema": {"$ref": schema_ref("Item")}, "example": {"id": p, p: p}}},
                    },
                    "responses": {
                        "201": {"description": p, "content": {"application/json": {"schema": {"$ref": schema_ref("E" + p)}}}}
                    },
                },
            },
        },
        "components": {
            "schemas": {
                "Item": item,
                p: {"type": "object", "title": p, "description": p, "properties": {"x": {"type": "string", "description": p}}},
                "E" + p: {"type": "string", "enum": [p, "other"], "description": p, "default": p, "example": p},
            },
            "securitySchemes": {p: {"type": "apiKey", "in": "header", "name": "X-Key-" + p, "description": p}},
        },
    }


def names_spec(names: list[str]) -> dict[str, Any]:
    """Every hostile name as a component schema, a tag, an operationId, a property and a parameter."""
    schemas: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    for i, name in enumerate(names):
        schemas[name] = {
            "type": "object",
            "title": name,
            "description": name,
            "properties": {name: {"type": "string"}, "other": {"$ref": schema_ref(names[(i + 1) % len(names)])}},
            "example": {name: name},
        }
        paths[f"/n{i}"] = {
            "post": {
                "operationId": name,
                "tags": [name],
                "parameters": [{"name": name, "in": "query", "schema": {"type": "string"}}],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": schema_ref(name)}}}},
                "responses": {"200": {"description": name, "content": {"application/json": {"schema": {"$ref": schema_ref(name)}}}}},
            }
        }
    schemas["Everything"] = {"type": "object", "properties": {name: {"type": "integer"} for name in names}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "names", "version": "1"},
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {name: {"type": "http", "scheme": "bearer"} for name in names},
        },
        "security": [{name: []} for name in names[:5]],
    }


def webhooks_spec(texts: list[str]) -> dict[str, Any]:
    """OpenAPI 3.1: hostile webhook names and summaries (only 3.1 has webhooks)."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "hooks", "version": "1", "summary": texts[0]},
        "webhooks": {
            text: {
                "post": {
                    "summary": text,
                    "description": text,
                    "requestBody": {"content": {"application/json": {"schema": {"type": "object", "title": text, "properties": {text: {"const": text}}}}}},
                    "responses": {"200": {"description": text}},
                }
            }
            for text in texts
        },
    }


# Where in a document a payload sits -> the category it counts for.
def category(path: tuple[str, ...], container: Any, is_key: bool) -> str | None:
    last = path[-1] if path else ""
    parent = path[-2] if len(path) > 1 else ""
    if is_key:
        return {
            "schemas": "names: schemas and properties",
            "properties": "names: schemas and properties",
            "securitySchemes": "names: security schemes",
            "headers": "header names",
            "webhooks": "names: webhooks",
        }.get(parent)
    if last == "title" or (last in ("summary", "version") and parent == "info"):
        return "titles"
    if last in ("description", "summary"):
        return "descriptions"
    if "variables" in path or last == "url":
        return "server URLs and variables"
    if "enum" in path or last == "const":
        return "enum values"
    if "default" in path:
        return "defaults"
    if "example" in path:
        return "examples"
    if last == "operationId":
        return "names: operationIds"
    if "tags" in path:
        return "tags"
    if last == "name" and isinstance(container, dict):
        if container.get("in") == "header" or "securitySchemes" in path:
            return "header names"
        return "names: parameters"
    return None


def count_cases(spec: Any, needle: str, counts: Counter[str], path: tuple[str, ...] = (), *, exact: bool = False) -> None:
    """Add one case per place in `spec` whose text contains `needle` (or is `needle`, if exact)."""

    def hit(text: str) -> bool:
        return text == needle if exact else needle in text

    if isinstance(spec, dict):
        for key, value in spec.items():
            if hit(str(key)):
                found = category((*path, str(key)), spec, is_key=True)
                if found:
                    counts[found] += 1
            if isinstance(value, str):
                if hit(value):
                    found = category((*path, str(key)), spec, is_key=False)
                    if found:
                        counts[found] += 1
            else:
                count_cases(value, needle, counts, (*path, str(key)), exact=exact)
    elif isinstance(spec, list):
        for i, value in enumerate(spec):
            if isinstance(value, str):
                if hit(value):
                    found = category((*path, str(i)), spec, is_key=False)
                    if found:
                        counts[found] += 1
            else:
                count_cases(value, needle, counts, (*path, str(i)), exact=exact)
