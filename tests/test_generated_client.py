"""The committed example packages import, type-check under mypy --strict and behave."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import copy_tree, run_python
from examples import EXAMPLES, UPLOADS, Example


@pytest.fixture(scope="module")
def uploads_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_tree(UPLOADS.output_path, tmp_path_factory.mktemp("uploads") / "project")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.package)
def test_mypy_strict_passes(example: Example, tmp_path: Path) -> None:
    project = copy_tree(example.output_path, tmp_path / "project")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "-p", example.package],
        capture_output=True,
        text=True,
        cwd=project,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert "Success: no issues found" in result.stdout


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.package)
def test_every_module_imports(example: Example, tmp_path: Path) -> None:
    project = copy_tree(example.output_path, tmp_path / "project")
    code = f"""
import importlib, pkgutil
import {example.package} as pkg
names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
for name in names:
    importlib.import_module(name)
from {example.package} import models
for name in models.__all__:
    model = getattr(models, name)
print(len(names), len(models.__all__))
"""
    result = run_python(code, path=project)
    assert result.returncode == 0, result.stderr[-3000:]
    modules, models = map(int, result.stdout.split())
    assert modules > 5 and models > 0


def test_models_parse_and_serialise_wire_names(uploads_project: Path) -> None:
    code = """
from openai_uploads.models import Upload, CreateUploadRequest
raw = {"id": "upload_abc123", "object": "upload", "bytes": 2147483648, "created_at": 1719184911,
       "filename": "training_examples.jsonl", "purpose": "fine-tune", "status": "completed",
       "expires_at": 1719127296, "file": {"id": "file-xyz321", "object": "file", "bytes": 2147483648,
       "created_at": 1719186911, "filename": "training_examples.jsonl", "purpose": "fine-tune", "status": "processed"},
       "some_new_field": [1, 2]}
u = Upload.model_validate(raw)
assert u.file is not None and u.file.id == "file-xyz321", u
assert u.to_dict() == raw, u.to_dict()
req = CreateUploadRequest(filename="a.jsonl", purpose="batch", bytes=3, mime_type="text/jsonl")
assert req.to_dict() == {"filename": "a.jsonl", "purpose": "batch", "bytes": 3, "mime_type": "text/jsonl"}
print("ok")
"""
    result = run_python(code, path=uploads_project)
    assert result.returncode == 0, result.stderr[-3000:]


def test_import_is_lazy(uploads_project: Path) -> None:
    code = """
import sys
import openai_uploads
c = openai_uploads.Client(api_key_auth="sk-secret")
loaded = [m for m in sys.modules if m.startswith("openai_uploads.models.") or m.startswith("openai_uploads.api.")]
assert loaded == [], loaded
# the transport and the models' library load with the first request or model, not before
heavy = [m for m in ("httpx", "pydantic", "asyncio", "email.utils") if m in sys.modules]
assert heavy == [], heavy
assert "sk-secret" not in repr(c)
c.uploads
assert "openai_uploads.api.uploads" in sys.modules
print("ok")
"""
    result = run_python(code, path=uploads_project)
    assert result.returncode == 0, result.stderr[-3000:]


def test_the_lazily_built_http_client_is_built_once_and_closed(uploads_project: Path) -> None:
    code = """
import threading, httpx
from openai_uploads import AsyncClient, Client

body = {"id": "u", "object": "upload", "bytes": 1, "created_at": 1, "filename": "f", "purpose": "p",
        "status": "pending", "expires_at": 2}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
client = Client(api_key_auth="k", transport=transport, timeout=7.0)
built = []
start = threading.Barrier(8)
def first_call():
    start.wait()
    client.uploads.cancel_upload("u")
    built.append(client._http)
threads = [threading.Thread(target=first_call) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
assert len(built) == 8 and len({id(h) for h in built}) == 1, built
assert built[0].timeout == httpx.Timeout(7.0)
client.close()
assert built[0].is_closed

Client(api_key_auth="k").close()  # never used: nothing to build or close
default = Client(api_key_auth="k")
assert default._http.timeout == httpx.Timeout(60.0, connect=10.0), default._http.timeout
mine = httpx.Client()
Client(api_key_auth="k", http_client=mine).close()
assert not mine.is_closed  # the caller's client is the caller's to close
print("ok")
"""
    result = run_python(code, path=uploads_project)
    assert result.returncode == 0, result.stderr[-3000:]


def test_a_response_that_breaks_its_schema_is_parsed_leniently_unless_strict(uploads_project: Path) -> None:
    """Real servers drift from their specs (OpenAI's own examples miss required fields):
    by default the model is still built, the mismatch logged; `strict_responses=True` raises."""
    code = """
import json, logging, httpx, pydantic
from openai_uploads import Client
from openai_uploads.models import OpenAIFile, Upload

body = {"id": "upload_1", "object": "upload", "bytes": "many", "filename": "a.jsonl", "purpose": "batch",
        "status": "pending", "expires_at": 1, "new_field": True,
        "file": {"id": "file-1", "object": "file", "bytes": 3, "created_at": 2, "filename": "a.jsonl",
                 "purpose": "batch", "status": "processed"}}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
records = []
logging.getLogger("openai_uploads").addHandler(type("H", (logging.Handler,), {"emit": lambda self, r: records.append(r.getMessage())})())
with Client(api_key_auth="k", transport=transport) as client:
    upload = client.uploads.cancel_upload("upload_1")
assert isinstance(upload, Upload) and isinstance(upload.file, OpenAIFile)
assert (upload.id, upload.bytes, upload.status, upload.file.bytes) == ("upload_1", "many", "pending", 3)
assert not hasattr(upload, "created_at")  # missing from the response: not invented
assert upload.model_extra == {"new_field": True}
assert len(records) == 1 and records[0].startswith("cancelUpload: the response does not match the API description")
with Client(api_key_auth="k", transport=transport, strict_responses=True) as client:
    try:
        client.uploads.cancel_upload("upload_1")
    except pydantic.ValidationError as exc:
        print("strict:", exc.error_count())
"""
    result = run_python(code, path=uploads_project)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "strict: 2"
