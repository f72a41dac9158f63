"""The runtime's `_serialize` module (generator/runtime/_serialize.py), run as plain Python: the
rows of issue 18 and the spec's style examples, written out."""

from __future__ import annotations

from typing import Any

import pytest

from clientgen.runtime import _serialize as s

Style = s.Style
COLOR = ["blue", "black", "brown"]
RGB = {"R": 100, "G": 200, "B": 150}


@pytest.mark.parametrize(
    ("style", "explode", "value", "wire"),
    [  # OpenAPI 3.1.1, "Style Examples"
        ("simple", False, COLOR, "blue,black,brown"),
        ("simple", True, RGB, "R=100,G=200,B=150"),
        ("simple", False, RGB, "R,100,G,200,B,150"),
        ("label", False, "blue", ".blue"),
        ("label", True, COLOR, ".blue.black.brown"),
        ("label", False, COLOR, ".blue,black,brown"),
        ("label", True, RGB, ".R=100.G=200.B=150"),
        ("matrix", False, "blue", ";color=blue"),
        ("matrix", True, COLOR, ";color=blue;color=black;color=brown"),
        ("matrix", False, COLOR, ";color=blue,black,brown"),
        ("matrix", True, RGB, ";R=100;G=200;B=150"),
        ("matrix", False, RGB, ";color=R,100,G,200,B,150"),
        ("matrix", False, "", ";color"),
    ],
)
def test_path_styles(style: str, explode: bool, value: Any, wire: str) -> None:
    assert s.path_value("color", value, Style(style, explode)) == wire


@pytest.mark.parametrize(
    ("style", "explode", "value", "wire"),
    [
        ("form", False, ["available", "pending"], ["status=available,pending"]),  # issue 18, row 1
        ("pipeDelimited", False, ["a", "b"], ["status=a|b"]),
        ("spaceDelimited", False, ["a", "b"], ["status=a%20b"]),
        ("form", True, ["a", "b"], ["status=a", "status=b"]),
        ("form", True, {"name": "n", "photoUrls": "u"}, ["name=n", "photoUrls=u"]),
        ("form", False, RGB, ["status=R,100,G,200,B,150"]),
        ("deepObject", True, {"c": ["x", "y"]}, ["status[c]=x", "status[c]=y"]),
        ("deepObject", True, {"a": {"b": True}}, ["status[a][b]=true"]),
        ("form", True, [], []),
        ("form", False, [], ["status="]),
        ("form", True, "", ["status="]),
        ("form", False, ["a,b", "c"], ["status=a%2Cb,c"]),  # the delimiter stays; the value's comma is encoded
        ("form", True, "a b&c=d#e/f+g", ["status=a%20b%26c%3Dd%23e%2Ff%2Bg"]),
        ("form", True, "é", ["status=%C3%A9"]),
    ],
)
def test_query_styles(style: str, explode: bool, value: Any, wire: list[str]) -> None:
    assert s.query_pairs("status", value, Style(style, explode)) == wire


def test_allow_reserved_keeps_reserved_characters_but_not_query_structure() -> None:
    assert s.query_pairs("q", "a/b?c:d@e,f&g=h#i+j", Style("form", True, True)) == ["q=a/b?c:d@e,f%26g%3Dh%23i%2Bj"]
    assert s.query_pairs("q", "a/b", Style("form", True, False)) == ["q=a%2Fb"]


def test_content_typed_parameter_is_json_text() -> None:
    style = Style("form", True, False, "application/json")
    assert s.query_pairs("filter", {"a": [1, "x"]}, style) == ["filter=%7B%22a%22%3A%5B1%2C%22x%22%5D%7D"]


def test_header_and_cookie_arrays_and_objects() -> None:
    assert s.header_value("X-List", [">", "$"]) == ">,$"  # issue 18
    assert s.header_value("X-Obj", RGB, Style("simple", True)) == "R=100,G=200,B=150"
    assert s.cookie_pairs("a", [1, 2], Style("form", False)) == ["a=1,2"]
    assert s.cookie_pairs("o", {"role": "admin", "firstName": "Alex"}, Style("form", False)) == ["o=role,admin,firstName,Alex"]
    assert s.cookie_pairs("a", [1, 2], Style("form", True)) == ["a=1", "a=2"]


def test_a_cookie_value_cannot_add_a_cookie() -> None:
    """Issue 18: `a; b=c` went out raw, and the server saw a second cookie `b`."""
    pairs = s.cookie_pairs("s", "a; b=c")
    assert pairs == ["s=a%3B%20b%3Dc"]
    cookie_header = "; ".join(pairs)
    assert [p.partition("=")[0] for p in cookie_header.split("; ")] == ["s"]


@pytest.mark.parametrize("value", ["a\r\nX-Evil: 1", "a\nb", "a\x00", "é"])
def test_a_header_value_cannot_add_a_header(value: str) -> None:
    with pytest.raises(ValueError, match="header 'X-Name'"):
        s.header_value("X-Name", value)
    with pytest.raises(ValueError, match="header 'X-Name'"):
        s.header_value("X-Name", ["ok", value])


def test_path_value_cannot_climb_or_split() -> None:
    assert s.path_value("id", "..") == "%2E%2E"
    assert s.path_value("id", "a/b?c#d") == "a%2Fb%3Fc%23d"
    assert s.path_value("id", [1, 2]) == "1,2"  # issue 18: not /items/%5B1%2C2%5D


def test_form_body_fields_follow_their_encoding() -> None:
    body = {"tags": ["a", "b"], "metadata": {"key": "v", "n": 1}, "ids": [1, 2], "name": "x y", "skip": None}
    encoding = {"metadata": Style("deepObject", True), "ids": Style("form", False)}
    assert s.form_pairs(body, encoding) == ["tags=a", "tags=b", "metadata[key]=v", "metadata[n]=1", "ids=1,2", "name=x%20y"]


def test_multipart_fields() -> None:
    assert s.part_values("tags", ["a", "b"], None) == [("tags", "a", None), ("tags", "b", None)]
    assert s.part_values("obj", {"a": 1}, None) == [("obj", '{"a":1}', "application/json")]
    assert s.part_values("file_link_data", {"create": True}, Style("deepObject", True)) == [("file_link_data[create]", "true", None)]
    assert s.part_values("ids", [1, 2], Style("form", False)) == [("ids", "1,2", None)]
    assert s.part_values("n", 3, Style(content_type="text/plain")) == [("n", "3", "text/plain")]


def test_swagger2_tsv_and_pipes_in_path_and_header() -> None:
    assert s.query_pairs("t", ["a", "b"], Style("tabDelimited", False)) == ["t=a%09b"]
    assert s.header_value("X-T", ["a", "b"], Style("pipeDelimited", False)) == "a|b"
    assert s.path_value("p", ["a", "b"], Style("spaceDelimited", False)) == "a%20b"


def test_null_and_exploded_object_cookies() -> None:
    assert s.query_pairs("q", None) == ["q="] and s.header_value("X-A", True) == "true"
    assert s.cookie_pairs("prefs", {"theme": "dark mode", "n": 2}) == ["theme=dark%20mode", "n=2"]
