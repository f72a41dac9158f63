"""Which files the last run rendered from exactly the same IR, so their text can be reused.

A file rendered for one group or one model gets a key: a digest of its template's name, of
that IR object, and of the parts of the IR every template may read besides it (the API's
settings, and the name, module and kind of every model and group, for imports and links).
Files rendered from the whole API (README, `_client.py`, the CLI table, ...) get no key and
are always rendered. The caller decides when keys are comparable at all: same templates,
options and clientgen (see `fingerprint.options_digest`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import fields

from ..ir.model import Api

_PER_UNIT = ("groups", "models")  # the Api fields each keyed file reads one item of


def shared_digest(api: Api) -> str:
    """The digest of what any file may read from the IR besides its own group or model."""
    settings = [(f.name, getattr(api, f.name)) for f in fields(api) if f.name not in _PER_UNIT]
    models = [(m.name, m.module, m.kind) for m in api.models]
    groups = [(g.tag, g.class_name, g.attr_name, g.module) for g in api.groups]
    return _digest(repr((settings, models, groups)))


def unit_key(template: str, shared: str, context: Mapping[str, object]) -> str | None:
    """The key of a file rendered for one group or model; None for a file of the whole API."""
    if not context:
        return None
    return _digest(f"{template}\0{shared}\0{sorted(context.items())!r}")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
