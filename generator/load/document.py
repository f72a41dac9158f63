"""Parse YAML or JSON files, keeping a way back from a JSON pointer to a line number."""

from __future__ import annotations

import codecs
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import SpecError, pointer_join, pointer_split
from ..heap import paused_collections

MAX_SPEC_BYTES = 256 * 1024 * 1024
MAX_DEPTH = 128  # nesting of mappings and lists; real specs stay under 30
MAX_ALIASED = 1_000_000  # values YAML aliases may stand for in all; real specs use a few hundred
MAX_STRING = 1_000_000  # characters in one string or key; real specs stay under 20,000


@dataclass
class Document:
    """One parsed file of a spec: its content and where it came from."""

    path: Path
    text: str
    data: Any
    digest: str = ""  # sha256 of the file's bytes
    swagger2: Any = None  # a Swagger 2.0 file's own data, once `data` holds its 3.0 upgrade
    identified: bool = True  # whether a mapping in `data` may have an `$id` (False: no schema is a resource of its own)
    _nodes: Any = field(default=None, repr=False)

    @property
    def uri(self) -> str:
        return self.path.resolve().as_uri()

    def line_of(self, pointer: str) -> int | None:
        """1-based line of the value at `pointer`, or of its nearest existing parent."""
        import yaml

        from .yaml_loader import Loader

        try:
            if self._nodes is None:
                self._nodes = yaml.compose(self.text, Loader=Loader)
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
    """The data in `text`; a SpecError (its file not yet set) if it is unreadable or too big."""
    return _parse_text(text, path)[0]


def _parse_text(text: str, path: Path) -> tuple[Any, bool]:
    """`parse_text`'s data, and whether a mapping in it has an `$id` key."""
    try:
        with paused_collections():  # parsing makes no reference cycles, but so many objects that collecting takes 2/3 of the time
            data = _parse(text, path)
            identified = _normalise(data)
    except RecursionError:  # json's C decoder stops at the interpreter's recursion limit
        raise SpecError(f"nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as exc:  # an integer of more than 4,300 digits
        raise SpecError(f"unreadable value: {str(exc).split(';')[0]}") from None
    return data, identified


def _parse(text: str, path: Path) -> Any:
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(f"invalid JSON: {exc.msg}", line=exc.lineno) from None
    import yaml

    from .yaml_loader import Loader

    try:
        return yaml.load(text, Loader=Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "unreadable"
        if exc.problem and exc.context and exc.context_mark is not None:  # e.g. where a duplicate anchor was first
            problem += f" ({exc.context} on line {exc.context_mark.line + 1})"
        if "nesting depth" in problem:  # libyaml's own limit (PyYAML >= 6.0.4) struck before the composer's
            raise SpecError(f"nested more than {MAX_DEPTH} levels deep", line=mark.line + 1 if mark is not None else None) from None
        if mark is not None and text[mark.index : mark.index + 1] == "\t":
            problem += "; YAML indents with spaces, not tabs"
        raise SpecError(f"invalid YAML: {problem}", line=mark.line + 1 if mark is not None else None) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise SpecError(f"invalid YAML: control character U+{code:04X} is not allowed", line=line) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {exc}") from None


def _normalise(data: Any) -> bool:
    """Refuse strings longer than MAX_STRING and nesting deeper than MAX_DEPTH (YAML's composer
    keeps that limit already, but aliases can add depth), naming where; and make every key a
    string, as in JSON (YAML reads `200:` as a number and `null:` as None). Whether a mapping has
    an `$id` key comes back: the reference resolver need not look for `$id`s where none is."""
    stack: list[tuple[Any, int, Any]] = [(data, 1, ())] if isinstance(data, (dict, list)) else []
    identified = False
    while stack:
        node, depth, trail = stack.pop()
        is_dict = type(node) is dict
        if is_dict and "$id" in node:
            identified = True
        odd_keys = False
        for key, value in node.items() if is_dict else enumerate(node):
            if is_dict:
                if type(key) is not str:
                    odd_keys = True
                elif len(key) > MAX_STRING:
                    raise SpecError(f"a key of {len(key):,} characters (the limit is {MAX_STRING:,})", pointer=pointer_join(*_keys(trail)))
            kind = type(value)
            if kind is str and len(value) > MAX_STRING:
                raise SpecError(f"a string of {len(value):,} characters (the limit is {MAX_STRING:,})", pointer=pointer_join(*_keys((trail, key))))
            if kind is dict or kind is list:
                if depth >= MAX_DEPTH:  # where the deep part starts, not all its steps
                    raise SpecError(f"nests more than {MAX_DEPTH} levels deep", pointer=pointer_join(*_keys(trail)[:3]))
                stack.append((value, depth + 1, (trail, key)))
        if odd_keys:
            keyed = {k if type(k) is str else _json_key(k): v for k, v in node.items()}
            node.clear()
            node.update(keyed)
    return identified


def _json_key(key: Any) -> str:
    return json.dumps(key) if key is None or isinstance(key, (bool, int, float)) else str(key)


def _keys(trail: Any) -> list[str | int]:
    """The keys of a (parent trail, key) chain, from the root down."""
    keys = []
    while trail:
        trail, key = trail
        keys.append(key)
    return keys[::-1]


_DELIMITERS = (b'"', b"\n", b"'", b"\\")  # bytes that may end, escape or fold a string
_MARKER = "clientgen-huge-string-2f6c1a"
_MARGIN = 64  # bytes left at each end of a long run: indentation and folded spaces are not characters


def _huge_string(raw: bytes, path: Path) -> SpecError | None:
    """A string or key longer than MAX_STRING found without parsing the whole file, which would
    hold the text several times over (raw bytes, decoded text, the parser's copies): the common
    case of one long run of bytes without quotes, newlines or backslashes. The run's middle is
    replaced by a marker, the rest parsed, and the marker's string reported with its true length.
    None when there is no such run or the marker does not land in a string (then parsing decides)."""
    block = MAX_STRING // 2  # any run longer than MAX_STRING holds a whole aligned block this long
    for start in range(0, len(raw) - block + 1, block):
        end = start + block
        if any(raw.find(d, start, end) != -1 for d in _DELIMITERS):
            continue
        low = max(raw.rfind(d, 0, start) for d in _DELIMITERS) + 1
        high = min((i for i in (raw.find(d, end) for d in _DELIMITERS) if i != -1), default=len(raw))
        if high - low > MAX_STRING:
            return _report_run(raw, path, low + _MARGIN, high - _MARGIN)
    return None


def _report_run(raw: bytes, path: Path, start: int, end: int) -> SpecError | None:
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    view = memoryview(raw)
    chars = sum(len(decoder.decode(view[i : min(end, i + 2**20)])) for i in range(start, end, 2**20))
    try:
        text = (raw[:start] + _MARKER.encode() + raw[end:]).decode("utf-8-sig")
        data = parse_text(text, path)
    except (SpecError, UnicodeDecodeError):
        return None
    found = _find_marker(data, ())
    if found is None:
        return None
    trail, value, is_key = found
    length = len(value) - len(_MARKER) + chars
    if length <= MAX_STRING:
        return None
    what = "key" if is_key else "string"
    pointer = pointer_join(*_keys(trail))
    return SpecError(f"a {what} of {length:,} characters (the limit is {MAX_STRING:,})", pointer=pointer, line=Document(path, text, data).line_of(pointer))


def _find_marker(node: Any, trail: Any) -> tuple[Any, str, bool] | None:
    """(trail, the string, whether it is a key) of the string holding `_MARKER`."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        if isinstance(key, str) and _MARKER in key:
            return trail, key, True
        if isinstance(value, str) and _MARKER in value:
            return (trail, key), value, False
        found = _find_marker(value, (trail, key))
        if found is not None:
            return found
    return None


def load_document(path: Path) -> Document:
    """Read and parse one file; every failure becomes a SpecError naming the file."""
    name = str(path)
    try:
        if path.is_dir():
            raise SpecError("is a directory, not a spec file", file=name)
        if path.stat().st_size > MAX_SPEC_BYTES:
            raise SpecError(f"file is larger than {MAX_SPEC_BYTES // 2**20} MB", file=name)
        with path.open("rb") as file:  # bounded too: the path may be a pipe or a device
            raw = file.read(MAX_SPEC_BYTES + 1)
    except FileNotFoundError:
        raise SpecError("file not found", file=name) from None
    except OSError as exc:
        raise SpecError(f"cannot read file: {exc.strerror}", file=name) from None
    if len(raw) > MAX_SPEC_BYTES:
        raise SpecError(f"file is larger than {MAX_SPEC_BYTES // 2**20} MB", file=name)
    huge = _huge_string(raw, path)
    if huge is not None:
        huge.file = name
        raise huge
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise SpecError(f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})", file=name, line=line) from None
    if not text or text.isspace():  # not `strip()`, which copies the whole text
        raise SpecError("file is empty", file=name)
    doc = Document(path=path, text=text, data=None, digest=hashlib.sha256(raw).hexdigest())
    try:
        doc.data, doc.identified = _parse_text(text, path)
    except SpecError as exc:
        exc.file = name
        if exc.line is None and exc.pointer is not None:
            exc.line = doc.line_of(exc.pointer)
        raise
    return doc
