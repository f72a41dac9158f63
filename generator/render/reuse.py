"""Which files the last run rendered from exactly the same IR, so their text can be reused.

A file rendered for one group or one model gets a key: a digest of its template's name, of
that IR object, and of the parts of the IR every template may read besides it (the API's
settings, and the name, module and kind of every model and group, for imports and links).
Files rendered from the whole API (README, `_client.py`, the CLI table, ...) are always
rendered, but for those whose template reads only that shared part (`shared_key`: the models'
index); a Python one gets a key once rendered (`tidy_key`), which spares it the import tidying
when its text is the last run's. The caller decides when keys are comparable at all: same templates,
options and clientgen (see `fingerprint.options_digest`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import fields, replace

from ..ir.digest import Known, repr_digest
from ..ir.model import Api, Group

_PER_UNIT = ("groups", "models")  # the Api fields each keyed file reads one item of


def shared_digest(api: Api) -> str:
    """The digest of what any file may read from the IR besides its own group or model."""
    settings = [(f.name, getattr(api, f.name)) for f in fields(api) if f.name not in _PER_UNIT]
    models = [(m.name, m.module, m.kind) for m in api.models]
    groups = [(g.tag, g.class_name, g.attr_name, g.module) for g in api.groups]
    return _digest(repr((settings, models, groups)))


class UnitKeys:
    """The key of each file rendered for one group or model, with each IR object digested once:
    a model's module and its doc page (a group's module, page and tests) read the same object,
    and digesting a model's `repr` is most of a key's cost. `known` holds digests made already
    (see `ir.component_cache`), of objects that are this IR's still."""

    def __init__(self, shared: str, known: Known | None = None) -> None:
        self.shared = shared
        self._digests: Known = dict(known or {})  # id -> (the object, kept alive; its digest)

    def key(self, template: str, context: Mapping[str, object]) -> str | None:
        """The file's key; None for a file of the whole API (no context)."""
        if not context:
            return None
        parts = [(name, self._digest_of(value)) for name, value in sorted(context.items())]
        return _digest(f"{template}\0{self.shared}\0{parts!r}")

    def shared_key(self, template: str) -> str:
        """The key of a file of the whole API whose template reads only what `shared_digest` digests."""
        return _digest(f"{template}\0{self.shared}\0shared")

    def _digest_of(self, value: object) -> str:
        found = self._digests.get(id(value))
        if found is None or found[0] is not value:
            found = (value, self._group_digest(value) if type(value) is Group else repr_digest(value))
            self._digests[id(value)] = found
        return found[1]

    def _group_digest(self, group: Group) -> str:
        """A group's digest, made of its operations' (known from the operation cache, or each
        digested once) and its own other fields: its `repr` holds every operation's, and digesting
        GitHub's 47 groups that way was most of an edit's keys."""
        operations = "\0".join(self._digest_of(op) for op in group.operations)
        return _digest(f"group\0{replace(group, operations=())!r}\0{operations}")


def tidy_key(package: str, source: str) -> str:
    """The key of a file rendered from the whole API, once its layout is resolved: its text
    after `tidy_imports(source, package)`, the last step before it is final, depends on nothing else."""
    return _digest(f"tidy_imports\0{package}\0{source}")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
