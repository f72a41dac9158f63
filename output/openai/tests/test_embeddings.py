"""Tests of the Embeddings operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.create_embedding_response import CreateEmbeddingResponse


def test_create_embedding(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "model": "string",
            "data": [{"index": 1, "object": "embedding", "embedding": [1.0]}],
            "usage": {"prompt_tokens": 1, "total_tokens": 1},
        },
    )
    result = call(
        lambda client: client.embeddings.create_embedding(
            input="The quick brown fox jumped over the lazy dog",
            model="text-embedding-3-small",
        )
    )
    mock.expect("POST", "/embeddings")
    mock.check(result, CreateEmbeddingResponse)
