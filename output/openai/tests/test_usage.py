"""Tests of the Usage operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.usage_response import UsageResponse


def test_usage_costs(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "page",
            "data": [
                {
                    "object": "bucket",
                    "start_time": 1,
                    "end_time": 1,
                    "results": [
                        {
                            "object": "organization.usage.completions.result",
                            "input_tokens": 1,
                            "output_tokens": 1,
                            "num_model_requests": 1,
                        }
                    ],
                }
            ],
            "has_more": True,
            "next_page": "string",
        },
    )
    result = call(lambda client: client.usage.usage_costs(start_time=1))
    mock.expect("GET", "/organization/costs")
    mock.check(result, UsageResponse)


def test_usage_audio_speeches(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "page",
            "data": [
                {
                    "object": "bucket",
                    "start_time": 1,
                    "end_time": 1,
                    "results": [
                        {
                            "object": "organization.usage.completions.result",
                            "input_tokens": 1,
                            "output_tokens": 1,
                            "num_model_requests": 1,
                        }
                    ],
                }
            ],
            "has_more": True,
            "next_page": "string",
        },
    )
    result = call(lambda client: client.usage.usage_audio_speeches(start_time=1))
    mock.expect("GET", "/organization/usage/audio_speeches")
    mock.check(result, UsageResponse)


def test_usage_audio_transcriptions(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "page",
            "data": [
                {
                    "object": "bucket",
                    "start_time": 1,
                    "end_time": 1,
                    "results": [
                        {
                            "object": "organization.usage.completions.result",
                            "input_tokens": 1,
                            "output_tokens": 1,
                            "num_model_requests": 1,
                        }
                    ],
                }
            ],
            "has_more": True,
            "next_page": "string",
        },
    )
    result = call(lambda client: client.usage.usage_audio_transcriptions(start_time=1))
    mock.expect("GET", "/organization/usage/audio_transcriptions")
    mock.check(result, UsageResponse)


def test_usage_code_interpreter_sessions(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "page",
            "data": [
                {
                    "object": "bucket",
                    "start_time": 1,
                    "end_time": 1,
                    "results": [
                        {
                            "object": "organization.usage.completions.result",
                            "input_tokens": 1,
                            "output_tokens": 1,
                            "num_model_requests": 1,
                        }
                    ],
                }
            ],
            "has_more": True,
            "next_page": "string",
        },
    )
    result = call(
        lambda client: client.usage.usage_code_interpreter_sessions(start_time=1)
    )
    mock.expect("GET", "/organization/usage/code_interpreter_sessions")
    mock.check(result, UsageResponse)


def test_usage_completions(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "page",
            "data": [
                {
                    "object": "bucket",
                    "start_time": 1,
                    "end_time": 1,
                    "results": [
                        {
                            "object": "organization.usage.completions.result",
                            "input_tokens": 1,
                            "output_tokens": 1,
                            "num_model_requests": 1,
                        }
                    ],
                }
            ],
            "has_more": True,
            "next_page": "string",
        },
    )
    result = call(lambda client: client.usage.usage_completions(start_time=1))
    mock.expect("GET", "/organization/usage/completions")
    mock.check(result, UsageResponse)


def test_usage_embeddings(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "page",
            "data": [
                {
                    "object": "bucket",
                    "start_time": 1,
                    "end_time": 1,
                    "results": [
                        {
                            "object": "organization.usage.completions.result",
                            "input_tokens": 1,
                            "output_tokens": 1,
                            "num_model_requests": 1,
                        }
                    ],
                }
            ],
            "has_more": True,
            "next_page": "string",
        },
    )
    result = call(lambda client: client.usage.usage_embeddings(start_time=1))
    mock.expect("GET", "/organization/usage/embeddings")
    mock.check(result, UsageResponse)


def test_usage_file_search_calls(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "page",
            "data": [
                {
                    "object": "bucket",
                    "start_time": 1,
                    "end_time": 1,
                    "results": [
                        {
                            "object": "organization.usage.completions.result",
                            "input_tokens": 1,
                            "output_tokens": 1,
                            "num_model_requests": 1,
                        }
                    ],
                }
            ],
            "has_more": True,
            "next_page": "string",
        },
    )
    result = call(lambda client: client.usage.usage_file_search_calls(start_time=1))
    mock.expect("GET", "/organization/usage/file_search_calls")
    mock.check(result, UsageResponse)


def test_usage_images(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "page",
            "data": [
                {
                    "object": "bucket",
                    "start_time": 1,
                    "end_time": 1,
                    "results": [
                        {
                            "object": "organization.usage.completions.result",
                            "input_tokens": 1,
                            "output_tokens": 1,
                            "num_model_requests": 1,
                        }
                    ],
                }
            ],
            "has_more": True,
            "next_page": "string",
        },
    )
    result = call(lambda client: client.usage.usage_images(start_time=1))
    mock.expect("GET", "/organization/usage/images")
    mock.check(result, UsageResponse)


def test_usage_moderations(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "page",
            "data": [
                {
                    "object": "bucket",
                    "start_time": 1,
                    "end_time": 1,
                    "results": [
                        {
                            "object": "organization.usage.completions.result",
                            "input_tokens": 1,
                            "output_tokens": 1,
                            "num_model_requests": 1,
                        }
                    ],
                }
            ],
            "has_more": True,
            "next_page": "string",
        },
    )
    result = call(lambda client: client.usage.usage_moderations(start_time=1))
    mock.expect("GET", "/organization/usage/moderations")
    mock.check(result, UsageResponse)


def test_usage_vector_stores(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "page",
            "data": [
                {
                    "object": "bucket",
                    "start_time": 1,
                    "end_time": 1,
                    "results": [
                        {
                            "object": "organization.usage.completions.result",
                            "input_tokens": 1,
                            "output_tokens": 1,
                            "num_model_requests": 1,
                        }
                    ],
                }
            ],
            "has_more": True,
            "next_page": "string",
        },
    )
    result = call(lambda client: client.usage.usage_vector_stores(start_time=1))
    mock.expect("GET", "/organization/usage/vector_stores")
    mock.check(result, UsageResponse)


def test_usage_web_search_calls(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "page",
            "data": [
                {
                    "object": "bucket",
                    "start_time": 1,
                    "end_time": 1,
                    "results": [
                        {
                            "object": "organization.usage.completions.result",
                            "input_tokens": 1,
                            "output_tokens": 1,
                            "num_model_requests": 1,
                        }
                    ],
                }
            ],
            "has_more": True,
            "next_page": "string",
        },
    )
    result = call(lambda client: client.usage.usage_web_search_calls(start_time=1))
    mock.expect("GET", "/organization/usage/web_search_calls")
    mock.check(result, UsageResponse)
