"""Root-relative Markdown links in descriptions (`[guide](/docs/x)`), made absolute.

A generated docstring or docs page is read far from the API's own site, where `/docs/x`
leads nowhere. When the spec says where its site is (an absolute http(s) `externalDocs.url`,
else the first server's URL), such links are resolved against that origin; otherwise they
are left as they are.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
import urllib.parse
from collections.abc import Iterable
from typing import Any, TypeVar

from .typeref import TypeRef

T = TypeVar("T")
_LINK = re.compile(r"(\]\(\s*)(/(?!/)[^)\s]*)")


def link_base(spec: dict[str, Any], server_urls: list[str]) -> str | None:
    """The origin (`https://host`) root-relative links resolve against, if the spec names one."""
    docs = spec.get("externalDocs")
    candidates = [docs.get("url") if isinstance(docs, dict) else None, *server_urls[:1]]
    for url in candidates:
        if not isinstance(url, str):
            continue
        parts = urllib.parse.urlsplit(url.strip())
        if parts.scheme in ("http", "https") and parts.netloc and "{" not in parts.netloc:
            return f"{parts.scheme}://{parts.netloc}"
    return None


def absolute_links(text: str, base: str) -> str:
    """`text` with every `](/path)` link target prefixed by `base`."""
    return _LINK.sub(lambda m: m.group(1) + base + m.group(2), text)


def with_absolute_links(node: T, base: str | None, unchanged: Iterable[object] = ()) -> T:
    """A copy of an IR tree whose `description` fields have absolute links (`node` if none change);
    the nodes in `unchanged` are known to hold no root-relative link (see `unchanged_of`)."""
    return node if base is None else _Rewriter(base, unchanged).rewrite(node)


def unchanged_of(node: T, base: str | None, nodes: Iterable[object], unchanged: Iterable[object] = ()) -> tuple[T, list[object]]:
    """`with_absolute_links(node, base, unchanged)`, and which of `nodes` it left as they were: those
    hold no root-relative link, whatever the base (a link found is always rewritten), so a later
    build may pass them as `unchanged` when it has them again."""
    if base is None:
        return node, []
    rewriter = _Rewriter(base, unchanged)
    rewritten: T = rewriter.rewrite(node)
    return rewritten, [n for n in nodes if rewriter.done.get(id(n)) is n]


class _Rewriter:
    """One walk of an IR tree. The tree shares nodes (a type, a field, a model referenced in many
    places): each is rewritten once. The IR of a large spec has a million nodes, most of them
    shared, strings and numbers; generic `dataclasses.fields` calls on each took a second."""

    def __init__(self, base: str, unchanged: Iterable[object] = ()) -> None:
        self.base = base
        self.done: dict[int, Any] = {id(n): n for n in unchanged}  # id of a node of the (alive, unchanged) input -> its rewrite

    def rewrite(self, node: Any) -> Any:
        cls = type(node)
        if cls in _LEAVES:
            return node
        key = id(node)
        if key in self.done:
            return self.done[key]
        if cls is tuple:
            items = tuple(item if type(item) in _LEAVES else self.rewrite(item) for item in node)
            new = node if all(a is b for a, b in zip(items, node, strict=True)) else items
        else:
            new = self._dataclass(node, _fields_of(cls))
        self.done[key] = new
        return new

    def _dataclass(self, node: Any, fields: tuple[str, ...] | None) -> Any:
        if fields is None:  # not a dataclass (or a class object): left as it is
            return node
        changes: dict[str, Any] = {}
        for name in fields:
            value = getattr(node, name)
            if type(value) in _LEAVES:  # most values (None, a name): nothing to walk into
                if name == "description" and type(value) is str and "](" in value:  # the link's opening
                    new = absolute_links(value, self.base)
                    if new != value:
                        changes[name] = new
                continue
            new = self.rewrite(value)
            if new is not value:
                changes[name] = new
        return dataclasses.replace(node, **changes) if changes else node


_LEAVES = frozenset({str, int, float, bool, bytes, type(None), TypeRef})  # a type holds no description
_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _fields_of(cls: type) -> tuple[str, ...] | None:
    """The init fields of a dataclass type that may need rewriting: its `description`, and those
    whose declared type can reach one (a type, say, holds none, and is never walked into); None
    for a type that is no dataclass."""
    if cls not in _FIELDS:
        if not dataclasses.is_dataclass(cls) or issubclass(cls, type):
            _FIELDS[cls] = None
        else:
            _FIELDS[cls] = ("description",)  # while its own fields are looked at: a cycle back here may reach one
            try:
                hints = typing.get_type_hints(cls)
            except (NameError, TypeError):  # unresolvable annotations: every field is walked
                hints = {}
            _FIELDS[cls] = tuple(
                f.name
                for f in dataclasses.fields(cls)
                if f.init and (f.name == "description" or f.name not in hints or _may_hold_nodes(hints[f.name]))
            )
    return _FIELDS[cls]


def _may_hold_nodes(hint: Any) -> bool:
    """Whether a value of the declared type can hold a description the walk rewrites (a dataclass
    with one, or a tuple of them). Scalars, literals and tuples of them cannot, nor can dataclasses
    whose fields cannot; nor can dicts and lists, which the walk does not enter. `Any` and every
    other type may."""
    if hint in _LEAVES:
        return False
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return bool(_fields_of(hint))
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Literal or origin in (dict, list, set, frozenset):
        return False
    if origin in (typing.Union, types.UnionType, tuple):
        return any(_may_hold_nodes(a) for a in args if a is not Ellipsis)
    return True
