"""Tests of the Completions operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.create_completion_response import CreateCompletionResponse


def test_create_completion(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "text_completion",
            "created": 1,
            "model": "string",
            "choices": [
                {"finish_reason": "stop", "index": 1, "logprobs": {}, "text": "string"}
            ],
        },
    )
    result = call(
        lambda client: client.completions.create_completion(
            model="string", prompt="<|endoftext|>"
        )
    )
    mock.expect("POST", "/completions")
    mock.check(result, CreateCompletionResponse)
