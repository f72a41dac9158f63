"""Runtime overhead of a generated client against raw httpx, over a loopback uvicorn server.

    python bench/runtime_overhead.py [--client-dir output/openai-uploads] [--requests 2000]

Prints one JSON document on stdout. The server runs in a child process (`--serve`), so it does
not compete with the measured loop for the GIL. Every loop is bounded by a request count and a
time budget; the report says how many requests each loop really made.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import json
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import ModuleType
from typing import Any

CANCEL_PATH = "/uploads/{upload_id}/cancel"
LIST_PATH = "/bench/uploads"
LIST_SIZE = 10_000
ROOT = Path(__file__).resolve().parent.parent


def upload_json(i: int = 0, status: str = "cancelled") -> dict[str, Any]:
    """A valid `Upload` object as the OpenAI spec defines it."""
    return {
        "id": f"upload_{i:06d}",
        "object": "upload",
        "bytes": 2_147_483_648 + i,
        "created_at": 1_719_184_911 + i,
        "filename": f"training_examples_{i}.jsonl",
        "purpose": "fine-tune",
        "status": status,
        "expires_at": 1_719_127_296 + i,
    }


def list_body(n: int = LIST_SIZE) -> bytes:
    return json.dumps([upload_json(i, "pending") for i in range(n)], separators=(",", ":")).encode()


# ---- server -------------------------------------------------------------------------------


def serve() -> None:
    """Serve the two fixed routes on 127.0.0.1 until killed; announce the port on stdout."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    one = json.dumps(upload_json(), separators=(",", ":")).encode()
    many = list_body()

    async def cancel(request: Request) -> Response:
        return Response(one, media_type="application/json")

    async def uploads(request: Request) -> Response:
        return Response(many, media_type="application/json")

    app = Starlette(
        routes=[
            Route(CANCEL_PATH, cancel, methods=["POST"]),
            Route(LIST_PATH, uploads, methods=["GET"]),
        ]
    )
    # proto must be IPPROTO_TCP, else asyncio does not set TCP_NODELAY on accepted connections
    # and every response waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    print(sock.getsockname()[1], flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])


def start_server(timeout: float = 30) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(  # noqa: S603 - runs this very file
        [sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.isdigit():
        proc.kill()
        raise RuntimeError(f"the loopback server did not start (got {line!r})")
    base_url = f"http://127.0.0.1:{line}"
    _wait_ready(base_url, timeout)
    return proc, base_url


def _wait_ready(base_url: str, timeout: float) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.post(base_url + CANCEL_PATH.format(upload_id="ping")).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("the loopback server never answered")


def stop_server(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


# ---- timing helpers -----------------------------------------------------------------------


def _summary(samples: list[float], elapsed: float) -> dict[str, Any]:
    if not samples:
        return {"requests": 0}
    return {
        "requests": len(samples),
        "total_s": round(elapsed, 4),
        "per_s": round(len(samples) / elapsed, 1),
        "mean_us": round(statistics.fmean(samples) * 1e6, 1),
        "median_us": round(statistics.median(samples) * 1e6, 1),
        "p95_us": round(sorted(samples)[int(len(samples) * 0.95) - 1] * 1e6, 1),
    }


def _sync_block(call: Callable[[], object], count: int, deadline: float, samples: list[float]) -> None:
    for _ in range(count):
        if time.perf_counter() > deadline:
            return
        t0 = time.perf_counter()
        call()
        samples.append(time.perf_counter() - t0)


async def _async_block(
    call: Callable[[], Awaitable[object]], count: int, deadline: float, samples: list[float]
) -> None:
    for _ in range(count):
        if time.perf_counter() > deadline:
            return
        t0 = time.perf_counter()
        await call()
        samples.append(time.perf_counter() - t0)


def _interleave_sync(
    variants: dict[str, Callable[[], object]], requests: int, budget_s: float, blocks: int = 8
) -> dict[str, dict[str, Any]]:
    """Run every variant `requests` times, in alternating blocks, each bounded by `budget_s`."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    deadlines = {name: time.perf_counter() + budget_s for name in variants}
    per_block = max(1, requests // blocks)
    for call in variants.values():  # warm-up: connections, adapters, lazy imports
        _sync_block(call, 50, time.perf_counter() + 10, [])
    for _ in range(blocks):
        for name, call in variants.items():
            _sync_block(call, per_block, deadlines[name], samples[name])
    return {name: _summary(s, sum(s)) for name, s in samples.items()}


async def _interleave_async(
    variants: dict[str, Callable[[], Awaitable[object]]], requests: int, budget_s: float, blocks: int = 8
) -> dict[str, dict[str, Any]]:
    samples: dict[str, list[float]] = {name: [] for name in variants}
    deadlines = {name: time.perf_counter() + budget_s for name in variants}
    per_block = max(1, requests // blocks)
    for call in variants.values():
        await _async_block(call, 50, time.perf_counter() + 10, [])
    for _ in range(blocks):
        for name, call in variants.items():
            await _async_block(call, per_block, deadlines[name], samples[name])
    return {name: _summary(s, sum(s)) for name, s in samples.items()}


def _ratio(ours: dict[str, Any], raw: dict[str, Any], key: str = "mean_us") -> float | None:
    if not ours.get(key) or not raw.get(key):
        return None
    return round(ours[key] / raw[key], 3)


def _with_ratios(results: dict[str, Any]) -> dict[str, Any]:
    for stat in ("mean_us", "median_us"):
        suffix = "" if stat == "mean_us" else "_median"
        results["ratio_ours_raw" + suffix] = _ratio(results["ours"], results["raw_httpx"], stat)
        results["ratio_ours_raw_pydantic" + suffix] = _ratio(results["ours"], results["raw_httpx_pydantic"], stat)
    return results


# ---- the measurements ---------------------------------------------------------------------


def load_client(client_dir: Path, package: str) -> ModuleType:
    sys.path.insert(0, str(client_dir))
    return importlib.import_module(package)


def measure_sync(pkg: ModuleType, upload: Any, base_url: str, requests: int, budget_s: float) -> dict[str, Any]:
    import httpx

    path = CANCEL_PATH.format(upload_id="x")
    raw = httpx.Client(base_url=base_url)
    ours = pkg.Client(base_url=base_url)
    try:
        results = _interleave_sync(
            {
                "raw_httpx": lambda: raw.post(path).json(),
                "raw_httpx_pydantic": lambda: upload.model_validate_json(raw.post(path).content),
                "ours": lambda: ours.uploads.cancel_upload("x"),
            },
            requests,
            budget_s,
        )
    finally:
        raw.close()
        ours.close()
    return _with_ratios(results)


def measure_async(pkg: ModuleType, upload: Any, base_url: str, requests: int, budget_s: float) -> dict[str, Any]:
    import httpx

    path = CANCEL_PATH.format(upload_id="x")

    async def main() -> dict[str, Any]:
        raw = httpx.AsyncClient(base_url=base_url)
        ours = pkg.AsyncClient(base_url=base_url)

        async def raw_call() -> object:
            return (await raw.post(path)).json()

        async def raw_pydantic_call() -> object:
            return upload.model_validate_json((await raw.post(path)).content)

        try:
            return await _interleave_async(
                {
                    "raw_httpx": raw_call,
                    "raw_httpx_pydantic": raw_pydantic_call,
                    "ours": lambda: ours.uploads.cancel_upload("x"),
                },
                requests,
                budget_s,
            )
        finally:
            await raw.aclose()
            await ours.aclose()

    results = asyncio.run(main())
    return _with_ratios(results)


def _best_of(fn: Callable[[], object], repeats: int, budget_s: float) -> dict[str, Any]:
    times: list[float] = []
    deadline = time.perf_counter() + budget_s
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
        if time.perf_counter() > deadline:
            break
    best = min(times)
    return {"runs": len(times), "best_s": round(best, 4), "objects_per_s": round(LIST_SIZE / best)}


def _request_no_args(client: Any, endpoint: Any) -> object:
    """`client._request(endpoint)` with no arguments, for either runtime calling convention."""
    params = list(inspect.signature(client._request).parameters)
    if len(params) >= 2 and params[1] == "args":
        return client._request(endpoint, {})
    return client._request(endpoint)


def _guarded(fn: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - private API of a generated package; report, don't crash
        return {"error": f"{type(exc).__name__}: {exc}"[:300]}


def _client_parse_path(pkg: ModuleType, package: str, upload: Any, body: bytes, base_url: str) -> dict[str, Any]:
    """Parse the list through the client's own response code (private API: may change or vanish)."""
    import httpx

    runtime = importlib.import_module(f"{package}._runtime")
    endpoint = runtime.Endpoint(
        method="GET", path=LIST_PATH, operation_id="benchListUploads", responses={"200": list[upload]}
    )
    client = pkg.Client(base_url=base_url)
    request = httpx.Request("GET", base_url + LIST_PATH)
    response = httpx.Response(200, content=body, request=request, headers={"content-type": "application/json"})
    try:
        return {
            "parse_only": _guarded(lambda: _best_of(lambda: client._parse(endpoint, response), 5, 30)),
            "over_http": _guarded(lambda: _best_of(lambda: _request_no_args(client, endpoint), 5, 30)),
        }
    finally:
        client.close()


def measure_parse(pkg: ModuleType, package: str, base_url: str) -> dict[str, Any]:
    """Throughput of parsing a 10,000-element `list[Upload]` in several ways."""
    import httpx
    import pydantic

    upload = importlib.import_module(f"{package}.models").Upload
    body = list_body()
    adapter = pydantic.TypeAdapter(list[upload])
    raw = httpx.Client(base_url=base_url)
    out: dict[str, Any] = {"objects": LIST_SIZE, "body_bytes": len(body)}
    try:
        out["type_adapter_validate_json"] = _best_of(lambda: adapter.validate_json(body), 5, 30)
        out["model_validate_per_item"] = _best_of(
            lambda: [upload.model_validate(item) for item in json.loads(body)], 5, 30
        )
        out["raw_httpx_get_type_adapter"] = _best_of(lambda: adapter.validate_json(raw.get(LIST_PATH).content), 5, 30)
    finally:
        raw.close()
    out["client_response_path"] = _guarded(lambda: _client_parse_path(pkg, package, upload, body, base_url))
    return out


def run(client_dir: Path, package: str, requests: int, budget_s: float) -> dict[str, Any]:
    pkg = load_client(client_dir, package)
    upload = importlib.import_module(f"{package}.models").Upload
    proc, base_url = start_server()
    try:
        return {
            "client_dir": str(client_dir),
            "package": package,
            "requests": requests,
            "budget_s_per_variant": budget_s,
            "sync": measure_sync(pkg, upload, base_url, requests, budget_s),
            "async": measure_async(pkg, upload, base_url, requests, budget_s),
            "parse": measure_parse(pkg, package, base_url),
        }
    finally:
        stop_server(proc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--client-dir", type=Path, default=ROOT / "output" / "openai-uploads")
    parser.add_argument("--package", default="openai_uploads")
    parser.add_argument("--requests", type=int, default=2000, help="requests per variant (default 2000)")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per variant at most (default 60)")
    args = parser.parse_args(argv)
    if args.serve:
        serve()
        return 0
    print(json.dumps(run(args.client_dir.resolve(), args.package, args.requests, args.budget), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
