"""Tests of the Chat operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.chat_completion_deleted import ChatCompletionDeleted
from openai_client.models.chat_completion_list import ChatCompletionList
from openai_client.models.chat_completion_message_list import ChatCompletionMessageList
from openai_client.models.create_chat_completion_response import (
    CreateChatCompletionResponse,
)


def test_list_chat_completions(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "choices": [
                        {
                            "finish_reason": "stop",
                            "index": 1,
                            "message": {
                                "role": "assistant",
                                "content": "string",
                                "refusal": "string",
                            },
                            "logprobs": {
                                "content": [
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
                                "refusal": [
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
                            },
                        }
                    ],
                    "created": 1,
                    "id": "string",
                    "model": "string",
                    "object": "chat.completion",
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(lambda client: client.chat.list_chat_completions())
    mock.expect("GET", "/chat/completions")
    mock.check(result, ChatCompletionList)


def test_create_chat_completion(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "choices": [
                {
                    "finish_reason": "stop",
                    "index": 1,
                    "message": {
                        "role": "assistant",
                        "content": "string",
                        "refusal": "string",
                    },
                    "logprobs": {
                        "content": [
                            {
                                "token": "string",
                                "logprob": 1.0,
                                "bytes": [1],
                                "top_logprobs": [
                                    {"token": "string", "logprob": 1.0, "bytes": [1]}
                                ],
                            }
                        ],
                        "refusal": [
                            {
                                "token": "string",
                                "logprob": 1.0,
                                "bytes": [1],
                                "top_logprobs": [
                                    {"token": "string", "logprob": 1.0, "bytes": [1]}
                                ],
                            }
                        ],
                    },
                }
            ],
            "created": 1,
            "id": "string",
            "model": "string",
            "object": "chat.completion",
        },
    )
    result = call(
        lambda client: client.chat.create_chat_completion(
            messages=[{"content": "string", "role": "developer"}], model="gpt-5.4"
        )
    )
    mock.expect("POST", "/chat/completions")
    mock.check(result, CreateChatCompletionResponse)


def test_get_chat_completion(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "choices": [
                {
                    "finish_reason": "stop",
                    "index": 1,
                    "message": {
                        "role": "assistant",
                        "content": "string",
                        "refusal": "string",
                    },
                    "logprobs": {
                        "content": [
                            {
                                "token": "string",
                                "logprob": 1.0,
                                "bytes": [1],
                                "top_logprobs": [
                                    {"token": "string", "logprob": 1.0, "bytes": [1]}
                                ],
                            }
                        ],
                        "refusal": [
                            {
                                "token": "string",
                                "logprob": 1.0,
                                "bytes": [1],
                                "top_logprobs": [
                                    {"token": "string", "logprob": 1.0, "bytes": [1]}
                                ],
                            }
                        ],
                    },
                }
            ],
            "created": 1,
            "id": "string",
            "model": "string",
            "object": "chat.completion",
        },
    )
    result = call(
        lambda client: client.chat.get_chat_completion(completion_id="string")
    )
    mock.expect("GET", "/chat/completions/string")
    mock.check(result, CreateChatCompletionResponse)


def test_update_chat_completion(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "choices": [
                {
                    "finish_reason": "stop",
                    "index": 1,
                    "message": {
                        "role": "assistant",
                        "content": "string",
                        "refusal": "string",
                    },
                    "logprobs": {
                        "content": [
                            {
                                "token": "string",
                                "logprob": 1.0,
                                "bytes": [1],
                                "top_logprobs": [
                                    {"token": "string", "logprob": 1.0, "bytes": [1]}
                                ],
                            }
                        ],
                        "refusal": [
                            {
                                "token": "string",
                                "logprob": 1.0,
                                "bytes": [1],
                                "top_logprobs": [
                                    {"token": "string", "logprob": 1.0, "bytes": [1]}
                                ],
                            }
                        ],
                    },
                }
            ],
            "created": 1,
            "id": "string",
            "model": "string",
            "object": "chat.completion",
        },
    )
    result = call(
        lambda client: client.chat.update_chat_completion(
            completion_id="string", metadata={}
        )
    )
    mock.expect("POST", "/chat/completions/string")
    mock.check(result, CreateChatCompletionResponse)


def test_delete_chat_completion(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "chat.completion.deleted", "id": "string", "deleted": True},
    )
    result = call(
        lambda client: client.chat.delete_chat_completion(completion_id="string")
    )
    mock.expect("DELETE", "/chat/completions/string")
    mock.check(result, ChatCompletionDeleted)


def test_get_chat_completion_messages(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "role": "assistant",
                    "content": "string",
                    "refusal": "string",
                    "id": "string",
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.chat.get_chat_completion_messages(completion_id="string")
    )
    mock.expect("GET", "/chat/completions/string/messages")
    mock.check(result, ChatCompletionMessageList)
