"""Every rule of the README's table "What counts as breaking", each with a minimal spec pair: the
base spec below, and the one edit that should be reported under that rule (and at its level)."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from clientgen.pipeline import load_api
from clientgen.settings import Settings
from clientgen.surface.compare import RULES, Change, compare
from clientgen.surface.snapshot import snapshot

Spec = dict[str, Any]


def base() -> Spec:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1.0.0"},
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Pet": {  # only in responses
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "integer"},
                        "name": {"type": "string"},
                        "tag": {"type": "string"},
                        "status": {"type": "string", "enum": ["available", "sold"]},
                    },
                },
                "NewPet": {  # only in requests
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "tag": {"type": "string", "nullable": True},
                        "kind": {"type": "string", "enum": ["cat", "dog"]},
                    },
                },
                "Note": {"type": "object", "properties": {"text": {"type": "string"}}},
                "Animal": {"type": "object", "properties": {"legs": {"type": "integer"}}},
                "Dog": {"allOf": [{"$ref": "#/components/schemas/Animal"}, {"type": "object", "properties": {"bark": {"type": "boolean"}}}]},
            },
        },
        "security": [{"token": []}],
        "paths": {
            "/owners/{owner_id}/pets/{pet_id}": {
                "get": {
                    "operationId": "getPet",
                    "summary": "Get a pet.",
                    "parameters": [
                        {"name": "owner_id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 10}},
                    ],
                    "responses": {"200": _json_response("Pet")},
                }
            },
            "/pets": {
                "post": {
                    "operationId": "createPet",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewPet"}}}},
                    "responses": {"201": _json_response("Pet")},
                },
                "get": {"operationId": "listPets", "responses": {"200": _json_response("Dog")}},
            },
        },
    }


def _json_response(model: str) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{model}"}}}}


def _get_pet(spec: Spec) -> dict[str, Any]:
    return spec["paths"]["/owners/{owner_id}/pets/{pet_id}"]["get"]


def _param(spec: Spec, name: str) -> dict[str, Any]:
    return next(p for p in _get_pet(spec)["parameters"] if p["name"] == name)


def _schema(spec: Spec, model: str) -> dict[str, Any]:
    return spec["components"]["schemas"][model]


def _prop(spec: Spec, model: str, field: str) -> dict[str, Any]:
    return _schema(spec, model)["properties"][field]


def _set(target: dict[str, Any], **values: Any) -> None:
    target.update(values)


# rule -> (edit of the base spec, the subject the change is reported on); "reverse:" runs the edit backwards
EDITS: dict[str, tuple[Callable[[Spec], None], str]] = {
    "method-removed": (lambda s: s["paths"]["/pets"].pop("get"), "default.list_pets"),
    "method-renamed": (lambda s: _set(s["paths"]["/pets"]["get"], operationId="findPets"), "default.list_pets"),
    "param-removed": (lambda s: _get_pet(s)["parameters"].pop(2), "default.get_pet(verbose)"),
    "param-added-required": (lambda s: _get_pet(s)["parameters"].append({"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}), "default.get_pet(owner)"),
    "param-added-optional": (lambda s: _get_pet(s)["parameters"].append({"name": "owner", "in": "query", "schema": {"type": "string"}}), "default.get_pet(owner)"),
    "param-required": (lambda s: _set(_param(s, "verbose"), required=True), "default.get_pet(verbose)"),
    "param-reordered": (lambda s: s["paths"].update({"/pets/{pet_id}/owners/{owner_id}": s["paths"].pop("/owners/{owner_id}/pets/{pet_id}")}), "default.get_pet()"),
    "param-default-changed": (lambda s: _set(_param(s, "limit")["schema"], default=20), "default.get_pet(limit)"),
    "type-changed": (lambda s: _set(_param(s, "verbose"), schema={"type": "string"}), "default.get_pet(verbose)"),
    "response-type-widened": (lambda s: (_prop(s, "Pet", "id").pop("type"), _set(_prop(s, "Pet", "id"), oneOf=[{"type": "integer"}, {"type": "string"}])), "Pet.id"),
    "response-type-narrowed": (lambda s: _prop(s, "Pet", "status")["enum"].pop(), "Pet.status"),
    "request-type-widened": (lambda s: _set(_param(s, "limit"), schema={"oneOf": [{"type": "integer"}, {"type": "string"}], "default": 10}), "default.get_pet(limit)"),
    "enum-value-removed": (lambda s: _prop(s, "NewPet", "kind")["enum"].pop(), "NewPet.kind"),
    "enum-value-added": (lambda s: _prop(s, "Pet", "status")["enum"].append("pending"), "Pet.status"),
    "model-removed": (lambda s: s["components"]["schemas"].pop("Note"), "Note"),
    "model-added": (lambda s: _set(s["components"]["schemas"], Tag={"type": "object", "properties": {"label": {"type": "string"}}}), "Tag"),
    "model-base-changed": (lambda s: _set(s["components"]["schemas"], Dog={"type": "object", "properties": {"bark": {"type": "boolean"}, "legs": {"type": "integer"}}}), "Dog"),
    "field-removed": (lambda s: _schema(s, "Pet")["properties"].pop("tag"), "Pet.tag"),
    "field-added-required": (lambda s: (_schema(s, "NewPet")["properties"].update(age={"type": "integer"}), _schema(s, "NewPet")["required"].append("age")), "NewPet.age"),
    "field-added": (lambda s: _schema(s, "Pet")["properties"].update(age={"type": "integer"}), "Pet.age"),
    "field-required": (lambda s: _schema(s, "NewPet")["required"].append("kind"), "NewPet.kind"),
    "field-optional": (lambda s: _schema(s, "Pet")["required"].remove("name"), "Pet.name"),
    "field-nullable": (lambda s: _set(_prop(s, "Pet", "name"), nullable=True), "Pet.name"),
    "auth-removed": (lambda s: (s["components"].pop("securitySchemes"), s.pop("security")), "auth token"),
    "auth-added": (lambda s: _set(s["components"]["securitySchemes"], key={"type": "apiKey", "in": "header", "name": "X-Key"}), "auth key"),
    "auth-changed": (lambda s: _set(s["components"]["securitySchemes"], token={"type": "http", "scheme": "basic"}), "auth token"),
    "error-responses-changed": (lambda s: _get_pet(s)["responses"].update({"404": _json_response("Note")}), "default.get_pet"),
    "deprecated": (lambda s: _set(_get_pet(s), deprecated=True), "default.get_pet"),
    "description-changed": (lambda s: _set(_get_pet(s), summary="Fetch one pet."), "default.get_pet"),
    "method-added": (lambda s: s["paths"]["/pets"].update(delete={"operationId": "deletePets", "responses": {"204": {"description": "gone"}}}), "default.delete_pets"),
}
# rules shown by running another rule's edit backwards (from the edited spec to the base)
REVERSED = {"param-optional": "param-required", "request-type-narrowed": "request-type-widened"}


def surface(spec: Spec, tmp_path: Path, name: str) -> dict[str, Any]:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(spec))
    return snapshot(load_api(Settings(spec=path)), "1.0.0")


def changes_for(edit: Callable[[Spec], None], tmp_path: Path) -> list[Change]:
    old = base()
    new = copy.deepcopy(old)
    edit(new)
    return compare(surface(old, tmp_path, "old"), surface(new, tmp_path, "new")).items


@pytest.mark.parametrize("rule", sorted(set(EDITS) | set(REVERSED)))
def test_rule(rule: str, tmp_path: Path) -> None:
    if rule in REVERSED:
        edit, subject = EDITS[REVERSED[rule]]
        old = base()
        edit(old)
        found = compare(surface(old, tmp_path, "old"), surface(base(), tmp_path, "new")).items
    else:
        edit, subject = EDITS[rule]
        found = changes_for(edit, tmp_path)
    assert (rule, subject) in {(c.rule, c.subject) for c in found}, found
    change = next(c for c in found if c.rule == rule and c.subject == subject)
    assert change.level == RULES[rule]
    assert "\n" not in change.message


def test_cli_command_renamed() -> None:
    """A CLI name changes without the method's only through a hook (process_api): compared as snapshots."""
    old = {"methods": {"pets.list": {"endpoint": "GET /pets", "cli": "list", "returns": "None", "params": {}, "errors": {}, "variants": []}}, "models": {}, "auth": {}}
    new = copy.deepcopy(old)
    new["methods"]["pets.list"]["cli"] = "ls"
    assert [(c.rule, c.level) for c in compare(old, new).items] == [("cli-command-renamed", "breaking")]


def test_an_unchanged_spec_has_no_changes(tmp_path: Path) -> None:
    assert changes_for(lambda s: None, tmp_path) == []


def test_a_rename_is_not_also_a_removal_and_an_addition(tmp_path: Path) -> None:
    found = changes_for(EDITS["method-renamed"][0], tmp_path)
    assert [c.rule for c in found] == ["method-renamed"]
    assert found[0].message == "`default.list_pets` was renamed to `default.find_pets` (GET /pets)"


def test_every_rule_is_tested_and_in_the_readme_table() -> None:
    assert set(EDITS) | set(REVERSED) | {"cli-command-renamed"} == set(RULES)
    section = ROOT.joinpath("README.md").read_text().split("### What counts as breaking", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([a-z-]+)` \| (breaking|non-breaking|patch) \|", section, re.M)
    assert dict(rows) == RULES
    assert len(rows) == len(RULES)


def test_backticks_in_a_spec_name_stay_one_code_span(tmp_path: Path) -> None:
    found = changes_for(lambda s: _prop(s, "NewPet", "kind")["enum"].append("a`b"), tmp_path)
    assert any("``'a`b'``" in c.message for c in found), found


def test_an_optional_field_that_becomes_nullable_changes_nothing_users_see(tmp_path: Path) -> None:
    """Its attribute is `str | None` before and after: no change is reported on it (the keyword
    argument `tag=` of `create_pet`, though, no longer takes `None`)."""
    assert changes_for(lambda s: _set(_prop(s, "Pet", "tag"), nullable=True), tmp_path) == []
    found = changes_for(lambda s: _set(_prop(s, "NewPet", "tag"), nullable=False), tmp_path)
    assert [(c.subject, c.rule) for c in found] == [("default.create_pet(tag)", "request-type-narrowed")]


def test_a_nullable_response_field_that_becomes_required_is_narrowed(tmp_path: Path) -> None:
    """Its attribute is `str | None` before and after, but the model now rejects a response that
    leaves it out: reported, as the server's promise it is (found by the hypothesis test on
    Twilio's spec)."""
    def nullable_tag(spec: Spec) -> None:
        _set(_prop(spec, "Pet", "tag"), nullable=True)

    old, new = base(), base()
    nullable_tag(old)
    nullable_tag(new)
    _schema(new, "Pet")["required"].append("tag")
    found = compare(surface(old, tmp_path, "old"), surface(new, tmp_path, "new")).items
    assert [(c.subject, c.rule, c.level) for c in found] == [("Pet.tag", "response-type-narrowed", "non-breaking")]
    assert found[0].message == "`Pet.tag` is always present now (it may still be `None`)"


def test_an_open_enum_inside_a_list_is_not_a_type_change(tmp_path: Path) -> None:
    """`list[str]` to `list[Literal['merge', 'squash'] | str]`: a type checker sees `list[str]` in both."""
    def enum_items(spec: Spec) -> None:
        _schema(spec, "NewPet")["properties"]["methods"] = {"type": "array", "items": {"type": "string", "enum": ["merge", "squash"]}}

    def plain_items(spec: Spec) -> None:
        _schema(spec, "NewPet")["properties"]["methods"] = {"type": "array", "items": {"type": "string"}}

    old, new = base(), base()
    plain_items(old)
    enum_items(new)
    found = compare(surface(old, tmp_path, "old"), surface(new, tmp_path, "new")).items
    assert {(c.subject, c.rule) for c in found} == {("NewPet.methods", "enum-value-added"), ("default.create_pet(methods)", "enum-value-added")}


def test_a_closed_enum_that_opens_is_widened(tmp_path: Path) -> None:
    """`Literal['cat']` (a const) to `Literal['cat', 'dog'] | str` (an open enum)."""
    old, new = base(), base()
    _schema(old, "NewPet")["properties"]["kind"] = {"type": "string", "enum": ["cat"], "x-stainless-const": True}
    _schema(new, "NewPet")["properties"]["kind"] = {"type": "string", "enum": ["cat", "dog"]}
    found = compare(surface(old, tmp_path, "old"), surface(new, tmp_path, "new")).items
    assert ("NewPet.kind", "request-type-widened") in {(c.subject, c.rule) for c in found}, found
