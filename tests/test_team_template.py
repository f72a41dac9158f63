"""A team's own layout of the API modules (tests/data/team_group/group.py.j2, about 50 lines: one
keyword-only method per variant, no overloads, sorted by name) needs no import, naming or endpoint
logic of its own: it prints what the IR and the render lookups decided. The client it gives
type-checks under mypy --strict and keeps the `_stream` and `_iter` variants, which work."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import run_clientgen, run_python

DATA = Path(__file__).parent / "data" / "team_group"
TEMPLATE = DATA / "group.py.j2"

USE = """
import asyncio, json
import httpx
from team import AsyncClient, Client

def answer(request):
    if request.url.path.endswith("/items"):
        after = request.url.params.get("after")
        page = {"data": [{"id": "b"}], "has_more": False} if after == "a" else {"data": [{"id": "a"}], "has_more": True}
        return httpx.Response(200, json=page)
    body = json.loads(request.content)
    if body.get("stream"):
        events = "".join(f"data: {json.dumps({'id': str(i)})}\\n\\n" for i in range(3))
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, text=events)
    return httpx.Response(200, json={"id": body["prompt"]})

with Client(base_url="https://t.test", transport=httpx.MockTransport(answer)) as client:
    print([item.id for item in client.items.list_items_iter()])
    print([event.id for event in client.items.create_completion_stream(prompt="p")])
    print(client.items.create_completion(prompt="p").id)

async def main():
    async with AsyncClient(base_url="https://t.test", transport=httpx.MockTransport(answer)) as client:
        print([item.id async for item in client.items.list_items_iter()])
        print([event.id async for event in await client.items.create_completion_stream(prompt="q")])

asyncio.run(main())
"""


def test_a_short_team_template_lays_out_methods_its_own_way(tmp_path: Path) -> None:
    text = TEMPLATE.read_text()
    assert len(text.splitlines()) <= 55
    # nothing of the built-in's decisions copied: no import choices, no name building, no endpoint fields
    assert not re.search(r"import (os|Path|Any|Literal)|_Style|_stream\"|_iter\"|upper|py_name ~|method=", text)
    overlay = tmp_path / "templates" / "client" / "package" / "api"
    overlay.mkdir(parents=True)
    shutil.copy(TEMPLATE, overlay / "group.py.j2")
    out = tmp_path / "sdk"
    made = run_clientgen("generate", str(DATA / "team.yaml"), "-o", str(out), "--package-name", "team", "--templates", str(tmp_path / "templates"))
    assert made.returncode == 0, made.stderr
    module = (out / "team" / "api" / "items.py").read_text()
    assert "(team layout)" in module and "@overload" not in module
    for name in ("create_completion", "create_completion_stream", "list_items", "list_items_iter"):
        assert module.count(f"def {name}(") == 2, name  # sync and async
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy-cache"), "-p", "team"],
        capture_output=True, text=True, cwd=out, timeout=600,
    )
    assert mypy.returncode == 0, mypy.stdout[-4000:]
    used = run_python(USE, path=out)
    assert used.returncode == 0, used.stderr[-3000:]
    assert used.stdout.split("\n")[:5] == ["['a', 'b']", "['0', '1', '2']", "p", "['a', 'b']", "['0', '1', '2']"]
