"""`$ref` resolution over one or more local files, built on `referencing`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urldefrag, urljoin, urlparse

from ..errors import SpecError
from .document import Document, load_document
from .swagger2 import upgrade_fragment

if TYPE_CHECKING:
    from referencing import Resource
    from referencing._core import Resolver


@lru_cache(maxsize=1 << 16)
def split_uri(uri: str) -> tuple[str, str]:
    """(document URI, fragment): `urldefrag`, remembered, since the IR builder splits the
    same `$ref` targets again and again."""
    url, fragment = urldefrag(uri)
    return url, fragment


_NOT_SCHEMAS = frozenset(("example", "examples", "enum", "const", "default"))  # values, never schemas


def _identified_schemas(node: Any, base: str) -> list[tuple[str, Resource[Any]]]:
    """Schemas with an `$id` (OpenAPI 3.1) are resources of their own, with their `$anchor`s."""
    from referencing import Resource
    from referencing.jsonschema import DRAFT202012

    found: list[tuple[str, Resource[Any]]] = []
    stack = [(node, base)]
    while stack:
        item, item_base = stack.pop()
        if isinstance(item, dict):
            ident = item.get("$id")
            if isinstance(ident, str) and ident:
                item_base = urljoin(item_base, ident)
                found.append((urldefrag(item_base).url, Resource.from_contents(item, default_specification=DRAFT202012)))
            stack.extend((v, item_base) for k, v in item.items() if isinstance(v, (dict, list)) and k not in _NOT_SCHEMAS)
        elif isinstance(item, list):
            stack.extend((v, item_base) for v in item if isinstance(v, (dict, list)))
    return found


class RefResolver:
    """Resolves `$ref`s relative to the file they appear in.

    Local files below the root spec's folder are read on demand; files outside it and
    URLs are refused unless allowed, since a spec is untrusted input.
    """

    def __init__(self, root: Document, *, allow_outside: bool = False, swagger2: bool = False) -> None:
        self.root = root
        self.swagger2 = swagger2  # files referenced by a Swagger 2.0 spec are upgraded as they are read
        self.root_dir = root.path.resolve().parent
        self.allow_outside = allow_outside
        self.documents: dict[str, Document] = {root.uri: root}
        self._found: dict[tuple[str, str], tuple[Any, str]] = {}  # (ref, base) -> what `lookup` found
        self._root_uri = root.uri
        self._registry_resolver: Resolver[Any] | None = None
        if root.identified:  # `$id`s: only `referencing` finds what those URIs name
            self._resolver()

    def _resolver(self) -> Resolver[Any]:
        """The `referencing` resolver, made when a `$ref` first needs it: most specs' `$ref`s are
        JSON pointers into files already read, which `_local` follows without it."""
        if self._registry_resolver is None:
            from referencing import Registry, Resource

            registry: Registry[Any] = Registry(retrieve=self._retrieve)  # type: ignore[call-arg]
            registry = registry.with_resource(self._root_uri, Resource.opaque(self.root.data))
            if self.root.identified:  # a walk over the whole document (a tenth of a second on GitHub's)
                registry = registry.with_resources(_identified_schemas(self.root.data, self._root_uri))
            self._registry_resolver = registry.crawl().resolver(self._root_uri)
        return self._registry_resolver

    def _retrieve(self, uri: str) -> Resource[Any]:
        from referencing import Resource
        from referencing.exceptions import NoSuchResource

        parsed = urlparse(uri)
        if parsed.scheme != "file" or parsed.netloc not in ("", "localhost"):  # `//host/x.yaml` is remote too
            raise NoSuchResource(ref=uri)  # type: ignore[call-arg]
        path = Path(unquote(parsed.path))
        if not path.exists() or (not self.allow_outside and not path.resolve().is_relative_to(self.root_dir)):
            raise NoSuchResource(ref=uri)  # type: ignore[call-arg]
        known = self.documents.get(uri)
        if known is not None:  # the registry asks again for each lookup: read every file once
            return Resource.opaque(known.data)
        doc = load_document(path)
        if self.swagger2:
            doc.swagger2, doc.data = doc.data, upgrade_fragment(doc.data)
        self.documents[uri] = doc
        return Resource.opaque(doc.data)

    def target(self, ref: str, base: str) -> str:
        """The absolute URI (with fragment) a `$ref` written in `base` points to."""
        if ref[:2] == "#/" and base.startswith("file:///") and "#" not in base and "?" not in base:
            return base + ref  # what urljoin makes of a fragment, without parsing the base again
        return urljoin(base, ref)

    def _local(self, target: str) -> tuple[bool, Any]:
        """(True, the value) a JSON pointer names in a document already read and without `$id`s,
        as `referencing` would find it; (False, None) for anything else (it then decides, or
        explains why it fails)."""
        url, fragment = split_uri(target)
        doc = self.documents.get(url)
        if doc is None or doc.identified or (fragment and not fragment.startswith("/")):
            return False, None
        contents = doc.data
        if fragment:
            for segment in unquote(fragment[1:]).split("/"):
                if type(contents) is not dict:  # into a list (or through a scalar): the general way
                    return False, None
                key = segment.replace("~1", "/").replace("~0", "~")
                if key not in contents:
                    return False, None
                contents = contents[key]
        return True, contents

    def lookup(self, ref: str, base: str, *, pointer: str = "") -> tuple[Any, str]:
        """Return (contents, absolute target URI) for `ref` written in document `base`.

        The IR builder follows the same `$ref`s many times: each is resolved once (the
        documents do not change meanwhile); a failure raises again every time."""
        found = self._found.get((ref, base))
        if found is None:
            found = self._found[(ref, base)] = self._lookup(ref, base, pointer)
        return found

    def _lookup(self, ref: str, base: str, pointer: str) -> tuple[Any, str]:
        target = self.target(ref, base)
        known, contents = self._local(target)
        if known:
            return contents, target
        from referencing.exceptions import NoSuchResource, PointerToNowhere, Unresolvable

        try:
            resolved = self._resolver().lookup(target)
        except (PointerToNowhere, NoSuchResource, Unresolvable, TypeError, ValueError) as exc:  # a pointer through a scalar: TypeError
            doc = self.documents.get(urldefrag(base).url, self.root)
            cause = exc.__cause__
            while cause is not None and not isinstance(cause, SpecError):
                cause = cause.__cause__
            if cause is not None:  # the referenced file itself is broken
                cause.details = (*cause.details, f"referenced from {doc.path}:{doc.line_of(pointer)} at {pointer or '/'}")
                raise cause from None
            why = "points to nothing"
            parsed = urlparse(target)
            if parsed.scheme not in ("file", "") or parsed.netloc not in ("", "localhost"):
                why = "is a URL; remote references are not fetched"
            elif isinstance(exc, NoSuchResource) or urldefrag(target).url not in self.documents:
                file = Path(unquote(parsed.path))
                if not self.allow_outside and not file.resolve().is_relative_to(self.root_dir):
                    why = "points outside the spec's folder"
                elif not file.exists():
                    why = f"points to a missing file ({file.name})"
            raise SpecError(
                f"$ref {ref!r} {why}",
                file=str(doc.path),
                pointer=pointer,
                line=doc.line_of(pointer),
            ) from None
        return resolved.contents, target

    def targets(self) -> list[str]:
        """The absolute URI of every `$ref` target looked up so far."""
        return [target for _, target in self._found.values()]

    def document(self, uri: str) -> Document:
        return self.documents.get(urldefrag(uri).url, self.root)
