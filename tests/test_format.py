"""The built-in templates write black's layout themselves, so black is not run on their output.

These tests hold them to it: static templates (and the runtime modules, copied as they are) are black-formatted, each kind of statement the
`fit` filter lays out matches black in context, and overlays or user filters bring black back.
tests/test_corpus.py checks black(module) == module for every module of every real spec.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from clientgen.format import format_python
from clientgen.render import verbatim
from clientgen.render.layout import Layout
from clientgen.render.plan import BLACK_READY, LAYOUT_MARKER

LONG = "VeryLongModelNameNumberOne | VeryLongModelNameNumberTwo | VeryLongModelNameNumberThree"


def test_static_templates_and_runtime_modules_are_black_stable() -> None:
    static = [p for p in (ROOT / "templates").rglob("*.py.j2") if not any(t in p.read_text() for t in ("{{", "{%", "{#"))]
    for path in static:
        assert path.relative_to(ROOT / "templates").as_posix() in BLACK_READY
    runtime = [verbatim.builtin_path(name) for name in verbatim.builtin_names()]  # copied into SDKs as they are
    assert len(runtime) == 7 and all(p.is_file() for p in runtime)
    for path in static + runtime:
        text = path.read_text()
        assert format_python(str(path), text) == text, f"{path} is not black-formatted: run black -l 100 -t py310 on it"


def test_marked_templates_are_the_ready_ones() -> None:
    marked = {p.relative_to(ROOT / "templates").as_posix() for p in (ROOT / "templates").rglob("*.py.j2") if p.read_text().startswith(LAYOUT_MARKER)}
    assert {"client/package/models/model.py.j2", "client/package/api/group.py.j2", "client/package/_cli.py.j2"} <= marked <= BLACK_READY


def module_with(layout: Layout, kind: str) -> str:
    """A module whose one long statement of `kind` went through `fit`."""
    fit = layout.fit
    if kind == "statement":
        return "class A:\n    def f(self) -> None:\n" + fit(f"        _response: ApiResponse[{LONG}] = self._client._request(_OPERATION, locals())\n") + "        return None\n"
    if kind == "import":
        return fit("from .a_rather_long_module_name_for_a_model import AnEvenLongerModelNameThatNeverEnds, AndAnother  # noqa: E402\n")
    if kind == "call":
        return "def f() -> None:\n" + fit("    _response: ApiResponse[SomeModel] = await self._client._request(_A_LONG_OPERATION_NAME, locals())\n")
    if kind == "parameter":
        return "class A:\n    def f(\n        self,\n" + fit(f"        x: list[{LONG}] | None = None,\n", "parameter") + "    ) -> None:\n        pass\n"
    if kind == "returns":
        return "class A:\n    def f(\n        self,\n        x: int,\n" + fit(f"    ) -> ApiResponse[{LONG}]:\n", "returns") + "        pass\n"
    if kind == "stub returns":
        return "class A:\n    def f(\n        self,\n        x: int,\n" + fit(f"    ) -> ApiResponse[{LONG}]: ...\n", "returns")
    if kind == "element":
        return "X = (\n    (1, 2),\n" + fit(f"    ('a', '{LONG}', '{LONG}'),\n", "element") + ")\n"
    if kind == "entry":
        return "X = {\n    'a': 1,\n".replace("'", '"') + fit(f"    'b': Scheme(kind='{LONG}', location=None, param_name='{LONG}'),\n", "entry") + "}\n"
    if kind == "header":
        return fit("class AVeryLongClassNameThatGoesOnAndOnAndOn(AnotherVeryLongBaseClassNameThatGoesOnAndOnForeverAndEver):\n") + "    pass\n"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["statement", "import", "call", "parameter", "returns", "stub returns", "element", "entry", "header"])
def test_fit_lays_out_each_kind_as_black_does(kind: str) -> None:
    layout = Layout()
    given: list[str] = []
    fit = layout.fit
    layout.fit = lambda block, *kind: given.append(block) or fit(block, *kind)  # type: ignore[method-assign]
    files = {"m.py": module_with(layout, kind)}
    layout.resolve(files)
    text = files["m.py"]
    assert max(len(line) for line in given[0].splitlines()) > 100  # so it had to be laid out
    assert "\x00" not in text and "'" not in text
    assert format_python("m.py", text) == text, text


def test_fit_requotes_strings_as_black_does() -> None:
    layout = Layout()
    assert layout.fit("x: Literal['a', 'it\\'s', '\"q\"'] = 'b'\n") == "x: Literal[\"a\", \"it's\", '\"q\"'] = \"b\"\n"


QUICK = [  # (context before, the long line, kind, context after): rules in layout.py, not black
    ("", "class ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta(ResponseCodeInterpreterCallCodeDeltaEvent):\n", "statement", "    pass\n"),
    ("class A(B):\n", "    cached_tokens_details: RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails | None = None\n", "statement", ""),
    ("class A(B):\n", '    object: Literal["certificate", "organization.certificate", "organization.project.certificate"] | str\n', "statement", ""),
    ("class A(B):\n", '    model: str | Literal["gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21", "dall-e-2"] | str | None = None\n', "statement", ""),
    ("class A(B):\n", "    requested_teams: list[WebhookPullRequestReviewRequestRemovedVariant1PullRequestRequestedTeamsItem]\n", "statement", ""),
    ("class A:\n    def f(\n        self,\n", "        attachments: list[CreateMessageRequestAttachmentsVariant1Item] | None | NotGiven = NOT_GIVEN,\n", "parameter", "    ) -> None:\n        pass\n"),
    ("class A:\n    def f(\n        self,\n", '        function_call: Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,\n', "parameter", "    ) -> None:\n        pass\n"),
]


@pytest.mark.parametrize(("before", "line", "kind", "after"), QUICK)
def test_fit_writes_what_black_writes_from_the_one_line(before: str, line: str, kind: str, after: str) -> None:
    """Black would leave either layout of some statements alone, so the test above cannot tell
    them apart: here black starts from the statement on one line."""
    layout = Layout()
    files = {"m.py": before + layout.fit(line, kind) + after}
    layout.resolve(files)
    assert files["m.py"] == format_python("m.py", before + line + after)
