"""The generated Uploads client against the Prism mock server, which validates every request.

Prism answers a request that breaks the spec with 422 (or 401 without credentials); the
client turns those into exceptions, so any invalid request fails these tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import copy_tree, run_python
from examples import UPLOADS


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_tree(UPLOADS.output_path, tmp_path_factory.mktemp("uploads") / "project")


@pytest.fixture(scope="module")
def env(prism_for) -> dict[str, str]:  # type: ignore[no-untyped-def]
    prism = prism_for(UPLOADS.spec_path)
    return {"OPENAI_UPLOADS_BASE_URL": prism.url, "OPENAI_UPLOADS_API_KEY_AUTH": "sk-test"}


def run(code: str, project: Path, env: dict[str, str], tmp_path: Path) -> str:
    chunk = tmp_path / "chunk.bin"
    chunk.write_bytes(b"\x00\x01part-bytes" * 100)
    result = run_python(code.replace("CHUNK", repr(str(chunk))), path=project, env=env)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    return result.stdout


def test_sync_flow_create_add_part_complete_cancel(project: Path, env: dict[str, str], tmp_path: Path) -> None:
    out = run(
        """
import pathlib
from openai_uploads import Client, ApiResponse
from openai_uploads.models import Upload, UploadPart, CompleteUploadRequest
with Client() as client:
    upload = client.uploads.create_upload(filename="train.jsonl", purpose="fine-tune", bytes=1200, mime_type="text/jsonl")
    assert isinstance(upload, Upload)
    part = client.uploads.add_upload_part(upload.id, data=pathlib.Path(CHUNK))
    assert isinstance(part, UploadPart)
    with open(CHUNK, "rb") as fh:
        part2 = client.uploads.add_upload_part(upload.id, data=fh)
    part3 = client.uploads.add_upload_part(upload.id, data=("chunk.bin", b"raw bytes", "application/octet-stream"))
    done = client.uploads.complete_upload_with_http_info(upload.id, body=CompleteUploadRequest(part_ids=[part.id, part2.id, part3.id]))
    assert isinstance(done, ApiResponse) and done.status_code == 200
    assert done.headers["content-type"].startswith("application/json")
    assert isinstance(done.data, Upload)
    cancelled = client.uploads.cancel_upload(upload.id)
    assert isinstance(cancelled, Upload)
print("flow ok")
""",
        project,
        env,
        tmp_path,
    )
    assert "flow ok" in out


def test_async_flow_create_add_part_complete_cancel(project: Path, env: dict[str, str], tmp_path: Path) -> None:
    out = run(
        """
import asyncio, pathlib
from openai_uploads import AsyncClient
from openai_uploads.models import Upload, UploadPart
async def main() -> None:
    async with AsyncClient() as client:
        upload = await client.uploads.create_upload(body={"filename": "a.jsonl", "purpose": "batch", "bytes": 10, "mime_type": "text/jsonl"})
        assert isinstance(upload, Upload)
        part = await client.uploads.add_upload_part(upload.id, data=pathlib.Path(CHUNK).read_bytes())
        assert isinstance(part, UploadPart)
        info = await client.uploads.complete_upload_with_http_info(upload.id, part_ids=[part.id], md5="d41d8cd98f00b204e9800998ecf8427e")
        assert info.status_code == 200 and isinstance(info.data, Upload)
        assert isinstance(await client.uploads.cancel_upload(upload.id), Upload)
asyncio.run(main())
print("async ok")
""",
        project,
        env,
        tmp_path,
    )
    assert "async ok" in out


def test_prism_rejections_raise_typed_errors(project: Path, env: dict[str, str], tmp_path: Path) -> None:
    """The harness is live: an invalid body and a missing credential really fail."""
    out = run(
        """
from openai_uploads import Client, UnprocessableEntityError, AuthenticationError, ApiStatusError
with Client() as client:
    try:
        client.uploads.create_upload(filename="a", purpose="not-a-purpose", bytes=1, mime_type="text/plain")  # type: ignore[arg-type]
    except UnprocessableEntityError as exc:
        assert exc.status_code == 422 and exc.body
        print("422 ok")
import os
os.environ.pop("OPENAI_UPLOADS_API_KEY_AUTH")
with Client() as anonymous:
    try:
        anonymous.uploads.cancel_upload("upload_abc123")
    except AuthenticationError as exc:
        assert isinstance(exc, ApiStatusError) and exc.status_code == 401
        print("401 ok")
""",
        project,
        env,
        tmp_path,
    )
    assert "422 ok" in out and "401 ok" in out


def python_examples(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.DOTALL)


def test_every_docs_example_runs(project: Path, env: dict[str, str], tmp_path: Path) -> None:
    docs = sorted((project / "docs").glob("*Api.md"))
    assert docs
    count = 0
    for page in docs:
        for code in python_examples(page.read_text()):
            if "client." not in code:
                continue
            result = run_python(code, path=project, env=env)
            assert result.returncode == 0, f"{page.name} example failed:\n{code}\n{result.stderr[-3000:]}"
            count += 1
    assert count == 8  # 4 operations x (method + *_with_http_info)
