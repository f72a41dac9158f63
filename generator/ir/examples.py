"""Example values for docs and tests: the spec's own examples first, else valid samples."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Deref = Callable[[Any], Any]
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
    """Whether a spec's own example has the schema's type (some are JSON text where an object is due)."""
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    allowed = [_JSON_TYPES[k] for k in kinds if isinstance(k, str) and k in _JSON_TYPES]
    if not allowed:
        return True
    if isinstance(value, bool) and "boolean" not in kinds:
        return False
    return any(isinstance(value, t) for t in allowed)


def _object_parts(schema: dict[str, Any], deref: Deref, depth: int = 0) -> tuple[dict[str, Any], list[Any]]:
    """The properties and required names of a schema and its `allOf` members, together."""
    props = dict(schema["properties"]) if isinstance(schema.get("properties"), dict) else {}
    required = list(schema["required"]) if isinstance(schema.get("required"), list) else []
    members = schema.get("allOf")
    for member in members if isinstance(members, list) and depth < 8 else []:
        member = deref(member)
        if isinstance(member, dict):
            more, needed = _object_parts(member, deref, depth + 1)
            props = {**more, **props}
            required += needed
    return props, required


def sample(schema: Any, deref: Deref, depth: int = 0, *, examples: bool = True) -> Any:
    """A value valid against `schema`, preferring the examples it carries (with `examples`
    false, only its defaults and constants: a spec's examples sometimes break its schema)."""
    schema = deref(schema)
    if not isinstance(schema, dict) or depth > (8 if examples else 16):
        return None
    for key in ("example", "default", "const") if examples else ("default", "const"):
        if key in schema and schema[key] is not None and _fits_type(schema, schema[key]):
            return schema[key]
    if examples and isinstance(schema.get("examples"), list) and schema["examples"] and _fits_type(schema, schema["examples"][0]):
        return schema["examples"][0]
    if isinstance(schema.get("enum"), list):
        values = [v for v in schema["enum"] if v is not None]
        if values:
            return values[0]
    for key in ("allOf",):
        if isinstance(schema.get(key), list) and schema[key]:
            merged: dict[str, Any] = {}
            for member in schema[key]:
                value = sample(member, deref, depth + 1, examples=examples)
                if isinstance(value, dict):
                    merged.update(value)
                elif value is not None and not merged:
                    return value
            # a member (or the schema itself) may require a property another member declares
            declared, needed = _object_parts(schema, deref)
            for name in needed:
                if name not in merged and name in declared:
                    merged[name] = sample(declared[name], deref, depth + 1, examples=examples)
            return merged
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            for member in schema[key]:
                member = deref(member)
                if isinstance(member, dict) and member.get("type") != "null":
                    if "properties" in schema and "properties" not in member and "$ref" not in member:
                        # `anyOf: [{required: [a]}, {required: [b]}]` beside the properties: one such branch
                        needed = [*(schema.get("required") or []), *(member.get("required") or [])]
                        rest = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
                        return sample({**rest, **member, "required": needed}, deref, depth + 1, examples=examples)
                    return sample(member, deref, depth + 1, examples=examples)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or isinstance(schema.get("properties"), dict):
        raw_required = schema.get("required")
        required: list[Any] = raw_required if isinstance(raw_required, list) else []
        raw_props = schema.get("properties")
        props: dict[str, Any] = raw_props if isinstance(raw_props, dict) else {}
        return {k: sample(props[k], deref, depth + 1, examples=examples) for k in dict.fromkeys(required) if k in props}
    if kind == "array":
        item = sample(schema.get("items"), deref, depth + 1, examples=examples)
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
