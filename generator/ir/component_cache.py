"""The component models of the last run, taken up again when the spec's components are the same.

Building the models of `components/schemas` is about half of the IR build of a large spec
(GitHub: 0.6 of 1.2 s), and an edit to an operation leaves them as they were. The builder
types every component schema first, before any operation (see `build._Builder.build`); what
that pass leaves (the schema typer's state: models, names claimed, caches) and the warnings it
gives depend only on the `components` object, provided every `$ref` it followed stayed inside
it, on the root document's URI and on clientgen with its options. So the state is kept under
a digest of those, and a later build with the same digest takes it up instead of typing the
components again, then goes on exactly as a cold build would from there.

It is stored as `.clientgen/ir/state`: machine-local like `.clientgen/state`, and named so that
`.clientgen/.gitignore` (and whatever skips the machine's state) skips it too. It is a pickle,
signed with this machine's key (see `signing`): one committed by someone else is never unpickled.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import pickle
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..load.refs import RefResolver, split_uri
from ..signing import signed, verified
from . import pickling
from .digest import Known, repr_digest
from .types import SchemaTyper

FILE = ".clientgen/ir/state"
FORMAT = 2  # bumped when what is stored changes

WarnCall = tuple[str, str | None, str | None]  # a warning as the typer gave it: message, pointer, base


@dataclass
class ComponentCache:
    """The last run's component pass for one output folder (`path`), and this run's to keep.

    `options` is this run's `fingerprint.options_digest` (None: nothing is kept or taken up);
    `reuse` false: the last run's is not taken up (`--force`), this run's is still kept."""

    path: Path
    options: str | None
    reuse: bool = True
    pending: bytes | None = field(default=None, repr=False)  # this run's, for `save`
    taken: bool = False  # whether this run took up the last run's
    digests: Known = field(default_factory=dict, repr=False)  # of the models taken up or kept (see `render.reuse`)
    # digests of models and operations with no root-relative link (see `links.unchanged_of`): the
    # last run's (the caller sets them, from this machine's state) and this run's
    link_free: frozenset[str] = frozenset()
    link_free_now: set[str] = field(default_factory=set, repr=False)

    def key(self, spec: dict[str, Any], resolver: RefResolver) -> str | None:
        """The digest the component pass of `spec` depends on; None when it cannot be kept."""
        if self.options is None or resolver.swagger2 or resolver.root.identified:
            return None
        components = data_bytes(spec.get("components"))
        if components is None:
            return None
        dialect = repr((spec.get("openapi"), spec.get("jsonSchemaDialect")))  # nothing reads them today: a safe margin
        text = f"{FORMAT}\0{self.options}\0{resolver.root.uri}\0{dialect}\0"
        return hashlib.sha256(text.encode("utf-8", "surrogatepass") + components).hexdigest()

    def take_up(self, key: str, typer: SchemaTyper, find: Callable[[str], Any]) -> list[WarnCall] | None:
        """The warnings of the last run's component pass, its state now `typer`'s; None when
        there is none under `key` (`typer` is then untouched)."""
        if not self.reuse:
            return None
        try:
            data = verified(self.path.read_bytes())
            found = None if data is None else pickle.loads(data)  # noqa: S301 - signed on this machine (see `signing`)
        except Exception:  # noqa: BLE001 - missing, damaged, or from another version: type the components
            return None
        if not isinstance(found, dict) or found.get("key") != key or not typer.resume(found["state"], find):
            return None
        warnings: list[WarnCall] = found["warnings"]
        self.taken = True
        digests: dict[str, str] = found["digests"]
        self.digests = {id(model): (model, digests[uri]) for uri, model in typer.models.items() if uri in digests}
        return warnings

    def keep(self, key: str, typer: SchemaTyper, warnings: list[WarnCall], resolver: RefResolver, find: Callable[[str], Any]) -> None:
        """Hold this run's component pass for `save`, unless it read outside the components."""
        inside = f"{resolver.root.uri}#/components/"
        if len(resolver.documents) > 1 or any(not target.startswith(inside) for target in resolver.targets()):
            return
        state = typer.state(find)
        if state is not None:
            digests = {uri: repr_digest(model) for uri, model in typer.models.items()}  # for `render.reuse` keys, this run's and the next's
            self.digests = {id(model): (model, digests[uri]) for uri, model in typer.models.items()}
            self.pending = signed(pickling.dumps({"key": key, "state": state, "warnings": warnings, "digests": digests}))

    def save(self) -> None:
        """Write what `keep` held (after a run that wrote its files)."""
        from ..state import atomic_write

        if self.pending is not None:
            atomic_write(self.path, self.pending, private=True)


def data_bytes(value: Any) -> bytes | None:
    """Bytes that only equal data (a parsed document's dicts, lists and scalars) gives: marshal's
    version 2, which writes values alone (later versions also write which objects are shared, and
    how they are referred to), in a sixth of JSON's time; else JSON text (`repr` for YAML's dates
    and such), each after its own tag byte. None for data that refers to itself (YAML)."""
    try:
        return b"m" + marshal.dumps(value, 2)
    except ValueError:  # a value of another type (a YAML date), or nested too deep for marshal
        pass
    try:
        return b"j" + json.dumps(value, ensure_ascii=False, default=repr).encode("utf-8", "surrogatepass")
    except (TypeError, ValueError, RecursionError):  # a YAML document that refers to itself
        return None


@contextmanager
def recorded(typer: SchemaTyper) -> Iterator[list[WarnCall]]:
    """The warnings `typer` gives meanwhile, each also given as before."""
    calls: list[WarnCall] = []
    given = typer.warn

    def warn(message: str, pointer: str | None = None, base: str | None = None) -> None:
        calls.append((message, pointer, base))
        given(message, pointer, base)

    typer.warn = warn
    try:
        yield calls
    finally:
        typer.warn = given


def finder(spec: dict[str, Any], root: str) -> Callable[[str], Any]:
    """The value at a URI of the root document (`root`), or None: a `$ref` target (its pointer
    percent-encoded) or a URI the typer made (a plain pointer)."""

    def walk(pointer: str) -> Any:
        node: Any = spec
        for segment in pointer.split("/")[1:] if pointer else ():
            key = segment.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                return None
        return node

    split = root_splitter(root)

    def find(uri: str) -> Any:
        base, pointer = split(uri)
        if base != root:
            return None
        found = walk(pointer)
        return found if found is not None or "%" not in pointer else walk(unquote(pointer))

    return find


def root_splitter(root: str) -> Callable[[str], tuple[str, str]]:
    """`split_uri`, at once for a URI of the document `root`: `root` + "#" + a pointer splits off
    there, as `split_uri` splits it when `root` round-trips as it is and the URI holds no tab or
    line break (which it drops). Taking up the caches finds thousands of URIs, and `split_uri`
    takes a hundredth of a millisecond each."""
    prefix = root + "#"
    if split_uri(prefix + "/") != (root, "/"):
        return split_uri

    def split(uri: str) -> tuple[str, str]:
        if uri.startswith(prefix) and "\t" not in uri and "\n" not in uri and "\r" not in uri:
            return root, uri[len(prefix) :]
        return split_uri(uri)

    return split
