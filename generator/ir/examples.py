"""Example values for docs and tests: the spec's own examples first, else valid samples."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

# follows a `$ref`: the schema it names, and the follower for the `$ref`s inside that one
# (relative to the file it lives in)
Deref = Callable[[Any], tuple[Any, "Deref"]]
_STRING_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com",
    "url": "https://example.com",
    "email": "user@example.com",
    "byte": "aGVsbG8=",
}


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


def _fits_type(schema: dict[str, Any], value: Any) -> bool:
    """Whether a value has the schema's JSON type (some examples are JSON text where an object is due)."""
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    allowed = [_JSON_TYPES[k] for k in kinds if isinstance(k, str) and k in _JSON_TYPES]
    if not allowed:
        return True
    if isinstance(value, bool) and "boolean" not in kinds:
        return False
    return any(isinstance(value, t) for t in allowed)


def _uuid(text: str) -> object:
    import uuid  # only for a uuid example: its import (platform, _uuid) costs every run 2 ms

    return uuid.UUID(text)


def _parses(parse: Callable[[str], Any], text: str) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True


# the formats the client reads into other types than `str`, and what must parse
_FORMAT_CHECKS: dict[str, Callable[[str], bool]] = {
    "uuid": lambda text: _parses(_uuid, text),
    "date": lambda text: _parses(date.fromisoformat, text),
    "date-time": lambda text: "T" in text.upper() and _parses(datetime.fromisoformat, text.upper().replace("Z", "+00:00")),
}


def conforms(schema: Any, value: Any, deref: Deref, depth: int = 0) -> bool:
    """Whether `value` is valid against `schema`, as far as the generated client checks it:
    JSON types, required properties, enums and the formats it parses. A spec's own examples
    and defaults sometimes are not; a mock response built from one would fail the client."""
    schema, deref = deref(schema)
    if not isinstance(schema, dict) or depth > 32:
        return True
    if value is None:
        return bool(schema.get("nullable")) or "null" in _as_list(schema.get("type")) or schema.get("const", 0) is None
    members = schema.get("allOf")
    if isinstance(members, list) and not all(conforms(m, value, deref, depth + 1) for m in members):
        return False
    for key in ("oneOf", "anyOf"):
        choices = schema.get(key)
        if isinstance(choices, list) and choices and not any(conforms(m, value, deref, depth + 1) for m in choices):
            return False
    if not _fits_type(schema, value):
        return False
    if isinstance(schema.get("enum"), list) and schema["enum"] and value not in schema["enum"]:
        return False
    if isinstance(value, str):
        check = _FORMAT_CHECKS.get(str(schema.get("format")))
        return check is None or check(value)
    if isinstance(value, list):
        return all(conforms(schema.get("items"), item, deref, depth + 1) for item in value)
    if isinstance(value, dict):
        raw = schema.get("properties")
        props: dict[str, Any] = raw if isinstance(raw, dict) else {}
        if any(name not in value for name in _as_list(schema.get("required")) if name in props):
            return False
        return all(conforms(props[k], v, deref, depth + 1) for k, v in value.items() if k in props)
    return True


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _merge(into: dict[str, Any], value: dict[str, Any]) -> dict[str, Any]:
    """`allOf` members' samples together: objects both give merge, key by key."""
    out = dict(into)
    for key, item in value.items():
        out[key] = _merge(out[key], item) if isinstance(out.get(key), dict) and isinstance(item, dict) else item
    return out


def _object_parts(schema: dict[str, Any], deref: Deref, depth: int = 0) -> tuple[dict[str, list[tuple[Any, Deref]]], list[Any]]:
    """Every declaration of each property (each with the follower for its `$ref`s), and the
    required names, of a schema and its `allOf` members together."""
    raw = schema.get("properties")
    props = {k: [(v, deref)] for k, v in raw.items()} if isinstance(raw, dict) else {}
    required = list(schema["required"]) if isinstance(schema.get("required"), list) else []
    members = schema.get("allOf")
    for member in members if isinstance(members, list) and depth < 8 else []:
        member, inner = deref(member)
        if isinstance(member, dict):
            more, needed = _object_parts(member, inner, depth + 1)
            for name, found in more.items():
                props.setdefault(name, []).extend(found)
            required += needed
    return props, required


def _own(schema: dict[str, Any], deref: Deref, examples: bool) -> list[Any]:
    """The schema's own example, default or constant, when one is valid against it."""
    keys = ("example", "default", "const") if examples else ("default", "const")
    found = [schema[k] for k in keys if k in schema and schema[k] is not None]
    if examples and isinstance(schema.get("examples"), list) and schema["examples"]:
        found.append(schema["examples"][0])
    return [candidate for candidate in found if conforms(schema, candidate, deref)][:1]


# (id(schema), examples, depth or None) -> (schema, sample, height): see `sample`
Memo = dict[tuple[int, bool, int | None], tuple[Any, Any, int]]


def sample(schema: Any, deref: Deref, memo: Memo, depth: int = 0, *, examples: bool = True) -> Any:
    """A value valid against `schema`, preferring the examples it carries (with `examples`
    false, only its defaults and constants: a spec's examples sometimes break its schema).

    `memo` (one per build) remembers each schema's sample: a big spec samples the same
    component for every field that refers to it, at many depths. A sample that stayed above
    the depth limit is the same at any depth that leaves it room, so it is kept once for all
    of them; one the limit cut short is kept for its depth only. The memo keeps the schemas
    alive, so ids stay theirs."""
    return _sampled(schema, deref, memo, depth, examples)[0]


def _sampled(schema: Any, deref: Deref, memo: Memo, depth: int, examples: bool) -> tuple[Any, int | None]:
    """`sample`'s value, and its height: how many levels below `depth` the sampling met a
    schema (-1: none, not even this one), or None when the depth limit cut it short."""
    schema, deref = deref(schema)
    if not isinstance(schema, dict):
        return None, -1
    limit = 8 if examples else 16
    if depth > limit:
        return None, None
    anywhere = memo.get((id(schema), examples, None))
    if anywhere is not None and anywhere[0] is schema and depth + anywhere[2] <= limit:
        return anywhere[1], anywhere[2]
    here = memo.get((id(schema), examples, depth))
    if here is not None and here[0] is schema:
        return here[1], None
    below = _Height()
    value = _sample(schema, deref, depth, examples, memo, below)
    memo[(id(schema), examples, None if below.height is not None else depth)] = (schema, value, below.height or 0)
    return value, below.height


class _Height:
    """How deep below one schema its sampling went (see `_sampled`), as its parts are sampled."""

    def __init__(self) -> None:
        self.height: int | None = 0

    def took(self, found: tuple[Any, int | None]) -> Any:
        """A part's sample (one level down), recording how deep it went."""
        value, height = found
        if self.height is not None:
            self.height = None if height is None else max(self.height, height + 1)
        return value


def _sample(schema: dict[str, Any], deref: Deref, depth: int, examples: bool, memo: Memo, below: _Height) -> Any:
    def part(schema: Any, deref: Deref) -> Any:
        return below.took(_sampled(schema, deref, memo, depth + 1, examples))

    own = _own(schema, deref, examples)
    if own:
        return own[0]
    if isinstance(schema.get("enum"), list):
        values = [v for v in schema["enum"] if v is not None]
        if values:
            return values[0]
    if isinstance(schema.get("allOf"), list) and schema["allOf"]:
        merged: dict[str, Any] = {}
        for member in schema["allOf"]:
            value = part(member, deref)
            if isinstance(value, dict):
                merged = _merge(merged, value)
            elif value is not None and not merged:
                return value
        # a member (or the schema itself) may require a property another member declares, or
        # declares again: the value must satisfy every declaration
        declared, needed = _object_parts(schema, deref)
        for name in dict.fromkeys(n for n in needed if n in declared):
            value = merged.get(name)
            for prop, inner in declared[name]:
                more = part(prop, inner)
                value = _merge(value, more) if isinstance(value, dict) and isinstance(more, dict) else more if value is None else value
            merged[name] = value
        return merged
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            for raw in schema[key]:
                member, _ = deref(raw)
                if isinstance(member, dict) and member.get("type") != "null":
                    if "properties" in schema and "properties" not in member and "$ref" not in raw:
                        # `anyOf: [{required: [a]}, {required: [b]}]` beside the properties: one such branch
                        needed = [*(schema.get("required") or []), *(member.get("required") or [])]
                        rest = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
                        return part({**rest, **member, "required": needed}, deref)
                    return part(raw, deref)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or isinstance(schema.get("properties"), dict):
        raw_required = schema.get("required")
        required: list[Any] = raw_required if isinstance(raw_required, list) else []
        raw_props = schema.get("properties")
        props: dict[str, Any] = raw_props if isinstance(raw_props, dict) else {}
        return {k: part(props[k], deref) for k in dict.fromkeys(required) if k in props}
    if kind == "array":
        item = part(schema.get("items"), deref)
        count = max(int(schema.get("minItems") or 1), 1)
        return [item] * count if item is not None else []
    if kind == "integer":
        return int(schema.get("minimum") or 0) if isinstance(schema.get("minimum"), (int, float)) else 1
    if kind == "number":
        return float(schema["minimum"]) if isinstance(schema.get("minimum"), (int, float)) else 1.0
    if kind == "boolean":
        return True
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "binary":
            return b"example bytes"
        if isinstance(fmt, str) and fmt in _STRING_FORMATS:
            return _STRING_FORMATS[fmt]
        length = int(schema.get("minLength") or 0)
        return "string" if length <= 6 else "s" * length
    return None
