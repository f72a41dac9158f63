"""The generated command line, `python -m openai_uploads ...`, run as a user runs it.

Every request goes to the Prism mock server, which rejects anything that breaks the spec,
so a successful exit means the CLI built a valid request through the generated client.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import copy_tree, free_port, run_python
from examples import UPLOADS

from clientgen.ir.links import absolute_links, link_base

PKG = UPLOADS.package
OPERATIONS = {"createUpload": "create-upload", "addUploadPart": "add-upload-part", "completeUpload": "complete-upload", "cancelUpload": "cancel-upload"}
CREATE = ["create-upload", "filename=train.jsonl", "purpose=fine-tune", "bytes:=1200", "mime_type=text/jsonl"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_tree(UPLOADS.output_path, tmp_path_factory.mktemp("uploads-cli") / "project")


@pytest.fixture(scope="module")
def base_url(prism_for) -> str:  # type: ignore[no-untyped-def]
    return str(prism_for(UPLOADS.spec_path).url)


def cli(project: Path, *args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m openai_uploads ...` with none of the client's variables from the outer environment."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_UPLOADS_")}
    full_env = {**clean, "PYTHONPATH": str(project), **(env or {})}
    return subprocess.run([sys.executable, "-m", PKG, *args], capture_output=True, text=True, env=full_env, cwd=cwd, input=stdin, timeout=120)


def ok_json(result: subprocess.CompletedProcess[str]) -> dict[str, object]:
    assert result.returncode == 0, (result.returncode, result.stderr[-3000:])
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == 1, "not a TTY: one compact JSON line"
    data = json.loads(lines[0])
    assert isinstance(data, dict)
    return data


def one_line_error(result: subprocess.CompletedProcess[str], code: int, *needles: str) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith("error: "), first
    for needle in needles:
        assert needle in first, (needle, first)
    return first


def test_create_add_part_complete_cancel(project: Path, base_url: str, tmp_path: Path) -> None:
    (tmp_path / "chunk.bin").write_bytes(b"\x00\x01part-bytes" * 100)
    by_env = {"OPENAI_UPLOADS_BASE_URL": base_url}

    upload = ok_json(cli(project, *CREATE, "--token", "sk-test", cwd=tmp_path, env=by_env))
    assert upload["object"] == "upload" and isinstance(upload["id"], str)
    upload_id = str(upload["id"])

    part = ok_json(cli(project, "--base-url", base_url, "--token", "sk-test", "add-upload-part", f"upload_id={upload_id}", "data=@chunk.bin", cwd=tmp_path))
    assert part["object"] == "upload.part"

    done = ok_json(cli(project, "completeUpload", f"upload_id={upload_id}", 'part_ids:=["part_1"]', "md5=d41d8cd98f00b204e9800998ecf8427e", "--token", "sk-test", cwd=tmp_path, env=by_env))
    assert done["object"] == "upload"

    cancelled = cli(project, "cancel-upload", f"upload_id={upload_id}", cwd=tmp_path, env={**by_env, "OPENAI_UPLOADS_API_KEY_AUTH": "sk-from-env"})
    assert ok_json(cancelled)["object"] == "upload"


def test_whole_body_from_file_and_stdin(project: Path, base_url: str, tmp_path: Path) -> None:
    body = {"filename": "a.jsonl", "purpose": "batch", "bytes": 10, "mime_type": "text/jsonl"}
    (tmp_path / "body.json").write_text(json.dumps(body))
    common = ["--base-url", base_url, "--token", "sk-test"]
    assert ok_json(cli(project, "create-upload", "--body", "@body.json", *common, cwd=tmp_path))["object"] == "upload"
    assert ok_json(cli(project, "create-upload", "--body", "-", *common, cwd=tmp_path, stdin=json.dumps(body)))["object"] == "upload"
    # fields given as key=value are merged into the body; an invalid one reaches Prism and fails there
    merged = cli(project, "create-upload", "--body", "@body.json", "purpose=nope", *common, cwd=tmp_path)
    one_line_error(merged, 1, "422")


def test_verbose_prints_the_request_with_secrets_redacted(project: Path, base_url: str, tmp_path: Path) -> None:
    result = cli(project, "cancel-upload", "upload_id=upload_abc123", "--verbose", "--base-url", base_url, "--token", "sk-very-secret", cwd=tmp_path)
    assert ok_json(result.__class__(result.args, result.returncode, result.stdout, ""))["object"] == "upload"
    assert "> POST " + base_url + "/uploads/upload_abc123/cancel" in result.stderr
    assert "Authorization: Bearer REDACTED" in result.stderr
    assert "sk-very-secret" not in result.stderr + result.stdout
    assert "< HTTP/1.1 200 OK" in result.stderr


def test_help_lists_operations_and_every_parameter(project: Path, tmp_path: Path) -> None:
    top = cli(project, "--help", cwd=tmp_path)
    assert top.returncode == 0 and top.stderr == "", top.stderr
    assert "Uploads: Use Uploads to upload large files in multiple parts." in top.stdout
    for cli_name in OPERATIONS.values():
        assert re.search(rf"^  {cli_name} +\S", top.stdout, flags=re.MULTILINE), cli_name
    for option in ("--base-url", "--token", "--timeout", "--verbose", "--include", "--output", "--body", "$OPENAI_UPLOADS_BASE_URL", "$OPENAI_UPLOADS_API_KEY_AUTH"):
        assert option in top.stdout, option

    spec = yaml.safe_load(UPLOADS.spec_path.read_text())
    schemas = spec["components"]["schemas"]
    base = link_base(spec, [s["url"] for s in spec.get("servers", [])])
    assert base is not None  # descriptions' site-relative links are shown absolute
    for path_item in spec["paths"].values():
        for op in path_item.values():
            # the operationId is accepted as well as the kebab-case name
            for name in (OPERATIONS[op["operationId"]], op["operationId"]):
                result = cli(project, name, "--help", cwd=tmp_path)
                assert result.returncode == 0 and result.stderr == "", result.stderr
                text = result.stdout
                assert text.startswith(f"usage: python -m {PKG} {OPERATIONS[op['operationId']]} ")
                assert f"operationId {op['operationId']}" in text
                flat = " ".join(text.split())  # wrapping follows the terminal width
                for p in op.get("parameters", []):
                    described = absolute_links(p["description"].strip(), base)
                    assert f" {p['name']}=TEXT {p['in']}; str; required. {described}" in flat, (name, p["name"])
                content = op.get("requestBody", {}).get("content", {})
                for media in content.values():
                    schema = schemas[media["schema"]["$ref"].rsplit("/", 1)[1]]
                    for field, prop in schema["properties"].items():
                        required = "required" if field in schema.get("required", []) else "optional"
                        assert re.search(rf" {field}(=|:=)\S+ body field; [^;]+; {required}\b", flat), (name, field, text)
                        if "description" in prop:
                            assert " ".join(absolute_links(prop["description"], base).split()) in flat, (name, field)
                assert f"example:\n  python -m {PKG} {OPERATIONS[op['operationId']]}" in text

    version = cli(project, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith(f"{PKG} ")


def test_console_script_entry_point_and_lazy_help(project: Path) -> None:
    """pyproject's `openai-uploads = "openai_uploads.__main__:main"`; help imports no API module."""
    assert f'"{UPLOADS.package.replace("_", "-")}" = "{PKG}.__main__:main"' in (project / "pyproject.toml").read_text()
    code = f"""
import sys
from {PKG}.__main__ import main
assert main(["cancel-upload", "--help"]) == 0
assert main(["--help"]) == 0
loaded = [m for m in sys.modules if m.startswith("{PKG}.api.") or m.startswith("{PKG}.models.")]
assert loaded == [], loaded
assert main(["cancel-upload"]) == 2
print("entry ok")
"""
    result = run_python(code, path=project)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "entry ok" in result.stdout
    assert "error: cancel-upload: missing required parameter upload_id (path, a string)" in result.stderr


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["add-upload-prt", "upload_id=u1"], ["unknown operation 'add-upload-prt'", "did you mean 'add-upload-part'?"]),
        (["addUploadPrt"], ["did you mean 'add-upload-part'?"]),
        (["add-upload-part", "upload_id=u1"], ["missing required parameter data", "file"]),
        (["cancel-upload"], ["missing required parameter upload_id", "path"]),
        (["create-upload", "filename=a", "purpose=batch", "bytes=abc", "mime_type=text/plain"], ["create-upload: bytes expects an integer", "'abc'"]),
        (["create-upload", "filename=a", "purpose=batch", "bytes:=1.5", "mime_type=text/plain"], ["bytes expects an integer"]),
        (["complete-upload", "upload_id=u1", "part_ids:=[oops"], ["part_ids", "not valid JSON"]),
        (["complete-upload", "upload_id=u1", "part_ids:={}"], ["part_ids expects a JSON array (list[str])"]),
        (["add-upload-part", "upload_id=u1", "data=@nope.bin"], ["data", "file not found", "nope.bin"]),
        (["add-upload-part", "upload_id=u1", "data=raw"], ["data expects a file", "data=@PATH"]),
        (["add-upload-part", "upload_id=u1", "data=@chunk.bin", "--body", "@x.json"], ["takes no --body"]),
        (["cancel-upload", "upload_id=u1", "uplod=2"], ["unknown parameter 'uplod'", "did you mean 'upload_id'?"]),
        (["cancel-upload", "upload_id"], ["expected key=value"]),
        (["create-upload", "--body", "@missing.json"], ["--body", "file not found"]),
        (["cancel-upload", "upload_id=u1", "--timeout", "soon"], ["--timeout"]),
        (["--no-such-option"], ["unrecognized arguments"]),
        ([], ["no operation given"]),
    ],
)
def test_usage_errors_exit_2_before_any_request(project: Path, tmp_path: Path, args: list[str], needles: list[str]) -> None:
    (tmp_path / "chunk.bin").write_bytes(b"x")
    closed = f"http://127.0.0.1:{free_port()}"  # a request would fail with exit 3, not 2
    result = cli(project, *args, "--base-url", closed, "--token", "t", cwd=tmp_path)
    one_line_error(result, 2, *needles)
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stdout == ""


def test_include_prints_status_line_and_headers(project: Path, base_url: str, tmp_path: Path) -> None:
    result = cli(project, "cancel-upload", "upload_id=upload_abc123", "--include", "--base-url", base_url, "--token", "t", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    head, _, body = result.stdout.partition("\n\n")
    lines = head.splitlines()
    assert lines[0] == "HTTP/1.1 200 OK"
    headers = {k.lower(): v for k, _, v in (line.partition(": ") for line in lines[1:])}
    assert headers["content-type"].startswith("application/json")
    assert int(headers["content-length"]) > 0
    assert json.loads(body)["object"] == "upload"


def test_connection_error_exits_3(project: Path, tmp_path: Path) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    result = cli(project, "cancel-upload", "upload_id=u1", "--base-url", closed, "--token", "t", cwd=tmp_path)
    first = one_line_error(result, 3, "connection failed", closed)
    assert result.stdout == "" and len(result.stderr.splitlines()) == 1, first


def test_api_errors_exit_1_with_status_and_body_on_stderr(project: Path, base_url: str, tmp_path: Path) -> None:
    bad_enum = cli(project, "create-upload", "filename=a", "purpose=not-a-purpose", "bytes:=1", "mime_type=text/plain", "--base-url", base_url, "--token", "t", cwd=tmp_path)
    one_line_error(bad_enum, 1, "HTTP 422")
    assert bad_enum.stdout == ""
    assert "purpose" in bad_enum.stderr.splitlines()[1]  # Prism's error body names the field
    anonymous = cli(project, "cancel-upload", "upload_id=u1", "--base-url", base_url, cwd=tmp_path)
    one_line_error(anonymous, 1, "HTTP 401")


def test_every_docs_cli_example_runs(project: Path, base_url: str, tmp_path: Path) -> None:
    (tmp_path / "path" / "to").mkdir(parents=True)
    (tmp_path / "path" / "to" / "file").write_bytes(b"example bytes")
    page = (project / "docs" / "UploadsApi.md").read_text()
    examples = re.findall(r"```bash\n(.*?)\n```", page, flags=re.DOTALL)
    assert len(examples) == len(OPERATIONS)
    for line in examples:
        words = shlex.split(line)
        assert words[:3] == ["python", "-m", PKG], line
        result = cli(project, *words[3:], cwd=tmp_path, env={"OPENAI_UPLOADS_BASE_URL": base_url, "OPENAI_UPLOADS_API_KEY_AUTH": "sk-test"})
        assert result.returncode == 0, (line, result.stderr)
        json.loads(result.stdout)
