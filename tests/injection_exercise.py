"""Run by tests/test_injection.py in a fresh interpreter: `python injection_exercise.py PLAN.json`.

The generated projects are on PYTHONPATH. For each package in the plan: import every
module, round-trip model data, compare Literal values with the spec's enums, run the CLI's
help, and call operations through httpx.MockTransport, checking what goes on the wire.
Prints one JSON object: {package: [problems]}.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import pkgutil
import sys
import typing
from typing import Any
from urllib.parse import unquote

import httpx
import pydantic


def literal_values(tp: Any) -> list[Any]:
    """Every value of every Literal inside an annotation."""
    if typing.get_origin(tp) is typing.Literal:
        return list(typing.get_args(tp))
    found: list[Any] = []
    for arg in typing.get_args(tp):
        found.extend(literal_values(arg))
    alias = getattr(tp, "__value__", None)
    if alias is not None:
        found.extend(literal_values(alias))
    return found


def check_package(plan: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    name = plan["package"]
    pkg = importlib.import_module(name)
    for info in pkgutil.walk_packages(pkg.__path__, name + "."):
        importlib.import_module(info.name)
    models = importlib.import_module(name + ".models")
    for model_name in models.__all__:
        obj = getattr(models, model_name)
        if isinstance(obj, type) and issubclass(obj, pydantic.BaseModel):
            obj.model_rebuild(force=True)
        else:
            pydantic.TypeAdapter(obj)

    for model_name, value in plan.get("roundtrip", []):
        model = getattr(models, model_name)
        built = model.model_validate(value)
        for label, back in (
            ("to_dict", built.to_dict()),
            ("model_dump", built.model_dump(mode="json", by_alias=True, exclude_unset=True)),
            ("json", json.loads(model.model_validate_json(json.dumps(value)).to_json())),
        ):
            if back != value:
                problems.append(f"{model_name} {label}: {back!r} != {value!r}")

    for model_name, field, values in plan.get("literals", []):
        obj = getattr(models, model_name)
        tp = obj.model_fields[field].annotation if field else obj
        got = literal_values(tp)
        if sorted(map(repr, got)) != sorted(map(repr, values)):
            problems.append(f"{model_name}.{field} literals {got!r} != {values!r}")

    cli = importlib.import_module(name + "._cli")
    for argv in plan.get("cli", []):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            try:
                code = cli.main(argv)
            except SystemExit as exc:
                code = exc.code
        if code not in (0, None):
            problems.append(f"cli {argv!r} exited {code}: {out.getvalue()[-500:]}")
        for text in plan.get("cli_must_show", []):
            if argv == ["--help"] and text not in out.getvalue():
                problems.append(f"cli --help does not show {text!r}")

    client_mod = importlib.import_module(name)
    for call in plan.get("calls", []):
        seen: list[httpx.Request] = []

        def handler(request: httpx.Request, call: dict[str, Any] = call, seen: list[httpx.Request] = seen) -> httpx.Response:
            request.read()
            seen.append(request)
            return httpx.Response(call["status"], json=call["respond"])

        with client_mod.Client(base_url="http://test", transport=httpx.MockTransport(handler), **call["credentials"]) as client:
            method = getattr(getattr(client, call["group"]), call["method"])
            try:
                result = method(*call["args"], **call["kwargs"])
            except Exception as exc:  # report, do not crash the whole check
                problems.append(f"{call['method']}: {type(exc).__name__}: {exc}")
                continue
        label = call["method"]
        if len(seen) != 1:
            problems.append(f"{label}: {len(seen)} requests")
            continue
        request = seen[0]
        expect = call["expect"]
        raw_path = request.url.raw_path.decode("ascii")
        path, _, _ = raw_path.partition("?")
        segments = [unquote(s) for s in path.split("/")[1:]]
        if segments != expect["segments"]:
            problems.append(f"{label}: path {raw_path!r} decodes to {segments!r}, not {expect['segments']!r}")
        query = [list(kv) for kv in request.url.params.multi_items()]
        if query != expect["query"]:
            problems.append(f"{label}: query {query!r} != {expect['query']!r}")
        for key, value in expect["headers"]:
            got = request.headers.get_list(key)
            if got != [value]:
                problems.append(f"{label}: header {key!r} is {got!r}, not {[value]!r}")
        if "json" in expect:
            body = json.loads(request.content) if request.content else None
            if body != expect["json"]:
                problems.append(f"{label}: body {body!r} != {expect['json']!r}")
        if "result" in call:
            data = result.to_dict() if isinstance(result, pydantic.BaseModel) else result
            if data != call["result"]:
                problems.append(f"{label}: result {data!r} != {call['result']!r}")
    return problems


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as fh:
        plans = json.load(fh)
    report: dict[str, list[str]] = {}
    for plan in plans:
        try:
            report[plan["package"]] = check_package(plan)
        except Exception as exc:  # one broken package must not hide the others
            import traceback

            report[plan["package"]] = [f"crashed: {type(exc).__name__}: {exc}\n{traceback.format_exc()[-2000:]}"]
    print(json.dumps(report))


if __name__ == "__main__":
    main()
