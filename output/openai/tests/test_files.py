"""Tests of the Files operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.delete_file_response import DeleteFileResponse
from openai_client.models.list_files_response import ListFilesResponse
from openai_client.models.open_ai_file import OpenAIFile


def test_list_files(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "string",
            "data": [
                {
                    "id": "string",
                    "object": "file",
                    "bytes": 1,
                    "created_at": 1,
                    "filename": "string",
                    "purpose": "assistants",
                    "status": "uploaded",
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(lambda client: client.files.list_files())
    mock.expect("GET", "/files")
    mock.check(result, ListFilesResponse)


def test_create_file(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "file",
            "bytes": 1,
            "created_at": 1,
            "filename": "string",
            "purpose": "assistants",
            "status": "uploaded",
        },
    )
    result = call(
        lambda client: client.files.create_file(
            file=b"example bytes", purpose="assistants"
        )
    )
    mock.expect("POST", "/files")
    mock.check(result, OpenAIFile)


def test_delete_file(call, mock):
    mock.respond(
        200, "application/json", {"id": "string", "object": "file", "deleted": True}
    )
    result = call(lambda client: client.files.delete_file(file_id="string"))
    mock.expect("DELETE", "/files/string")
    mock.check(result, DeleteFileResponse)


def test_retrieve_file(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "file",
            "bytes": 1,
            "created_at": 1,
            "filename": "string",
            "purpose": "assistants",
            "status": "uploaded",
        },
    )
    result = call(lambda client: client.files.retrieve_file(file_id="string"))
    mock.expect("GET", "/files/string")
    mock.check(result, OpenAIFile)


def test_download_file(call, mock):
    mock.respond(200, "application/json", "string")
    result = call(lambda client: client.files.download_file(file_id="string"))
    mock.expect("GET", "/files/string/content")
    mock.check(result, str)
