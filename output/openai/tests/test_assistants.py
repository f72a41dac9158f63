"""Tests of the Assistants operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.assistant_object import AssistantObject
from openai_client.models.delete_assistant_response import DeleteAssistantResponse
from openai_client.models.delete_message_response import DeleteMessageResponse
from openai_client.models.delete_thread_response import DeleteThreadResponse
from openai_client.models.list_assistants_response import ListAssistantsResponse
from openai_client.models.list_messages_response import ListMessagesResponse
from openai_client.models.list_run_steps_response import ListRunStepsResponse
from openai_client.models.list_runs_response import ListRunsResponse
from openai_client.models.message_object import MessageObject
from openai_client.models.run_object import RunObject
from openai_client.models.run_step_object import RunStepObject
from openai_client.models.thread_object import ThreadObject


def test_list_assistants(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "string",
            "data": [
                {
                    "id": "string",
                    "object": "assistant",
                    "created_at": 1,
                    "name": "string",
                    "description": "string",
                    "model": "string",
                    "instructions": "string",
                    "tools": [],
                    "metadata": {},
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(lambda client: client.assistants.list_assistants())
    mock.expect("GET", "/assistants")
    mock.check(result, ListAssistantsResponse)


def test_create_assistant(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "assistant",
            "created_at": 1,
            "name": "string",
            "description": "string",
            "model": "string",
            "instructions": "string",
            "tools": [],
            "metadata": {},
        },
    )
    result = call(lambda client: client.assistants.create_assistant(model="gpt-4o"))
    mock.expect("POST", "/assistants")
    mock.check(result, AssistantObject)


def test_get_assistant(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "assistant",
            "created_at": 1,
            "name": "string",
            "description": "string",
            "model": "string",
            "instructions": "string",
            "tools": [],
            "metadata": {},
        },
    )
    result = call(lambda client: client.assistants.get_assistant(assistant_id="string"))
    mock.expect("GET", "/assistants/string")
    mock.check(result, AssistantObject)


def test_modify_assistant(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "assistant",
            "created_at": 1,
            "name": "string",
            "description": "string",
            "model": "string",
            "instructions": "string",
            "tools": [],
            "metadata": {},
        },
    )
    result = call(
        lambda client: client.assistants.modify_assistant(assistant_id="string")
    )
    mock.expect("POST", "/assistants/string")
    mock.check(result, AssistantObject)


def test_delete_assistant(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "assistant.deleted", "deleted": True},
    )
    result = call(
        lambda client: client.assistants.delete_assistant(assistant_id="string")
    )
    mock.expect("DELETE", "/assistants/string")
    mock.check(result, DeleteAssistantResponse)


def test_create_thread(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "thread",
            "created_at": 1,
            "tool_resources": {},
            "metadata": {},
        },
    )
    result = call(lambda client: client.assistants.create_thread())
    mock.expect("POST", "/threads")
    mock.check(result, ThreadObject)


def test_create_thread_and_run(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "thread.run",
            "created_at": 1,
            "thread_id": "string",
            "assistant_id": "string",
            "status": "queued",
            "required_action": {
                "type": "submit_tool_outputs",
                "submit_tool_outputs": {
                    "tool_calls": [
                        {
                            "id": "string",
                            "type": "function",
                            "function": {"name": "string", "arguments": "string"},
                        }
                    ]
                },
            },
            "last_error": {"code": "server_error", "message": "string"},
            "expires_at": 1,
            "started_at": 1,
            "cancelled_at": 1,
            "failed_at": 1,
            "completed_at": 1,
            "model": "string",
            "instructions": "string",
            "tools": [],
            "metadata": {},
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1},
            "incomplete_details": {},
            "max_prompt_tokens": 256,
            "max_completion_tokens": 256,
            "truncation_strategy": {"type": "auto"},
            "tool_choice": "none",
            "parallel_tool_calls": True,
            "response_format": "auto",
        },
    )
    result = call(
        lambda client: client.assistants.create_thread_and_run(assistant_id="string")
    )
    mock.expect("POST", "/threads/runs")
    mock.check(result, RunObject)


def test_get_thread(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "thread",
            "created_at": 1,
            "tool_resources": {},
            "metadata": {},
        },
    )
    result = call(lambda client: client.assistants.get_thread(thread_id="string"))
    mock.expect("GET", "/threads/string")
    mock.check(result, ThreadObject)


def test_modify_thread(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "thread",
            "created_at": 1,
            "tool_resources": {},
            "metadata": {},
        },
    )
    result = call(lambda client: client.assistants.modify_thread(thread_id="string"))
    mock.expect("POST", "/threads/string")
    mock.check(result, ThreadObject)


def test_delete_thread(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "thread.deleted", "deleted": True},
    )
    result = call(lambda client: client.assistants.delete_thread(thread_id="string"))
    mock.expect("DELETE", "/threads/string")
    mock.check(result, DeleteThreadResponse)


def test_list_messages(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "string",
            "data": [
                {
                    "id": "string",
                    "object": "thread.message",
                    "created_at": 1,
                    "thread_id": "string",
                    "status": "in_progress",
                    "incomplete_details": {"reason": "content_filter"},
                    "completed_at": 1,
                    "incomplete_at": 1,
                    "role": "user",
                    "content": [
                        {"type": "image_file", "image_file": {"file_id": "string"}}
                    ],
                    "assistant_id": "string",
                    "run_id": "string",
                    "attachments": [{}],
                    "metadata": {},
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(lambda client: client.assistants.list_messages(thread_id="string"))
    mock.expect("GET", "/threads/string/messages")
    mock.check(result, ListMessagesResponse)


def test_create_message(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "thread.message",
            "created_at": 1,
            "thread_id": "string",
            "status": "in_progress",
            "incomplete_details": {"reason": "content_filter"},
            "completed_at": 1,
            "incomplete_at": 1,
            "role": "user",
            "content": [{"type": "image_file", "image_file": {"file_id": "string"}}],
            "assistant_id": "string",
            "run_id": "string",
            "attachments": [{}],
            "metadata": {},
        },
    )
    result = call(
        lambda client: client.assistants.create_message(
            thread_id="string", role="user", content="string"
        )
    )
    mock.expect("POST", "/threads/string/messages")
    mock.check(result, MessageObject)


def test_get_message(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "thread.message",
            "created_at": 1,
            "thread_id": "string",
            "status": "in_progress",
            "incomplete_details": {"reason": "content_filter"},
            "completed_at": 1,
            "incomplete_at": 1,
            "role": "user",
            "content": [{"type": "image_file", "image_file": {"file_id": "string"}}],
            "assistant_id": "string",
            "run_id": "string",
            "attachments": [{}],
            "metadata": {},
        },
    )
    result = call(
        lambda client: client.assistants.get_message(
            thread_id="string", message_id="string"
        )
    )
    mock.expect("GET", "/threads/string/messages/string")
    mock.check(result, MessageObject)


def test_modify_message(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "thread.message",
            "created_at": 1,
            "thread_id": "string",
            "status": "in_progress",
            "incomplete_details": {"reason": "content_filter"},
            "completed_at": 1,
            "incomplete_at": 1,
            "role": "user",
            "content": [{"type": "image_file", "image_file": {"file_id": "string"}}],
            "assistant_id": "string",
            "run_id": "string",
            "attachments": [{}],
            "metadata": {},
        },
    )
    result = call(
        lambda client: client.assistants.modify_message(
            thread_id="string", message_id="string"
        )
    )
    mock.expect("POST", "/threads/string/messages/string")
    mock.check(result, MessageObject)


def test_delete_message(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "thread.message.deleted", "deleted": True},
    )
    result = call(
        lambda client: client.assistants.delete_message(
            thread_id="string", message_id="string"
        )
    )
    mock.expect("DELETE", "/threads/string/messages/string")
    mock.check(result, DeleteMessageResponse)


def test_list_runs(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "string",
            "data": [
                {
                    "id": "string",
                    "object": "thread.run",
                    "created_at": 1,
                    "thread_id": "string",
                    "assistant_id": "string",
                    "status": "queued",
                    "required_action": {
                        "type": "submit_tool_outputs",
                        "submit_tool_outputs": {
                            "tool_calls": [
                                {
                                    "id": "string",
                                    "type": "function",
                                    "function": {
                                        "name": "string",
                                        "arguments": "string",
                                    },
                                }
                            ]
                        },
                    },
                    "last_error": {"code": "server_error", "message": "string"},
                    "expires_at": 1,
                    "started_at": 1,
                    "cancelled_at": 1,
                    "failed_at": 1,
                    "completed_at": 1,
                    "model": "string",
                    "instructions": "string",
                    "tools": [],
                    "metadata": {},
                    "usage": {
                        "prompt_tokens": 1,
                        "completion_tokens": 1,
                        "total_tokens": 1,
                    },
                    "incomplete_details": {},
                    "max_prompt_tokens": 256,
                    "max_completion_tokens": 256,
                    "truncation_strategy": {"type": "auto"},
                    "tool_choice": "none",
                    "parallel_tool_calls": True,
                    "response_format": "auto",
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(lambda client: client.assistants.list_runs(thread_id="string"))
    mock.expect("GET", "/threads/string/runs")
    mock.check(result, ListRunsResponse)


def test_create_run(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "thread.run",
            "created_at": 1,
            "thread_id": "string",
            "assistant_id": "string",
            "status": "queued",
            "required_action": {
                "type": "submit_tool_outputs",
                "submit_tool_outputs": {
                    "tool_calls": [
                        {
                            "id": "string",
                            "type": "function",
                            "function": {"name": "string", "arguments": "string"},
                        }
                    ]
                },
            },
            "last_error": {"code": "server_error", "message": "string"},
            "expires_at": 1,
            "started_at": 1,
            "cancelled_at": 1,
            "failed_at": 1,
            "completed_at": 1,
            "model": "string",
            "instructions": "string",
            "tools": [],
            "metadata": {},
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1},
            "incomplete_details": {},
            "max_prompt_tokens": 256,
            "max_completion_tokens": 256,
            "truncation_strategy": {"type": "auto"},
            "tool_choice": "none",
            "parallel_tool_calls": True,
            "response_format": "auto",
        },
    )
    result = call(
        lambda client: client.assistants.create_run(
            thread_id="string", assistant_id="string"
        )
    )
    mock.expect("POST", "/threads/string/runs")
    mock.check(result, RunObject)


def test_get_run(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "thread.run",
            "created_at": 1,
            "thread_id": "string",
            "assistant_id": "string",
            "status": "queued",
            "required_action": {
                "type": "submit_tool_outputs",
                "submit_tool_outputs": {
                    "tool_calls": [
                        {
                            "id": "string",
                            "type": "function",
                            "function": {"name": "string", "arguments": "string"},
                        }
                    ]
                },
            },
            "last_error": {"code": "server_error", "message": "string"},
            "expires_at": 1,
            "started_at": 1,
            "cancelled_at": 1,
            "failed_at": 1,
            "completed_at": 1,
            "model": "string",
            "instructions": "string",
            "tools": [],
            "metadata": {},
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1},
            "incomplete_details": {},
            "max_prompt_tokens": 256,
            "max_completion_tokens": 256,
            "truncation_strategy": {"type": "auto"},
            "tool_choice": "none",
            "parallel_tool_calls": True,
            "response_format": "auto",
        },
    )
    result = call(
        lambda client: client.assistants.get_run(thread_id="string", run_id="string")
    )
    mock.expect("GET", "/threads/string/runs/string")
    mock.check(result, RunObject)


def test_modify_run(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "thread.run",
            "created_at": 1,
            "thread_id": "string",
            "assistant_id": "string",
            "status": "queued",
            "required_action": {
                "type": "submit_tool_outputs",
                "submit_tool_outputs": {
                    "tool_calls": [
                        {
                            "id": "string",
                            "type": "function",
                            "function": {"name": "string", "arguments": "string"},
                        }
                    ]
                },
            },
            "last_error": {"code": "server_error", "message": "string"},
            "expires_at": 1,
            "started_at": 1,
            "cancelled_at": 1,
            "failed_at": 1,
            "completed_at": 1,
            "model": "string",
            "instructions": "string",
            "tools": [],
            "metadata": {},
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1},
            "incomplete_details": {},
            "max_prompt_tokens": 256,
            "max_completion_tokens": 256,
            "truncation_strategy": {"type": "auto"},
            "tool_choice": "none",
            "parallel_tool_calls": True,
            "response_format": "auto",
        },
    )
    result = call(
        lambda client: client.assistants.modify_run(thread_id="string", run_id="string")
    )
    mock.expect("POST", "/threads/string/runs/string")
    mock.check(result, RunObject)


def test_cancel_run(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "thread.run",
            "created_at": 1,
            "thread_id": "string",
            "assistant_id": "string",
            "status": "queued",
            "required_action": {
                "type": "submit_tool_outputs",
                "submit_tool_outputs": {
                    "tool_calls": [
                        {
                            "id": "string",
                            "type": "function",
                            "function": {"name": "string", "arguments": "string"},
                        }
                    ]
                },
            },
            "last_error": {"code": "server_error", "message": "string"},
            "expires_at": 1,
            "started_at": 1,
            "cancelled_at": 1,
            "failed_at": 1,
            "completed_at": 1,
            "model": "string",
            "instructions": "string",
            "tools": [],
            "metadata": {},
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1},
            "incomplete_details": {},
            "max_prompt_tokens": 256,
            "max_completion_tokens": 256,
            "truncation_strategy": {"type": "auto"},
            "tool_choice": "none",
            "parallel_tool_calls": True,
            "response_format": "auto",
        },
    )
    result = call(
        lambda client: client.assistants.cancel_run(thread_id="string", run_id="string")
    )
    mock.expect("POST", "/threads/string/runs/string/cancel")
    mock.check(result, RunObject)


def test_list_run_steps(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "string",
            "data": [
                {
                    "id": "string",
                    "object": "thread.run.step",
                    "created_at": 1,
                    "assistant_id": "string",
                    "thread_id": "string",
                    "run_id": "string",
                    "type": "message_creation",
                    "status": "in_progress",
                    "step_details": {
                        "type": "message_creation",
                        "message_creation": {"message_id": "string"},
                    },
                    "last_error": {"code": "server_error", "message": "string"},
                    "expired_at": 1,
                    "cancelled_at": 1,
                    "failed_at": 1,
                    "completed_at": 1,
                    "metadata": {},
                    "usage": {
                        "prompt_tokens": 1,
                        "completion_tokens": 1,
                        "total_tokens": 1,
                    },
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.assistants.list_run_steps(
            thread_id="string", run_id="string"
        )
    )
    mock.expect("GET", "/threads/string/runs/string/steps")
    mock.check(result, ListRunStepsResponse)


def test_get_run_step(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "thread.run.step",
            "created_at": 1,
            "assistant_id": "string",
            "thread_id": "string",
            "run_id": "string",
            "type": "message_creation",
            "status": "in_progress",
            "step_details": {
                "type": "message_creation",
                "message_creation": {"message_id": "string"},
            },
            "last_error": {"code": "server_error", "message": "string"},
            "expired_at": 1,
            "cancelled_at": 1,
            "failed_at": 1,
            "completed_at": 1,
            "metadata": {},
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1},
        },
    )
    result = call(
        lambda client: client.assistants.get_run_step(
            thread_id="string", run_id="string", step_id="string"
        )
    )
    mock.expect("GET", "/threads/string/runs/string/steps/string")
    mock.check(result, RunStepObject)


def test_submit_tool_ouputs_to_run(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "thread.run",
            "created_at": 1,
            "thread_id": "string",
            "assistant_id": "string",
            "status": "queued",
            "required_action": {
                "type": "submit_tool_outputs",
                "submit_tool_outputs": {
                    "tool_calls": [
                        {
                            "id": "string",
                            "type": "function",
                            "function": {"name": "string", "arguments": "string"},
                        }
                    ]
                },
            },
            "last_error": {"code": "server_error", "message": "string"},
            "expires_at": 1,
            "started_at": 1,
            "cancelled_at": 1,
            "failed_at": 1,
            "completed_at": 1,
            "model": "string",
            "instructions": "string",
            "tools": [],
            "metadata": {},
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1},
            "incomplete_details": {},
            "max_prompt_tokens": 256,
            "max_completion_tokens": 256,
            "truncation_strategy": {"type": "auto"},
            "tool_choice": "none",
            "parallel_tool_calls": True,
            "response_format": "auto",
        },
    )
    result = call(
        lambda client: client.assistants.submit_tool_ouputs_to_run(
            thread_id="string", run_id="string", tool_outputs=[{}]
        )
    )
    mock.expect("POST", "/threads/string/runs/string/submit_tool_outputs")
    mock.check(result, RunObject)
