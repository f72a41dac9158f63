"""The test suite every generated SDK ships (tests/ in its folder) passes, exercises every
operation with a sync and an async client, and passes against Prism too."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest
from conftest import ROOT, free_port, run_clientgen
from examples import EXAMPLES, UPLOADS
from sdk_runner import Outcome, run_sdk_tests
from test_openai_prism import KNOWN

from clientgen.pipeline import Settings, load_api

REALWORLD = ROOT.parent / "shared" / "realworld"
REALWORLD_SAMPLE = 8  # specs per run, seeded: minutes, not hours
REALWORLD_MAX_OPERATIONS = 60
SEED = 13


# the client's own tests (tests/test_sdk.py), which every SDK has, whatever its operations
CLIENT_TESTS = set(re.findall(r"^def (test_\w+)\(", (ROOT / "templates/client/tests/test_sdk.py.j2").read_text(), re.MULTILINE))


def operation_tests(spec: Path, package: str) -> set[str]:
    api = load_api(Settings(spec=spec, package_name=package, validation="none"))
    return {f"test_{op.py_name}[{mode}]" for op in api.operations for mode in ("sync", "async")}


def expected_tests(spec: Path, package: str) -> set[str]:
    return operation_tests(spec, package) | CLIENT_TESTS


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.package for e in EXAMPLES])
def test_generated_tests_pass_and_cover_every_operation(example, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    outcome = run_sdk_tests(example.output_path, tmp_path)
    print(f"{example.output}: {len(outcome.tests)} tests in {outcome.seconds:.1f} s")
    assert (outcome.failures, outcome.errors, outcome.skipped) == (0, 0, 0), outcome.output
    assert outcome.tests == expected_tests(example.spec_path, example.package)


SMALL = [e for e in EXAMPLES if e.package != "openai_client"]  # OpenAI's run is the next test


@pytest.mark.parametrize("example", SMALL, ids=[e.package for e in SMALL])
def test_generated_tests_pass_against_prism(example, prism_for, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    prism = prism_for(example.spec_path)
    outcome = run_sdk_tests(example.output_path, tmp_path, env={"PRISM_URL": prism.url})
    print(f"{example.output} against Prism: {len(outcome.tests)} tests in {outcome.seconds:.1f} s")
    assert (outcome.failures, outcome.errors, outcome.skipped) == (0, 0, 0), outcome.output
    assert outcome.tests == expected_tests(example.spec_path, example.package)
    # and PRISM_URL really takes the calls away from the mock: with nothing listening, every operation's test fails
    nobody = run_sdk_tests(example.output_path, tmp_path, env={"PRISM_URL": f"http://127.0.0.1:{free_port()}"})
    assert nobody.failed == operation_tests(example.spec_path, example.package)


def test_openai_generated_tests_pass_against_prism(prism_for, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """All 288 operations, sync and async, against Prism; only Prism's own known defect may fail."""
    openai = next(e for e in EXAMPLES if e is not UPLOADS)
    outcome = run_sdk_tests(openai.output_path, tmp_path, env={"PRISM_URL": prism_for(openai.spec_path).url})
    print(f"{openai.output} against Prism: {len(outcome.tests)} tests in {outcome.seconds:.1f} s")
    assert outcome.tests == expected_tests(openai.spec_path, openai.package)
    prism_defects = {f"test_{op}[{mode}]" for op in KNOWN for mode in ("sync", "async")}  # see test_openai_prism.py
    assert outcome.failed == prism_defects, outcome.output


def realworld_sample() -> list[str]:
    """A seeded sample of the real-world specs small enough to run in CI."""
    rows = re.findall(r"^\| (\S+\.(?:json|yaml)) \| [^|]+ \| ([0-9]+) \|", (REALWORLD / "MANIFEST.md").read_text(), re.MULTILINE)
    small = sorted(path for path, ops in rows if 1 <= int(ops) <= REALWORLD_MAX_OPERATIONS)
    return sorted(random.Random(SEED).sample(small, REALWORLD_SAMPLE))  # noqa: S311 - a sample, not a secret


@pytest.mark.parametrize("spec", realworld_sample())
def test_generated_tests_pass_on_real_specs(spec: str, tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    started = time.monotonic()
    made = run_clientgen("generate", str(REALWORLD / spec), "-o", str(out), "--package-name", "pkg", "--quiet", "--no-validate")
    assert made.returncode == 0, made.stderr[-3000:]
    generated = time.monotonic() - started
    outcome = run_sdk_tests(out, tmp_path)
    print(f"{spec}: generated in {generated:.1f} s; {len(outcome.tests)} tests in {outcome.seconds:.1f} s")
    assert (outcome.failures, outcome.errors, outcome.skipped) == (0, 0, 0), outcome.output
    assert outcome.tests == expected_tests(REALWORLD / spec, "pkg")


KINDS = """\
openapi: 3.1.0
info: {title: Kinds, version: "1"}
servers: [{url: "https://api.example.com/v2"}]
paths:
  /notes/{note_id}:
    get:
      operationId: getNoteText
      tags: [notes]
      parameters: [{name: note_id, in: path, required: true, schema: {type: integer}}]
      responses: {"200": {description: ok, content: {text/plain: {schema: {type: string}}}}}
    delete:
      operationId: deleteNote
      tags: [notes]
      parameters: [{name: note_id, in: path, required: true, schema: {type: string}, example: "a/b c"}]
      responses: {"204": {description: gone}}
  /notes/{note_id}/pdf#export:
    get:
      operationId: exportNote
      tags: [notes]
      parameters: [{name: note_id, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: ok, content: {application/pdf: {schema: {type: string, format: binary}}}}}
  /events?beta=true:
    post:
      operationId: streamEvents
      tags: [events]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/Query"}}}
      responses:
        "200": {description: ok, content: {text/event-stream: {schema: {$ref: "#/components/schemas/Event"}}}}
  /events:
    get:
      operationId: listEvents
      tags: [events]
      parameters: [{name: since, in: query, required: true, schema: {type: string, format: date-time}}]
      responses:
        "2XX":
          description: ok
          content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Event"}}}}
  /events/last-seen:
    get:
      operationId: lastSeen
      tags: [events]
      responses:
        "200":
          description: a date or a date-time (the runtime's `date_or_datetime` tells them apart)
          content: {application/json: {schema: {oneOf: [{type: string, format: date}, {type: string, format: date-time}]}}}
components:
  schemas:
    Query:
      type: object
      required: [topic]
      properties: {topic: {type: string, enum: [a, b]}, limit: {type: integer, minimum: 1}}
    Base: {type: object, properties: {id: {type: string, format: uuid}, at: {type: string, format: date-time}}}
    Event:
      allOf: [{$ref: "#/components/schemas/Base"}, {type: object, properties: {kind: {type: string}}}]
      required: [id, at, kind]
"""


def generated_tests_pass(spec: Path, package: str, tmp_path: Path) -> tuple[Path, Outcome]:
    """Generate `spec` into tmp_path/sdk and run the SDK's own tests: every one passes, and pytest exits 0."""
    out = tmp_path / "sdk"
    made = run_clientgen("generate", str(spec), "-o", str(out), "--package-name", package, "--quiet")
    assert made.returncode == 0, made.stderr[-3000:]
    outcome = run_sdk_tests(out, tmp_path)
    assert (outcome.returncode, outcome.failures, outcome.errors, outcome.skipped) == (0, 0, 0, 0), outcome.output
    return out, outcome


def test_every_response_kind_is_mocked_and_checked(tmp_path: Path) -> None:
    """Text, empty, binary, event-stream and JSON (from a `2XX`) responses; a fixed query and
    a fragment in the path; a path parameter that needs escaping; allOf's required fields; a
    result whose annotation uses a runtime helper (`date_or_datetime`), which the test imports."""
    (tmp_path / "kinds.yaml").write_text(KINDS)
    _, outcome = generated_tests_pass(tmp_path / "kinds.yaml", "kinds", tmp_path)
    assert outcome.tests == expected_tests(tmp_path / "kinds.yaml", "kinds")
    assert len(outcome.tests) == 12 + len(CLIENT_TESTS)


SAMPLES = """\
openapi: 3.0.3
info: {title: Samples, version: "2.0 (v2)"}
paths:
  /users/{id}:
    get:
      operationId: getUser
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/UserDocument"}}}}
  /prices:
    post:
      operationId: createPrice
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                default: {}
                required: [id, table]
                properties: {id: {type: integer, default: ""}, table: {type: string}}
  /campaigns:
    get:
      operationId: getCampaign
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Campaign"}}}}
  /warnings:
    get:
      operationId: listWarnings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [warnings]
                properties: {warnings: {type: array, items: {$ref: "#/components/schemas/Warning"}}}
components:
  schemas:
    Campaign:
      type: object
      required: [variation, payload]
      properties:
        variation: {type: string, format: uuid, default: all}
        payload: {type: string, nullable: true, additionalProperties: true}
    Document: {type: object, required: [attributes], properties: {attributes: {type: object}}}
    UserDocument:
      allOf: [{$ref: "#/components/schemas/Document"}, {properties: {attributes: {$ref: "models/user.yaml"}}}]
    Warning: {type: object, required: [code], properties: {code: {type: integer}}}
"""
MODELS = {
    "user.yaml": "type: object\nrequired: [profile]\nproperties: {profile: {$ref: profile.yaml}}\n",
    "profile.yaml": "type: object\nrequired: [name]\nproperties: {name: {type: string, default: Ada}}\n",
}


def test_mock_responses_are_valid_where_the_spec_s_own_values_are_not(tmp_path: Path) -> None:
    """Defaults that break their schema (`{}` without the required properties, `all` as a
    UUID, `""` as an integer); a property declared by two `allOf` members; a `$ref` relative
    to another file of a multi-file spec; a model named like a builtin (`Warning`); a string
    with a stray `additionalProperties`. The mocks must satisfy the client's strict parsing."""
    (tmp_path / "models").mkdir()
    for name, text in MODELS.items():
        (tmp_path / "models" / name).write_text(text)
    (tmp_path / "samples.yaml").write_text(SAMPLES)
    out, outcome = generated_tests_pass(tmp_path / "samples.yaml", "samples", tmp_path)
    assert outcome.tests == expected_tests(tmp_path / "samples.yaml", "samples")
    tests = (out / "tests" / "test_default.py").read_text()
    assert '"profile": {"name": "Ada"}' in tests  # from models/profile.yaml, found from models/user.yaml
    models = (out / "samples" / "models" / "__init__.py").read_text()
    assert re.search(r"\bWarning\b", models) is None and re.search(r"\bWarning2\b", models)  # not the builtin's name


def test_an_sdk_without_operations_still_has_passing_tests(tmp_path: Path) -> None:
    """A spec of webhooks only: plain `pytest` in the SDK must pass (not exit 5, no tests)."""
    spec = tmp_path / "hooks.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: Hooks, version: latest}\npaths: {}\n"
        "webhooks:\n  ping: {post: {requestBody: {content: {application/json: {schema: {type: object}}}},"
        " responses: {'200': {description: ok}}}}\n"
    )
    _, outcome = generated_tests_pass(spec, "hooks", tmp_path)
    assert outcome.tests == CLIENT_TESTS
