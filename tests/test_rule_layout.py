"""The layout rules (generator/render/layout.py, call_layout.py) write what black writes.

A rule returns black's layout of a too-long statement or None (black lays it out). Here each
rule's answer is compared with the black batch the statement would otherwise go to
(`Layout._lay_out`): on random statements of the shapes the templates write (model fields,
type aliases, request calls, the CLI's constants, parameters), with lengths around the
88-column limit, and on every such statement of a few real specs.
"""

from __future__ import annotations

import keyword
import string
from pathlib import Path

import pytest
from conftest import SHARED_SPECS
from hypothesis import given, settings
from hypothesis import strategies as st

from clientgen import cli
from clientgen.render import layout
from clientgen.render.layout import Layout, _by_rule
from clientgen.render.literals import py_str

_IDENT = st.text(string.ascii_lowercase + "_", min_size=1, max_size=1).flatmap(
    lambda first: st.integers(0, 80).map(lambda n: first + "x" * n)
).filter(lambda s: not keyword.iskeyword(s))
_NAMES = st.from_regex(r"[a-z_][a-z0-9_]{0,70}", fullmatch=True).filter(lambda s: not keyword.iskeyword(s)) | _IDENT
_TYPES = st.from_regex(r"[A-Z][A-Za-z0-9]{0,85}", fullmatch=True) | st.sampled_from(["str", "int", "Any", "None", "datetime.date"])
_WORDS = st.text(string.ascii_letters + string.digits + " _-.:/'\"\\é日", max_size=40).map(py_str)
_LITERAL = st.lists(_WORDS, min_size=1, max_size=14).map(lambda ws: f"Literal[{', '.join(ws)}]")


def _subscripts(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        inner.map(lambda t: f"list[{t}]"),
        inner.map(lambda t: f"dict[str, {t}]"),
        st.tuples(_TYPES, inner).map(lambda p: f"{p[0]}[{p[1]}]"),
        st.lists(_TYPES, min_size=2, max_size=4).map(lambda ts: f"tuple[{', '.join(ts)}, ...]"),
    )


_PART = st.one_of(_TYPES, _LITERAL, _subscripts(_TYPES | _LITERAL))
_UNION = st.lists(_PART, min_size=2, max_size=5).map(" | ".join)
_ANNOTATION = st.one_of(_PART, _UNION, _subscripts(_UNION))
_ALIAS = st.one_of(st.just("default=None, "), st.just("")).flatmap(lambda d: _WORDS.map(lambda w: f"Field({d}alias={w})"))
_REQUEST = st.tuples(st.sampled_from(["", "await "]), st.from_regex(r"_[A-Z][A-Z0-9_]{0,80}", fullmatch=True)).map(
    lambda p: f"{p[0]}self._client._request({p[1]}, locals())"
)
_TUPLE = st.lists(_WORDS, min_size=1, max_size=8).map(lambda ws: f"({ws[0]},)" if len(ws) == 1 else f"({', '.join(ws)})")
_VALUE = st.one_of(
    _ALIAS,
    _REQUEST,
    _TUPLE.map(lambda t: f"frozenset({t})"),
    st.lists(_TUPLE, min_size=1, max_size=3).map(lambda ts: f"({ts[0]},)" if len(ts) == 1 else f"({', '.join(ts)})"),
    _LITERAL,
    _UNION,
    st.sampled_from(["None", "NOT_GIVEN", "0", '"text"']),
)


def _black(line: str, kind: str) -> str:
    """What the black batch writes for `line`, as it does for a statement no rule knows."""
    batch = Layout()
    body = line.lstrip(" ")
    if kind == "statement" and body.endswith(":"):
        kind = "header"
    batch._slots[layout._Statement(len(line) - len(body), body, kind)] = 0
    return batch._lay_out()[0]


def _check(line: str, kind: str = "statement") -> None:
    if layout._fits(line):
        return  # `fit` keeps it as it is
    got = _by_rule(line, kind)
    if got is not None:
        assert got == _black(line, kind), line


@settings(max_examples=400, deadline=None)
@given(st.sampled_from([0, 4, 8]), _NAMES, _ANNOTATION, _VALUE)
def test_annotated_assignment(indent: int, name: str, annotation: str, value: str) -> None:
    _check(f"{' ' * indent}{name}: {annotation} = {value}")


@settings(max_examples=600, deadline=None)
@given(st.sampled_from([0, 4, 8]), _ANNOTATION, _VALUE, st.sampled_from([" = (", " = ", "", "line"]), st.integers(-2, 2))
def test_annotated_assignment_at_the_limit(indent: int, annotation: str, value: str, up_to: str, slack: int) -> None:
    """The name's length puts one of the lines black weighs at 86 to 90 columns: the first line
    with the value in parentheses, or split at its bracket, or the annotation, or the whole."""
    rest = f": {annotation} = {value}"
    if up_to == "line":
        measured = len(rest)
    elif up_to == " = ":
        measured = len(f": {annotation} = {value.split('(')[0]}(")
    else:
        measured = len(f": {annotation}{up_to}")
    name = "n" * max(1, 88 + slack - indent - measured)
    _check(f"{' ' * indent}{name}{rest}")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([4, 8]), _NAMES, _ANNOTATION)
def test_annotated_name(indent: int, name: str, annotation: str) -> None:
    _check(f"{' ' * indent}{name}: {annotation}")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([4, 8]), _NAMES, _ANNOTATION, st.sampled_from(["", " = None", " = NOT_GIVEN"]))
def test_parameter(indent: int, name: str, annotation: str, default: str) -> None:
    _check(f"{' ' * indent}{name}: {annotation}{default},", "parameter")


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([0, 4]), _NAMES, _VALUE)
def test_assignment(indent: int, name: str, value: str) -> None:
    _check(f"{' ' * indent}{name.upper()} = {value}")


def test_the_shapes_are_known() -> None:
    """The rules take these on (so the tests above compare something), and leave the last to black."""
    cases = [
        'SECRET_HEADERS: frozenset[str] = frozenset(("authorization", "proxy-authorization", "cookie", "set-cookie", "x-key"))',
        'GROUPS: tuple[tuple[str, str, str], ...] = (("flight_choice_prediction", "flight-choice-prediction", ""),)',
        'Kind: TypeAlias = Literal["CHECKED_BAGS", "MEALS", "SEATS", "OTHER_SERVICES", "A_SERVICE", "B_SERVICE"] | str',
        "        _response: ApiResponse[GetRegionOptStatusResponse] = await self._client._request(_GET_REGION, locals())",
        "        _response: ApiResponse[SharedAccessSignatureAuthorizationRuleAccessRightsDescription] = self._client._request(_X, locals())",
        '    form_factor: Literal["phone", "tablet", "desktop", "tv", "watch", "car", "embedded"] | str | None = Field(default=None, alias="f")',
        '    status: Literal["approvalPending", "atmWithdrawal", "atmWithdrawalReversalPending", "atmWithdrawalReversed"] | str | None = None',
    ]
    for line in cases:
        got = _by_rule(line, "statement")
        assert got is not None and got == _black(line, "statement"), line
    assert _by_rule("    value: SomeType = compute(a_rather_long_keyword_argument=1, another_long_keyword=2)  # note", "statement") is None


REALWORLD = SHARED_SPECS.parent / "realworld"
SAMPLE = ["googleapis.com/assuredworkloads.json", "googleapis.com/analyticsdata.json", "hubapi.com/automation.json", "amadeus.com/amadeus-flight-choice-prediction.json"]


@pytest.mark.parametrize("path", SAMPLE)
def test_real_specs(path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every too-long statement of a real spec that a rule lays out, against black."""
    spec = REALWORLD / path
    seen: list[tuple[str, str]] = []
    real = layout._by_rule

    def spy(line: str, kind: str) -> str | None:
        seen.append((line, kind))
        return real(line, kind)

    monkeypatch.setattr(layout, "_by_rule", spy)
    assert cli.main(["generate", str(spec), "-o", str(tmp_path / "out"), "--package-name", "pkg", "--quiet"]) == 0
    ruled = [(line, kind) for line, kind in dict.fromkeys(seen) if real(line, kind) is not None]
    assert len(ruled) > 20
    for line, kind in ruled:
        assert real(line, kind) == _black(line, kind), line
