"""One memo for a whole build's samples (generator/ir/examples.py): a schema sampled once at one
depth is reused at another only when the depth limit cannot tell them apart, so every sample
is what a fresh memo gives at that depth."""

from __future__ import annotations

import random
from typing import Any

from clientgen.ir.examples import Deref, Memo, sample


def plain(node: Any) -> tuple[Any, Deref]:
    """No `$ref`s in these schemas: a node is its own schema."""
    return node, plain


def chain(length: int) -> list[dict[str, Any]]:
    """Objects that each require the next: sampling the first goes `length` levels deep."""
    last: dict[str, Any] = {"type": "string", "format": "uuid"}
    schemas = [last]
    for i in range(length):
        last = {"type": "object", "required": [f"p{i}"], "properties": {f"p{i}": last}}
        schemas.append(last)
    return schemas[::-1]


def random_schema(rng: random.Random, depth: int = 0) -> dict[str, Any]:
    if depth > 5 or rng.random() < 0.25:
        return rng.choice([{"type": "integer"}, {"type": "string", "minLength": 9}, {"type": "boolean", "default": False}])
    kind = rng.choice(["object", "array", "allOf", "oneOf"])
    if kind == "array":
        return {"type": "array", "items": random_schema(rng, depth + 1)}
    if kind == "allOf":
        return {"allOf": [random_schema(rng, depth + 1) for _ in range(2)]}
    if kind == "oneOf":
        return {"oneOf": [random_schema(rng, depth + 1) for _ in range(2)]}
    props = {f"f{i}": random_schema(rng, depth + 1) for i in range(rng.randint(1, 3))}
    return {"type": "object", "required": list(props), "properties": props}


def subschemas(schema: Any) -> list[dict[str, Any]]:
    found = [schema] if isinstance(schema, dict) else []
    for value in schema.values() if isinstance(schema, dict) else schema if isinstance(schema, list) else ():
        found += subschemas(value)
    return found


def test_a_sample_the_depth_limit_cut_short_is_not_reused_at_another_depth() -> None:
    schemas = chain(12)
    memo: Memo = {}
    for depth in (0, 9, 3, 8, 1, 16, 5):
        for examples in (True, False):
            for schema in (schemas[0], schemas[4], schemas[9]):
                assert sample(schema, plain, memo, depth, examples=examples) == sample(schema, plain, {}, depth, examples=examples)
    assert sample(schemas[0], plain, memo) != sample(schemas[3], plain, memo)  # a deeper chain is cut where the other is not


def test_one_memo_gives_what_fresh_ones_give_in_any_order() -> None:
    rng = random.Random(16)  # noqa: S311 - reproducible schemas
    for _ in range(60):
        root = random_schema(rng)
        shared = [*chain(rng.randint(0, 10)), root]
        root["properties" if "properties" in root else "shared"] = {"again": shared[0]}  # one schema under two parents
        parts = [s for s in subschemas(root) if isinstance(s, dict)]
        memo: Memo = {}
        for _ in range(40):
            schema, depth, examples = rng.choice(parts), rng.randint(0, 18), rng.random() < 0.5
            assert sample(schema, plain, memo, depth, examples=examples) == sample(schema, plain, {}, depth, examples=examples)
