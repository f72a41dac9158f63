"""The API pages follow the seeds' structure and cover every parameter and status."""

from __future__ import annotations

import re

import yaml
from examples import UPLOADS

SEED_SECTIONS = ["### Example", "### Parameters", "### Return type", "### Authorization", "### HTTP request headers", "### HTTP response details"]


def sections(page: str) -> dict[str, str]:
    parts = re.split(r"^## (\S+)$", page, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def spec() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(UPLOADS.spec_path.read_text())


def test_uploads_page_has_seed_sections_in_order_for_every_operation() -> None:
    page = (UPLOADS.output_path / "docs" / "UploadsApi.md").read_text()
    assert page.startswith("# UploadsApi\n")
    assert "All URIs are relative to *https://api.openai.com/v1*" in page
    assert "Method | HTTP request | Description" in page
    found = sections(page)
    expected = {"create_upload", "add_upload_part", "complete_upload", "cancel_upload"}
    assert expected | {f"{n}_with_http_info" for n in expected} == set(found)
    for name in expected:
        body = found[name]
        positions = [body.find(s) for s in SEED_SECTIONS]
        assert -1 not in positions and positions == sorted(positions), (name, positions)
        assert "[ApiKeyAuth](../README.md#ApiKeyAuth)" in body
        assert "[[Back to top]](#)" in body


def test_every_parameter_body_field_and_status_is_documented() -> None:
    page = sections((UPLOADS.output_path / "docs" / "UploadsApi.md").read_text())
    schemas = spec()["components"]["schemas"]
    ops = {"create_upload": ("/uploads", "CreateUploadRequest"), "add_upload_part": ("/uploads/{upload_id}/parts", "AddUploadPartRequest"),
           "complete_upload": ("/uploads/{upload_id}/complete", "CompleteUploadRequest"), "cancel_upload": ("/uploads/{upload_id}/cancel", None)}
    for name, (path, body_schema) in ops.items():
        op = spec()["paths"][path]["post"]
        params = page[name].split("### Parameters")[1].split("### Return type")[0]
        for p in op.get("parameters", []):
            assert f"**{p['name']}**" in params, (name, p["name"])
        if body_schema:
            for field in schemas[body_schema]["properties"]:
                assert f"**{field}**" in params, (name, field)
        details = page[name].split("### HTTP response details")[1]
        for status, response in op["responses"].items():
            assert f"| **{status}** | {response['description']} |" in details


def test_content_types_and_return_types_match_the_spec() -> None:
    page = sections((UPLOADS.output_path / "docs" / "UploadsApi.md").read_text())
    assert "- **Content-Type**: multipart/form-data" in page["add_upload_part"]
    assert "- **Content-Type**: Not defined" in page["cancel_upload"]
    assert "[**UploadPart**](UploadPart.md)" in page["add_upload_part"]
    assert "[**Upload**](Upload.md)" in page["cancel_upload"]


def test_model_pages_and_readme_list_everything() -> None:
    docs = UPLOADS.output_path / "docs"
    readme = (UPLOADS.output_path / "README.md").read_text()
    for name in spec()["components"]["schemas"]:
        page = (docs / f"{name}.md").read_text()
        assert page.startswith(f"# {name}\n")
        assert f"[{name}](docs/{name}.md)" in readme
    for op in ("create_upload", "add_upload_part", "complete_upload", "cancel_upload"):
        assert f"(docs/UploadsApi.md#{op})" in readme
    upload = (docs / "Upload.md").read_text()
    assert "**file** | [**OpenAIFile**](OpenAIFile.md) \\| None | " in upload
    assert "**status** |" in upload and "required" in upload


def test_markdown_links_from_descriptions_are_kept() -> None:
    page = (UPLOADS.output_path / "docs" / "UploadsApi.md").read_text()
    assert "[Upload](/docs/api-reference/uploads/object)" in page
