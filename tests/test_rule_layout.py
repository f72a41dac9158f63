"""The layout rules (generator/render/layout.py and the *_layout.py beside it) write what black writes.

A rule returns black's layout of a too-long statement or None (black lays it out). Here each
rule's answer is compared with the black batch the statement would otherwise go to
(`Layout._lay_out`): on random statements of the shapes the templates write (model fields,
type aliases, request calls, the CLI's constants and rows, credential entries, headers,
parameters, written-out `_Endpoint` statements), with lengths around the 88-column limit,
and on every such statement of four real specs.
"""

from __future__ import annotations

import ast
import keyword
import string
from pathlib import Path

import black
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
_WORDS = st.text(string.ascii_letters + string.digits + " _-.:/'\"\\é日#|()[],=\t", max_size=40).map(py_str)
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
    indent = len(line) - len(line.lstrip(" "))
    body = "\n".join(part[indent:] for part in line.split("\n"))
    if kind == "statement" and body.endswith(":"):
        kind = "header"
    elif kind == "returns" and not body.endswith(":"):
        kind = "stub returns"
    batch._slots[layout._Statement(indent, body, kind)] = 0
    return batch._lay_out()[0]


def _check(line: str, kind: str = "statement") -> None:
    if all(layout._fits(part) for part in line.split("\n")):
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


def _padded(name: str, rest: int, over: int) -> str:
    """`name` cut or lengthened so that the line (`rest` columns besides it) is `over` past the limit."""
    return (name + "x" * 100)[: max(1, 88 + over - rest)]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([4, 8]), _NAMES, st.one_of(_UNION, _subscripts(_UNION), _subscripts(_LITERAL)), st.integers(-1, 40))
def test_annotated_name(indent: int, name: str, annotation: str, over: int) -> None:
    _check(f"{' ' * indent}{_padded(name, indent + 2 + len(annotation), over)}: {annotation}")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([4, 8]), _NAMES, _UNION, st.sampled_from(["", " = None", " = NOT_GIVEN"]), st.integers(-1, 40))
def test_parameter(indent: int, name: str, annotation: str, default: str, over: int) -> None:
    rest = f": {annotation}{default},"
    _check(f"{' ' * indent}{_padded(name, indent + len(rest), over)}{rest}", "parameter")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([0, 4]), _NAMES, _VALUE, st.integers(-1, 40))
def test_assignment(indent: int, name: str, value: str, over: int) -> None:
    rest = f" = {value}"
    _check(f"{' ' * indent}{_padded(name.upper(), indent + len(rest), over)}{rest}")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([0, 4, 8]), _NAMES, st.sampled_from(['"{}"', "Type{}", "1{}", "x.{}"]), st.sampled_from([": ", " = ", ": TypeAlias = ", ": int = ", ": T.x = "]), st.integers(-3, 3))
def test_lone_atom(indent: int, name: str, shape: str, between: str, slack: int) -> None:
    """`TOKEN_HELP = "..."`, `Name: TypeAlias = Other` and `name: SomeType`: in parentheses if
    that fits (here at 85 to 91 columns), else as they are."""
    atom = shape.format("0" * (88 + slack - indent - 4 - len(shape) + 2))
    _check(f"{' ' * indent}{name[:20]}{between}{atom}")


_SHORT = st.text(string.ascii_letters + "_", min_size=1, max_size=30).map(py_str)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([4, 8]), st.lists(_WORDS | _SHORT, min_size=1, max_size=4), st.integers(0, 100))
def test_element(indent: int, words: list[str], pad: int) -> None:
    """A GROUPS row `("name", "Name", "description"),`, perhaps too long for its line."""
    words[-1] = py_str(ast.literal_eval(words[-1]) + "d" * pad)
    _check(f"{' ' * indent}({', '.join(words)}{',' if len(words) == 1 else ''}),", "element")


_ENV = st.from_regex(r"[A-Z][A-Z0-9_]{0,60}", fullmatch=True).map(lambda e: f'env("{e}")')
_CREDENTIAL = st.one_of(_ENV, _ENV.map(lambda e: f"_basic({e})"), _ENV.map(lambda e: f"{e} or _client_credentials({e[4:-1]})"))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([4, 8, 16]), _SHORT, _NAMES, _CREDENTIAL)
def test_credential_entry(indent: int, key: str, name: str, default: str) -> None:
    """A client's `"scheme": name if name is not None else env("PKG_NAME"),`."""
    _check(f"{' ' * indent}{key}: {name} if {name} is not None else {default},", "entry")


_LONG_ENV = st.from_regex(r"[A-Z][A-Z0-9_]{20,100}", fullmatch=True).map(lambda e: f'env("{e}")')
_LONG_CREDENTIAL = st.one_of(
    _LONG_ENV, _LONG_ENV.map(lambda e: f"_basic({e})"), _LONG_ENV.map(lambda e: f"{e} or _client_credentials({e[4:-1]})")
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([12, 16]), _SHORT, st.from_regex(r"[a-z][a-z0-9_]{0,30}", fullmatch=True), _LONG_CREDENTIAL)
def test_credential_entry_long_variable(indent: int, key: str, name: str, default: str) -> None:
    """The same with a long environment variable (a long package name): black splits the
    conditional before `if` and `else`, then before `or` and at the call's bracket."""
    _check(f"{' ' * indent}{key}: {name} if {name} is not None else {default},", "entry")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([4, 8]), _SHORT, st.lists(st.tuples(_NAMES, _WORDS | st.just("None")), min_size=1, max_size=5))
def test_scheme_entry(indent: int, key: str, fields: list[tuple[str, str]]) -> None:
    arguments = ", ".join(f"{name}={value}" for name, value in fields)
    _check(f"{' ' * indent}{key}: Scheme({arguments}),", "entry")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([0, 4]), st.sampled_from(["def", "async def", "class"]), _NAMES, st.sampled_from(["self", "call, mock", "a, b, c"]), st.sampled_from(["", " -> None", " -> SomeResponseType", " -> ApiResponse[SomeLongResponseModelName]"]), st.integers(-3, 3) | st.integers(4, 40))
def test_header(indent: int, keyword_: str, name: str, parameters: str, returns: str, slack: int) -> None:
    """`def name(a, b) -> T:` and `class Name(Base):` around the limit, or with a first line
    `def name(` too long itself."""
    if keyword_ == "class":
        parameters, returns = "BaseModel", ""
    rest = f"({parameters}){returns}:"
    name = _padded(name, indent + len(keyword_) + 1 + len(rest), slack)
    _check(f"{' ' * indent}{keyword_} {name}{rest}")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([4, 8]), st.sampled_from(["{}", "ApiResponse[{}]", "list[{}]", "ApiResponse[{} | Other]", "dict[str, {}]"]), st.sampled_from([":", ": ..."]), st.integers(-3, 12))
def test_returns(indent: int, shape: str, colon: str, slack: int) -> None:
    """The last line `) -> T:` of an exploded `def`, around the limit."""
    annotation = shape.format("Model" + "x" * max(0, 88 + slack - indent - len(") -> ") - len(shape) - len(colon) - 3))
    _check(f"{' ' * indent}) -> {annotation}{colon}", "returns")


@settings(max_examples=150, deadline=None)
@given(
    st.from_regex(r"_[A-Z][A-Z_]{0,80}", fullmatch=True),
    st.text(string.ascii_letters + "/{}-_", max_size=110).map(lambda p: py_str("/" + p)),
    st.lists(_SHORT, max_size=4),
    st.lists(st.tuples(_SHORT, _SHORT, _WORDS), max_size=4),
    st.lists(st.lists(_SHORT, min_size=1, max_size=2), max_size=6),
)
def test_endpoint_written_out(constant: str, path: str, responses: list[str], params: list[tuple[str, str, str]], security: list[list[str]]) -> None:
    """An `_OP = _Endpoint(...)` written out one argument per line (magic trailing commas),
    with lines too long for it: a path, a parameter's row, the security requirements."""
    lines = [f"{constant} = _Endpoint(", '    method="POST",', f"    path={path},"]
    if responses:
        lines += ["    responses={", *(f"        {code}: Model," for code in responses), "    },"]
    else:
        lines.append("    responses={},")
    groups = ", ".join(f"({', '.join(g)},)" if len(g) == 1 else f"({', '.join(g)})" for g in security)
    lines.append(f"    security=({groups}{',' if len(security) == 1 else ''}),")
    if params:
        lines += ["    params=(", *(f"        ({', '.join(row)})," for row in params), "    ),"]
    _check("\n".join([*lines, ")"]))


def test_the_shapes_are_known() -> None:
    """The rules take these on (so the tests above compare something), and leave the last to black."""
    cases = [
        'SECRET_HEADERS: frozenset[str] = frozenset(("authorization", "proxy-authorization", "cookie", "set-cookie", "x-key"))',
        'GROUPS: tuple[tuple[str, str, str], ...] = (("flight_choice_prediction", "flight-choice-prediction", ""),)',
        'Kind: TypeAlias = Literal["CHECKED_BAGS", "MEALS", "SEATS", "OTHER_SERVICES", "A_SERVICE", "B_SERVICE"] | str',
        "ChatCompletionRequestSystemMessageContentPart: TypeAlias = ChatCompletionRequestMessageContentPartText",
        "        _response: ApiResponse[GetRegionOptStatusResponse] = await self._client._request(_GET_REGION, locals())",
        "        _response: ApiResponse[SharedAccessSignatureAuthorizationRuleAccessRightsDescription] = self._client._request(_X, locals())",
        '    form_factor: Literal["phone", "tablet", "desktop", "tv", "watch", "car", "embedded"] | str | None = Field(default=None, alias="f")',
        '    status: Literal["approvalPending", "atmWithdrawal", "atmWithdrawalReversalPending", "atmWithdrawalReversed"] | str | None = None',
    ]
    items = [
        ('    ("management_groups", "ManagementGroups", "A Management Group is a customer defined scope (grouping)"),', "element"),
        ('                "bearerAuth": bearer_auth if bearer_auth is not None else env("PKG_BEARER_AUTH_TOKEN_XX"),', "entry"),
        ('                "azure_auth": azure_auth if azure_auth is not None else env("AZURE_COM_SQL_MANAGEDDATABASEVULNERABILITYASSESSMENTS_CLIENT_AZURE_AUTH"),', "entry"),
        ('                "BasicAuth": basic_auth if basic_auth is not None else _basic(env("ADYEN_COM_BALANCEPLATFORMTRANSFERNOTIFICATION_V3_CLIENT_BASIC_AUTH")),', "entry"),
        ('                "api_auth": api_auth if api_auth is not None else env("EBAY_COM_BUY_DEAL_CLIENT_API_AUTH") or _client_credentials("EBAY_COM_BUY_DEAL_CLIENT_API_AUTH"),', "entry"),
        ('    "clientId": Scheme(kind="api_key", location="header", param_name="X-APISETU-CLIENTID-AND-MORE"),', "entry"),
        ("def test_policy_events_list_query_results_for_subscription_level_policy_assignment(call, mock):", "statement"),
        ("class PutSipMediaApplicationLoggingConfigurationRequest2SipMediaApplicationLoggingConfiguration(BaseModel):", "statement"),
        ("    def pci_compliance_questionnaire_page(self) -> AsyncPCIComplianceQuestionnairePageApi:", "statement"),
        ('TOKEN_HELP = "credential for X-Fungenerators-Api-Secret (default: $PKG_X_FUNGENERATORS_API_SECRET)"', "statement"),
        ("    identification: CreateAnEntityParametersCorporationBeneficialOwnersItemIndividualIdentif", "statement"),
        ("    results: list[GetListOfIssuesResponseResultsItemVariant1 | GetListOfIssuesResponseResultsItemVariant2]", "statement"),
        ("    ) -> ApiResponse[GoogleCloudAssuredworkloadsV1beta1AcknowledgeViolationResponse]: ...", "returns"),
        ('    processing_configuration: CreateIngestionDestinationRequest2ProcessingConfiguration = Field(alias="processingConfiguration")', "statement"),
        ('_OP = _Endpoint(\n    method="GET",\n    path="/' + "x" * 90 + '",\n    responses={\n        "200": A,\n    },\n)', "statement"),
    ]
    for line, kind in [*((c, "statement") for c in cases), *items]:
        got = _by_rule(line, kind)
        assert got is not None and got == _black(line, kind), line
    assert _by_rule("    value: SomeType = compute(a_rather_long_keyword_argument=1, another_long_keyword=2)  # note", "statement") is None


def test_statements_one_by_one() -> None:
    """A block of simple statements (`_version.py`, a long package name's imports) is laid out
    one statement at a time, by the rules, as black lays out the module."""
    blocks = [
        '__version__ = "2019.12.1rc0"\n__api_version__ = "2019-12-01-preview"\nUSER_AGENT = "azure-com-apimanagement-apimtagresources-client/2019.12.1rc0 (python; httpx)"',
        "from long_package_name_of_a_client import AsyncClient, Client, __api_version__, __version__\nfrom long_package_name_of_a_client._client import BASE_URL_ENV, DEFAULT_BASE_URL",
        '    DEFAULT_BASE_URL = "https://management.azure.com/subscriptions/providers/Microsoft.Example/a/b"\n    BASE_URL_ENV = "X"',
    ]
    for block in blocks:
        got = Layout().fit(block)
        assert "\x00" not in got, block  # no statement left for the black batch
        indent = " " * (len(block) - len(block.lstrip(" ")))
        if indent:
            got = "\n".join(line[len(indent) :] for line in got.split("\n"))
        module = "\n".join(line[len(indent) :] for line in block.split("\n"))
        assert got + "\n" == black.format_str(module + "\n", mode=layout.black_mode()), block
    assert "\x00" in Layout().fit("x = 1\nclass LongName" + "X" * 80 + "(BaseModel): pass")  # not simple statements


REALWORLD = SHARED_SPECS.parent / "realworld"
SAMPLE = ["hubapi.com/automation.json", "googleapis.com/playdeveloperreporting.json", "azure.com/resources-management.json", "amadeus.com/amadeus-flight-choice-prediction.json"]


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
