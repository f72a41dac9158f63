"""A Python annotation from the IR as a set of atoms, to tell a widened type from a narrowed one.

`int | str | None` is {int, str, None}; `Literal['a', 'b']` is {Literal['a'], Literal['b']}, so an
enum value is an atom of its own. The annotations are the IR's own (`TypeRef.py`): spec strings in
them are Python literals, whose quotes this respects.
"""

from __future__ import annotations

from collections.abc import Iterator

LITERAL = "Literal["


def atoms(annotation: str) -> frozenset[str]:
    found: set[str] = set()
    for member in _split(annotation, "|"):
        if member.startswith(LITERAL) and member.endswith("]"):
            found.update(f"{LITERAL}{value}]" for value in _split(member[len(LITERAL) : -1], ","))
        else:
            found.add(member)
    return frozenset(found)


def is_literal(atom: str) -> bool:
    return atom.startswith(LITERAL)


def literal_value(atom: str) -> str:
    return atom[len(LITERAL) : -1]


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
