"""The IR's structured type (generator/ir/typeref.py): how it spells itself for code and docs, what it
needs imported, nullability, and reading a spelling back (snapshots)."""

from __future__ import annotations

import pytest

from clientgen.ir.typeref import (
    ANY,
    DATE_OR_DATETIME,
    FILE,
    NONE,
    STR,
    Discriminator,
    TypeRef,
    atoms,
    covers,
    dict_of,
    discriminated,
    list_of,
    literal_of,
    literal_values,
    model_ref,
    runtime,
    scalar,
    shape,
    union_of,
)
from clientgen.ir.types import literal, optional, union

UPLOAD = model_ref("Upload", is_object=True)
COLOR = model_ref("Color", is_object=False)  # an alias (an enum)


@pytest.mark.parametrize(
    ("t", "py", "doc"),
    [
        (STR, "str", "str"),
        (scalar("UUID"), "UUID", "UUID"),
        (FILE, "bytes", "file"),
        (ANY, "Any", "Any"),
        (NONE, "None", "None"),
        (list_of(UPLOAD), "list[Upload]", "list[Upload]"),
        (dict_of(list_of(FILE)), "dict[str, list[bytes]]", "dict[str, list[file]]"),
        (union_of((list_of(UPLOAD), NONE)), "list[Upload] | None", "list[Upload] | None"),
        (literal_of(["a", "it's"]), "Literal['a', \"it's\"]", "Literal['a', \"it's\"]"),
        (literal_of(["a", "b"], open=True), "Literal['a', 'b'] | str", "Literal['a', 'b'] | str"),
        (literal_of([2**70, 1]), "Annotated[int, one_of(1180591620717411303424, 1)]", "int (one of 1180591620717411303424, 1)"),
        (literal_of([2**70, 1], open=True), "int", "int (one of 1180591620717411303424, 1)"),
        (DATE_OR_DATETIME, "Annotated[datetime | date, date_or_datetime]", "date | datetime"),
        (runtime("NotGiven"), "NotGiven", "NotGiven"),
    ],
)
def test_spelling_for_code_and_docs(t: TypeRef, py: str, doc: str) -> None:
    assert (t.py, t.doc) == (py, doc)


def test_a_union_spells_each_alternative_once() -> None:
    # nested unions' members and an open enum's base type are alternatives of the outer union
    t = union_of((literal_of(["x", "y"], open=True), union_of((STR, scalar("int"))), NONE))
    assert t.py == "Literal['x', 'y'] | str | int | None"
    assert [a.py for a in t.alternatives] == ["Literal['x', 'y'] | str", "str", "int", "None"]
    assert union_of((DATE_OR_DATETIME, scalar("date"))).doc == "date | datetime"


def test_a_discriminated_union() -> None:
    cat, dog = model_ref("Cat", is_object=True), model_ref("Dog", is_object=True)
    t = discriminated((cat, dog), Discriminator("type", "type_", (("cat", "Cat"), ("dog", "Dog"))))
    assert t.py == (
        "Annotated[Annotated[Cat, pydantic.Tag('Cat')] | Annotated[Dog, pydantic.Tag('Dog')] | Annotated[dict[str, Any], pydantic.Tag('')], "
        "discriminate('type', 'type_', {'cat': 'Cat', 'dog': 'Dog'})]"
    )
    assert t.doc == "Cat | Dog"
    assert t.models == ("Cat", "Dog")
    assert t.json_kind == "object"
    assert t.imports == {("typing", "Annotated"), ("typing", "Any"), ("", "pydantic"), ("_base_model", "discriminate")}
    assert union_of((t, NONE)).doc == "Cat | Dog | None"


def test_nullable_and_without() -> None:
    assert NONE.nullable and optional(UPLOAD).nullable
    assert not UPLOAD.nullable and not ANY.nullable
    assert not union_of((NONE, UPLOAD)).nullable  # only a trailing None, as `X | None` spells it
    assert optional(UPLOAD).without(NONE) == UPLOAD
    assert union_of((STR, scalar("int"), NONE)).without(NONE) == union_of((STR, scalar("int")))
    assert UPLOAD.without(NONE) is UPLOAD
    assert union_of((STR, runtime("NotGiven"))).without(runtime("NotGiven")) == STR


def test_model_references() -> None:
    t = union_of((list_of(UPLOAD), dict_of(COLOR), UPLOAD))
    assert t.models == ("Upload", "Color")
    assert UPLOAD.model == "Upload" and optional(UPLOAD).model == "Upload"
    assert list_of(UPLOAD).model is None and union_of((UPLOAD, COLOR)).model is None
    assert optional(UPLOAD).is_object and not optional(COLOR).is_object


def test_imports_needed() -> None:
    assert STR.imports == frozenset() and UPLOAD.imports == frozenset()
    assert list_of(literal_of(["a"])).imports == {("typing", "Literal")}
    assert dict_of(ANY).imports == {("typing", "Any")}
    assert union_of((scalar("datetime"), scalar("UUID"))).imports == {("datetime", "datetime"), ("uuid", "UUID")}
    assert DATE_OR_DATETIME.imports == {("typing", "Annotated"), ("datetime", "datetime"), ("datetime", "date"), ("_base_model", "date_or_datetime")}
    assert literal_of([2**70, 1]).imports == {("typing", "Annotated"), ("_base_model", "one_of")}
    assert literal_of([2**70, 1], open=True).imports == frozenset()


def test_names_leave_string_literals_out() -> None:
    assert literal_of(["Upload", True]).names == {"Literal", "True"}
    assert union_of((list_of(UPLOAD), NONE)).names == {"list", "Upload", "None"}


def test_json_kinds() -> None:
    assert [t.json_kind for t in (STR, scalar("int"), scalar("float"), scalar("bool"), FILE, scalar("bytes"))] == [
        "string", "integer", "number", "boolean", "file", "file"
    ]
    assert optional(scalar("int")).json_kind == "integer"
    assert union_of((STR, scalar("int"))).json_kind == "any"
    assert literal_of(["a", 1]).json_kind == "any" and literal_of([1, 2]).json_kind == "integer"
    assert (UPLOAD.json_kind, COLOR.json_kind) == ("object", "any")


def test_file_types() -> None:
    assert FILE.is_file and list_of(FILE).is_file and optional(FILE).is_file
    assert not dict_of(FILE).is_file and not scalar("bytes").is_file


def test_replaced() -> None:
    t = union_of((list_of(FILE), dict_of(FILE)))
    swapped = t.replaced(lambda part: runtime("FileInput") if part.kind == "file" else None)
    assert swapped.py == "list[FileInput] | dict[str, FileInput]"
    assert t.replaced(lambda part: None) is t


def test_the_schema_union_policy() -> None:
    # generator/ir/types.py decides; the type only spells
    assert union([STR, ANY]) == ANY
    assert union([scalar("date"), scalar("datetime")]) == DATE_OR_DATETIME
    assert union([optional(STR), scalar("int")]).py == "str | None | int"
    assert literal(["a"], open_enum=True).py == "Literal['a']"
    assert literal(["a", "b"], open_enum=True).py == "Literal['a', 'b'] | str"
    assert literal([True, False], open_enum=True).py == "Literal[True, False]"


def test_types_are_values() -> None:
    assert list_of(UPLOAD) == list_of(model_ref("Upload", is_object=True))
    assert len({list_of(UPLOAD), list_of(model_ref("Upload", is_object=True))}) == 1


@pytest.mark.parametrize(
    "t",
    [
        union_of((literal_of(["a|b", "c]"], open=True), NONE)),
        dict_of(list_of(union_of((UPLOAD, COLOR)))),
        DATE_OR_DATETIME,
    ],
)
def test_reading_a_spelling_back(t: TypeRef) -> None:
    # snapshots keep `py`; `clientgen diff` reads them with these
    assert atoms(t.py) == frozenset(a.py for a in t.alternatives for a in _split_open(a))
    assert shape(t.py) == shape(t.py.replace("'a|b', ", ""))  # enum values are not part of the shape


def _split_open(t: TypeRef) -> list[TypeRef]:
    if t.kind == "literal" and t.open:
        return [literal_of(t.literals), scalar(type(t.literals[0]).__name__)]
    return [t]


def test_literal_values_and_covers() -> None:
    t = union_of((list_of(literal_of(["a", "b"])), NONE))
    assert literal_values(t.py) == {"'a'", "'b'"}
    assert covers(frozenset(shape(STR.py).split(" | ")), frozenset(shape(literal_of(["a"]).py).split(" | ")))


def test_a_module_imports_what_its_types_need() -> None:
    from clientgen.ir.model import Field, Model
    from clientgen.render.imports import model_imports

    when = Field(wire_name="when", py_name="when", type=scalar("datetime"), required=False)
    tags = Field(wire_name="tags", py_name="tags", type=list_of(literal_of(["a", "b"], open=True)), required=True)
    model = Model(name="Event", module="event", kind="object", wire_name="Event", fields=(when, tags))
    assert when.annotation == "datetime | None"
    assert model_imports(model, str) == [
        "from datetime import datetime",
        "from typing import Literal",
        "from .._base_model import BaseModel",
    ]
