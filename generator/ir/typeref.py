"""The IR's type: a structure (a kind, its arguments, model references, literal values), and the one
place that knows Python's type syntax. It spells a type as the generated code's annotation (`py`),
as the docs and the CLI's help write it (`doc`), and says which names the annotation needs imported.

Which type a schema gets is decided elsewhere (generator/ir/types.py); this module only builds,
inspects and spells types.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

TypeKind = Literal[
    "scalar", "runtime", "any", "none", "file", "model", "list", "dict", "union", "literal", "int_enum", "date_or_datetime", "discriminated"
]

# scalar name -> what the CLI parses a value as
_SCALAR_KINDS = {
    "str": "string", "int": "integer", "float": "number", "bool": "boolean",
    "datetime": "string", "date": "string", "UUID": "string", "bytes": "file",
}
# a name an annotation may use -> (module, name) it is imported from; "" imports the module itself,
# "_base_model" is the generated package's runtime module of annotation helpers
_IMPORTS = {
    "Any": ("typing", "Any"),
    "Literal": ("typing", "Literal"),
    "Annotated": ("typing", "Annotated"),
    "datetime": ("datetime", "datetime"),
    "date": ("datetime", "date"),
    "UUID": ("uuid", "UUID"),
    "pydantic": ("", "pydantic"),
    "discriminate": ("_base_model", "discriminate"),
    "one_of": ("_base_model", "one_of"),
    "date_or_datetime": ("_base_model", "date_or_datetime"),
}
_LITERAL_KINDS = {str: "string", int: "integer", bool: "boolean"}
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1  # the integers type checkers accept in a `Literal`


@dataclass(frozen=True)
class Discriminator:
    """How a discriminated union tells its models apart: one property fixed to each model's tags."""

    property: str
    """The property's wire name, e.g. `type`."""
    field: str
    """The models' attribute for it."""
    tags: tuple[tuple[Any, str], ...]
    """(tag value, model name) pairs, in the spec's order."""


@dataclass(frozen=True, repr=False)
class TypeRef:
    """A Python type for a schema: a structure, with its spellings for code and docs.

    Build one with the constructors below (`scalar`, `model_ref`, `list_of`, `dict_of`, `union_of`,
    `literal_of`, ...) rather than by hand; `py`, `doc` and `models` are computed from the structure.
    """

    kind: TypeKind
    """`scalar` (`str`, `int`, `float`, `bool`, `datetime`, `date`, `UUID`, `bytes`), `runtime` (a type of the
    generated runtime: `FileInput`, `FileContent`, `NotGiven`), `any`, `none`, `file` (binary content sent as a
    file), `model`, `list`, `dict` (string keys), `union`, `literal` (enum or `const` values), `int_enum`
    (integers beyond 64 bits, which type checkers refuse in `Literal`: an `int` checked against the values),
    `date_or_datetime` (a date-only text read as a date, else a datetime) or `discriminated` (a union of models
    told apart by one property)."""
    name: str = ""
    """The scalar's, runtime type's or model's name; empty for the other kinds."""
    args: tuple[TypeRef, ...] = ()
    """The arguments: a list's item, a dict's value, a union's members, a discriminated union's models."""
    literals: tuple[Any, ...] = ()
    """The values an enum or `const` allows, in the spec's order (kinds `literal` and `int_enum`)."""
    open: bool = False
    """Kinds `literal` and `int_enum`: an open enum, which also accepts any other value of its values' type."""
    is_object: bool = False
    """A model with fields (or such a model or None), whose fields a method can also take as keyword arguments."""
    discriminator: Discriminator | None = None
    """Kind `discriminated`: the property that tells the models apart."""
    py: str = field(init=False, compare=False)
    """The annotation in generated code, e.g. `list[Upload] | None`."""
    doc: str = field(init=False, compare=False)
    """The same type as the docs and the CLI's help spell it, e.g. `list[Upload]`."""
    models: tuple[str, ...] = field(init=False, compare=False)
    """The model classes the annotation names, which its module must import, in order of appearance."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "py", _py(self))
        object.__setattr__(self, "doc", _doc(self))
        if self.args:
            object.__setattr__(self, "models", tuple(dict.fromkeys(_models(self))))
        else:  # a leaf (most types): no generator to walk
            object.__setattr__(self, "models", (self.name,) if self.kind == "model" else ())

    def __repr__(self) -> str:
        # flat, and made once: render/reuse.py keys cached files by the repr of the IR they were rendered
        # from, and these (with `literals`, in `py`) tell apart every two types that read differently
        found: str | None = self.__dict__.get("_repr")
        if found is None:
            found = f"TypeRef({self.py!r}, doc={self.doc!r}, kind={self.kind!r}, json_kind={self.json_kind!r}, is_object={self.is_object!r}, nullable={self.nullable!r})"
            object.__setattr__(self, "_repr", found)
        return found

    @property
    def model(self) -> str | None:
        """The model's name when the type is exactly one model (or that model or None), else None."""
        if self.kind == "model":
            return self.name
        if self.kind == "union" and len(self.args) == 2 and self.args[1].kind == "none":
            return self.args[0].model
        return None

    @property
    def is_file(self) -> bool:
        """Binary content sent as a file (a `FileInput` argument), or a list or union of such."""
        if self.kind in ("list", "union"):
            return any(a.is_file for a in self.args)
        return self.kind == "file"

    @property
    def nullable(self) -> bool:
        """`None`, or a union whose last member is (`X | None`)."""
        return self.kind == "none" or (self.kind == "union" and self.args[-1].nullable)

    @property
    def json_kind(self) -> str:
        """What the CLI parses a value as: `string`, `integer`, `number`, `boolean`, `array`, `object`, `any` or `file`."""
        return _json_kind(self)

    @property
    def names(self) -> frozenset[str]:
        """Every identifier the annotation mentions (not counting its string literals)."""
        found: frozenset[str] | None = self.__dict__.get("_names")
        if found is None:  # asked for every field of every model: made once
            found = frozenset(_names(self))
            object.__setattr__(self, "_names", found)
        return found

    @property
    def imports(self) -> frozenset[tuple[str, str]]:
        """(module, name) of each name the annotation needs imported besides the models and builtins: module ""
        is `import name`; `_base_model` is the generated package's module of annotation helpers."""
        return frozenset(_IMPORTS[n] for n in _names(self) if n in _IMPORTS)

    @property
    def alternatives(self) -> tuple[TypeRef, ...]:
        """A union's members, nested unions' members included; the type itself when it is not a union."""
        if self.kind != "union":
            return (self,)
        return tuple(alt for a in self.args for alt in a.alternatives)

    def without(self, last: TypeRef) -> TypeRef:
        """`X` from `X | last` (a union whose last member is `last`, e.g. None); the type itself otherwise."""
        if self.kind != "union":
            return self
        end = self.args[-1]
        if end == last:
            rest = self.args[:-1]
        elif end.kind == "union" and end.without(last) is not end:
            rest = (*self.args[:-1], end.without(last))
        else:
            return self
        return rest[0] if len(rest) == 1 else union_of(rest, is_object=self.is_object)

    def replaced(self, swap: Callable[[TypeRef], TypeRef | None]) -> TypeRef:
        """This type with each part for which `swap` returns a type replaced by it (a replaced part's own
        arguments are not looked at)."""
        found = swap(self)
        if found is not None:
            return found
        if not self.args:
            return self
        args = tuple(a.replaced(swap) for a in self.args)
        return self if args == self.args else TypeRef(self.kind, self.name, args, self.literals, self.open, self.is_object, self.discriminator)


# ---- constructors --------------------------------------------------------------------------


def scalar(name: str) -> TypeRef:
    """A builtin or standard-library scalar: `str`, `int`, `float`, `bool`, `datetime`, `date`, `UUID`, `bytes`."""
    assert name in _SCALAR_KINDS, name
    return TypeRef("scalar", name)


def runtime(name: str) -> TypeRef:
    """A type of the generated package's runtime (`_types`), e.g. `NotGiven`."""
    return TypeRef("runtime", name)


def model_ref(name: str, *, is_object: bool) -> TypeRef:
    """A generated model class (or type alias) by name."""
    return TypeRef("model", name, is_object=is_object)


def list_of(item: TypeRef) -> TypeRef:
    """`list[item]`."""
    return TypeRef("list", args=(item,))


def dict_of(value: TypeRef) -> TypeRef:
    """`dict[str, value]`."""
    return TypeRef("dict", args=(value,))


def union_of(members: Iterable[TypeRef], *, is_object: bool = False) -> TypeRef:
    """`a | b | ...`, spelled with each alternative once (nested unions' members count as alternatives)."""
    return TypeRef("union", args=tuple(members), is_object=is_object)


def literal_of(values: Iterable[Any], *, open: bool = False) -> TypeRef:
    """`Literal[...]` of str, int or bool values; `open`: also any other value of their type. Integers
    beyond 64 bits, which type checkers refuse in `Literal`, are an `int` checked against the values."""
    values = tuple(values)
    big = all(type(v) is int for v in values) and any(not INT64_MIN <= v <= INT64_MAX for v in values)
    return TypeRef("int_enum" if big else "literal", literals=values, open=open)


def discriminated(models: Iterable[TypeRef], discriminator: Discriminator) -> TypeRef:
    """A union of object models that pydantic tells apart by `discriminator` (any other value: a plain dict)."""
    return TypeRef("discriminated", args=tuple(models), discriminator=discriminator)


# ---- spelling ------------------------------------------------------------------------------


def _literal_base(t: TypeRef) -> str:
    return type(t.literals[0]).__name__


def _py(t: TypeRef) -> str:
    kind = t.kind
    if kind in ("scalar", "runtime", "model"):
        return t.name
    if kind == "list":
        return f"list[{t.args[0].py}]"
    if kind == "dict":
        return f"dict[str, {t.args[0].py}]"
    if kind == "int_enum":
        return "int" if t.open else f"Annotated[int, one_of({', '.join(map(str, t.literals))})]"
    if kind == "discriminated":
        assert t.discriminator is not None
        d = t.discriminator
        variants = " | ".join(f"Annotated[{m.py}, pydantic.Tag({m.name!r})]" for m in t.args)
        return f"Annotated[{variants} | Annotated[dict[str, Any], pydantic.Tag('')], discriminate({d.property!r}, {d.field!r}, {dict(d.tags)!r})]"
    return _FIXED_PY.get(kind) or " | ".join(_py_alternatives(t))


_FIXED_PY = {"any": "Any", "none": "None", "file": "bytes", "date_or_datetime": "Annotated[datetime | date, date_or_datetime]"}


def _py_alternatives(t: TypeRef) -> Iterable[str]:
    if t.kind == "union":
        return dict.fromkeys(alt for a in t.args for alt in _py_alternatives(a))
    if t.kind == "literal":
        closed = f"Literal[{', '.join(repr(v) for v in t.literals)}]"
        return (closed, _literal_base(t)) if t.open else (closed,)
    return (t.py,)


def _doc(t: TypeRef) -> str:
    kind = t.kind
    if kind == "file":
        return "file"
    if kind == "list":
        return f"list[{t.args[0].doc}]"
    if kind == "dict":
        return f"dict[str, {t.args[0].doc}]"
    if kind == "int_enum":
        return f"int (one of {', '.join(map(str, t.literals))})"
    if kind in ("union", "discriminated", "date_or_datetime"):
        return " | ".join(_doc_alternatives(t))
    return t.py


def _doc_alternatives(t: TypeRef) -> Iterable[str]:
    if t.kind == "union":
        return dict.fromkeys(alt for a in t.args for alt in _doc_alternatives(a))
    if t.kind == "discriminated":
        return [alt for a in t.args for alt in _doc_alternatives(a)]
    if t.kind == "date_or_datetime":
        return ("date", "datetime")
    if t.kind == "literal":
        return _py_alternatives(t)
    return (t.doc,)


def _models(t: TypeRef) -> Iterable[str]:
    if t.kind == "model":
        yield t.name
    for a in t.args:
        yield from a.models


def _json_kind(t: TypeRef) -> str:
    kind = t.kind
    if kind in ("scalar", "file", "list", "dict", "model", "discriminated", "date_or_datetime"):
        return {"scalar": _SCALAR_KINDS.get(t.name, "any"), "file": "file", "list": "array", "dict": "object",
                "model": "object" if t.is_object else "any", "discriminated": "object", "date_or_datetime": "string"}[kind]
    if kind == "int_enum":
        return "integer"
    if kind == "literal":
        types = {type(v) for v in t.literals}
        return _LITERAL_KINDS.get(types.pop(), "any") if len(types) == 1 else "any"
    if kind == "union":
        kinds = {a.json_kind for a in t.args if a.kind != "none"}
        return kinds.pop() if len(kinds) == 1 else "any"
    return "any"


def _names(t: TypeRef) -> Iterable[str]:
    kind = t.kind
    if kind in ("scalar", "runtime", "model"):
        yield t.name
    elif kind in ("any", "none", "file", "date_or_datetime"):
        yield from {"any": ("Any",), "none": ("None",), "file": ("bytes",), "date_or_datetime": ("Annotated", "datetime", "date", "date_or_datetime")}[kind]
    elif kind == "list":
        yield "list"
    elif kind == "dict":
        yield from ("dict", "str")
    elif kind == "int_enum":
        yield from ("int",) if t.open else ("Annotated", "int", "one_of")
    elif kind == "literal":
        yield "Literal"
        yield from (repr(v) for v in t.literals if isinstance(v, bool))
        yield from (_literal_base(t),) if t.open else ()
    elif kind == "discriminated":
        assert t.discriminator is not None
        yield from ("Annotated", "pydantic", "Tag", "dict", "str", "Any", "discriminate")
        yield from (repr(v) for v, _ in t.discriminator.tags if isinstance(v, bool))
    for a in t.args:
        yield from _names(a)


# the types every build uses (built here: a TypeRef spells itself when it is made)
STR = scalar("str")
BYTES = scalar("bytes")
ANY = TypeRef("any")
NONE = TypeRef("none")
FILE = TypeRef("file")
DATE_OR_DATETIME = TypeRef("date_or_datetime")


# ---- reading a spelling back ---------------------------------------------------------------
# API snapshots (`.clientgen/api.json`) store annotations as `py` spells them; `clientgen diff` reads
# them back to tell a widened type from a narrowed one: a union's members (`atoms`), its enum values
# (`literal_values`) and its shape without them (`shape`). Spec strings in them are Python literals,
# whose quotes this respects.


def atoms(annotation: str) -> frozenset[str]:
    """The members of a union: `int | str | None` is {int, str, None}."""
    return frozenset(_split(annotation, "|"))


def _split(text: str, sep: str) -> list[str]:
    """`text` split at `sep` outside brackets and string literals, each part stripped."""
    parts, start, depth = [], 0, 0
    for i, ch in _outside_strings(text):
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _outside_strings(text: str) -> Iterator[tuple[int, str]]:
    quote: str | None = None
    escaped = False
    for i, ch in enumerate(text):
        if quote is not None:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        else:
            yield i, ch


_BASES = frozenset({"str", "int", "float", "bool"})


def literal_values(annotation: str) -> frozenset[str]:
    """Every enum or const value in `annotation`, nested ones too (`list[Literal['a']]` has 'a')."""
    found: set[str] = set()
    for member in _split(annotation, "|"):
        name, args = _generic(member)
        if name == "Literal":
            found.update(args)
        else:
            for arg in args:
                found |= literal_values(arg)
    return frozenset(found)


def shape(annotation: str) -> str:
    """`annotation` without its enum values, `Annotated` metadata and members another member covers:
    what a type checker compares. `list[Literal['a', 'b'] | str]` and `list[str]` have one shape."""
    members: set[str] = set()
    for member in _split(annotation, "|"):
        name, args = _generic(member)
        if name == "Annotated" and args:
            members.update(_split(shape(args[0]), "|"))
        elif name == "Literal":
            members.add("Literal")
        elif args:
            members.add(f"{name}[{', '.join(shape(arg) for arg in args)}]")
        else:
            members.add(member)
    if members & _BASES:
        members.discard("Literal")  # an open enum: any string (or number) goes
    return " | ".join(sorted(members))


def covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every member of the shape `narrow` is one of `wide`'s: an enum (`Literal`) is a str."""
    return all(m in wide or (m == "Literal" and wide & _BASES) for m in narrow)


def _generic(member: str) -> tuple[str, list[str]]:
    """`dict[str, int]` as ("dict", ["str", "int"]); a plain name with no arguments."""
    at = member.find("[")
    if at < 0 or not member.endswith("]"):
        return member, []
    return member[:at], _split(member[at + 1 : -1], ",")
