"""PyYAML's safe loader with the limits an untrusted spec needs (depth, what aliases expand to)
and the JSON data model (`2024-01-01` stays a string). A module of its own, imported only when a
YAML file is read: PyYAML takes a few hundredths of a second to import, and most specs are JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.events import Event
from yaml.nodes import MappingNode, Node, SequenceNode

from ..errors import SpecError
from .document import MAX_ALIASED, MAX_DEPTH  # imported from there, once it is loaded

try:  # the C loader is 5-10x faster; fall back where libyaml is missing
    _Base: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Base = yaml.SafeLoader


class _Anchors(dict[str, Node]):
    """A YAML document's anchors, counting what the aliases to them expand to.

    An alias shares its anchor's node rather than copying it, so a "billion laughs" document
    loads at once, and then any walk over it never ends.
    """

    def __init__(self) -> None:
        super().__init__()
        self.expanded = 0
        self._sizes: dict[int, int] = {}

    def __getitem__(self, anchor: str) -> Node:  # the composer reads an anchor only for an alias
        node = super().__getitem__(anchor)
        line = node.start_mark.line + 1 if node.start_mark else None
        if node.end_mark is None:  # still being composed
            raise SpecError(f"YAML alias *{anchor} is inside its own anchor (a recursive document)", line=line)
        self.expanded += self._size(node)
        if self.expanded > MAX_ALIASED:
            raise SpecError(f"YAML aliases expand to more than {MAX_ALIASED:,} values by *{anchor}, anchored here (a \"billion laughs\" document?)", line=line)
        return node

    def _size(self, node: Node) -> int:
        """Nodes in `node`, an aliased node counting each time it occurs (memoised, so recursion
        stays within the document's written depth)."""
        size = self._sizes.get(id(node))
        if size is None:
            children = node.value if isinstance(node, SequenceNode) else [n for pair in node.value for n in pair] if isinstance(node, MappingNode) else []
            size = self._sizes[id(node)] = 1 + sum(self._size(child) for child in children)
        return size


class _Composer(Composer):
    """PyYAML's composer with limits: depth (libyaml's own composer recurses in C and crashes
    the interpreter at about 25,000 levels) and what aliases expand to. It reads the C
    parser's events and is as fast as libyaml's composer."""

    peek_event: Callable[[], Event]  # the parser's, which this is mixed with

    def __init__(self) -> None:
        Composer.__init__(self)
        self.anchors: dict[Any, Node] = _Anchors()
        self._depth = 0

    def _enter(self) -> None:
        self._depth += 1
        if self._depth > MAX_DEPTH:
            mark = self.peek_event().start_mark
            raise SpecError(f"nested more than {MAX_DEPTH} levels deep", line=mark.line + 1 if mark else None)

    def compose_sequence_node(self, anchor: Any) -> SequenceNode:
        self._enter()
        node = super().compose_sequence_node(anchor)
        self._depth -= 1
        return node

    def compose_mapping_node(self, anchor: Any) -> MappingNode:
        self._enter()
        node = super().compose_mapping_node(anchor)
        self._depth -= 1
        return node


class Loader(_Composer, _Base):  # type: ignore[misc]
    """A safe loader for the JSON data model: `2024-01-01` stays a string, not a date."""

    def __init__(self, stream: str) -> None:
        _Base.__init__(self, stream)
        _Composer.__init__(self)


Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
