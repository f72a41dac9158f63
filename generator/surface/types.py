"""A Python annotation from the IR, read to tell a widened type from a narrowed one: its union's
members (`atoms`), its enum values (`literal_values`) and its shape without them (`shape`).

The annotations are the IR's own (`TypeRef.py`): spec strings in them are Python literals, whose
quotes this respects.
"""

from __future__ import annotations

from collections.abc import Iterator


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
