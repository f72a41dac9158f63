"""The operations of the last run, taken up again where their part of the spec is the same.

After the component pass (see `component_cache`), the build types every operation: about a
third of the IR build of a large spec (GitHub: 1,223 operations), and an edit leaves all but one
as they were. An operation's build gives its `Operation`, the models its inline schemas become
and its warnings; it reads its own part of the spec (the operation, its path item's parameters,
its path, method and group), the document's `security`, and the typer's state after the component
pass, which depends on the component key alone; and the names the operations before it claimed,
since names are first come, first served (`names.Namer`). Nothing else, provided every `$ref` it
followed led into the components (checked over the whole run before anything is kept) and no
container of the spec is shared between operations (JSON never shares one; YAML aliases can: only
JSON documents are kept).

An operation may also read a model an operation before it made (a schema of the components'
responses is typed where an operation first meets it): it is kept with the name, kind and digest
of each such model it read, and taken up only when the model at that URI is the same again.

So each operation is kept under a digest of what it reads, with the claims it made. Taking it up
claims the same names again, in order, and holds only when each claim gives the name it gave
then: a cold build, reading the same data and given the same names so far, would make exactly
these claims with these results. When one differs, its claims are undone and it is built afresh.

It is stored as `.clientgen/ir/operations/state`, machine-local and signed like the component
state (see `signing`): one operation a pickle of its own, so that a run pickles only the
operations it built.
"""

from __future__ import annotations

import hashlib
import itertools
import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..load.refs import RefResolver
from ..signing import signed, verified
from . import pickling
from .component_cache import WarnCall, data_bytes
from .digest import Known, repr_digest
from .model import Model, Operation
from .names import Claim, Namer
from .types import SchemaTyper

FILE = ".clientgen/ir/operations/state"
FORMAT = 4  # bumped when what is stored changes

Find = Callable[[str], Any]  # the value at a URI of the root document (see `component_cache.finder`)
Need = tuple[str, str, bool, str | None, tuple[str, ...]]  # see `Session._need`


@dataclass
class _Kept:
    """One operation's build: what it gave, and what it added to the typer and the namers."""

    operation: Operation
    claims: list[tuple[str, str, tuple[str, ...], tuple[str, ...], str]]  # namer, base, twins, suffixes, name given
    models: list[tuple[str, str, Model, bool, str]]  # URI, name, model, whether an object, `repr_digest` of the model
    wire_names: dict[str, str]
    warnings: list[WarnCall]
    digest: str  # `repr_digest` of `operation`, for `render.reuse` keys (this run's and the next's)
    needs: list[Need]  # what it read of each model another operation made (see `Session._need`)


@dataclass
class OperationCache:
    """The last run's operations for one output folder (`path`), and this run's to keep;
    `reuse` false: the last run's are not taken up (`--force`), this run's are still kept."""

    path: Path
    reuse: bool = True
    pending: bytes | None = field(default=None, repr=False)  # this run's, for `save`
    taken: int = 0  # how many operations this run took up
    digests: Known = field(default_factory=dict, repr=False)  # of the models and operations taken up or kept (see `render.reuse`)

    def session(self, components: str, resolver: RefResolver, typer: SchemaTyper, find: Find) -> Session | None:
        """The operations of a build whose component pass has the key `components`; None when
        they cannot be kept (a YAML document may share a schema between operations)."""
        if not resolver.root.path.suffix.lower() == ".json" or len(resolver.documents) > 1:
            return None
        last: dict[str, bytes] = {}
        if self.reuse:
            try:
                data = verified(self.path.read_bytes())
                found = None if data is None else pickle.loads(data)  # noqa: S301 - signed on this machine (see `signing`)
            except Exception:  # noqa: BLE001 - missing, damaged, or from another version: build them all
                found = None
            if isinstance(found, dict) and found.get("components") == components and isinstance(found.get("operations"), dict):
                last = found["operations"]
        return Session(self, components, typer, find, last)

    def save(self) -> None:
        """Write what the last session kept (after a run that wrote its files)."""
        from ..state import atomic_write

        if self.pending is not None:
            atomic_write(self.path, self.pending, private=True)


class Session:
    """One build's pass over the operations: each taken up from the last run or built and kept."""

    def __init__(self, cache: OperationCache, components: str, typer: SchemaTyper, find: Find, last: dict[str, bytes]) -> None:
        self.cache = cache
        self.components = components
        self.typer = typer
        self.find = find
        self.last = last
        self.kept: dict[str, bytes] = {}  # this run's, by key (those that can be kept)
        self.components_uris = frozenset(typer._names_by_uri)  # the models of the component pass

    def key(self, *parts: Any) -> str | None:
        """The digest of what an operation's build reads (`parts`: data of the spec and names)."""
        digest = hashlib.sha256(f"{FORMAT}\0{self.components}".encode())
        for part in parts:
            found = data_bytes(part)
            if found is None:
                return None
            digest.update(len(found).to_bytes(8, "big") + found)
        return digest.hexdigest()

    def operation(self, key: str | None, namers: dict[str, Namer], warn: Callable[[str, str | None, str | None], None], build: Callable[[list[WarnCall]], Operation]) -> Operation:
        """The operation under `key`: the last run's when its claims give the same names again,
        else `build(heard)` (which adds the warnings it gives to `heard`), kept for the next run."""
        blob = self.last.get(key) if key is not None else None
        if key is not None and blob is not None:
            kept: _Kept = pickle.loads(blob)  # noqa: S301 - signed on this machine (see `OperationCache.session`)
            if self._take_up(kept, namers):
                for message, pointer, base in kept.warnings:
                    warn(message, pointer, base)
                self.cache.digests[id(kept.operation)] = (kept.operation, kept.digest)
                self.kept[key] = blob
                self.cache.taken += 1
                return kept.operation
        labels = {id(namer): label for label, namer in namers.items()}
        claims: list[Claim] = []
        heard: list[WarnCall] = []
        before = _Sizes.of(self.typer)
        reached: set[str] = set()
        self.typer.reached = reached
        try:
            with _logged(namers.values(), claims):
                built = build(heard)
        finally:
            self.typer.reached = None
        found = self._kept(built, claims, labels, heard, before, reached) if key is not None else None
        if key is not None and found is not None:
            self.kept[key] = pickling.dumps(found)
        return built

    def finish(self, resolver: RefResolver, root: str) -> None:
        """Hold this run's operations for `OperationCache.save`, unless a `$ref` led outside the
        components (an operation would then read what its key does not cover)."""
        inside = f"{root}#/components/"
        if len(resolver.documents) > 1 or any(not target.startswith(inside) for target in resolver.targets()):
            return
        state = {"components": self.components, "operations": self.kept}
        if self.kept != self.last:
            self.cache.pending = signed(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))

    def _take_up(self, kept: _Kept, namers: dict[str, Namer]) -> bool:
        """Claim `kept`'s names again and add its models to the typer; False, with nothing
        claimed or added, when a claim gives another name, or a model it made is there already
        (another operation made it first: a schema of the components' responses, say), or a
        schema is not where it was."""
        done: list[tuple[Namer, str, tuple[str, ...], tuple[str, ...]]] = []
        schemas = [self.find(uri) for uri, *_ in kept.models]
        ok = all(isinstance(schema, dict) for schema in schemas) and not any(uri in self.typer._names_by_uri for uri, *_ in kept.models)
        ok = ok and all(self._need(need[0]) == need for need in kept.needs)
        for label, base, twins, suffixes, name in kept.claims if ok else ():
            namer = namers[label]
            given = namer.claim(base, twins=twins, suffixes=suffixes)
            done.append((namer, given, twins, suffixes))
            if given != name:
                ok = False
                break
        if not ok:
            for namer, given, twins, suffixes in reversed(done):
                namer.unclaim(given, twins=twins, suffixes=suffixes)
            return False
        typer = self.typer
        for (uri, name, model, is_object, digest), schema in zip(kept.models, schemas, strict=True):
            typer.models[uri] = model
            self.cache.digests[id(model)] = (model, digest)
            typer._names_by_uri[uri] = name
            typer._uris_by_name[name] = uri
            typer._names_by_id[id(schema)] = name
            if is_object:
                typer._objects.add(uri)
        typer._wire_names.update(kept.wire_names)
        return True

    def _kept(self, built: Operation, claims: list[Claim], labels: dict[int, str], heard: list[WarnCall], before: _Sizes, reached: set[str]) -> _Kept | None:
        """What to keep of an operation just built; None when its build did what a replay
        would not repeat (warned about a `$ref` cycle, named a schema the build made itself
        or one already named: each model it added must be the schema at its URI), or read a
        model another operation made (`reached`: the URIs of the models it typed again) whose
        digest is not known (see `_need`)."""
        typer = self.typer
        grown = _Sizes.of(typer).minus(before)
        if grown.cycles or len({grown.models, grown.names_by_uri, grown.uris_by_name, grown.wire_names, grown.names_by_id}) != 1:
            return None
        models = []
        named = {name: key for key, name in _last(typer._names_by_id, grown.names_by_id)}
        for uri, model in _last(typer.models, grown.models):
            name = typer._names_by_uri[uri]
            if named.pop(name, None) != id(self.find(uri)):
                return None
            models.append((uri, name, model, uri in typer._objects, repr_digest(model)))
            self.cache.digests[id(model)] = (model, models[-1][4])
        needs = [self._need(uri) for uri in sorted(reached - self.components_uris - {uri for uri, *_ in models})]
        if None in needs:
            return None
        wire_names = dict(_last(typer._wire_names, grown.wire_names))
        kept_claims = [(labels[id(namer)], base, twins, suffixes, name) for namer, base, twins, suffixes, name in claims]
        digest = repr_digest(built)
        self.cache.digests[id(built)] = (built, digest)
        return _Kept(built, kept_claims, models, wire_names, list(heard), digest, [need for need in needs if need is not None])

    def _need(self, uri: str) -> Need | None:
        """What an operation reads of the model at `uri` that an operation made: its name, whether
        an object, its schema's name (discriminator tags default to it) and the digests of it and
        of its bases (whose fields it inherits) that operations made; None when one of these
        models is not known (neither the component pass's nor taken up or kept this run)."""
        typer = self.typer
        name = typer._names_by_uri.get(uri)
        if name is None or typer._uris_by_name.get(name) != uri:
            return None
        digests = []
        at: str | None = uri
        for _ in range(len(typer.models)):  # a chain of bases, which a model cannot close
            model = typer.models.get(at) if at is not None else None
            if model is None:
                return None
            if at not in self.components_uris:
                known = self.cache.digests.get(id(model))
                if known is None or known[0] is not model:
                    return None
                digests.append(known[1])
            if model.base is None:
                break
            at = typer._uris_by_name.get(model.base)
        else:
            return None
        return uri, name, uri in typer._objects, typer._wire_names.get(name), tuple(digests)


class _Sizes(NamedTuple):
    """How many entries the typer's tables hold (each operation only adds entries)."""

    models: int
    names_by_uri: int
    uris_by_name: int
    wire_names: int
    names_by_id: int
    cycles: int

    @classmethod
    def of(cls, typer: SchemaTyper) -> _Sizes:
        return cls(len(typer.models), len(typer._names_by_uri), len(typer._uris_by_name), len(typer._wire_names), len(typer._names_by_id), len(typer._cycles))

    def minus(self, other: _Sizes) -> _Sizes:
        return _Sizes(*(a - b for a, b in zip(self._values(), other._values(), strict=True)))

    def _values(self) -> tuple[int, ...]:
        return (self.models, self.names_by_uri, self.uris_by_name, self.wire_names, self.names_by_id, self.cycles)


def _last(table: dict[Any, Any], count: int) -> list[tuple[Any, Any]]:
    """The `count` entries added to `table` last, in the order they were added."""
    return list(itertools.islice(reversed(table.items()), count))[::-1] if count > 0 else []


class _logged:
    """While open, every claim of these namers is added to `claims`."""

    def __init__(self, namers: Iterator[Namer] | Any, claims: list[Claim]) -> None:
        self.namers = list(namers)
        self.claims = claims

    def __enter__(self) -> None:
        for namer in self.namers:
            namer.log = self.claims

    def __exit__(self, *_: object) -> None:
        for namer in self.namers:
            namer.log = None
