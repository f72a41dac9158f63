"""Tests of the Uploads operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_uploads.models.upload import Upload
from openai_uploads.models.upload_part import UploadPart


def test_create_upload(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "bytes": 1,
            "created_at": 1,
            "expires_at": 1,
            "filename": "string",
            "id": "string",
            "purpose": "string",
            "status": "pending",
        },
    )
    result = call(
        lambda client: client.uploads.create_upload(
            filename="string", purpose="assistants", bytes=1, mime_type="string"
        )
    )
    mock.expect("POST", "/uploads")
    mock.check(result, Upload)


def test_cancel_upload(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "bytes": 1,
            "created_at": 1,
            "expires_at": 1,
            "filename": "string",
            "id": "string",
            "purpose": "string",
            "status": "pending",
        },
    )
    result = call(
        lambda client: client.uploads.cancel_upload(upload_id="upload_abc123")
    )
    mock.expect("POST", "/uploads/upload_abc123/cancel")
    mock.check(result, Upload)


def test_complete_upload(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "bytes": 1,
            "created_at": 1,
            "expires_at": 1,
            "filename": "string",
            "id": "string",
            "purpose": "string",
            "status": "pending",
        },
    )
    result = call(
        lambda client: client.uploads.complete_upload(
            upload_id="upload_abc123", part_ids=["string"]
        )
    )
    mock.expect("POST", "/uploads/upload_abc123/complete")
    mock.check(result, Upload)


def test_add_upload_part(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "created_at": 1,
            "id": "string",
            "object": "upload.part",
            "upload_id": "string",
        },
    )
    result = call(
        lambda client: client.uploads.add_upload_part(
            upload_id="upload_abc123", data=b"example bytes"
        )
    )
    mock.expect("POST", "/uploads/upload_abc123/parts")
    mock.check(result, UploadPart)
