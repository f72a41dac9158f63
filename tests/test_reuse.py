"""A run after a spec edit reuses the files rendered from unchanged IR (generator/render/reuse.py).

Each edit is made to the OpenAI spec, generated into a folder a previous run left; the result
must be byte for byte what a fresh run of the edited spec writes. A key that missed something
a template reads would leave a stale file and fail here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from teamwork import clientgen

SPEC = Path(__file__).resolve().parent.parent / "specs" / "openai.yaml"

EDITS = {
    "an operation's summary": [("Cancels the Upload. No Parts may be added", "Cancels the Upload now. No Parts may be added")],
    "a field type in a model other models name": [
        (
            "        bytes:\n          type: integer\n          description: The size of the file, in bytes.",
            "        bytes:\n          type: string\n          description: The size of the file, in bytes.",
        )
    ],
    "a model renamed": [("OpenAIFile", "StoredFile")],
    # Upload names OpenAIFile: now on an import cycle, Upload's module imports it last and quotes its annotation,
    # though Upload's own IR is unchanged
    "a field that closes an import cycle": [
        (
            "        bytes:\n          type: integer\n          description: The size of the file, in bytes.",
            "        bytes:\n          type: integer\n          description: The size of the file, in bytes.\n"
            "        upload:\n          $ref: '#/components/schemas/Upload'",
        )
    ],
    "an operation moved to another tag": [("operationId: cancelUpload\n      tags:\n        - Uploads", "operationId: cancelUpload\n      tags:\n        - Files")],
    "the API title": [("  title: OpenAI API\n", "  title: OpenAI REST API\n")],
}


def files(root: Path) -> dict[str, bytes]:
    """The generated files: not the machine's state, nor CHANGELOG.md (the API's history: a fresh run has none)."""
    skip = ("state", "CHANGELOG.md")
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and p.name not in skip}


def generate(spec: Path, out: Path) -> str:
    result = clientgen("generate", str(spec), "--output", str(out), "--package-name", "openai_client", "--verbose")
    assert result.code == 0, result.err
    return result.err + result.out


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("first") / "sdk"
    generate(SPEC, out)
    return out


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_run_after_an_edit_writes_what_a_fresh_run_writes(edit: str, first_run: Path, tmp_path: Path) -> None:
    text = SPEC.read_text("utf-8")
    for old, new in EDITS[edit]:
        assert old in text
        text = text.replace(old, new)
    spec = tmp_path / "openai.yaml"
    spec.write_text(text, "utf-8")
    again = tmp_path / "again"
    shutil.copytree(first_run, again)
    log = generate(spec, again)
    fresh = tmp_path / "fresh"
    generate(spec, fresh)
    assert files(again) == files(fresh)
    if edit not in ("the API title", "a model renamed"):  # these reach every file (the model index is shared)
        reused = int(log.split(" reused)")[0].rsplit("(", 1)[1])
        assert reused > 3000, log


def test_force_and_a_changed_option_render_everything(first_run: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    shutil.copytree(first_run, again)
    forced = clientgen("generate", str(SPEC), "--output", str(again), "--package-name", "openai_client", "--force", "--verbose")
    assert forced.code == 0 and "(0 reused)" in forced.err + forced.out
    renamed = clientgen("generate", str(SPEC), "--output", str(again), "--package-name", "openai_client", "--project-name", "oai", "--verbose")
    assert renamed.code == 0 and "(0 reused)" in renamed.err + renamed.out


def test_a_whole_api_module_rendered_alike_keeps_the_last_runs_tidied_text() -> None:
    """`_client.py` and its kin are rendered every run; when the rendered text is the last run's,
    the import tidying is skipped and the last run's text kept, and nothing differs."""
    from clientgen.pipeline import Settings, load_api
    from clientgen.render import render_api

    api = load_api(Settings(spec=SPEC.parent / "petstore.yaml", package_name="petstore"))
    first = render_api(api)
    whole_api = "petstore/_client.py"
    assert whole_api in first.keys and whole_api not in first.reused
    again = render_api(api, reuse={path: (key, first.files[path]) for path, key in first.keys.items()})
    assert again.files == first.files and again.keys == first.keys
    assert whole_api in again.reused
    stale = render_api(api, reuse={whole_api: ("another key", "stale text")})
    assert stale.files == first.files and whole_api not in stale.reused


def test_a_shared_only_template_reads_nothing_its_key_leaves_out() -> None:
    """The models' index is keyed by `shared_digest` alone (plan.SHARED_ONLY): an API whose models
    and groups differ in everything but their names and modules renders it alike, and a run whose
    shared digest is the last run's keeps its text without rendering it."""
    import dataclasses

    import jinja2

    from clientgen.pipeline import Settings, load_api
    from clientgen.render import render_api
    from clientgen.render.plan import SHARED_ONLY
    from clientgen.render.reuse import shared_digest

    api = load_api(Settings(spec=SPEC, package_name="openai_client"))
    models = tuple(
        dataclasses.replace(m, description="other", deprecated=not m.deprecated, fields=tuple(dataclasses.replace(f, description="other") for f in m.fields))
        for m in api.models
    )
    groups = tuple(
        dataclasses.replace(g, description="other", operations=tuple(dataclasses.replace(o, summary="other", deprecated=True) for o in g.operations))
        for g in api.groups
    )
    other = dataclasses.replace(api, models=models, groups=groups)
    assert shared_digest(other) == shared_digest(api) and other != api
    first, second = render_api(api), render_api(other)
    index = "openai_client/models/__init__.py"
    assert SHARED_ONLY == {"client/package/models/__init__.py.j2"}  # a template added there: add its file here
    assert first.files[index] == second.files[index] and first.keys[index] == second.keys[index]
    assert sum(first.files[p] != second.files[p] for p in first.files) > 100
    rendered: list[str] = []
    render = jinja2.Template.render

    def spy(self: jinja2.Template, *args: object, **kwargs: object) -> str:
        rendered.append(str(self.name))
        return render(self, *args, **kwargs)

    jinja2.Template.render = spy  # type: ignore[method-assign]
    try:
        again = render_api(other, reuse={path: (key, first.files[path]) for path, key in first.keys.items()})
    finally:
        jinja2.Template.render = render  # type: ignore[method-assign]
    assert index in again.reused and again.files[index] == first.files[index]
    assert not SHARED_ONLY & set(rendered) and "client/package/_client.py.j2" in rendered
    moved = dataclasses.replace(other, models=(dataclasses.replace(models[0], module=models[0].module + "_moved"), *models[1:]))
    third = render_api(moved, reuse={path: (key, first.files[path]) for path, key in first.keys.items()})
    assert third.keys[index] != first.keys[index] and index not in third.reused and models[0].module + "_moved" in third.files[index]
