"""The full OpenAI client (output/openai) against Prism on OpenAI's own spec: every
operation through the library, 20 through the command line, and every `--help`."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import OUTPUT, SPECS, run_python

from clientgen.pipeline import Settings, load_api

PROJECT = OUTPUT / "openai"
SPEC = SPECS / "openai.yaml"
ENV = {"PYTHONDONTWRITEBYTECODE": "1", "OPENAI_CLIENT_API_KEY_AUTH": "sk-test", "OPENAI_CLIENT_ADMIN_API_KEY_AUTH": "sk-admin"}

CALL_ALL = """
import json, logging, sys
import httpx
from openai_client import Client, ApiStatusError, ApiConnectionError
cases = json.load(open(CASES))
results = []
warned = []  # the runtime logs a response it had to parse leniently (it breaks its schema)
logging.getLogger("openai_client").addHandler(type("H", (logging.Handler,), {"emit": lambda self, r: warned.append(r)})())
with Client(max_retries=0, timeout=30) as client:
    for group, method, call in cases:
        try:
            before = len(warned)
            eval(f"client.{group}.{method}_with_http_info({call})", {"client": client})
            results.append([method, "passed" if len(warned) == before else "passed leniently", ""])
        except ApiStatusError as exc:
            results.append([method, f"http {exc.status_code}", exc.headers.get("sl-violations", exc.body.decode(errors="replace"))[:300]])
        except Exception as exc:
            results.append([method, "error", f"{type(exc).__name__}: {exc}"[:300]])
print(json.dumps(results))
"""


# Operations that do not pass yet, each with the reason (measured; the test fails if this
# list is wrong in either direction, so it shrinks as they are fixed).
KNOWN = {
    "create_speech": (
        "Prism copies the spec's declared `Transfer-Encoding: chunked` header onto a body it does not chunk; "
        "httpx (h11) rejects the malformed response before the client sees it"
    ),
}
# Prism answers these with the spec's own example, which breaks the spec's schema (missing
# required fields such as logprobs, id and status; a JSON string for an object): the client
# parses them leniently (models built as far as the data fits, a warning logged).
LENIENT = {
    "list_evals", "get_eval", "update_eval", "compactconversation", "beta_compactconversation", "create_response",
    "get_response", "cancel_response", "beta_create_response", "beta_get_response", "beta_cancel_response",
    "cancel_chat_session_method", "create_chat_session_method", "create_eval",
}


@pytest.fixture(scope="module")
def api():  # type: ignore[no-untyped-def]
    return load_api(Settings(spec=SPEC, package_name="openai_client", validation="none"))


@pytest.fixture(scope="module")
def prism_env(prism_for) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {**ENV, "OPENAI_CLIENT_BASE_URL": prism_for(SPEC).url}


def call_source(args: tuple[tuple[str, str], ...]) -> str:
    return ", ".join((f"{name}={src}" if name else src) for name, src in args)


def test_every_operation_through_the_library(api, prism_env: dict[str, str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases = [(g.attr_name, op.py_name, call_source(op.example_args)) for g in api.groups for op in g.operations]
    assert len(cases) == 288
    case_file = tmp_path / "cases.json"
    case_file.write_text(json.dumps(cases))
    result = run_python(CALL_ALL.replace("CASES", repr(str(case_file))), path=PROJECT, env=prism_env, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    results: list[list[str]] = json.loads(result.stdout)
    failed = {r[0]: r for r in results if not r[1].startswith("passed")}
    lenient = {r[0] for r in results if r[1] == "passed leniently"}
    assert lenient == LENIENT, (sorted(lenient - LENIENT), sorted(LENIENT - lenient))
    summary = {k: sum(1 for r in results if r[1] == k) for k in sorted({r[1] for r in results})}
    print(f"called {len(results)}: {summary}; known failures {len(KNOWN)}", file=sys.stderr)
    new = [" ".join(failed[m]) for m in failed if m not in KNOWN]
    assert not new, "\n".join(new[:20])
    fixed = sorted(set(KNOWN) - set(failed))
    assert not fixed, f"these pass now; remove them from KNOWN: {fixed}"


def test_every_operation_help(api) -> None:  # type: ignore[no-untyped-def]
    code = """
import contextlib, io, json
from openai_client import _cli
out = []
for op in _cli.OPERATIONS:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = _cli.main([op.cli, "--help"])
    text = buf.getvalue()
    missing = [a.key for a in op.args if a.key not in text]
    out.append([op.cli, rc, missing])
print(json.dumps(out))
"""
    result = run_python(code, path=PROJECT, env=ENV, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = json.loads(result.stdout)
    assert len(rows) == len(api.operations) == 288
    bad = [r for r in rows if r[1] != 0 or r[2]]
    assert not bad, bad[:10]


def pick_twenty(api: Any) -> list[str]:
    """One operation from each of 20 different groups (no file argument, none of KNOWN)."""
    chosen = []
    for group in api.groups:
        for op in group.operations:
            if "@path/to/file" not in op.cli_example and op.return_kind in ("json", "empty") and op.py_name not in KNOWN:
                chosen.append(op.cli_example)
                break
        if len(chosen) == 20:
            break
    return chosen


def test_twenty_operations_through_the_cli(api, prism_env: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    examples = pick_twenty(api)
    assert len(examples) == 20
    code = f"""
import contextlib, io, json, shlex
from openai_client import _cli
out = []
for line in {examples!r}:
    buf, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(err):
        rc = _cli.main(shlex.split(line))
    out.append([line, rc, err.getvalue()[-300:]])
print(json.dumps(out))
"""
    result = run_python(code, path=PROJECT, env=prism_env, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = json.loads(result.stdout)
    bad = [r for r in rows if r[1] != 0]
    assert not bad, "\n".join(f"{shlex.quote(r[0])} -> {r[1]}: {r[2]}" for r in bad)
