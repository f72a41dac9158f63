"""Parse YAML or JSON files, keeping a way back from a JSON pointer to a line number."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError, pointer_split

try:  # the C loader is 5-10x faster; fall back where libyaml is missing
    _Base: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Base = yaml.SafeLoader


class _Loader(_Base):  # type: ignore[misc]
    """A safe loader for the JSON data model: `2024-01-01` stays a string, not a date."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}

MAX_SPEC_BYTES = 256 * 1024 * 1024


@dataclass
class Document:
    """One parsed file of a spec: its content and where it came from."""

    path: Path
    text: str
    data: Any
    _nodes: Any = field(default=None, repr=False)

    @property
    def uri(self) -> str:
        return self.path.resolve().as_uri()

    def line_of(self, pointer: str) -> int | None:
        """1-based line of the value at `pointer`, or of its nearest existing parent."""
        try:
            if self._nodes is None:
                self._nodes = yaml.compose(self.text, Loader=_Loader)
            node = self._nodes
            for key in pointer_split(pointer):
                if isinstance(node, yaml.MappingNode):
                    node = next(v for k, v in node.value if k.value == key)
                elif isinstance(node, yaml.SequenceNode):
                    node = node.value[int(key)]
                else:
                    break
            return int(node.start_mark.line) + 1
        except Exception:  # best effort: a line number is a courtesy
            return None


def parse_text(text: str, path: Path) -> Any:
    name = str(path)
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(f"invalid JSON: {exc.msg}", file=name, line=exc.lineno) from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "unreadable"
        line = mark.line + 1 if mark is not None else None
        raise SpecError(f"invalid YAML: {problem}", file=name, line=line) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {exc}", file=name) from None


def load_document(path: Path) -> Document:
    """Read and parse one file; every failure becomes a SpecError naming the file."""
    name = str(path)
    try:
        if path.is_dir():
            raise SpecError("is a directory, not a spec file", file=name)
        size = path.stat().st_size
        if size > MAX_SPEC_BYTES:
            raise SpecError(f"file is too large ({size} bytes)", file=name)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SpecError("file not found", file=name) from None
    except OSError as exc:
        raise SpecError(f"cannot read file: {exc.strerror}", file=name) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError(f"not UTF-8 text (byte {exc.start})", file=name) from None
    if not text.strip():
        raise SpecError("file is empty", file=name)
    return Document(path=path, text=text, data=parse_text(text, path))
