"""Tests of the Batch operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.batch import Batch
from openai_client.models.list_batches_response import ListBatchesResponse


def test_create_batch(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "batch",
            "endpoint": "string",
            "input_file_id": "string",
            "completion_window": "string",
            "status": "validating",
            "created_at": 1,
        },
    )
    result = call(
        lambda client: client.batch.create_batch(
            input_file_id="string", endpoint="/v1/responses", completion_window="24h"
        )
    )
    mock.expect("POST", "/batches")
    mock.check(result, Batch)


def test_list_batches(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "id": "string",
                    "object": "batch",
                    "endpoint": "string",
                    "input_file_id": "string",
                    "completion_window": "string",
                    "status": "validating",
                    "created_at": 1,
                }
            ],
            "has_more": True,
        },
    )
    result = call(lambda client: client.batch.list_batches())
    mock.expect("GET", "/batches")
    mock.check(result, ListBatchesResponse)


def test_retrieve_batch(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "batch",
            "endpoint": "string",
            "input_file_id": "string",
            "completion_window": "string",
            "status": "validating",
            "created_at": 1,
        },
    )
    result = call(lambda client: client.batch.retrieve_batch(batch_id="string"))
    mock.expect("GET", "/batches/string")
    mock.check(result, Batch)


def test_cancel_batch(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "batch",
            "endpoint": "string",
            "input_file_id": "string",
            "completion_window": "string",
            "status": "validating",
            "created_at": 1,
        },
    )
    result = call(lambda client: client.batch.cancel_batch(batch_id="string"))
    mock.expect("POST", "/batches/string/cancel")
    mock.check(result, Batch)
