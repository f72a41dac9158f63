"""Issue #7: random valid OpenAPI documents generate clients that compile, import, pass
`mypy --strict`, and whose models round-trip random valid data through JSON.

A document has component schemas built from objects, arrays, nullable types, string and
integer enums, allOf/oneOf/anyOf (discriminated or not), `$ref`s between schemas
(recursive ones too) and additionalProperties, with names from a hostile alphabet; and a
GET and a POST operation per component, called through httpx.MockTransport.

Profiles: `clientgen-ci` (the default: seeded, bounded to finish in a few minutes) and
`clientgen-long` (`CLIENTGEN_HYPOTHESIS=long`: 500 documents, or CLIENTGEN_HYPOTHESIS_EXAMPLES).
"""

from __future__ import annotations

import importlib
import json
import keyword
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import httpx
import pydantic
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from clientgen.pipeline import Settings, generate_files
from clientgen.write import write_output

settings.register_profile(
    "clientgen-ci",
    max_examples=60,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.register_profile(
    "clientgen-long",
    max_examples=int(os.environ.get("CLIENTGEN_HYPOTHESIS_EXAMPLES", "500")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
PROFILE = "clientgen-" + os.environ.get("CLIENTGEN_HYPOTHESIS", "ci")
MYPY_BATCH = 100  # packages per mypy run

# ---- names ---------------------------------------------------------------------------------

TRICKY_NAMES = [
    *keyword.kwlist, "match", "case", "type", "_", "self", "cls", "str", "list", "dict", "int", "bool", "object",
    "locals", "Field", "BaseModel", "Any", "Literal", "Client", "UUID", "datetime", "pydantic", "httpx",
    "model_config", "model_dump", "to_dict", "to_json", "schema", "json", "copy", "validate",
    "foo_bar", "fooBar", "foo-bar", "foo.bar", "foo bar", "FooBar", "FOO_BAR", "Foo", "foo", "FOO", "1st", "__init__",
    "Stream", "Path", "ApiResponse",
]
# Component schema names: OpenAPI 3.1 allows only these characters; 3.0 allows any.
SAFE_NAME_CHARS = "aAbBzZ019_-."
HOSTILE_CHARS = SAFE_NAME_CHARS + " $é中😀'\"\\\n\t#{}|<>%/"


def names(version: str, component: bool) -> st.SearchStrategy[str]:
    chars = SAFE_NAME_CHARS if component and version.startswith("3.1") else HOSTILE_CHARS
    sampled = [n for n in TRICKY_NAMES if all(c in chars for c in n)]
    return st.sampled_from(sampled) | st.text(alphabet=chars, min_size=1, max_size=8)


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=10) | st.text(alphabet=HOSTILE_CHARS, max_size=10)
DATE_TIMES = ["2024-01-01T00:00:00Z", "1999-12-31T23:59:59.500000+02:00", "2030-06-15T12:00:00"]


# ---- documents -----------------------------------------------------------------------------


def ref(name: str) -> dict[str, str]:
    return {"$ref": "#/components/schemas/" + quote(name.replace("~", "~0").replace("/", "~1"), safe="~")}


@dataclass
class Ctx:
    version: str
    names: list[str]  # every component schema's name
    index: int  # the component being built: it may use earlier ones anywhere, any one where a value can stop
    objects: set[str] = field(default_factory=set)  # components that are plain objects (allOf bases)
    # never both date and date-time: pydantic reads "2024-01-01" as a datetime too, so a union
    # of the two cannot round-trip a date (JSON Schema tells them apart; lax parsing does not)
    formats: tuple[str, ...] = ("date-time", "uuid")

    @property
    def v31(self) -> bool:
        return self.version.startswith("3.1")


def nullable(ctx: Ctx, schema: dict[str, Any]) -> dict[str, Any]:
    if not ctx.v31:
        return {**schema, "nullable": True} if "$ref" not in schema else {"allOf": [schema], "nullable": True}
    if isinstance(schema.get("type"), str) and "enum" not in schema:
        return {**schema, "type": [schema["type"], "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


@st.composite
def scalar(draw: st.DrawFn, ctx: Ctx) -> dict[str, Any]:
    kind = draw(st.sampled_from(["string", "integer", "number", "boolean", "enum", "int_enum", "format"]))
    if kind == "enum":
        values = draw(st.lists(TEXT, min_size=1, max_size=4, unique=True))
        return {"type": "string", "enum": values}
    if kind == "int_enum":
        return {"type": "integer", "enum": draw(st.lists(st.integers(-5, 2**40), min_size=1, max_size=3, unique=True))}
    if kind == "format":
        return {"type": "string", "format": draw(st.sampled_from(ctx.formats))}
    schema: dict[str, Any] = {"type": kind}
    if draw(st.booleans()):
        schema["description"] = draw(TEXT)
    return schema


@st.composite
def schema(draw: st.DrawFn, ctx: Ctx, depth: int, stoppable: bool) -> dict[str, Any]:
    """A schema; `stoppable`: a value may be empty here (optional, nullable or in an array),
    so it may refer to any component, even itself."""
    if depth >= 3:
        return draw(scalar(ctx))
    options = ["scalar", "scalar", "array", "object", "nullable", "union"]
    refs = ctx.names if stoppable else ctx.names[: ctx.index]
    if refs:
        options += ["ref", "ref"]
    kind = draw(st.sampled_from(options))
    if kind == "scalar":
        return draw(scalar(ctx))
    if kind == "ref":
        return ref(draw(st.sampled_from(refs)))
    if kind == "array":
        return {"type": "array", "items": draw(schema(ctx, depth + 1, True))}
    if kind == "nullable":
        return nullable(ctx, draw(schema(ctx, depth + 1, True)))
    if kind == "union":
        members = draw(st.lists(schema(ctx, depth + 1, stoppable), min_size=2, max_size=3))
        return {draw(st.sampled_from(["oneOf", "anyOf"])): members}
    return draw(object_schema(ctx, depth + 1))


@st.composite
def object_schema(draw: st.DrawFn, ctx: Ctx, depth: int) -> dict[str, Any]:
    props = draw(st.lists(names(ctx.version, False), max_size=4, unique=True))
    required = [p for p in props if draw(st.booleans())]
    out: dict[str, Any] = {
        "type": "object",
        "properties": {p: draw(schema(ctx, depth, p not in required)) for p in props},
    }
    if required:
        out["required"] = required
    extra = draw(st.sampled_from(["none", "true", "false", "typed"]))
    if extra == "typed":
        out["additionalProperties"] = draw(schema(ctx, depth + 1, True))
    elif extra != "none":
        out["additionalProperties"] = extra == "true"
    if draw(st.booleans()):
        out["description"] = draw(TEXT)
    return out


@st.composite
def component(draw: st.DrawFn, ctx: Ctx) -> dict[str, Any]:
    earlier_objects = [n for n in ctx.names[: ctx.index] if n in ctx.objects]
    kinds = ["object", "object", "scalar", "array", "union"]
    if earlier_objects:
        kinds.append("all_of")
    if len(earlier_objects) >= 2:
        kinds.append("discriminated")
    kind = draw(st.sampled_from(kinds))
    if kind == "object":
        return draw(object_schema(ctx, 1))
    if kind == "scalar":
        return draw(scalar(ctx))
    if kind == "array":
        return {"type": "array", "items": draw(schema(ctx, 1, True))}
    if kind == "union":
        return {draw(st.sampled_from(["oneOf", "anyOf"])): draw(st.lists(schema(ctx, 1, False), min_size=2, max_size=3))}
    if kind == "all_of":
        base = draw(st.sampled_from(earlier_objects))
        own = draw(object_schema(ctx, 1))
        return {"allOf": [ref(base), own]}
    return {"oneOf": [ref(n) for n in draw(st.lists(st.sampled_from(earlier_objects), min_size=2, max_size=3, unique=True))], "x-discriminated": True}


@st.composite
def tagged_object(draw: st.DrawFn, ctx: Ctx, tag: str, value: str) -> dict[str, Any]:
    obj = draw(object_schema(ctx, 1))
    obj["properties"] = {k: v for k, v in obj["properties"].items() if k != tag}
    obj["properties"][tag] = {"type": "string", "enum": [value]}
    obj["required"] = sorted({*(r for r in obj.get("required", []) if r != tag), tag})
    return obj


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    version = draw(st.sampled_from(["3.0.3", "3.1.0"]))
    component_names = draw(st.lists(names(version, True), min_size=1, max_size=5, unique=True))
    ctx = Ctx(version, component_names, 0, formats=draw(st.sampled_from([("date-time", "uuid"), ("date", "uuid")])))
    tag = draw(names(version, False))
    schemas: dict[str, Any] = {}
    for i, name in enumerate(component_names):
        ctx.index = i
        if draw(st.integers(0, 3)) == 0:  # a variant of a discriminated union
            body = draw(tagged_object(ctx, tag, draw(TEXT)))
        else:
            body = draw(component(ctx))
        if body.get("x-discriminated"):
            del body["x-discriminated"]
            tagged = [m for m in body["oneOf"] if _tag_value(schemas[unref(m)], tag) is not None]
            values = [_tag_value(schemas[unref(m)], tag) for m in tagged]
            if len(tagged) >= 2 and len(set(values)) == len(values):
                body = {"oneOf": tagged, "discriminator": {"propertyName": tag}}
                if draw(st.booleans()):
                    body["discriminator"]["mapping"] = {v: m["$ref"] for v, m in zip(values, tagged, strict=True)}
        if body.get("type") == "object" and "properties" in body:
            ctx.objects.add(name)
        if "allOf" in body:  # the allOf part adds properties of its own only
            base_props = schemas[unref(body["allOf"][0])].get("properties", {})
            own = body["allOf"][1]
            own["properties"] = {k: v for k, v in own["properties"].items() if k not in base_props}
            own["required"] = [r for r in own.get("required", []) if r in own["properties"]]
            if not own["required"]:
                del own["required"]
        schemas[name] = body
    paths: dict[str, Any] = {}
    for i, name in enumerate(component_names):
        param = draw(names(version, False))
        paths[f"/c{i}/{{id}}"] = {
            "get": {
                "operationId": draw(names(version, False)) + f" get {i}",
                "tags": [draw(names(version, False))],
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": param, "in": "query", "schema": draw(scalar(ctx))},
                ],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": ref(name)}}}},
            },
            "post": {
                "operationId": f"create {i}",
                "requestBody": {"required": True, "content": {"application/json": {"schema": ref(name)}}},
                "responses": {"201": {"description": "created", "content": {"application/json": {"schema": ref(name)}}}},
            },
        }
    return {
        "openapi": version,
        "info": {"title": draw(TEXT) or "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def unref(schema: dict[str, Any]) -> str:
    return unquote(schema["$ref"].rsplit("/", 1)[-1]).replace("~1", "/").replace("~0", "~")


def _tag_value(schema: dict[str, Any], tag: str) -> str | None:
    prop = schema.get("properties", {}).get(tag)
    if isinstance(prop, dict) and prop.get("enum") and len(prop["enum"]) == 1 and tag in schema.get("required", []):
        return str(prop["enum"][0])
    return None


# ---- values --------------------------------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-1000, 1000) | TEXT,
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(TEXT, inner, max_size=2),
    max_leaves=4,
)


def values(schema: Any, schemas: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Valid instances of a schema the strategy above wrote (depth bounds recursion)."""
    if "$ref" in schema:
        return st.deferred(lambda: values(schemas[unref(schema)], schemas, depth + 1))
    deep = depth > 3  # from here on, a value stops wherever it may: no optional keys, [] and null
    if schema.get("nullable") is True:
        inner = {k: v for k, v in schema.items() if k != "nullable"}
        return st.none() if deep else st.none() | values(inner, schemas, depth)
    if "allOf" in schema:
        parts = [values(s, schemas, depth) for s in schema["allOf"]]
        if len(parts) == 1:
            return parts[0]
        return st.tuples(*parts).map(lambda ds: {k: v for d in ds for k, v in d.items()})
    for key in ("oneOf", "anyOf"):
        if key in schema:
            if deep and {"type": "null"} in schema[key]:
                return st.none()
            return st.one_of([values(s, schemas, depth) for s in schema[key]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "const" in schema:
        return st.just(schema["const"])
    kind = schema.get("type")
    if isinstance(kind, list):
        if deep and "null" in kind:
            return st.none()
        return st.one_of([values({**schema, "type": k}, schemas, depth) for k in kind])
    if kind == "null":
        return st.none()
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return st.sampled_from(DATE_TIMES)
        if fmt == "date":
            return st.dates().map(lambda d: d.isoformat())
        if fmt == "uuid":
            return st.uuids().map(str)
        return TEXT
    if kind == "integer":
        return st.integers(-(2**63), 2**63)
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-1000, 1000).map(float)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        return st.just([]) if deep else st.lists(values(schema["items"], schemas, depth + 1), max_size=2)
    if kind == "object":
        props = schema.get("properties", {})
        required = set(schema.get("required", []))
        fixed = {k: values(v, schemas, depth + 1) for k, v in props.items() if k in required}
        optional = {} if deep else {k: values(v, schemas, depth + 1) for k, v in props.items() if k not in required}
        extra: st.SearchStrategy[dict[str, Any]] = st.just({})
        additional = schema.get("additionalProperties", True)
        if additional is not False and not deep:
            extra_values = values(additional, schemas, depth + 1) if isinstance(additional, dict) else JSON
            # keys no property (and no field's Python name) can be mistaken for
            extra = st.dictionaries(st.text(alphabet="xyz", min_size=1, max_size=3).map(lambda k: "extra " + k), extra_values, max_size=2)
        return st.tuples(st.fixed_dictionaries(fixed, optional=optional), extra).map(lambda pair: {**pair[1], **pair[0]})
    return JSON


# ---- the property --------------------------------------------------------------------------


@dataclass
class Run:
    root: Path
    outputs: list[tuple[str, Path]] = field(default_factory=list)  # (package, project folder)
    started_documents: int = 0
    started: float = field(default_factory=time.monotonic)


@contextmanager
def importable(folder: Path, package: str) -> Iterator[None]:
    sys.path.insert(0, str(folder))
    try:
        yield
    finally:
        sys.path.remove(str(folder))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def round_trip(adapter: pydantic.TypeAdapter[Any], value: Any) -> list[str]:
    problems = []
    parsed = adapter.validate_python(value)
    back = adapter.dump_python(parsed, mode="json", by_alias=True, exclude_unset=True)
    if back != value:
        problems.append(f"python: {value!r} -> {back!r}")
    parsed = adapter.validate_json(json.dumps(value))
    back = json.loads(adapter.dump_json(parsed, by_alias=True, exclude_unset=True))
    if back != value:
        problems.append(f"json: {value!r} -> {back!r}")
    return problems


def check_document(run: Run, doc: dict[str, Any], data: st.DataObject) -> None:
    run.started_documents += 1  # a failing example replayed gets a folder of its own
    package = f"rnd{run.started_documents}"
    folder = run.root / package
    folder.mkdir()
    spec = folder / "openapi.json"
    spec.write_text(json.dumps(doc), "utf-8")
    note(json.dumps(doc, indent=1, ensure_ascii=False))
    generated = generate_files(Settings(spec=spec, package_name=package))
    api, files, sources = generated.api, generated.files, generated.sources
    out = folder / "project"
    write_output(out, files, sources=sources)
    run.outputs.append((package, out))
    for path in sorted(out.rglob("*.py")):
        compile(path.read_text("utf-8"), str(path), "exec")

    schemas = doc["components"]["schemas"]
    problems: list[str] = []
    with importable(out, package):
        pkg = importlib.import_module(package)
        models = importlib.import_module(package + ".models")
        for module in sorted(files):
            if module.endswith(".py") and module.startswith(package + "/"):
                importlib.import_module(module[:-3].replace("/", ".").removesuffix(".__init__"))
        by_wire = {m.wire_name: m.name for m in api.models}
        adapters = {}
        for wire in schemas:
            target = getattr(models, by_wire[wire])
            adapters[wire] = pydantic.TypeAdapter(target)
            for value in data.draw(st.lists(values(schemas[wire], schemas), min_size=1, max_size=3), label=wire):
                problems += [f"{wire}: {p}" for p in round_trip(adapters[wire], value)]
        ops = {op.path: (g, op) for g in api.groups for op in g.operations if op.http_method == "GET"}
        posts = {op.path: (g, op) for g in api.groups for op in g.operations if op.http_method == "POST"}
        for i, wire in enumerate(schemas):
            value = data.draw(values(schemas[wire], schemas), label=f"call {wire}")
            get, post = ops[f"/c{i}/{{id}}"], posts[f"/c{i}/{{id}}"]
            problems += [f"call {wire}: {p}" for p in call(pkg, adapters[wire], get, post, value, data)]
    assert problems == [], "\n".join(problems)


def call(
    pkg: Any, adapter: pydantic.TypeAdapter[Any], get: tuple[Any, Any], post: tuple[Any, Any], value: Any, data: st.DataObject
) -> list[str]:
    """GET parses `value` from a response; POST sends it as the body, exactly (a `null` body
    is not sent at all: `body=None` means no body)."""
    problems = []
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(200 if request.method == "GET" else 201, content=json.dumps(value).encode(), headers={"content-type": "application/json"})

    ident = data.draw(TEXT, label="path id")
    with pkg.Client(base_url="http://test", transport=httpx.MockTransport(handler)) as client:
        group, op = get
        result = getattr(getattr(client, group.attr_name), op.py_name)(ident)
        back = adapter.dump_python(result, mode="json", by_alias=True, exclude_unset=True)
        if back != value:
            problems.append(f"GET parsed {value!r} as {back!r}")
        path = seen[-1].url.raw_path.decode().partition("?")[0]
        if [unquote(s) for s in path.split("/")[1:]] != [op.path.split("/")[1], ident]:
            problems.append(f"GET path {path!r} for id {ident!r}")
        group, op = post
        if value is not None:
            getattr(getattr(client, group.attr_name), op.py_name)(body=value)
            sent = json.loads(seen[-1].content)
            if sent != value:
                problems.append(f"POST sent {sent!r}, not {value!r}")
    return problems


def mypy_batch(run: Run, batch: list[tuple[str, Path]]) -> None:
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(out) for _, out in batch)}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(run.root / "mypy-cache"), *(a for p, _ in batch for a in ("-p", p))],
        capture_output=True, text=True, env=env, cwd=run.root, timeout=3600,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_random_documents_generate_working_clients(tmp_path: Path) -> None:
    run = Run(tmp_path)

    @settings(settings.get_profile(PROFILE))
    @given(doc=documents(), data=st.data())
    def check(doc: dict[str, Any], data: st.DataObject) -> None:
        check_document(run, doc, data)

    check()
    generated = time.monotonic() - run.started
    for start in range(0, len(run.outputs), MYPY_BATCH):
        mypy_batch(run, run.outputs[start : start + MYPY_BATCH])
    print(f"\n{PROFILE}: {len(run.outputs)} documents generated and checked in {generated:.0f} s; "
          f"mypy --strict on all of them: {time.monotonic() - run.started - generated:.0f} s")
