"""The public surface of a generated SDK, as plain JSON data derived from the IR.

`snapshot(api, version)` is the only place that reads the IR: the comparison (compare.py) sees only
this data, so a snapshot committed with the SDK (`.clientgen/api.json`) can be compared with a new
run's. It holds what users' code touches: methods with their parameters and return types, models
with their fields, enums' values, error responses, auth schemes and CLI commands. Descriptions are
kept as short digests: enough to tell that one changed without copying the spec's prose.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from ..errors import OutputError
from ..ir.digest import Known
from ..ir.model import Api, Arg, Field, Model, Operation, TypeRef
from ..ir.signature import NOT_GIVEN

PATH = ".clientgen/api.json"
FORMAT = 1  # bumped when the layout changes; an older snapshot is then read as absent

Snapshot = dict[str, Any]


Digests = dict[str, dict[str, str]]  # "methods" or "models" -> entry -> digest of the operation or model it was made from


@dataclass
class Digested:
    """The last run's snapshot with the digests of what its entries were made from (`last`,
    `digests`), and the digests known of this IR's objects (see `ir.digest.Known`): an entry whose
    object has the digest it had then is the last entry again (a model's `used_in` made anew)."""

    last: Snapshot
    digests: Digests
    known: Known
    found: Digests = field(default_factory=lambda: {"methods": {}, "models": {}})  # this snapshot's, for the next run

    def entry(self, table: str, name: str, value: object) -> dict[str, Any] | None:
        known = self.known.get(id(value))
        if known is None or known[0] is not value:
            return None
        self.found[table][name] = known[1]
        old = self.last[table].get(name)
        return old if isinstance(old, dict) and self.digests.get(table, {}).get(name) == known[1] else None


def snapshot(api: Api, version: str, digested: Digested | None = None) -> Snapshot:
    """The public surface of the SDK generated from `api` at distribution version `version`;
    `digested` gives the last run's entries of the same objects (GitHub: 5,000 entries, of which
    an edit changes a few)."""
    usage = model_usage(api)
    attrs = {g.class_name: g.attr_name for g in reversed(api.groups)}  # the first group of a class name
    methods: dict[str, Any] = {}
    for op in api.operations:
        name = f"{attrs[op.group]}.{op.py_name}"
        methods[name] = (digested and digested.entry("methods", name, op)) or _method(op)
    models: dict[str, Any] = {}
    for m in api.models:
        used_in = usage.get(m.name, ())
        old = digested and digested.entry("models", m.name, m)
        models[m.name] = {**old, "used_in": list(used_in)} if old else _model(m, used_in)
    return {
        "clientgen_snapshot": FORMAT,
        "api_version": api.version,
        "sdk_version": version,
        "auth": {s.name: {"arg": s.py_name, "env": s.env_var, "kind": s.kind} for s in api.security},
        "methods": methods,
        "models": models,
    }


def _doc(*texts: str) -> str:
    """A short digest of descriptions, or "" when there are none."""
    text = "\n".join(t for t in texts if t)
    return hashlib.sha256(text.encode()).hexdigest()[:12] if text else ""


def _method(op: Operation) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "endpoint": f"{op.http_method.upper()} {op.path}",
        "cli": op.cli_name,
        "returns": op.returns.py,
        "params": _params(op),
        "errors": {r.status: r.type.py if r.type else "None" for r in op.responses if not r.status.startswith(("1", "2", "3"))},
        "variants": [v for v, on in (("iter", op.iter_method), ("stream", op.stream_method)) if on],
        "doc": _doc(op.summary, op.description),
    }
    if op.deprecated:
        entry["deprecated"] = True
    return entry


def _params(op: Operation) -> dict[str, dict[str, Any]]:
    """The arguments users pass, by name. An overload's (body model vs keyword fields) wins over the
    implementation's looser signature: it is what a type checker holds calls to."""
    args: dict[str, Arg] = {a.name: a for a in op.args}
    for overload in op.overloads:
        args.update({a.name: a for a in overload})
    docs = {p.py_name: (p.description, p.deprecated) for p in op.params}
    defaults = {p.py_name: p.default for p in op.params if p.has_default}
    if op.body is not None:
        docs.update({f.py_name: (f.description, f.deprecated) for f in op.body.fields})
    positional = [a.name for a in op.args if not a.keyword_only]
    params: dict[str, dict[str, Any]] = {}
    for name, arg in args.items():
        entry: dict[str, Any] = {"type": _shown(arg), "required": arg.default is None, "in": arg.source}
        if name in positional:
            entry["position"] = positional.index(name)
        if name in defaults:  # the server's default, which applies when the argument is not given
            entry["default"] = json.loads(json.dumps(defaults[name], default=str))  # YAML dates as text
        description, deprecated = docs.get(name, ("", False))
        entry["doc"] = _doc(description)
        if deprecated:
            entry["deprecated"] = True
        params[name] = entry
    return params


def _shown(arg: Arg) -> str:
    """A parameter's type as users see it: "not given" is how it is optional, not part of its type."""
    return arg.type.without(NOT_GIVEN).py


def _model(model: Model, used_in: tuple[str, ...]) -> dict[str, Any]:
    entry: dict[str, Any] = {"kind": model.kind, "used_in": list(used_in), "doc": _doc(model.description)}
    if model.alias_of is not None:
        entry["type"] = model.alias_of.py
    if model.base:
        entry["base"] = model.base
    if model.kind == "object":
        entry["fields"] = {f.py_name: _field(f) for f in model.fields}
    if model.deprecated:
        entry["deprecated"] = True
    return entry


def _field(f: Field) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": f.type.py, "required": f.required, "nullable": f.nullable, "doc": _doc(f.description)}
    if f.wire_name != f.py_name:
        entry["wire"] = f.wire_name
    if f.deprecated:
        entry["deprecated"] = True
    return entry


def model_usage(api: Api) -> dict[str, tuple[str, ...]]:
    """{model: ("request", "response")}: which way each model travels, directly or inside another.
    A change that is safe one way may break the other (a new required field breaks requests only)."""
    by_name = {m.name: m for m in api.models}
    roots: dict[str, list[TypeRef]] = {"request": [], "response": []}
    for op in api.operations:
        roots["request"] += [p.type for p in op.params] + [b.type for b in op.bodies]
        roots["request"] += [f.type for b in op.bodies for f in b.fields]
        roots["response"] += [op.returns] + [r.type for r in op.responses if r.type is not None]
        roots["response"] += [x.item for x in (op.pagination,) if x] + [x.event for x in (op.event_stream,) if x]
    usage: dict[str, list[str]] = {}
    for direction, types in roots.items():
        todo = [name for t in types for name in t.models]
        seen: set[str] = set()
        while todo:
            name = todo.pop()
            if name in seen or name not in by_name:
                continue
            seen.add(name)
            usage.setdefault(name, []).append(direction)
            model = by_name[name]
            todo += list(model.imports) + ([model.base] if model.base else [])
    return {name: tuple(directions) for name, directions in usage.items()}


def dumps(data: Snapshot, last: tuple[Snapshot, str] | None = None) -> str:
    """Pretty JSON, sorted, with each parameter, field and auth scheme on one line: stable across
    runs and machines, and a reviewable diff in a pull request. `last`, when given, is the last
    run's snapshot and the text this function wrote for it: each method and model the same as
    then keeps its text (GitHub's snapshot is 5 MB, and an edit changes a few entries of it)."""
    below = _entries_of(*last) if last is not None else None
    return _dump(data, 0, below=below) + "\n"


_encode = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode  # one encoder: json.dumps builds one per call
_encode_key = json.encoder.encode_basestring  # what `_encode` writes for a str key (ensure_ascii=False)

Written = dict[str, tuple[Any, str]]  # key -> (a value of the last snapshot, the text `_dump` wrote for it)


def _dump(value: Any, depth: int, last: Written | None = None, below: dict[str, Written] | None = None) -> str:
    """`value` as JSON, a dict that holds dicts one key a line (a value of any other kind, or a
    dict of such values, on one line: the C encoder writes those). A value found in `last` the same
    as then keeps its text; `below` holds such a `last` for some of the values."""
    if not isinstance(value, dict) or not value or _is_leaf(value):
        return _encode(value)
    pad = " " * (depth + 1)
    items = []
    for k in sorted(value):
        v = value[k]
        kept = last.get(k) if last else None
        text = kept[1] if kept is not None and _same(kept[0], v) else _dump(v, depth + 1, below.get(k) if below else None)
        items.append(f"{pad}{_encode_key(k)}: {text}")
    return "{\n" + ",\n".join(items) + "\n" + " " * depth + "}"


def _is_leaf(value: dict[str, Any]) -> bool:
    for v in value.values():
        if isinstance(v, dict):
            return False
    return True


_TABLES = ("methods", "models")  # the tables whose entries keep their text (see `dumps`)


def _entries_of(data: Snapshot, text: str) -> dict[str, Written]:
    """{table: {entry: (its value, its text)}} for the methods and models of `data`, cut out of
    `text`, which `dumps` wrote for `data`. At depth 2 (an entry's first line) a line starts with two
    spaces and a quote, deeper ones with more spaces, and no JSON string holds a line break; a
    table whose text does not cut as that says is left out."""
    found: dict[str, Written] = {}
    for table in _TABLES:
        entries = data.get(table)
        head = f"\n {_encode_key(table)}: {{"
        start = text.find(head) + len(head)
        end = text.find("\n }", start)
        if not isinstance(entries, dict) or not entries or start < len(head) or end < 0:
            continue
        pieces = text[start:end].split('\n  "')
        names = sorted(entries)
        if pieces[0] or len(pieces) != len(names) + 1:
            continue
        kept: Written = {}
        for i, (name, piece) in enumerate(zip(names, pieces[1:], strict=True)):
            lead = _encode_key(name)[1:] + ": "
            tail = "," if i < len(names) - 1 else ""
            if not piece.startswith(lead) or not piece.endswith(tail):
                break
            kept[name] = (entries[name], piece[len(lead) : len(piece) - len(tail)])
        else:
            found[table] = kept
    return found


def _same(old: Any, new: Any) -> bool:
    """Whether an entry is what it was, and so is its text: equal, and so are the JSON kinds of
    the parameters' defaults, the only values of no fixed kind (Python has `1 == 1.0 == True`)."""
    if old != new:
        return False
    params = new.get("params") if isinstance(new, dict) else None
    if not isinstance(params, dict):
        return True
    return all(_encode(p["default"]) == _encode(old["params"][name]["default"]) for name, p in params.items() if isinstance(p, dict) and "default" in p)


def loads(text: str, where: str) -> Snapshot | None:
    """A snapshot read back; None for one of another format (it is then replaced, and nothing
    compared). A damaged one is an error naming the file."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise OutputError(f"{where} is damaged ({exc}); delete it to start the change history afresh") from None
    if not isinstance(data, dict) or data.get("clientgen_snapshot") != FORMAT:
        return None
    for key in ("methods", "models", "auth"):
        if not isinstance(data.get(key), dict):
            raise OutputError(f"{where} is damaged (no {key!r} table); delete it to start the change history afresh")
    return data
