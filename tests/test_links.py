"""`with_absolute_links` over an IR tree: every `description` reached, shared nodes rewritten once
and still shared, an unchanged tree returned as it is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clientgen.ir.links import with_absolute_links
from clientgen.ir.model import Field, Model
from clientgen.ir.typeref import scalar

BASE = "https://api.example.com"
LINKED = "See [the guide](/docs/guide)."
ABSOLUTE = f"See [the guide]({BASE}/docs/guide)."


@dataclass(frozen=True)
class _Holder:
    description: str
    anything: Any  # a dataclass where only `Any` is declared is walked too
    table: dict[str, Any]  # mappings are left as they are


def _models() -> tuple[Model, ...]:
    shared = Field(wire_name="id", py_name="id", type=scalar("str"), required=True, description=LINKED)
    plain = Field(wire_name="n", py_name="n", type=scalar("int"), required=False, description="no link")
    return (
        Model(name="A", module="a", kind="object", wire_name="A", fields=(shared, plain), description=LINKED),
        Model(name="B", module="b", kind="object", wire_name="B", fields=(shared,), description="plain"),
    )


def test_every_description_is_rewritten_and_shared_nodes_stay_shared() -> None:
    a, b = with_absolute_links(_models(), BASE)
    assert a.description == ABSOLUTE and b.description == "plain"
    assert a.fields[0].description == ABSOLUTE and a.fields[0] is b.fields[0]
    assert a.fields[1].description == "no link"


def test_an_unchanged_tree_is_returned_as_it_is() -> None:
    models = _models()
    assert with_absolute_links(models, None) is models
    plain = tuple(m for m in models if m.name == "B")[0].fields[0]
    untouched = Model(name="C", module="c", kind="object", wire_name="C", fields=(Field(wire_name="x", py_name="x", type=plain.type, required=True),))
    assert with_absolute_links(untouched, BASE) is untouched


def test_any_fields_are_walked_and_mappings_are_not() -> None:
    inner = _Holder(LINKED, None, {})
    outer = with_absolute_links(_Holder("", inner, {"k": inner}), BASE)
    assert outer.anything.description == ABSOLUTE
    assert outer.table["k"] is inner


def test_unchanged_of_names_the_nodes_without_a_link_and_they_may_be_skipped() -> None:
    from clientgen.ir.links import unchanged_of

    a, b = _models()
    plain = Model(name="C", module="c", kind="object", wire_name="C", fields=(a.fields[1],), description="plain")
    done, unchanged = unchanged_of((a, b, plain), BASE, [a, b, plain, a.fields[1]])
    assert unchanged == [plain, a.fields[1]]  # B holds A's linked field
    assert done == with_absolute_links((a, b, plain), BASE)
    skipped, again = unchanged_of((a, b, plain), BASE, [a, b, plain], unchanged)
    assert skipped == done and skipped[2] is plain and again == [plain]
    # a node passed as unchanged is taken at its word: the caller passes only nodes a run found so
    assert with_absolute_links((a,), BASE, [a])[0] is a
