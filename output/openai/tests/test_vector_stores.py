"""Tests of the Vector stores operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.delete_vector_store_file_response import (
    DeleteVectorStoreFileResponse,
)
from openai_client.models.delete_vector_store_response import DeleteVectorStoreResponse
from openai_client.models.list_vector_store_files_response import (
    ListVectorStoreFilesResponse,
)
from openai_client.models.list_vector_stores_response import ListVectorStoresResponse
from openai_client.models.vector_store_file_batch_object import (
    VectorStoreFileBatchObject,
)
from openai_client.models.vector_store_file_content_response import (
    VectorStoreFileContentResponse,
)
from openai_client.models.vector_store_file_object import VectorStoreFileObject
from openai_client.models.vector_store_object import VectorStoreObject
from openai_client.models.vector_store_search_results_page import (
    VectorStoreSearchResultsPage,
)


def test_list_vector_stores(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "string",
            "data": [
                {
                    "id": "string",
                    "object": "vector_store",
                    "usage_bytes": 1,
                    "created_at": 1,
                    "status": "expired",
                    "last_active_at": 1,
                    "name": "string",
                    "file_counts": {
                        "in_progress": 1,
                        "completed": 1,
                        "failed": 1,
                        "cancelled": 1,
                        "total": 1,
                    },
                    "metadata": {},
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(lambda client: client.vector_stores.list_vector_stores())
    mock.expect("GET", "/vector_stores")
    mock.check(result, ListVectorStoresResponse)


def test_create_vector_store(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "vector_store",
            "usage_bytes": 1,
            "created_at": 1,
            "status": "expired",
            "last_active_at": 1,
            "name": "string",
            "file_counts": {
                "in_progress": 1,
                "completed": 1,
                "failed": 1,
                "cancelled": 1,
                "total": 1,
            },
            "metadata": {},
        },
    )
    result = call(lambda client: client.vector_stores.create_vector_store())
    mock.expect("POST", "/vector_stores")
    mock.check(result, VectorStoreObject)


def test_get_vector_store(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "vector_store",
            "usage_bytes": 1,
            "created_at": 1,
            "status": "expired",
            "last_active_at": 1,
            "name": "string",
            "file_counts": {
                "in_progress": 1,
                "completed": 1,
                "failed": 1,
                "cancelled": 1,
                "total": 1,
            },
            "metadata": {},
        },
    )
    result = call(
        lambda client: client.vector_stores.get_vector_store(vector_store_id="string")
    )
    mock.expect("GET", "/vector_stores/string")
    mock.check(result, VectorStoreObject)


def test_modify_vector_store(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "vector_store",
            "usage_bytes": 1,
            "created_at": 1,
            "status": "expired",
            "last_active_at": 1,
            "name": "string",
            "file_counts": {
                "in_progress": 1,
                "completed": 1,
                "failed": 1,
                "cancelled": 1,
                "total": 1,
            },
            "metadata": {},
        },
    )
    result = call(
        lambda client: client.vector_stores.modify_vector_store(
            vector_store_id="string"
        )
    )
    mock.expect("POST", "/vector_stores/string")
    mock.check(result, VectorStoreObject)


def test_delete_vector_store(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "vector_store.deleted", "deleted": True},
    )
    result = call(
        lambda client: client.vector_stores.delete_vector_store(
            vector_store_id="string"
        )
    )
    mock.expect("DELETE", "/vector_stores/string")
    mock.check(result, DeleteVectorStoreResponse)


def test_create_vector_store_file_batch(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "vector_store.files_batch",
            "created_at": 1,
            "vector_store_id": "string",
            "status": "in_progress",
            "file_counts": {
                "in_progress": 1,
                "completed": 1,
                "cancelled": 1,
                "failed": 1,
                "total": 1,
            },
        },
    )
    result = call(
        lambda client: client.vector_stores.create_vector_store_file_batch(
            vector_store_id="vs_abc123", body={"file_ids": ["string"]}
        )
    )
    mock.expect("POST", "/vector_stores/vs_abc123/file_batches")
    mock.check(result, VectorStoreFileBatchObject)


def test_get_vector_store_file_batch(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "vector_store.files_batch",
            "created_at": 1,
            "vector_store_id": "string",
            "status": "in_progress",
            "file_counts": {
                "in_progress": 1,
                "completed": 1,
                "cancelled": 1,
                "failed": 1,
                "total": 1,
            },
        },
    )
    result = call(
        lambda client: client.vector_stores.get_vector_store_file_batch(
            vector_store_id="vs_abc123", batch_id="vsfb_abc123"
        )
    )
    mock.expect("GET", "/vector_stores/vs_abc123/file_batches/vsfb_abc123")
    mock.check(result, VectorStoreFileBatchObject)


def test_cancel_vector_store_file_batch(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "vector_store.files_batch",
            "created_at": 1,
            "vector_store_id": "string",
            "status": "in_progress",
            "file_counts": {
                "in_progress": 1,
                "completed": 1,
                "cancelled": 1,
                "failed": 1,
                "total": 1,
            },
        },
    )
    result = call(
        lambda client: client.vector_stores.cancel_vector_store_file_batch(
            vector_store_id="string", batch_id="string"
        )
    )
    mock.expect("POST", "/vector_stores/string/file_batches/string/cancel")
    mock.check(result, VectorStoreFileBatchObject)


def test_list_files_in_vector_store_batch(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "string",
            "data": [
                {
                    "id": "string",
                    "object": "vector_store.file",
                    "usage_bytes": 1,
                    "created_at": 1,
                    "vector_store_id": "string",
                    "status": "in_progress",
                    "last_error": {"code": "server_error", "message": "string"},
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.vector_stores.list_files_in_vector_store_batch(
            vector_store_id="string", batch_id="string"
        )
    )
    mock.expect("GET", "/vector_stores/string/file_batches/string/files")
    mock.check(result, ListVectorStoreFilesResponse)


def test_list_vector_store_files(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "string",
            "data": [
                {
                    "id": "string",
                    "object": "vector_store.file",
                    "usage_bytes": 1,
                    "created_at": 1,
                    "vector_store_id": "string",
                    "status": "in_progress",
                    "last_error": {"code": "server_error", "message": "string"},
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.vector_stores.list_vector_store_files(
            vector_store_id="string"
        )
    )
    mock.expect("GET", "/vector_stores/string/files")
    mock.check(result, ListVectorStoreFilesResponse)


def test_create_vector_store_file(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "vector_store.file",
            "usage_bytes": 1,
            "created_at": 1,
            "vector_store_id": "string",
            "status": "in_progress",
            "last_error": {"code": "server_error", "message": "string"},
        },
    )
    result = call(
        lambda client: client.vector_stores.create_vector_store_file(
            vector_store_id="vs_abc123", file_id="string"
        )
    )
    mock.expect("POST", "/vector_stores/vs_abc123/files")
    mock.check(result, VectorStoreFileObject)


def test_get_vector_store_file(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "vector_store.file",
            "usage_bytes": 1,
            "created_at": 1,
            "vector_store_id": "string",
            "status": "in_progress",
            "last_error": {"code": "server_error", "message": "string"},
        },
    )
    result = call(
        lambda client: client.vector_stores.get_vector_store_file(
            vector_store_id="vs_abc123", file_id="file-abc123"
        )
    )
    mock.expect("GET", "/vector_stores/vs_abc123/files/file-abc123")
    mock.check(result, VectorStoreFileObject)


def test_delete_vector_store_file(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "vector_store.file.deleted", "deleted": True},
    )
    result = call(
        lambda client: client.vector_stores.delete_vector_store_file(
            vector_store_id="string", file_id="string"
        )
    )
    mock.expect("DELETE", "/vector_stores/string/files/string")
    mock.check(result, DeleteVectorStoreFileResponse)


def test_update_vector_store_file_attributes(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "vector_store.file",
            "usage_bytes": 1,
            "created_at": 1,
            "vector_store_id": "string",
            "status": "in_progress",
            "last_error": {"code": "server_error", "message": "string"},
        },
    )
    result = call(
        lambda client: client.vector_stores.update_vector_store_file_attributes(
            vector_store_id="vs_abc123", file_id="file-abc123", attributes={}
        )
    )
    mock.expect("POST", "/vector_stores/vs_abc123/files/file-abc123")
    mock.check(result, VectorStoreFileObject)


def test_retrieve_vector_store_file_content(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "vector_store.file_content.page",
            "data": [{}],
            "has_more": True,
            "next_page": "string",
        },
    )
    result = call(
        lambda client: client.vector_stores.retrieve_vector_store_file_content(
            vector_store_id="vs_abc123", file_id="file-abc123"
        )
    )
    mock.expect("GET", "/vector_stores/vs_abc123/files/file-abc123/content")
    mock.check(result, VectorStoreFileContentResponse)


def test_search_vector_store(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "vector_store.search_results.page",
            "search_query": ["string"],
            "data": [
                {
                    "file_id": "string",
                    "filename": "string",
                    "score": 0.0,
                    "attributes": {},
                    "content": [{"type": "text", "text": "string"}],
                }
            ],
            "has_more": True,
            "next_page": "string",
        },
    )
    result = call(
        lambda client: client.vector_stores.search_vector_store(
            vector_store_id="vs_abc123", query="string"
        )
    )
    mock.expect("POST", "/vector_stores/vs_abc123/search")
    mock.check(result, VectorStoreSearchResultsPage)
