"""Tests of the Responses operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.beta_response import BetaResponse
from openai_client.models.beta_response_item_list import BetaResponseItemList
from openai_client.models.response import Response
from openai_client.models.response_item_list import ResponseItemList


def test_create_response(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "response",
            "created_at": 1.0,
            "error": {"code": "server_error", "message": "string"},
            "incomplete_details": {},
            "instructions": "string",
            "output": [
                {
                    "id": "string",
                    "type": "message",
                    "role": "assistant",
                    "content": [
                        {
                            "type": "output_text",
                            "text": "string",
                            "annotations": [
                                {
                                    "type": "file_citation",
                                    "file_id": "string",
                                    "index": 1,
                                    "filename": "string",
                                }
                            ],
                            "logprobs": [
                                {
                                    "token": "string",
                                    "logprob": 1.0,
                                    "bytes": [1],
                                    "top_logprobs": [
                                        {
                                            "token": "string",
                                            "logprob": 1.0,
                                            "bytes": [1],
                                        }
                                    ],
                                }
                            ],
                        }
                    ],
                    "status": "in_progress",
                }
            ],
            "parallel_tool_calls": True,
            "model": "string",
            "tools": [
                {"type": "function", "name": "string", "strict": True, "parameters": {}}
            ],
            "metadata": {},
            "tool_choice": "none",
            "temperature": 1,
            "top_p": 1,
        },
    )
    result = call(lambda client: client.responses.create_response())
    mock.expect("POST", "/responses")
    mock.check(result, Response)


def test_get_response(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "response",
            "created_at": 1.0,
            "error": {"code": "server_error", "message": "string"},
            "incomplete_details": {},
            "instructions": "string",
            "output": [
                {
                    "id": "string",
                    "type": "message",
                    "role": "assistant",
                    "content": [
                        {
                            "type": "output_text",
                            "text": "string",
                            "annotations": [
                                {
                                    "type": "file_citation",
                                    "file_id": "string",
                                    "index": 1,
                                    "filename": "string",
                                }
                            ],
                            "logprobs": [
                                {
                                    "token": "string",
                                    "logprob": 1.0,
                                    "bytes": [1],
                                    "top_logprobs": [
                                        {
                                            "token": "string",
                                            "logprob": 1.0,
                                            "bytes": [1],
                                        }
                                    ],
                                }
                            ],
                        }
                    ],
                    "status": "in_progress",
                }
            ],
            "parallel_tool_calls": True,
            "model": "string",
            "tools": [
                {"type": "function", "name": "string", "strict": True, "parameters": {}}
            ],
            "metadata": {},
            "tool_choice": "none",
            "temperature": 1,
            "top_p": 1,
        },
    )
    result = call(
        lambda client: client.responses.get_response(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        )
    )
    mock.expect("GET", "/responses/resp_677efb5139a88190b512bc3fef8e535d")
    mock.check(result, Response)


def test_delete_response(call, mock):
    mock.respond(200)
    result = call(
        lambda client: client.responses.delete_response(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        )
    )
    mock.expect("DELETE", "/responses/resp_677efb5139a88190b512bc3fef8e535d")
    mock.check(result, None)


def test_cancel_response(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "response",
            "created_at": 1.0,
            "error": {"code": "server_error", "message": "string"},
            "incomplete_details": {},
            "instructions": "string",
            "output": [
                {
                    "id": "string",
                    "type": "message",
                    "role": "assistant",
                    "content": [
                        {
                            "type": "output_text",
                            "text": "string",
                            "annotations": [
                                {
                                    "type": "file_citation",
                                    "file_id": "string",
                                    "index": 1,
                                    "filename": "string",
                                }
                            ],
                            "logprobs": [
                                {
                                    "token": "string",
                                    "logprob": 1.0,
                                    "bytes": [1],
                                    "top_logprobs": [
                                        {
                                            "token": "string",
                                            "logprob": 1.0,
                                            "bytes": [1],
                                        }
                                    ],
                                }
                            ],
                        }
                    ],
                    "status": "in_progress",
                }
            ],
            "parallel_tool_calls": True,
            "model": "string",
            "tools": [
                {"type": "function", "name": "string", "strict": True, "parameters": {}}
            ],
            "metadata": {},
            "tool_choice": "none",
            "temperature": 1,
            "top_p": 1,
        },
    )
    result = call(
        lambda client: client.responses.cancel_response(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        )
    )
    mock.expect("POST", "/responses/resp_677efb5139a88190b512bc3fef8e535d/cancel")
    mock.check(result, Response)


def test_list_input_items(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "role": "user",
                    "content": [{"type": "input_text", "text": "string"}],
                    "id": "string",
                    "type": "message",
                }
            ],
            "has_more": True,
            "first_id": "string",
            "last_id": "string",
        },
    )
    result = call(
        lambda client: client.responses.list_input_items(response_id="string")
    )
    mock.expect("GET", "/responses/string/input_items")
    mock.check(result, ResponseItemList)


def test_beta_create_response(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "response",
            "created_at": 1.0,
            "error": {"code": "server_error", "message": "string"},
            "incomplete_details": {},
            "instructions": "string",
            "output": [
                {
                    "id": "string",
                    "type": "message",
                    "role": "assistant",
                    "content": [
                        {
                            "type": "output_text",
                            "text": "string",
                            "annotations": [
                                {
                                    "type": "file_citation",
                                    "file_id": "string",
                                    "index": 1,
                                    "filename": "string",
                                }
                            ],
                            "logprobs": [
                                {
                                    "token": "string",
                                    "logprob": 1.0,
                                    "bytes": [1],
                                    "top_logprobs": [
                                        {
                                            "token": "string",
                                            "logprob": 1.0,
                                            "bytes": [1],
                                        }
                                    ],
                                }
                            ],
                        }
                    ],
                    "status": "in_progress",
                }
            ],
            "parallel_tool_calls": True,
            "model": "string",
            "tools": [
                {"type": "function", "name": "string", "strict": True, "parameters": {}}
            ],
            "metadata": {},
            "tool_choice": "none",
            "temperature": 1,
            "top_p": 1,
        },
    )
    result = call(lambda client: client.responses.beta_create_response())
    mock.expect("POST", "/responses?beta=true")
    mock.check(result, BetaResponse)


def test_beta_get_response(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "response",
            "created_at": 1.0,
            "error": {"code": "server_error", "message": "string"},
            "incomplete_details": {},
            "instructions": "string",
            "output": [
                {
                    "id": "string",
                    "type": "message",
                    "role": "assistant",
                    "content": [
                        {
                            "type": "output_text",
                            "text": "string",
                            "annotations": [
                                {
                                    "type": "file_citation",
                                    "file_id": "string",
                                    "index": 1,
                                    "filename": "string",
                                }
                            ],
                            "logprobs": [
                                {
                                    "token": "string",
                                    "logprob": 1.0,
                                    "bytes": [1],
                                    "top_logprobs": [
                                        {
                                            "token": "string",
                                            "logprob": 1.0,
                                            "bytes": [1],
                                        }
                                    ],
                                }
                            ],
                        }
                    ],
                    "status": "in_progress",
                }
            ],
            "parallel_tool_calls": True,
            "model": "string",
            "tools": [
                {"type": "function", "name": "string", "strict": True, "parameters": {}}
            ],
            "metadata": {},
            "tool_choice": "none",
            "temperature": 1,
            "top_p": 1,
        },
    )
    result = call(
        lambda client: client.responses.beta_get_response(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        )
    )
    mock.expect("GET", "/responses/resp_677efb5139a88190b512bc3fef8e535d?beta=true")
    mock.check(result, BetaResponse)


def test_beta_delete_response(call, mock):
    mock.respond(200)
    result = call(
        lambda client: client.responses.beta_delete_response(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        )
    )
    mock.expect("DELETE", "/responses/resp_677efb5139a88190b512bc3fef8e535d?beta=true")
    mock.check(result, None)


def test_beta_cancel_response(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "response",
            "created_at": 1.0,
            "error": {"code": "server_error", "message": "string"},
            "incomplete_details": {},
            "instructions": "string",
            "output": [
                {
                    "id": "string",
                    "type": "message",
                    "role": "assistant",
                    "content": [
                        {
                            "type": "output_text",
                            "text": "string",
                            "annotations": [
                                {
                                    "type": "file_citation",
                                    "file_id": "string",
                                    "index": 1,
                                    "filename": "string",
                                }
                            ],
                            "logprobs": [
                                {
                                    "token": "string",
                                    "logprob": 1.0,
                                    "bytes": [1],
                                    "top_logprobs": [
                                        {
                                            "token": "string",
                                            "logprob": 1.0,
                                            "bytes": [1],
                                        }
                                    ],
                                }
                            ],
                        }
                    ],
                    "status": "in_progress",
                }
            ],
            "parallel_tool_calls": True,
            "model": "string",
            "tools": [
                {"type": "function", "name": "string", "strict": True, "parameters": {}}
            ],
            "metadata": {},
            "tool_choice": "none",
            "temperature": 1,
            "top_p": 1,
        },
    )
    result = call(
        lambda client: client.responses.beta_cancel_response(
            response_id="resp_677efb5139a88190b512bc3fef8e535d"
        )
    )
    mock.expect(
        "POST", "/responses/resp_677efb5139a88190b512bc3fef8e535d/cancel?beta=true"
    )
    mock.check(result, BetaResponse)


def test_beta_list_input_items(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "role": "user",
                    "content": [{"type": "input_text", "text": "string"}],
                    "id": "string",
                    "type": "message",
                }
            ],
            "has_more": True,
            "first_id": "string",
            "last_id": "string",
        },
    )
    result = call(
        lambda client: client.responses.beta_list_input_items(response_id="string")
    )
    mock.expect("GET", "/responses/string/input_items?beta=true")
    mock.check(result, BetaResponseItemList)
