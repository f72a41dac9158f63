"""A regeneration that takes up the last run's component models (generator/ir/component_cache.py)
writes byte for byte what a cold build writes.

Edits of several kinds are made one after another to a real spec; after each, the folder the
last run left is regenerated as usual, and a copy of it is regenerated with `--force` (nothing
of the last run taken up, the same history for the CHANGELOG and the API snapshot). The two
trees must be the same in every file but the machine's caches; and, but for the CHANGELOG
(history), the same as a fresh folder's. A typer state taken up that a cold build would not
reach leaves a difference here.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from teamwork import clientgen

from clientgen.ir import names
from clientgen.ir.component_cache import FILE
from clientgen.ir.types import SchemaTyper

SPEC = Path(__file__).resolve().parents[1] / ".." / "shared" / "realworld" / "ebay.com" / "sell-account.json"
MACHINE = ("state",)  # .clientgen/state, .clientgen/ir/state and .clientgen/ir/operations/state: this machine's


def describe(data: dict[str, Any]) -> None:
    op = data["paths"]["/custom_policy/"]["get"]
    op["description"] = "Edited. " + op.get("description", "")


def add(data: dict[str, Any]) -> None:
    added = copy.deepcopy(data["paths"]["/custom_policy/"]["get"])
    added["operationId"] = "getCustomPoliciesAgain"
    data["paths"]["/custom_policy/again"] = {"get": added}


def remove(data: dict[str, Any]) -> None:
    del data["paths"]["/fulfillment_policy/get_by_policy_name"]["get"]


def change_component(data: dict[str, Any]) -> None:
    data["components"]["schemas"]["Amount"]["properties"]["note"] = {"type": "string", "description": "A note."}


def collide(data: dict[str, Any]) -> None:
    """An operationId renamed to one whose method name another operation of its group has."""
    data["paths"]["/custom_policy/"]["post"]["operationId"] = "get_custom_policies"


def first(data: dict[str, Any]) -> None:
    """A new operation before the others, taking the method name of one after it (whose name,
    kept from the last run, no longer holds)."""
    added = copy.deepcopy(data["paths"]["/custom_policy/{custom_policy_id}"]["get"])
    added["operationId"] = "get_custom_policy"
    data["paths"] = {"/custom_policy/first/{custom_policy_id}": {"get": added}, **data["paths"]}


EDITS: list[tuple[str, Callable[[dict[str, Any]], None]]] = [
    ("an operation's description", describe),
    ("a new operation", add),
    ("an operation removed", remove),
    ("a component schema changed", change_component),
    ("an operationId that collides", collide),
    ("a new operation first, with another's method name", first),
    ("a description again, after the components changed", describe),
]


def tree(root: Path, *, skip: tuple[str, ...] = MACHINE) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and p.name not in skip}


def edited_copy(edit: Callable[[dict[str, Any]], None], data: dict[str, Any], spec: Path, out: Path) -> Path:
    """Edit `data`, write it to `spec`, and copy the folder the last run left (`out`) beside it,
    for a `--force` run to regenerate: a copy with the same history (CHANGELOG, API snapshot)."""
    edit(data)
    spec.write_text(json.dumps(data, indent=2), "utf-8")
    cold = spec.parent / "cold"
    shutil.rmtree(cold, ignore_errors=True)
    shutil.copytree(out, cold)
    return cold


def generate(spec: Path, out: Path, *flags: str) -> None:
    result = clientgen("generate", str(spec), "--output", str(out), "--package-name", "sell_account", "--quiet", *flags)
    assert result.code == 0, result.err


@pytest.mark.skipif(not SPEC.is_file(), reason="../shared/realworld is not here")
def test_each_edit_regenerates_what_a_cold_build_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from clientgen.surface import snapshot

    cut: list[set[str]] = []  # the API snapshot's tables each run kept the last run's text of
    entries_of = snapshot._entries_of
    monkeypatch.setattr(snapshot, "_entries_of", lambda data, text: cut.append(set(found := entries_of(data, text))) or found)
    from clientgen.ir import build as builder

    skipped: list[int] = []  # how many models and operations each run's links pass took as link-free from the last run
    links = builder.unchanged_of
    monkeypatch.setattr(builder, "unchanged_of", lambda api, base, nodes, unchanged=(): skipped.append(len(list(unchanged))) or links(api, base, nodes, unchanged))
    from clientgen.render import cli_view

    rows: list[str] = []  # the operations whose CLI rows a run made anew (not the last _cli.py's)
    operation_rows = cli_view._operation_rows
    monkeypatch.setattr(cli_view, "_operation_rows", lambda g, op: rows.append(op.py_name) or operation_rows(g, op))
    made: list[str] = []  # the models whose snapshot entry a run made anew (not the last run's)
    model_entry = snapshot._model
    monkeypatch.setattr(snapshot, "_model", lambda model, used_in: made.append(model.name) or model_entry(model, used_in))
    data = json.loads(SPEC.read_text("utf-8"))
    spec = tmp_path / "sell-account.json"
    spec.write_text(json.dumps(data, indent=2), "utf-8")
    out = tmp_path / "out"
    generate(spec, out)
    cache = out / FILE
    assert cache.is_file()
    for label, edit in EDITS:
        cold = edited_copy(edit, data, spec, out)
        kept = cache.stat().st_mtime_ns
        made.clear()
        skipped.clear()
        rows.clear()
        generate(spec, out)
        operations = len(json.loads((out / ".clientgen" / "api.json").read_text("utf-8"))["methods"])
        assert len(rows) < operations // 2, label  # the others: the last _cli.py's rows
        assert skipped and skipped[0] > 0, label  # the last run's link-free models and operations, not walked again
        assert cut == [{"methods", "models"}], label
        models = len(json.loads((out / ".clientgen" / "api.json").read_text("utf-8"))["models"])
        assert len(made) < models // 4, label  # the others are the last run's entries, their models' digests the same
        generate(spec, cold, "--force")
        assert cut == [{"methods", "models"}], label  # --force takes up nothing
        cut.clear()
        assert tree(out) == tree(cold), label
        # the components the last run's: their models taken up, not kept again; else kept anew
        assert (cache.stat().st_mtime_ns == kept) == (edit is not change_component), label
        fresh = tmp_path / "fresh"
        shutil.rmtree(fresh, ignore_errors=True)
        generate(spec, fresh)
        assert tree(out, skip=(*MACHINE, "CHANGELOG.md")) == tree(fresh, skip=(*MACHINE, "CHANGELOG.md")), label


def test_every_field_of_the_typer_is_kept_rebuilt_or_begun_afresh() -> None:
    """A field added to the typer must say how a build takes it up (see `SchemaTyper.state`)."""
    fields = set(SchemaTyper.__dataclass_fields__)
    named = [*SchemaTyper.KEPT, *SchemaTyper.REBUILT, *SchemaTyper.AFRESH]
    assert sorted(named) == sorted(fields)


REALWORLD = SPEC.parents[1]
SAMPLE = sorted(REALWORLD.rglob("*.json")) + [Path(__file__).resolve().parents[1] / "specs" / "openai.yaml"]


@pytest.mark.skipif(not REALWORLD.is_dir(), reason="../shared/realworld is not here")
def test_a_build_that_takes_up_the_components_builds_the_same_ir_on_real_specs(tmp_path: Path) -> None:
    """Every real spec: a build kept its component pass, and one that took it up, give the IR of
    a cold build, warnings and all (so an operation's edit, typed from there, does too)."""
    from clientgen.heap import paused_collections
    from clientgen.ir.component_cache import ComponentCache
    from clientgen.ir.digest import repr_digest
    from clientgen.load import load_document
    from clientgen.pipeline import Settings, build

    taken = 0
    for spec in SAMPLE:
        settings = Settings(spec=spec, package_name="p")
        with paused_collections():
            cold = repr(build(load_document(spec), settings)[0])
            kept = ComponentCache(tmp_path / spec.name, "options")
            assert repr(build(load_document(spec), settings, components=kept)[0]) == cold, spec
            kept.save()
            again = ComponentCache(tmp_path / spec.name, "options")
            assert repr(build(load_document(spec), settings, components=again)[0]) == cold, spec
        # the digests kept for `render.reuse` are those of the models taken up
        assert all(repr_digest(model) == digest for model, digest in again.digests.values()), spec
        taken += again.taken
    assert taken == len(SAMPLE)


class _Touch:
    """Unpickled, it creates a file: proof that a pickle was read."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (self.marker,))


def test_a_cache_this_machine_did_not_sign_is_never_unpickled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib
    import pickle

    from clientgen.ir.component_cache import ComponentCache
    from clientgen.load import load_document
    from clientgen.pipeline import Settings, build

    spec = Path(__file__).resolve().parents[1] / "specs" / "petstore.yaml"
    settings = Settings(spec=spec, package_name="p")
    cold = repr(build(load_document(spec), settings)[0])
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "here"))
    kept = ComponentCache(tmp_path / "state", "options")
    build(load_document(spec), settings, components=kept)
    kept.save()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another machine"))
    elsewhere = ComponentCache(tmp_path / "state", "options")
    assert repr(build(load_document(spec), settings, components=elsewhere)[0]) == cold
    assert not elsewhere.taken
    marker = tmp_path / "unpickled"
    payload = pickle.dumps(_Touch(marker))
    for forged in (payload, hashlib.sha256(payload).digest() + payload):  # unsigned; signed without the key
        (tmp_path / "state").write_bytes(forged)
        taken = ComponentCache(tmp_path / "state", "options")
        assert repr(build(load_document(spec), settings, components=taken)[0]) == cold
        assert not taken.taken and not marker.exists()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "here"))
    (tmp_path / "state").write_bytes(kept.pending or b"")
    again = ComponentCache(tmp_path / "state", "options")
    assert repr(build(load_document(spec), settings, components=again)[0]) == cold and again.taken


def _edited(data: dict[str, Any]) -> bool:
    """The first operation's description edited, the second removed (the names it took are free
    again), and a copy of the last one added first, its operationId the last one's in another
    case: the same method and model names, which the last one (kept from the last run) then no
    longer gets. False when the spec has no such operations."""
    found = [(path, method, op) for path, item in data.get("paths", {}).items() if isinstance(item, dict) for method, op in item.items() if method in ("get", "put", "post", "delete", "patch") and isinstance(op, dict)]
    if not found or not isinstance(found[-1][2].get("operationId"), str):
        return False
    found[0][2]["description"] = "Edited. " + str(found[0][2].get("description") or "")
    if len(found) > 2:
        del data["paths"][found[1][0]][found[1][1]]
    path, method, op = found[-1]
    added = copy.deepcopy(op)
    snake = names.snake(op["operationId"])
    added["operationId"] = snake if snake != op["operationId"] else names.pascal(op["operationId"])
    data["paths"] = {path.rstrip("/") + "/clientgen-first": {method: added}, **data["paths"]}
    return True


def _digest_of(value: object) -> str:
    """What the operation cache's digest of a model or an operation must be: its `repr_digest`, or
    for an operation whose variants were named after it was kept, the digest derived from its
    kept form's and the variants' names (see `build.name_variants`)."""
    from dataclasses import replace

    from clientgen.ir.digest import derived_digest, repr_digest
    from clientgen.ir.model import Operation

    if not isinstance(value, Operation):
        return repr_digest(value)
    variants = (value.stream_method, value.to_file_method, value.iter_method, value.destination_arg)
    if variants == (None, None, None, "destination"):
        return repr_digest(value)
    kept = replace(value, stream_method=None, to_file_method=None, iter_method=None, destination_arg="destination")
    return derived_digest(repr_digest(kept), variants)


@pytest.mark.skipif(not REALWORLD.is_dir(), reason="../shared/realworld is not here")
def test_a_build_that_takes_up_operations_builds_the_same_ir_after_an_edit_on_real_specs(tmp_path: Path) -> None:
    """Every real JSON spec: built once keeping its operations, edited (see `_edited`), built
    again taking up the operations the edit left alone: the IR of a cold build, warnings and all."""
    from clientgen.heap import paused_collections
    from clientgen.ir.component_cache import ComponentCache
    from clientgen.ir.operation_cache import OperationCache
    from clientgen.load import load_document
    from clientgen.pipeline import Settings, build

    taken = 0
    for source in SAMPLE[:-1]:
        data = json.loads(source.read_text("utf-8"))
        spec = tmp_path / source.name
        spec.write_text(json.dumps(data), "utf-8")
        settings = Settings(spec=spec, package_name="p")
        caches = tmp_path / f"{source.name}.components", tmp_path / f"{source.name}.operations"
        with paused_collections():
            components, operations = ComponentCache(caches[0], "options"), OperationCache(caches[1])
            build(load_document(spec), settings, components=components, operations=operations)
            components.save()
            operations.save()
            if not _edited(data):
                continue
            spec.write_text(json.dumps(data), "utf-8")
            cold = repr(build(load_document(spec), settings)[0])
            components, operations = ComponentCache(caches[0], "options"), OperationCache(caches[1])
            assert repr(build(load_document(spec), settings, components=components, operations=operations)[0]) == cold, source
        assert all(digest == _digest_of(value) for value, digest in operations.digests.values()), source
        taken += operations.taken
    assert taken > len(SAMPLE)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["file:///tmp/spec.json", "file:///tmp/a%20b/spec.yaml", "https://example.com/x/api.json", "file:///tmp/odd;p?q", " file:///x", "file:///x#y"]),
    st.text(st.sampled_from("/~01#?;%20 \t\n\rabé"), max_size=12),
)
def test_the_root_splitter_splits_as_split_uri(root: str, tail: str) -> None:
    from clientgen.ir.component_cache import root_splitter
    from clientgen.load.refs import split_uri

    split = root_splitter(root)
    for uri in (root + "#" + tail, root + tail, tail, "file:///other.json#" + tail):
        assert split(uri) == split_uri(uri), uri


def _shared_responses() -> dict[str, Any]:
    """Operations that share responses of the components, each with an inline schema: typed as a
    model where an operation first meets it, named after that operation, and read by the others.
    One extends the other (`allOf`), and a union of both is told apart by a tag."""
    unavailable = {"type": "object", "properties": {"kind": {"type": "string", "enum": ["down"]}, "retry": {"type": "integer"}}, "required": ["kind"]}
    busy = {"allOf": [{"$ref": "#/components/responses/Unavailable/content/application~1json/schema"}, {"type": "object", "properties": {"queue": {"type": "integer"}}}]}
    either = {"oneOf": [{"$ref": "#/components/responses/Unavailable/content/application~1json/schema"}, {"$ref": "#/components/responses/Busy/content/application~1json/schema"}]}

    def op(name: str, extra: str | None = None) -> dict[str, Any]:
        responses: dict[str, Any] = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}
        responses["503"] = {"$ref": "#/components/responses/Unavailable"}
        if extra:
            responses["429"] = {"$ref": f"#/components/responses/{extra}"}
        return {"operationId": name, "tags": ["pets"], "description": f"{name}.", "responses": responses}

    return {
        "openapi": "3.0.3",
        "info": {"title": "Shared", "version": "1.0.0"},
        "paths": {
            "/a": {"get": op("first_one", "Busy")},
            "/b": {"get": op("second_one", "Either")},
            "/c": {"get": op("third_one", "Busy")},
            "/d": {"get": op("fourth_one")},
        },
        "components": {
            "schemas": {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}},
            "responses": {
                "Unavailable": {"description": "down", "content": {"application/json": {"schema": unavailable}}},
                "Busy": {"description": "busy", "content": {"application/json": {"schema": busy}}},
                "Either": {"description": "either", "content": {"application/json": {"schema": either}}},
            },
        },
    }


def test_operations_that_read_models_another_operation_made_are_taken_up_as_a_cold_build_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An operation that reads a model an earlier operation made (a schema of the components'
    responses) is taken up while that model is the same (name, kind, fields, bases), and built
    again when the operation that made it is renamed, removed or moved after it."""
    from clientgen.ir.operation_cache import OperationCache

    taken: list[int] = []
    save = OperationCache.save
    monkeypatch.setattr(OperationCache, "save", lambda self: taken.append(self.taken) or save(self))
    data = _shared_responses()
    spec = tmp_path / "shared.json"
    spec.write_text(json.dumps(data, indent=2), "utf-8")
    out = tmp_path / "out"
    generate(spec, out)

    def describe_last(data: dict[str, Any]) -> None:
        data["paths"]["/d"]["get"]["description"] += " Edited."

    def rename_first(data: dict[str, Any]) -> None:  # the shared models take another name
        data["paths"]["/a"]["get"]["operationId"] = "zeroth_one"

    def remove_first(data: dict[str, Any]) -> None:  # the next one makes them
        del data["paths"]["/a"]

    def move_first_last(data: dict[str, Any]) -> None:
        data["paths"] = {**{k: v for k, v in data["paths"].items() if k != "/b"}, "/b": data["paths"]["/b"]}

    edits: list[tuple[Callable[[dict[str, Any]], None], int]] = [  # and how many operations are taken up at least
        (describe_last, 3),
        (rename_first, 0),
        (remove_first, 0),
        (move_first_last, 0),
        (describe_last, 2),
    ]
    for edit, at_least in edits:
        cold = edited_copy(edit, data, spec, out)
        taken.clear()
        generate(spec, out)
        assert taken and taken[0] >= at_least, edit.__name__
        generate(spec, cold, "--force")
        assert tree(out) == tree(cold), edit.__name__
        fresh = tmp_path / "fresh"
        shutil.rmtree(fresh, ignore_errors=True)
        generate(spec, fresh)
        assert tree(out, skip=(*MACHINE, "CHANGELOG.md")) == tree(fresh, skip=(*MACHINE, "CHANGELOG.md")), edit.__name__
