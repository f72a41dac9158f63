"""The digest of an IR object's `repr`: what `render/reuse.py` keys a file rendered from it by."""

from __future__ import annotations

import hashlib

Known = dict[int, tuple[object, str]]  # id -> (the object, kept alive; `repr_digest` of it)


def repr_digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()
