"""generator/render/call_layout.py lays out the SDK tests' long call statements without black;
what it writes must be what black writes, for any data the spec's samples may hold.

Statements of the shapes the templates write (`mock.respond(...)` with a sample body,
`result = call(lambda client: ...)`, `return [await] self._client._request(...)`, `__all__ =
[...]`) are made from random JSON values, names and indents, and each is laid out both ways.
"""

from __future__ import annotations

import keyword
import string
from typing import Any

import black
from hypothesis import given, settings
from hypothesis import strategies as st

from clientgen.render.call_layout import call_layout
from clientgen.render.layout import LINE_LENGTH, _fits, black_mode
from clientgen.render.literals import py_literal

_NAMES = st.text(string.ascii_lowercase + "_", min_size=1, max_size=40).filter(lambda s: s.isidentifier() and not keyword.iskeyword(s))
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=70)
_SCALARS = st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.floats(allow_nan=False, allow_infinity=False) | _TEXT
_JSON = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=6) | st.dictionaries(_TEXT, inner, max_size=6), max_leaves=40)


def _black(statement: str, indent: int) -> str:
    formatted = black.format_str(statement + "\n", mode=black_mode(LINE_LENGTH - indent)).rstrip("\n")
    return "\n".join(" " * indent + line if line else line for line in formatted.split("\n"))


def _check(statement: str, indent: int) -> None:
    got = call_layout(" " * indent + statement, _fits)
    assert got is not None, statement  # every shape here is one the rule knows
    assert got == _black(statement, indent)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([0, 4, 8]), st.integers(100, 599), _JSON)
def test_mock_response_with_any_body(indent: int, status: int, body: Any) -> None:
    _check(f'mock.respond({status}, "application/json", {py_literal(body)})', indent)


@settings(max_examples=150, deadline=None)
@given(_NAMES, _NAMES, st.lists(st.tuples(_NAMES, _JSON), max_size=6, unique_by=lambda kv: kv[0]))
def test_call_through_a_lambda_with_any_arguments(group: str, method: str, args: list[tuple[str, Any]]) -> None:
    keywords = ", ".join(f"{name}={py_literal(value)}" for name, value in args)
    _check(f"result = call(lambda client: client.{group}.{method}({keywords}))", 4)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["", "await "]), st.from_regex(r"_[A-Z][A-Z_]{0,90}", fullmatch=True), st.sampled_from([4, 8]))
def test_return_of_a_request(awaited: str, constant: str, indent: int) -> None:
    _check(f"return {awaited}self._client._request({constant}, locals())", indent)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.from_regex(r"[A-Z][A-Za-z0-9]{0,60}", fullmatch=True), min_size=1, max_size=30))
def test_all_list(names: list[str]) -> None:
    _check(f"__all__ = [{', '.join(py_literal(n) for n in names)}]", 0)


def test_other_statements_are_left_to_black() -> None:
    long = "x" * 90
    for statement in (
        f"_response: ApiResponse[Thing] = self._client._request(_{long.upper()}, locals())[0]",  # a trailer after the call
        f'mock.respond(200, "application/json", {{"a": 1}})  # {long}',  # a comment
        f"result = call(lambda client, other: client.g.op(a={long!r}))",
        f"value = compute(*args, {long}=1)",
        f"value = (lambda: 1)({long}=1)",
    ):
        assert call_layout(statement, _fits) is None, statement
