"""Escaping filters. Every spec string reaches generated code through one of these."""

from __future__ import annotations

import functools
import json
import re
import textwrap
from typing import Any

from .literals import py_literal, py_str

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


def pystr(value: Any) -> str:
    """A Python string literal with exactly this text, quoted as black quotes (the text never gets out)."""
    return py_str(str(value))


def pyrepr(value: Any) -> str:
    """A Python literal for a JSON-like value."""
    return py_literal(value)


def _dedent_tail(lines: list[str]) -> list[str]:
    """Black's docstring rule: leading tabs expanded, lines after the first lose their common indent."""
    lines = [line[: len(line) - len(line.lstrip())].expandtabs() + line.lstrip() for line in lines]
    margin = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()), default=0)
    return [lines[0].strip()] + [line[margin:] for line in lines[1:]]


DOCSTRING_WIDTH = 88  # black's line length: docstring lines are wrapped to fit in it
_FENCE = re.compile(r"\s*(```|~~~)")
_HANGING = re.compile(r"(\s*)([-*+]\s+|[0-9]{1,3}[.)]\s+)?")  # indent and list marker
_WRAPPABLE = re.compile(r"[^\x00-\x1f\x7f]*")  # textwrap would treat \v and \f as spaces


def _wrap(text: str, width: int) -> str:
    """Long prose lines wrapped at `width`; fenced and indented code, tables, headings and
    lines with control characters kept as they are, and no word (a URL) broken."""
    out: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        stripped = line.lstrip()
        keep = fenced or len(line) <= width or line.startswith(("    ", "\t")) or stripped.startswith(("|", "#", ">"))
        if keep or not _WRAPPABLE.fullmatch(line):
            out.append(line)
            continue
        match = _HANGING.match(line)
        assert match is not None
        lead, marker = match.group(1), match.group(2) or ""
        out.extend(
            textwrap.wrap(
                line,
                width=width,
                subsequent_indent=lead + " " * len(marker),
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [line]
        )
    return "\n".join(out)


def docstring(value: Any, indent: str = "", attribute: bool = False) -> str:
    """A complete triple-quoted docstring whose content cannot end the string early.

    A module's, class's or function's docstring is written as black writes docstrings; an
    `attribute` docstring (a string after a statement) is one black leaves alone. Long prose
    lines are wrapped to fit in DOCSTRING_WIDTH with the indent and the opening quotes.
    """
    return _docstring(str(value), indent, attribute)


@functools.lru_cache(maxsize=8192)
def _docstring(value: str, indent: str, attribute: bool) -> str:
    """`docstring`: the same texts come back (GitHub's spec: 12,314 calls, 4,655 texts). Bounded:
    a process that generates many specs (a test run, a service) keeps only the recent ones."""
    text = value.strip().replace("\r\n", "\n").replace("\r", "\n")
    text = _wrap(text, max(40, DOCSTRING_WIDTH - len(indent) - 3))
    text = text.replace("\\", "\\\\")
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    if attribute:
        body = "\n".join(indent + line if line else "" for line in lines)[len(indent) :]
    else:
        lines = _dedent_tail(lines)
        body = "\n".join(indent + line if line else "" for line in lines)[len(indent) :]
    # escape quotes that could join others into a closing triple quote
    body = re.sub(r'"(?="|$)', r'\\"', body)
    if body.startswith('"') and not attribute:  # black pads a docstring that starts or ends with a quote
        body = " " + body
    if len(lines) > 1:
        body += "\n" + indent
    elif body.endswith('"') and not attribute:
        body += " "
    return f'"""{body}"""'


def comment(value: Any) -> str:
    """Text for a single `#` comment line: no newlines, no control characters."""
    return " ".join(_CONTROL.sub(" ", str(value)).split())


def md_cell(value: Any) -> str:
    """Text for one Markdown table cell: one line, pipes escaped, HTML neutralised."""
    text = " ".join(str(value).split())
    return md_inline(text).replace("|", "\\|")


def md_inline(value: Any) -> str:
    """Markdown text that cannot open HTML blocks or tags (links and emphasis are kept)."""
    return str(value).replace("<", "&lt;").replace(">", "&gt;")


def md_code(value: Any) -> str:
    """A code span for a Markdown table cell: one line, pipes escaped, fenced by more backticks
    than the text holds in a row (inside a code span `<` and `>` are literal)."""
    text = " ".join(str(value).split()).replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_block(value: Any) -> str:
    """A Markdown paragraph block from spec text: links kept, HTML and fences neutralised."""
    text = md_inline(str(value).strip()).replace("\r\n", "\n")
    return re.sub(r"^(\s*)(```|~~~)", r"\1\\\2", text, flags=re.MULTILINE)


def summary_line(value: Any, limit: int = 0) -> str:
    """The first sentence-ish line of a description."""
    text = " ".join(str(value).split())
    if limit and len(text) > limit:
        text = text[: limit - 3].rstrip() + "..."
    return text


def header_value(value: Any) -> str:
    """Text for an HTTP header value: one line of printable ASCII (anything else becomes `?`)."""
    return re.sub(r"[^\x20-\x7e]", "?", " ".join(str(value).split()))


_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _toml_char(ch: str) -> str:
    code = ord(ch)
    if ch in _TOML_ESCAPES:
        return _TOML_ESCAPES[ch]
    if code < 0x20 or code == 0x7F:  # TOML allows no other control character in a basic string
        return f"\\u{code:04X}"
    if 0xD800 <= code <= 0xDFFF:  # a lone surrogate (YAML can carry one) is no Unicode scalar value
        return "\\uFFFD"
    return ch


def toml_str(value: Any) -> str:
    """A TOML basic string with exactly this text (a lone surrogate becomes U+FFFD)."""
    return '"' + "".join(map(_toml_char, str(value))) + '"'


def json_compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


FILTERS = {
    "repr": repr,  # a literal as Python writes it, for data black leaves alone (`# fmt: off`)
    "pystr": pystr,
    "pyrepr": pyrepr,
    "docstring": docstring,
    "comment": comment,
    "md_cell": md_cell,
    "md_inline": md_inline,
    "md_block": md_block,
    "md_code": md_code,
    "summary_line": summary_line,
    "json_compact": json_compact,
    "header_value": header_value,
    "toml_str": toml_str,
}
