"""Every example a spec gives for a model parses into the generated model and serialises
back to the same JSON (field order aside)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED_SPECS, run_python

from clientgen.load.document import load_document
from clientgen.pipeline import Settings, load_api

SPECS = {"openai": SHARED_SPECS / "openai" / "openapi.yaml", "github": SHARED_SPECS / "github" / "api.github.com.json"}
COMPONENT = "#/components/schemas/"

ROUND_TRIP = """
import json, sys, pydantic
from pkg import models
cases = json.load(open(sys.argv[1]))
ok, failed = 0, []
for index, (name, example) in enumerate(cases):
    try:
        adapter = pydantic.TypeAdapter(getattr(models, name))
        value = adapter.validate_python(example)
        back = adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True)
        assert back == example, (back, example)
        ok += 1
    except Exception as exc:
        failed.append([index, str(exc)[:300]])
print(json.dumps({"ok": ok, "failed": failed}))
"""


def media_examples(media: dict[str, Any]) -> list[Any]:
    found = [media["example"]] if "example" in media else []
    for item in (media.get("examples") or {}).values():
        if isinstance(item, dict) and "value" in item:
            found.append(item["value"])
    return found


def collect(spec: dict[str, Any]) -> list[tuple[str, Any]]:
    """(schema name, example) for schema-level examples and media examples of a $ref'd model."""
    cases: list[tuple[str, Any]] = []
    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        if isinstance(schema, dict):
            if "example" in schema:
                cases.append((name, schema["example"]))
            cases.extend((name, e) for e in schema.get("examples") or [] if isinstance(schema.get("examples"), list))

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            content = node.get("content")
            if isinstance(content, dict):
                for media in content.values():
                    if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                        ref = media["schema"].get("$ref", "")
                        if ref.startswith(COMPONENT):
                            cases.extend((ref[len(COMPONENT):], e) for e in media_examples(media))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec.get("paths"))
    walk(spec.get("components", {}).get("responses"))
    walk(spec.get("components", {}).get("requestBodies"))
    return cases


def spec_accepts(spec: dict[str, Any], schema_name: str, example: Any) -> bool:
    """Whether the spec's own schema accepts the example, judged by openapi-schema-validator."""
    from openapi_schema_validator import OAS30Validator, OAS31Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    cls = OAS31Validator if str(spec.get("openapi", "")).startswith("3.1") else OAS30Validator
    registry: Registry[Any] = Registry().with_resource("urn:spec", Resource.from_contents(spec, default_specification=DRAFT202012))
    validator = cls({"$ref": f"urn:spec{COMPONENT}{schema_name}"}, registry=registry)
    return bool(validator.is_valid(example))


@pytest.mark.parametrize("name", sorted(SPECS))
def test_spec_examples_round_trip(name: str, tmp_path: Path, generated) -> None:  # type: ignore[no-untyped-def]
    spec_path = SPECS[name]
    out = generated(spec_path)
    api = load_api(Settings(spec=spec_path, package_name="pkg", validation="none"))
    by_schema = {m.wire_name: m.name for m in api.models}
    cases = collect(load_document(spec_path).data)
    # schemas that are plain strings or numbers have no model to round-trip through
    resolved = [(by_schema[schema], example) for schema, example in cases if schema in by_schema]
    case_file = tmp_path / "cases.json"
    case_file.write_text(json.dumps(resolved))
    checked = run_python(ROUND_TRIP.replace("sys.argv[1]", repr(str(case_file))), path=out, timeout=600)
    assert checked.returncode == 0, checked.stderr[-3000:]
    report = json.loads(checked.stdout)
    spec = load_document(spec_path).data
    wire = {m.name: m.wire_name for m in api.models}
    ours = [(resolved[i][0], err) for i, err in report["failed"] if spec_accepts(spec, wire[resolved[i][0]], resolved[i][1])]
    print(
        f"{name}: {len(resolved)} examples; {report['ok']} round-tripped; "
        f"{len(report['failed']) - len(ours)} break their own schema (spec defects); {len(ours)} failed"
    )
    assert not ours, "\n".join(f"{n}: {e}" for n, e in ours[:15])
