"""Spec text can never escape the literal, docstring, comment or table cell it lands in."""

from __future__ import annotations

import ast

from hypothesis import given, settings
from hypothesis import strategies as st

from clientgen.render.filters import comment, docstring, header_value, md_cell, pystr

NASTY = st.text(alphabet=st.sampled_from(list('"\'\\\n\r\t#{}%|<>`x\x00\x0b\u2028 ')), max_size=40) | st.text(max_size=40)


def squash(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=400, deadline=None)
@given(NASTY)
def test_docstring_is_one_string_with_the_same_text(text: str) -> None:
    for indent in ("", "    "):
        tree = ast.parse(f"def f():\n    {docstring(text, indent)}\n")
        body = tree.body[0].body  # type: ignore[attr-defined]
        assert len(body) == 1 and isinstance(body[0].value, ast.Constant)
        assert squash(body[0].value.value) == squash(text)


@settings(max_examples=400, deadline=None)
@given(NASTY)
def test_pystr_round_trips(text: str) -> None:
    assert ast.literal_eval(pystr(text)) == text


@settings(max_examples=200, deadline=None)
@given(NASTY)
def test_comment_stays_on_one_line(text: str) -> None:
    assert "\n" not in comment(text) and "\r" not in comment(text)
    tree = ast.parse(f"x = 1  # {comment(text)}\n")
    assert len(tree.body) == 1


@settings(max_examples=200, deadline=None)
@given(NASTY)
def test_markdown_cell_cannot_split_a_table_row(text: str) -> None:
    cell = md_cell(text)
    assert "\n" not in cell and "<" not in cell
    assert cell.count("|") == cell.count("\\|")


@settings(max_examples=200, deadline=None)
@given(NASTY)
def test_header_value_is_one_line_of_printable_ascii(text: str) -> None:
    value = header_value(text)
    assert all(" " <= c <= "~" for c in value)
    assert value == " ".join(value.split())  # no leading, trailing or doubled spaces either
