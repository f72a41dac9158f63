"""The digest of an IR object's `repr`: what `render/reuse.py` keys a file rendered from it by."""

from __future__ import annotations

import hashlib

Known = dict[int, tuple[object, str]]  # id -> (the object, kept alive; `repr_digest` of it)


def repr_digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()


def derived_digest(digest: str, *changes: object) -> str:
    """The digest of an object made from one whose digest is `digest` by the given `changes`
    alone (a `dataclasses.replace` of some fields): the same again for the same two. It differs
    from `repr_digest` of the same object, so it may only miss a file's key, never match wrongly."""
    return hashlib.sha256(f"derived\0{digest}\0{changes!r}".encode()).hexdigest()
