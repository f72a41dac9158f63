"""The command line for OpenAI API: `python -m openai_client <operation> [key=value
...]`.

Arguments are checked against the table below (generated from the same description as
the
client) before anything is sent; every request then goes through `Client`, one
`*_with_http_info` method per operation. Exit status: 0 success, 1 API error, 2 usage
error,
3 connection error or timeout.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pathlib
import re
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, NamedTuple, NoReturn

import httpx
import pydantic

from ._client import BASE_URL_ENV, DEFAULT_BASE_URL, Client
from ._errors import ApiConnectionError, ApiError, ApiStatusError, ApiTimeoutError
from ._runtime import DEFAULT_TIMEOUT, jsonable
from ._types import ApiResponse
from ._version import __version__

__all__ = ["main"]

PACKAGE = "openai_client"
TOKEN_HELP = "credential for ApiKeyAuth, AdminApiKeyAuth (default: $OPENAI_CLIENT_API_KEY_AUTH, $OPENAI_CLIENT_ADMIN_API_KEY_AUTH)"
SECRET_HEADERS: frozenset[str] = frozenset(
    ("authorization", "proxy-authorization", "cookie", "set-cookie")
)
SECRET_QUERY: frozenset[str] = frozenset(())


class _Arg(NamedTuple):
    """One `key=value` argument: where it goes and what it must look like."""

    key: str  # typed before `=`, `:=` or `=@`
    name: str  # the method's argument
    wire: str
    location: str  # path, query, header, cookie or field (of the request body)
    kind: str  # string, integer, number, boolean, array, object, any or file
    type_doc: str
    required: bool
    nullable: bool
    positional: bool
    deprecated: bool
    default: str | None  # JSON
    description: str


class _Body(NamedTuple):
    """The `--body` option: the method's whole `body` argument."""

    media: str  # json, multipart, form, binary or text
    kind: str
    type_doc: str
    required: bool
    description: str


class _Op(NamedTuple):
    cli: str
    operation_id: str
    group: str  # the Client attribute
    method: str
    http: str
    returns: str  # json, binary, text, sse or empty
    doc: str
    example: str
    args: tuple[_Arg, ...]
    body: _Body | None


# (Client attribute, tag, description)
GROUPS: tuple[tuple[str, str, str], ...] = (
    (
        "assistants",
        "Assistants",
        "Build Assistants that can call models and use tools.",
    ),
    ("audio", "Audio", "Turn audio into text or text into audio."),
    (
        "chat",
        "Chat",
        "Given a list of messages comprising a conversation, the model will return a response.",
    ),
    ("conversations", "Conversations", "Manage conversations and conversation items."),
    (
        "completions",
        "Completions",
        "Given a prompt, the model will return one or more predicted completions, and can also return the probabilities of alternative tokens at each position.",
    ),
    (
        "embeddings",
        "Embeddings",
        "Get a vector representation of a given input that can be easily consumed by machine learning models and algorithms.",
    ),
    ("evals", "Evals", "Manage and run evals in the OpenAI platform."),
    (
        "fine_tuning",
        "Fine-tuning",
        "Manage fine-tuning jobs to tailor a model to your specific training data.",
    ),
    ("batch", "Batch", "Create large batches of API requests to run asynchronously."),
    (
        "files",
        "Files",
        "Files are used to upload documents that can be used with features like Assistants and Fine-tuning.",
    ),
    ("uploads", "Uploads", "Use Uploads to upload large files in multiple parts."),
    (
        "images",
        "Images",
        "Given a prompt and/or an input image, the model will generate a new image.",
    ),
    ("models", "Models", "List and describe the various models available in the API."),
    (
        "moderations",
        "Moderations",
        "Given text and/or image inputs, classifies if those inputs are potentially harmful.",
    ),
    (
        "audit_logs",
        "Audit Logs",
        "List user actions and configuration changes within this organization.",
    ),
    ("default", "default", ""),
    ("certificates", "Certificates", ""),
    ("usage", "Usage", ""),
    ("data_retention", "Data retention", ""),
    ("groups", "Groups", ""),
    ("group_organization_role_assignments", "Group organization role assignments", ""),
    ("group_users", "Group users", ""),
    ("invites", "Invites", ""),
    ("projects", "Projects", ""),
    ("project_groups", "Project groups", ""),
    ("hosted_tools", "Hosted tools", ""),
    ("spend_alerts", "Spend alerts", ""),
    ("roles", "Roles", ""),
    ("users", "Users", ""),
    ("user_organization_role_assignments", "User organization role assignments", ""),
    ("project_group_role_assignments", "Project group role assignments", ""),
    ("project_user_role_assignments", "Project user role assignments", ""),
    ("realtime", "Realtime", ""),
    ("responses", "Responses", ""),
    ("vector_stores", "Vector stores", ""),
    ("videos", "Videos", ""),
    ("skills", "Skills", ""),
)

# One row per operation, in the order of the API groups; its arguments in the method's order.
# fmt: off
OPERATIONS: tuple[_Op, ...] = (
    _Op(
        'list-assistants', 'listAssistants', 'assistants', 'list_assistants', 'GET /assistants', 'json',
        'Returns a list of assistants.',
        'list-assistants',
        (
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"desc"', 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('before', 'before', 'before', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.'),
        ),
        None,
    ),
    _Op(
        'create-assistant', 'createAssistant', 'assistants', 'create_assistant', 'POST /assistants', 'json',
        'Create an assistant with a model and instructions.',
        'create-assistant model=gpt-4o',
        (
            _Arg('model', 'model', 'model', 'field', 'any', 'str | AssistantSupportedModels', True, False, False, False, None, 'ID of the model to use. You can use the [List models](https://api.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://api.openai.com/docs/models) for descriptions of them.'),
            _Arg('name', 'name', 'name', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('description', 'description', 'description', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('instructions', 'instructions', 'instructions', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('reasoning_effort', 'reasoning_effort', 'reasoning_effort', 'field', 'any', 'ReasoningEffort', False, False, False, False, None, ''),
            _Arg('tools', 'tools', 'tools', 'field', 'array', 'list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]', False, False, False, False, '[]', 'A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.'),
            _Arg('tool_resources', 'tool_resources', 'tool_resources', 'field', 'object', 'CreateAssistantRequestToolResourcesVariant1 | None', False, True, False, False, None, ''),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
            _Arg('temperature', 'temperature', 'temperature', 'field', 'number', 'float | None', False, True, False, False, None, ''),
            _Arg('top_p', 'top_p', 'top_p', 'field', 'number', 'float | None', False, True, False, False, None, ''),
            _Arg('response_format', 'response_format', 'response_format', 'field', 'any', 'AssistantsApiResponseFormatOption | None', False, True, False, False, None, ''),
        ),
        _Body('json', 'object', 'CreateAssistantRequest', False, ''),
    ),
    _Op(
        'get-assistant', 'getAssistant', 'assistants', 'get_assistant', 'GET /assistants/{assistant_id}', 'json',
        'Retrieves an assistant.',
        'get-assistant assistant_id=string',
        (
            _Arg('assistant_id', 'assistant_id', 'assistant_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the assistant to retrieve.'),
        ),
        None,
    ),
    _Op(
        'modify-assistant', 'modifyAssistant', 'assistants', 'modify_assistant', 'POST /assistants/{assistant_id}', 'json',
        'Modifies an assistant.',
        'modify-assistant assistant_id=string',
        (
            _Arg('assistant_id', 'assistant_id', 'assistant_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the assistant to modify.'),
            _Arg('model', 'model', 'model', 'field', 'any', 'str | AssistantSupportedModels', False, False, False, False, None, 'ID of the model to use. You can use the [List models](https://api.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://api.openai.com/docs/models) for descriptions of them.'),
            _Arg('reasoning_effort', 'reasoning_effort', 'reasoning_effort', 'field', 'any', 'ReasoningEffort', False, False, False, False, None, ''),
            _Arg('name', 'name', 'name', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('description', 'description', 'description', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('instructions', 'instructions', 'instructions', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('tools', 'tools', 'tools', 'field', 'array', 'list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]', False, False, False, False, '[]', 'A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.'),
            _Arg('tool_resources', 'tool_resources', 'tool_resources', 'field', 'object', 'ModifyAssistantRequestToolResourcesVariant1 | None', False, True, False, False, None, ''),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
            _Arg('temperature', 'temperature', 'temperature', 'field', 'number', 'float | None', False, True, False, False, None, ''),
            _Arg('top_p', 'top_p', 'top_p', 'field', 'number', 'float | None', False, True, False, False, None, ''),
            _Arg('response_format', 'response_format', 'response_format', 'field', 'any', 'AssistantsApiResponseFormatOption | None', False, True, False, False, None, ''),
        ),
        _Body('json', 'object', 'ModifyAssistantRequest', False, ''),
    ),
    _Op(
        'delete-assistant', 'deleteAssistant', 'assistants', 'delete_assistant', 'DELETE /assistants/{assistant_id}', 'json',
        'Delete an assistant.',
        'delete-assistant assistant_id=string',
        (
            _Arg('assistant_id', 'assistant_id', 'assistant_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the assistant to delete.'),
        ),
        None,
    ),
    _Op(
        'create-thread', 'createThread', 'assistants', 'create_thread', 'POST /threads', 'json',
        'Create a thread.',
        'create-thread',
        (
            _Arg('messages', 'messages', 'messages', 'field', 'array', 'list[CreateMessageRequest]', False, False, False, False, None, 'A list of [messages](https://api.openai.com/docs/api-reference/messages) to start the thread with.'),
            _Arg('tool_resources', 'tool_resources', 'tool_resources', 'field', 'object', 'CreateThreadRequestToolResourcesVariant1 | None', False, True, False, False, None, ''),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'CreateThreadRequest', False, ''),
    ),
    _Op(
        'create-thread-and-run', 'createThreadAndRun', 'assistants', 'create_thread_and_run', 'POST /threads/runs', 'json',
        'Create a thread and run it in one request.',
        'create-thread-and-run assistant_id=string',
        (
            _Arg('assistant_id', 'assistant_id', 'assistant_id', 'field', 'string', 'str', True, False, False, False, None, 'The ID of the [assistant](https://api.openai.com/docs/api-reference/assistants) to use to execute this run.'),
            _Arg('thread', 'thread', 'thread', 'field', 'object', 'CreateThreadRequest', False, False, False, False, None, 'Options to create a new thread. If no thread is provided when running a request, an empty thread will be created.'),
            _Arg('model', 'model', 'model', 'field', 'string', "str | Literal['gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-2025-08-07', 'gpt-5-mini-2025-08-07', 'gpt-5-nano-2025-08-07', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4.1-2025-04-14', 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-nano-2025-04-14', 'gpt-4o', 'gpt-4o-2024-11-20', 'gpt-4o-2024-08-06', 'gpt-4o-2024-05-13', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18', 'gpt-4.5-preview', 'gpt-4.5-preview-2025-02-27', 'gpt-4-turbo', 'gpt-4-turbo-2024-04-09', 'gpt-4-0125-preview', 'gpt-4-turbo-preview', 'gpt-4-1106-preview', 'gpt-4-vision-preview', 'gpt-4', 'gpt-4-0314', 'gpt-4-0613', 'gpt-4-32k', 'gpt-4-32k-0314', 'gpt-4-32k-0613', 'gpt-3.5-turbo', 'gpt-3.5-turbo-16k', 'gpt-3.5-turbo-0613', 'gpt-3.5-turbo-1106', 'gpt-3.5-turbo-0125', 'gpt-3.5-turbo-16k-0613'] | None", False, True, False, False, None, 'The ID of the [Model](https://api.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.'),
            _Arg('instructions', 'instructions', 'instructions', 'field', 'string', 'str | None', False, True, False, False, None, 'Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis.'),
            _Arg('tools', 'tools', 'tools', 'field', 'array', 'list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None', False, True, False, False, None, 'Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.'),
            _Arg('tool_resources', 'tool_resources', 'tool_resources', 'field', 'object', 'CreateThreadAndRunRequestToolResources | None', False, True, False, False, None, "A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
            _Arg('temperature', 'temperature', 'temperature', 'field', 'number', 'float | None', False, True, False, False, '1', 'What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.'),
            _Arg('top_p', 'top_p', 'top_p', 'field', 'number', 'float | None', False, True, False, False, '1', 'An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.'),
            _Arg('stream', 'stream', 'stream', 'field', 'boolean', 'bool | None', False, True, False, False, None, 'If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.'),
            _Arg('max_prompt_tokens', 'max_prompt_tokens', 'max_prompt_tokens', 'field', 'integer', 'int | None', False, True, False, False, None, 'The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.'),
            _Arg('max_completion_tokens', 'max_completion_tokens', 'max_completion_tokens', 'field', 'integer', 'int | None', False, True, False, False, None, 'The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.'),
            _Arg('truncation_strategy', 'truncation_strategy', 'truncation_strategy', 'field', 'object', 'TruncationObject | None', False, True, False, False, None, ''),
            _Arg('tool_choice', 'tool_choice', 'tool_choice', 'field', 'any', 'AssistantsApiToolChoiceOption | None', False, True, False, False, None, ''),
            _Arg('parallel_tool_calls', 'parallel_tool_calls', 'parallel_tool_calls', 'field', 'boolean', 'bool', False, False, False, False, 'true', 'Whether to enable [parallel function calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.'),
            _Arg('response_format', 'response_format', 'response_format', 'field', 'any', 'AssistantsApiResponseFormatOption | None', False, True, False, False, None, 'Specifies the format that the model must output. Compatible with [GPT-4o](https://api.openai.com/docs/models#gpt-4o), [GPT-4 Turbo](https://api.openai.com/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://api.openai.com/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.'),
        ),
        _Body('json', 'object', 'CreateThreadAndRunRequest', False, ''),
    ),
    _Op(
        'get-thread', 'getThread', 'assistants', 'get_thread', 'GET /threads/{thread_id}', 'json',
        'Retrieves a thread.',
        'get-thread thread_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the thread to retrieve.'),
        ),
        None,
    ),
    _Op(
        'modify-thread', 'modifyThread', 'assistants', 'modify_thread', 'POST /threads/{thread_id}', 'json',
        'Modifies a thread.',
        'modify-thread thread_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the thread to modify. Only the `metadata` can be modified.'),
            _Arg('tool_resources', 'tool_resources', 'tool_resources', 'field', 'object', 'ModifyThreadRequestToolResourcesVariant1 | None', False, True, False, False, None, ''),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'ModifyThreadRequest', False, ''),
    ),
    _Op(
        'delete-thread', 'deleteThread', 'assistants', 'delete_thread', 'DELETE /threads/{thread_id}', 'json',
        'Delete a thread.',
        'delete-thread thread_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the thread to delete.'),
        ),
        None,
    ),
    _Op(
        'list-messages', 'listMessages', 'assistants', 'list_messages', 'GET /threads/{thread_id}/messages', 'json',
        'Returns a list of messages for a given thread.',
        'list-messages thread_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the [thread](https://api.openai.com/docs/api-reference/threads) the messages belong to.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"desc"', 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('before', 'before', 'before', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.'),
            _Arg('run_id', 'run_id', 'run_id', 'query', 'string', 'str', False, False, False, False, None, 'Filter messages by the run ID that generated them.'),
        ),
        None,
    ),
    _Op(
        'create-message', 'createMessage', 'assistants', 'create_message', 'POST /threads/{thread_id}/messages', 'json',
        'Create a message.',
        'create-message thread_id=string role=user content=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the [thread](https://api.openai.com/docs/api-reference/threads) to create a message for.'),
            _Arg('role', 'role', 'role', 'field', 'string', "Literal['user', 'assistant'] | str", True, False, False, False, None, 'The role of the entity that is creating the message. Allowed values include: - `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-generated messages. - `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the assistant into the conversation.'),
            _Arg('content', 'content', 'content', 'field', 'any', 'str | list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject]', True, False, False, False, None, ''),
            _Arg('attachments', 'attachments', 'attachments', 'field', 'array', 'list[CreateMessageRequestAttachmentsVariant1Item] | None', False, True, False, False, None, ''),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'CreateMessageRequest', False, ''),
    ),
    _Op(
        'get-message', 'getMessage', 'assistants', 'get_message', 'GET /threads/{thread_id}/messages/{message_id}', 'json',
        'Retrieve a message.',
        'get-message thread_id=string message_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the [thread](https://api.openai.com/docs/api-reference/threads) to which this message belongs.'),
            _Arg('message_id', 'message_id', 'message_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the message to retrieve.'),
        ),
        None,
    ),
    _Op(
        'modify-message', 'modifyMessage', 'assistants', 'modify_message', 'POST /threads/{thread_id}/messages/{message_id}', 'json',
        'Modifies a message.',
        'modify-message thread_id=string message_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the thread to which this message belongs.'),
            _Arg('message_id', 'message_id', 'message_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the message to modify.'),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'ModifyMessageRequest', False, ''),
    ),
    _Op(
        'delete-message', 'deleteMessage', 'assistants', 'delete_message', 'DELETE /threads/{thread_id}/messages/{message_id}', 'json',
        'Deletes a message.',
        'delete-message thread_id=string message_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the thread to which this message belongs.'),
            _Arg('message_id', 'message_id', 'message_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the message to delete.'),
        ),
        None,
    ),
    _Op(
        'list-runs', 'listRuns', 'assistants', 'list_runs', 'GET /threads/{thread_id}/runs', 'json',
        'Returns a list of runs belonging to a thread.',
        'list-runs thread_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the thread the run belongs to.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"desc"', 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('before', 'before', 'before', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.'),
        ),
        None,
    ),
    _Op(
        'create-run', 'createRun', 'assistants', 'create_run', 'POST /threads/{thread_id}/runs', 'json',
        'Create a run.',
        'create-run thread_id=string assistant_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the thread to run.'),
            _Arg('assistant_id', 'assistant_id', 'assistant_id', 'field', 'string', 'str', True, False, False, False, None, 'The ID of the [assistant](https://api.openai.com/docs/api-reference/assistants) to use to execute this run.'),
            _Arg('model', 'model', 'model', 'field', 'any', 'str | AssistantSupportedModels | None', False, True, False, False, None, 'The ID of the [Model](https://api.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.'),
            _Arg('reasoning_effort', 'reasoning_effort', 'reasoning_effort', 'field', 'any', 'ReasoningEffort', False, False, False, False, None, ''),
            _Arg('instructions', 'instructions', 'instructions', 'field', 'string', 'str | None', False, True, False, False, None, 'Overrides the [instructions](https://api.openai.com/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis.'),
            _Arg('additional_instructions', 'additional_instructions', 'additional_instructions', 'field', 'string', 'str | None', False, True, False, False, None, 'Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions.'),
            _Arg('additional_messages', 'additional_messages', 'additional_messages', 'field', 'array', 'list[CreateMessageRequest] | None', False, True, False, False, None, 'Adds additional messages to the thread before creating the run.'),
            _Arg('tools', 'tools', 'tools', 'field', 'array', 'list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None', False, True, False, False, None, 'Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.'),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
            _Arg('temperature', 'temperature', 'temperature', 'field', 'number', 'float | None', False, True, False, False, '1', 'What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.'),
            _Arg('top_p', 'top_p', 'top_p', 'field', 'number', 'float | None', False, True, False, False, '1', 'An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.'),
            _Arg('stream', 'stream', 'stream', 'field', 'boolean', 'bool | None', False, True, False, False, None, 'If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.'),
            _Arg('max_prompt_tokens', 'max_prompt_tokens', 'max_prompt_tokens', 'field', 'integer', 'int | None', False, True, False, False, None, 'The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.'),
            _Arg('max_completion_tokens', 'max_completion_tokens', 'max_completion_tokens', 'field', 'integer', 'int | None', False, True, False, False, None, 'The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.'),
            _Arg('truncation_strategy', 'truncation_strategy', 'truncation_strategy', 'field', 'object', 'TruncationObject | None', False, True, False, False, None, ''),
            _Arg('tool_choice', 'tool_choice', 'tool_choice', 'field', 'any', 'AssistantsApiToolChoiceOption | None', False, True, False, False, None, ''),
            _Arg('parallel_tool_calls', 'parallel_tool_calls', 'parallel_tool_calls', 'field', 'boolean', 'bool', False, False, False, False, 'true', 'Whether to enable [parallel function calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.'),
            _Arg('response_format', 'response_format', 'response_format', 'field', 'any', 'AssistantsApiResponseFormatOption | None', False, True, False, False, None, 'Specifies the format that the model must output. Compatible with [GPT-4o](https://api.openai.com/docs/models#gpt-4o), [GPT-4 Turbo](https://api.openai.com/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://api.openai.com/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.'),
            _Arg('include[]', 'include', 'include[]', 'query', 'array', "list[Literal['step_details.tool_calls[*].file_search.results[*].content']]", False, False, False, False, None, 'A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](https://api.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.'),
        ),
        _Body('json', 'object', 'CreateRunRequest', False, ''),
    ),
    _Op(
        'get-run', 'getRun', 'assistants', 'get_run', 'GET /threads/{thread_id}/runs/{run_id}', 'json',
        'Retrieves a run.',
        'get-run thread_id=string run_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the [thread](https://api.openai.com/docs/api-reference/threads) that was run.'),
            _Arg('run_id', 'run_id', 'run_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the run to retrieve.'),
        ),
        None,
    ),
    _Op(
        'modify-run', 'modifyRun', 'assistants', 'modify_run', 'POST /threads/{thread_id}/runs/{run_id}', 'json',
        'Modifies a run.',
        'modify-run thread_id=string run_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the [thread](https://api.openai.com/docs/api-reference/threads) that was run.'),
            _Arg('run_id', 'run_id', 'run_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the run to modify.'),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'ModifyRunRequest', False, ''),
    ),
    _Op(
        'cancel-run', 'cancelRun', 'assistants', 'cancel_run', 'POST /threads/{thread_id}/runs/{run_id}/cancel', 'json',
        'Cancels a run that is `in_progress`.',
        'cancel-run thread_id=string run_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the thread to which this run belongs.'),
            _Arg('run_id', 'run_id', 'run_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the run to cancel.'),
        ),
        None,
    ),
    _Op(
        'list-run-steps', 'listRunSteps', 'assistants', 'list_run_steps', 'GET /threads/{thread_id}/runs/{run_id}/steps', 'json',
        'Returns a list of run steps belonging to a run.',
        'list-run-steps thread_id=string run_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the thread the run and run steps belong to.'),
            _Arg('run_id', 'run_id', 'run_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the run the run steps belong to.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"desc"', 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('before', 'before', 'before', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.'),
            _Arg('include[]', 'include', 'include[]', 'query', 'array', "list[Literal['step_details.tool_calls[*].file_search.results[*].content']]", False, False, False, False, None, 'A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](https://api.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.'),
        ),
        None,
    ),
    _Op(
        'get-run-step', 'getRunStep', 'assistants', 'get_run_step', 'GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}', 'json',
        'Retrieves a run step.',
        'get-run-step thread_id=string run_id=string step_id=string',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the thread to which the run and run step belongs.'),
            _Arg('run_id', 'run_id', 'run_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the run to which the run step belongs.'),
            _Arg('step_id', 'step_id', 'step_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the run step to retrieve.'),
            _Arg('include[]', 'include', 'include[]', 'query', 'array', "list[Literal['step_details.tool_calls[*].file_search.results[*].content']]", False, False, False, False, None, 'A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](https://api.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.'),
        ),
        None,
    ),
    _Op(
        'submit-tool-ouputs-to-run', 'submitToolOuputsToRun', 'assistants', 'submit_tool_ouputs_to_run', 'POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs', 'json',
        'When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this endpoint can be used to submit the outputs from the tool calls once they\'re all completed. All outputs must be submitted in a single request.',
        "submit-tool-ouputs-to-run thread_id=string run_id=string tool_outputs:='[{}]'",
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the [thread](https://api.openai.com/docs/api-reference/threads) to which this run belongs.'),
            _Arg('run_id', 'run_id', 'run_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the run that requires the tool output submission.'),
            _Arg('tool_outputs', 'tool_outputs', 'tool_outputs', 'field', 'array', 'list[SubmitToolOutputsRunRequestToolOutputsItem]', True, False, False, False, None, 'A list of tools for which the outputs are being submitted.'),
            _Arg('stream', 'stream', 'stream', 'field', 'boolean', 'bool | None', False, True, False, False, None, ''),
        ),
        _Body('json', 'object', 'SubmitToolOutputsRunRequest', False, ''),
    ),
    _Op(
        'create-speech', 'createSpeech', 'audio', 'create_speech', 'POST /audio/speech', 'binary',
        'Generates audio from the input text. Returns the audio file content, or a stream of audio events.',
        'create-speech model=string input=string voice=ash',
        (
            _Arg('model', 'model', 'model', 'field', 'string', "str | Literal['tts-1', 'tts-1-hd', 'gpt-4o-mini-tts', 'gpt-4o-mini-tts-2025-12-15']", True, False, False, False, None, 'One of the available [TTS models](https://api.openai.com/docs/models#tts): `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or `gpt-4o-mini-tts-2025-12-15`.'),
            _Arg('input', 'input', 'input', 'field', 'string', 'str', True, False, False, False, None, 'The text to generate audio for. The maximum length is 4096 characters.'),
            _Arg('instructions', 'instructions', 'instructions', 'field', 'string', 'str', False, False, False, False, None, 'Control the voice of your generated audio with additional instructions. Does not work with `tts-1` or `tts-1-hd`.'),
            _Arg('voice', 'voice', 'voice', 'field', 'any', 'VoiceIdsOrCustomVoice', True, False, False, False, None, 'The voice to use when generating the audio. Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Previews of the voices are available in the [Text to speech guide](https://api.openai.com/docs/guides/text-to-speech#voice-options).'),
            _Arg('response_format', 'response_format', 'response_format', 'field', 'string', "Literal['mp3', 'opus', 'aac', 'flac', 'wav', 'pcm'] | str", False, False, False, False, '"mp3"', 'The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.'),
            _Arg('speed', 'speed', 'speed', 'field', 'number', 'float', False, False, False, False, '1', 'The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.'),
            _Arg('stream_format', 'stream_format', 'stream_format', 'field', 'string', "Literal['sse', 'audio'] | str", False, False, False, False, '"audio"', 'The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not supported for `tts-1` or `tts-1-hd`.'),
        ),
        _Body('json', 'object', 'CreateSpeechRequest', False, ''),
    ),
    _Op(
        'create-transcription', 'createTranscription', 'audio', 'create_transcription', 'POST /audio/transcriptions', 'json',
        'Transcribes audio into the input language. Returns a transcription object in `json`, `diarized_json`, or `verbose_json` format, or a stream of transcript events.',
        'create-transcription file=@path/to/file model=gpt-4o-transcribe',
        (
            _Arg('file', 'file', 'file', 'field', 'file', 'file', True, False, False, False, None, 'The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.'),
            _Arg('model', 'model', 'model', 'field', 'string', "str | Literal['whisper-1', 'gpt-transcribe', 'gpt-4o-transcribe', 'gpt-4o-mini-transcribe', 'gpt-4o-mini-transcribe-2025-12-15', 'gpt-4o-transcribe-diarize']", True, False, False, False, None, 'ID of the model to use. The options are `gpt-transcribe`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.'),
            _Arg('language', 'language', 'language', 'field', 'string', 'str', False, False, False, False, None, 'The language of the input audio. Supplying the input language in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will improve accuracy and latency.'),
            _Arg('languages', 'languages', 'languages', 'field', 'array', 'list[str]', False, False, False, False, None, 'Possible languages of the input audio, in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. Supported by `gpt-transcribe`.'),
            _Arg('keywords', 'keywords', 'keywords', 'field', 'array', 'list[str]', False, False, False, False, None, 'Words or phrases to guide transcription of the input audio. Supported by `gpt-transcribe`.'),
            _Arg('prompt', 'prompt', 'prompt', 'field', 'string', 'str', False, False, False, False, None, "An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://api.openai.com/docs/guides/speech-to-text#prompting) should match the audio language. This field is not supported when using `gpt-4o-transcribe-diarize`."),
            _Arg('response_format', 'response_format', 'response_format', 'field', 'any', 'AudioResponseFormat', False, False, False, False, '"json"', 'The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, `vtt`, or `diarized_json`. For `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`, the only supported format is `json`. For `gpt-4o-transcribe-diarize`, the supported formats are `json`, `text`, and `diarized_json`, with `diarized_json` required to receive speaker annotations.'),
            _Arg('temperature', 'temperature', 'temperature', 'field', 'number', 'float', False, False, False, False, '0', 'The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.'),
            _Arg('include', 'include', 'include', 'field', 'array', "list[Literal['logprobs']]", False, False, False, False, None, "Additional information to include in the transcription response. `logprobs` will return the log probabilities of the tokens in the response to understand the model's confidence in the transcription. `logprobs` only works with response_format set to `json` and only with the models `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when using `gpt-4o-transcribe-diarize`."),
            _Arg('timestamp_granularities', 'timestamp_granularities', 'timestamp_granularities', 'field', 'array', "list[Literal['word', 'segment'] | str]", False, False, False, False, '["segment"]', 'The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word timestamps incurs additional latency. This option is not available for `gpt-4o-transcribe-diarize`.'),
            _Arg('stream', 'stream', 'stream', 'field', 'boolean', 'bool | None', False, True, False, False, None, ''),
            _Arg('chunking_strategy', 'chunking_strategy', 'chunking_strategy', 'field', 'any', "Literal['auto'] | VadConfig | None", False, True, False, False, None, ''),
            _Arg('known_speaker_names', 'known_speaker_names', 'known_speaker_names', 'field', 'array', 'list[str]', False, False, False, False, None, 'Optional list of speaker names that correspond to the audio samples provided in `known_speaker_references[]`. Each entry should be a short identifier (for example `customer` or `agent`). Up to 4 speakers are supported.'),
            _Arg('known_speaker_references', 'known_speaker_references', 'known_speaker_references', 'field', 'array', 'list[str]', False, False, False, False, None, 'Optional list of audio samples (as [data URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs)) that contain known speaker references matching `known_speaker_names[]`. Each sample must be between 2 and 10 seconds, and can use any of the same input audio formats supported by `file`.'),
        ),
        None,
    ),
    _Op(
        'create-translation', 'createTranslation', 'audio', 'create_translation', 'POST /audio/translations', 'json',
        'Translates audio into English.',
        'create-translation file=@path/to/file model=whisper-1',
        (
            _Arg('file', 'file', 'file', 'field', 'file', 'file', True, False, False, False, None, 'The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.'),
            _Arg('model', 'model', 'model', 'field', 'string', "str | Literal['whisper-1']", True, False, False, False, None, 'ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently available.'),
            _Arg('prompt', 'prompt', 'prompt', 'field', 'string', 'str', False, False, False, False, None, "An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://api.openai.com/docs/guides/speech-to-text#prompting) should be in English."),
            _Arg('response_format', 'response_format', 'response_format', 'field', 'string', "Literal['json', 'text', 'srt', 'verbose_json', 'vtt'] | str", False, False, False, False, '"json"', 'The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.'),
            _Arg('temperature', 'temperature', 'temperature', 'field', 'number', 'float', False, False, False, False, '0', 'The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.'),
        ),
        None,
    ),
    _Op(
        'create-voice-consent', 'createVoiceConsent', 'audio', 'create_voice_consent', 'POST /audio/voice_consents', 'json',
        'Upload a voice consent recording. Upload a consent recording that authorizes creation of a custom voice. See the [custom voices guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.',
        'create-voice-consent name=string recording=@path/to/file language=string',
        (
            _Arg('name', 'name', 'name', 'field', 'string', 'str', True, False, False, False, None, 'The label to use for this consent recording.'),
            _Arg('recording', 'recording', 'recording', 'field', 'file', 'file', True, False, False, False, None, 'The consent audio recording file. Maximum size is 10 MiB. Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.'),
            _Arg('language', 'language', 'language', 'field', 'string', 'str', True, False, False, False, None, 'The BCP 47 language tag for the consent phrase (for example, `en-US`).'),
        ),
        None,
    ),
    _Op(
        'list-voice-consents', 'listVoiceConsents', 'audio', 'list_voice_consents', 'GET /audio/voice_consents', 'json',
        'Returns a list of voice consent recordings. List consent recordings available to your organization for creating custom voices. See the [custom voices guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.',
        'list-voice-consents',
        (
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
        ),
        None,
    ),
    _Op(
        'get-voice-consent', 'getVoiceConsent', 'audio', 'get_voice_consent', 'GET /audio/voice_consents/{consent_id}', 'json',
        'Retrieves a voice consent recording. Retrieve consent recording metadata used for creating custom voices. See the [custom voices guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.',
        'get-voice-consent consent_id=string',
        (
            _Arg('consent_id', 'consent_id', 'consent_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the consent recording to retrieve.'),
        ),
        None,
    ),
    _Op(
        'update-voice-consent', 'updateVoiceConsent', 'audio', 'update_voice_consent', 'POST /audio/voice_consents/{consent_id}', 'json',
        'Updates a voice consent recording (metadata only). Update consent recording metadata used for creating custom voices. This endpoint updates metadata only and does not replace the underlying audio. See the [custom voices guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.',
        'update-voice-consent consent_id=string name=string',
        (
            _Arg('consent_id', 'consent_id', 'consent_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the consent recording to update.'),
            _Arg('name', 'name', 'name', 'field', 'string', 'str', True, False, False, False, None, 'The updated label for this consent recording.'),
        ),
        _Body('json', 'object', 'UpdateVoiceConsentRequest', False, ''),
    ),
    _Op(
        'delete-voice-consent', 'deleteVoiceConsent', 'audio', 'delete_voice_consent', 'DELETE /audio/voice_consents/{consent_id}', 'json',
        'Deletes a voice consent recording. Delete a consent recording that was uploaded for creating custom voices. See the [custom voices guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.',
        'delete-voice-consent consent_id=string',
        (
            _Arg('consent_id', 'consent_id', 'consent_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the consent recording to delete.'),
        ),
        None,
    ),
    _Op(
        'create-voice', 'createVoice', 'audio', 'create_voice', 'POST /audio/voices', 'json',
        'Creates a custom voice. Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime API). This requires an audio sample and a previously uploaded consent recording. See the [custom voices guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.',
        'create-voice name=string audio_sample=@path/to/file consent=string',
        (
            _Arg('name', 'name', 'name', 'field', 'string', 'str', True, False, False, False, None, 'The name of the new voice.'),
            _Arg('audio_sample', 'audio_sample', 'audio_sample', 'field', 'file', 'file', True, False, False, False, None, 'The sample audio recording file. Maximum size is 10 MiB. Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.'),
            _Arg('consent', 'consent', 'consent', 'field', 'string', 'str', True, False, False, False, None, 'The consent recording ID (for example, `cons_1234`).'),
        ),
        None,
    ),
    _Op(
        'list-chat-completions', 'listChatCompletions', 'chat', 'list_chat_completions', 'GET /chat/completions', 'json',
        'List stored Chat Completions. Only Chat Completions that have been stored with the `store` parameter set to `true` will be returned.',
        'list-chat-completions',
        (
            _Arg('model', 'model', 'model', 'query', 'string', 'str', False, False, False, False, None, 'The model used to generate the Chat Completions.'),
            _Arg('metadata', 'metadata', 'metadata', 'query', 'any', 'Metadata', False, False, False, False, None, 'A list of metadata keys to filter the Chat Completions by. Example: `metadata[key1]=value1&metadata[key2]=value2`'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Identifier for the last chat completion from the previous pagination request.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'Number of Chat Completions to retrieve.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"asc"', 'Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.'),
        ),
        None,
    ),
    _Op(
        'create-chat-completion', 'createChatCompletion', 'chat', 'create_chat_completion', 'POST /chat/completions', 'json',
        '**Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses) to take advantage of the latest OpenAI platform features. Compare [Chat Completions with Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses). --- Creates a model response for the given chat conversation. Learn more in the [text generation](/docs/guides/text-generation), [vision](/docs/guides/vision), and [audio](/docs/guides/audio) guides. Parameter support can differ depending on the model used to generate the response, particularly for newer reasoning models. Parameters that are only supported for reasoning models are noted below. For the current state of unsupported parameters in reasoning models, [refer to the reasoning guide](/docs/guides/reasoning). Returns a chat completion object, or a streamed sequence of chat completion chunk objects if the request is streamed.',
        'create-chat-completion messages:=\'[{"content": "string", "role": "developer"}]\' model=gpt-5.4',
        (
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
            _Arg('temperature', 'temperature', 'temperature', 'field', 'number', 'float | None', False, True, False, False, None, ''),
            _Arg('top_p', 'top_p', 'top_p', 'field', 'number', 'float | None', False, True, False, False, None, ''),
            _Arg('user', 'user', 'user', 'field', 'string', 'str', False, False, False, True, None, 'This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better bucketing similar requests and to help OpenAI detect and prevent abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#safety-identifiers).'),
            _Arg('safety_identifier', 'safety_identifier', 'safety_identifier', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('prompt_cache_key', 'prompt_cache_key', 'prompt_cache_key', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('prompt_cache_retention', 'prompt_cache_retention', 'prompt_cache_retention', 'field', 'string', "Literal['in_memory', '24h'] | str | None", False, True, False, True, None, ''),
            _Arg('prompt_cache_options', 'prompt_cache_options', 'prompt_cache_options', 'field', 'object', 'PromptCacheOptionsParam', False, False, False, False, None, 'Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://api.openai.com/docs/guides/prompt-caching) for current details.'),
            _Arg('messages', 'messages', 'messages', 'field', 'array', 'list[ChatCompletionRequestMessage]', True, False, False, False, None, 'A list of messages comprising the conversation so far. Depending on the [model](https://api.openai.com/docs/models) you use, different message types (modalities) are supported, like [text](https://api.openai.com/docs/guides/text-generation), [images](https://api.openai.com/docs/guides/vision), and [audio](https://api.openai.com/docs/guides/audio).'),
            _Arg('model', 'model', 'model', 'field', 'any', 'ModelIdsShared', True, False, False, False, None, 'Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.'),
            _Arg('service_tier', 'service_tier', 'service_tier', 'field', 'any', 'ServiceTier', False, False, False, False, None, ''),
            _Arg('modalities', 'modalities', 'modalities', 'field', 'any', 'ResponseModalities', False, False, False, False, None, ''),
            _Arg('verbosity', 'verbosity', 'verbosity', 'field', 'any', 'Verbosity', False, False, False, False, None, ''),
            _Arg('reasoning_effort', 'reasoning_effort', 'reasoning_effort', 'field', 'any', 'ReasoningEffort', False, False, False, False, None, ''),
            _Arg('max_completion_tokens', 'max_completion_tokens', 'max_completion_tokens', 'field', 'integer', 'int | None', False, True, False, False, None, 'An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](https://api.openai.com/docs/guides/reasoning).'),
            _Arg('frequency_penalty', 'frequency_penalty', 'frequency_penalty', 'field', 'number', 'float | None', False, True, False, False, '0', "Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim."),
            _Arg('presence_penalty', 'presence_penalty', 'presence_penalty', 'field', 'number', 'float | None', False, True, False, False, '0', "Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics."),
            _Arg('web_search_options', 'web_search_options', 'web_search_options', 'field', 'object', 'CreateChatCompletionRequestWebSearchOptions', False, False, False, False, None, 'This tool searches the web for relevant results to use in a response. Learn more about the [web search tool](https://api.openai.com/docs/guides/tools-web-search?api-mode=chat).'),
            _Arg('top_logprobs', 'top_logprobs', 'top_logprobs', 'field', 'integer', 'int | None', False, True, False, False, None, 'An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. In some cases, the number of returned tokens may be fewer than requested. `logprobs` must be set to `true` if this parameter is used.'),
            _Arg('response_format', 'response_format', 'response_format', 'field', 'object', 'ResponseFormatText | ResponseFormatJsonSchema | ResponseFormatJsonObject', False, False, False, False, None, 'An object specifying the format that the model must output. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://api.openai.com/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model generates is valid JSON. Using `json_schema` is preferred for models that support it.'),
            _Arg('audio', 'audio', 'audio', 'field', 'object', 'CreateChatCompletionRequestAudio | None', False, True, False, False, None, 'Parameters for audio output. Required when audio output is requested with `modalities: ["audio"]`. [Learn more](https://api.openai.com/docs/guides/audio).'),
            _Arg('store', 'store', 'store', 'field', 'boolean', 'bool | None', False, True, False, False, 'false', 'Whether or not to store the output of this chat completion request for use in our [model distillation](https://api.openai.com/docs/guides/distillation) or [evals](https://api.openai.com/docs/guides/evals) products. Supports text and image inputs. Note: image inputs over 8MB will be dropped.'),
            _Arg('moderation', 'moderation', 'moderation', 'field', 'object', 'ModerationParam | None', False, True, False, False, None, ''),
            _Arg('stream', 'stream', 'stream', 'field', 'boolean', 'bool | None', False, True, False, False, 'false', 'If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](https://api.openai.com/docs/api-reference/chat/streaming) for more information, along with the [streaming responses](https://api.openai.com/docs/guides/streaming-responses) guide for more information on how to handle the streaming events.'),
            _Arg('stop', 'stop', 'stop', 'field', 'any', 'StopConfiguration', False, False, False, False, 'null', 'Not supported with latest reasoning models `o3` and `o4-mini`. Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.'),
            _Arg('logit_bias', 'logit_bias', 'logit_bias', 'field', 'object', 'dict[str, int] | None', False, True, False, False, 'null', 'Modify the likelihood of specified tokens appearing in the completion. Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.'),
            _Arg('logprobs', 'logprobs', 'logprobs', 'field', 'boolean', 'bool | None', False, True, False, False, 'false', 'Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of each output token returned in the `content` of `message`.'),
            _Arg('max_tokens', 'max_tokens', 'max_tokens', 'field', 'integer', 'int | None', False, True, False, True, None, 'The maximum number of [tokens](https://api.openai.com/tokenizer) that can be generated in the chat completion. This value can be used to control [costs](https://openai.com/api/pricing/) for text generated via API. This value is now deprecated in favor of `max_completion_tokens`, and is not compatible with [o-series models](https://api.openai.com/docs/guides/reasoning).'),
            _Arg('n', 'n', 'n', 'field', 'integer', 'int | None', False, True, False, False, '1', 'How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.'),
            _Arg('prediction', 'prediction', 'prediction', 'field', 'object', 'PredictionContent | None', False, True, False, False, None, 'Configuration for a [Predicted Output](https://api.openai.com/docs/guides/predicted-outputs), which can greatly improve response times when large parts of the model response are known ahead of time. This is most common when you are regenerating a file with only minor changes to most of the content.'),
            _Arg('seed', 'seed', 'seed', 'field', 'integer', 'int | None', False, True, False, True, None, 'This feature is in Beta. If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result. Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.'),
            _Arg('stream_options', 'stream_options', 'stream_options', 'field', 'any', 'ChatCompletionStreamOptions', False, False, False, False, None, ''),
            _Arg('tools', 'tools', 'tools', 'field', 'array', 'list[ChatCompletionTool | CustomToolChatCompletions]', False, False, False, False, None, 'A list of tools the model may call. You can provide either [custom tools](https://api.openai.com/docs/guides/function-calling#custom-tools) or [function tools](https://api.openai.com/docs/guides/function-calling).'),
            _Arg('tool_choice', 'tool_choice', 'tool_choice', 'field', 'any', 'ChatCompletionToolChoiceOption', False, False, False, False, None, 'Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead generates a message. `auto` means the model can pick between generating a message or calling one or more tools. `required` means the model must call one or more tools. Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool. `none` is the default when no tools are present. `auto` is the default if tools are present.'),
            _Arg('parallel_tool_calls', 'parallel_tool_calls', 'parallel_tool_calls', 'field', 'boolean', 'bool', False, False, False, False, 'true', 'Whether to enable [parallel function calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.'),
            _Arg('function_call', 'function_call', 'function_call', 'field', 'any', "Literal['none', 'auto'] | str | ChatCompletionFunctionCallOption", False, False, False, True, None, 'Deprecated in favor of `tool_choice`. Controls which (if any) function is called by the model. `none` means the model will not call a function and instead generates a message. `auto` means the model can pick between generating a message or calling a function. Specifying a particular function via `{"name": "my_function"}` forces the model to call that function. `none` is the default when no functions are present. `auto` is the default if functions are present.'),
            _Arg('functions', 'functions', 'functions', 'field', 'array', 'list[ChatCompletionFunctions]', False, False, False, True, None, 'Deprecated in favor of `tools`. A list of functions the model may generate JSON inputs for.'),
        ),
        _Body('json', 'object', 'CreateChatCompletionRequest', False, ''),
    ),
    _Op(
        'get-chat-completion', 'getChatCompletion', 'chat', 'get_chat_completion', 'GET /chat/completions/{completion_id}', 'json',
        'Get a stored chat completion. Only Chat Completions that have been created with the `store` parameter set to `true` will be returned.',
        'get-chat-completion completion_id=string',
        (
            _Arg('completion_id', 'completion_id', 'completion_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the chat completion to retrieve.'),
        ),
        None,
    ),
    _Op(
        'update-chat-completion', 'updateChatCompletion', 'chat', 'update_chat_completion', 'POST /chat/completions/{completion_id}', 'json',
        'Modify a stored chat completion. Only Chat Completions that have been created with the `store` parameter set to `true` can be modified. Currently, the only supported modification is to update the `metadata` field.',
        "update-chat-completion completion_id=string metadata:='{}'",
        (
            _Arg('completion_id', 'completion_id', 'completion_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the chat completion to update.'),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', True, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'UpdateChatCompletionRequest', False, ''),
    ),
    _Op(
        'delete-chat-completion', 'deleteChatCompletion', 'chat', 'delete_chat_completion', 'DELETE /chat/completions/{completion_id}', 'json',
        'Delete a stored chat completion. Only Chat Completions that have been created with the `store` parameter set to `true` can be deleted.',
        'delete-chat-completion completion_id=string',
        (
            _Arg('completion_id', 'completion_id', 'completion_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the chat completion to delete.'),
        ),
        None,
    ),
    _Op(
        'get-chat-completion-messages', 'getChatCompletionMessages', 'chat', 'get_chat_completion_messages', 'GET /chat/completions/{completion_id}/messages', 'json',
        'Get the messages in a stored chat completion. Only Chat Completions that have been created with the `store` parameter set to `true` will be returned.',
        'get-chat-completion-messages completion_id=string',
        (
            _Arg('completion_id', 'completion_id', 'completion_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the chat completion to retrieve messages from.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Identifier for the last message from the previous pagination request.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'Number of messages to retrieve.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"asc"', 'Sort order for messages by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.'),
        ),
        None,
    ),
    _Op(
        'create-conversation-items', 'createConversationItems', 'conversations', 'create_conversation_items', 'POST /conversations/{conversation_id}/items', 'json',
        'Create items in a conversation with the given ID.',
        'create-conversation-items conversation_id=conv_123 items:=\'[{"role": "user", "content": "string"}]\'',
        (
            _Arg('conversation_id', 'conversation_id', 'conversation_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the conversation to add the item to.'),
            _Arg('items', 'items', 'items', 'field', 'array', 'list[InputItem]', True, False, False, False, None, 'The items to add to the conversation. You may add up to 20 items at a time.'),
            _Arg('include', 'include', 'include', 'query', 'array', 'list[IncludeEnum]', False, False, False, False, None, 'Additional fields to include in the response. See the `include` parameter for [listing Conversation items above](https://api.openai.com/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.'),
        ),
        _Body('json', 'object', 'CreateConversationItemsRequest', False, ''),
    ),
    _Op(
        'list-conversation-items', 'listConversationItems', 'conversations', 'list_conversation_items', 'GET /conversations/{conversation_id}/items', 'json',
        'List all items for a conversation with the given ID.',
        'list-conversation-items conversation_id=conv_123',
        (
            _Arg('conversation_id', 'conversation_id', 'conversation_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the conversation to list items for.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, None, 'The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'An item ID to list items after, used in pagination.'),
            _Arg('include', 'include', 'include', 'query', 'array', 'list[IncludeEnum]', False, False, False, False, None, 'Specify additional output data to include in the model response. Currently supported values are: - `web_search_call.action.sources`: Include the sources of the web search tool call. - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items. - `computer_call_output.output.image_url`: Include image urls from the computer call output. - `file_search_call.results`: Include the search results of the file search tool call. - `message.input_image.image_url`: Include image urls from the input message. - `message.output_text.logprobs`: Include logprobs with assistant messages. - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).'),
        ),
        None,
    ),
    _Op(
        'get-conversation-item', 'getConversationItem', 'conversations', 'get_conversation_item', 'GET /conversations/{conversation_id}/items/{item_id}', 'json',
        'Get a single item from a conversation with the given IDs.',
        'get-conversation-item conversation_id=conv_123 item_id=msg_abc',
        (
            _Arg('conversation_id', 'conversation_id', 'conversation_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the conversation that contains the item.'),
            _Arg('item_id', 'item_id', 'item_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the item to retrieve.'),
            _Arg('include', 'include', 'include', 'query', 'array', 'list[IncludeEnum]', False, False, False, False, None, 'Additional fields to include in the response. See the `include` parameter for [listing Conversation items above](https://api.openai.com/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.'),
        ),
        None,
    ),
    _Op(
        'delete-conversation-item', 'deleteConversationItem', 'conversations', 'delete_conversation_item', 'DELETE /conversations/{conversation_id}/items/{item_id}', 'json',
        'Delete an item from a conversation with the given IDs.',
        'delete-conversation-item conversation_id=conv_123 item_id=msg_abc',
        (
            _Arg('conversation_id', 'conversation_id', 'conversation_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the conversation that contains the item.'),
            _Arg('item_id', 'item_id', 'item_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the item to delete.'),
        ),
        None,
    ),
    _Op(
        'create-conversation', 'createConversation', 'conversations', 'create_conversation', 'POST /conversations', 'json',
        'Create a conversation.',
        'create-conversation',
        (
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata | None', False, True, False, False, None, ''),
            _Arg('items', 'items', 'items', 'field', 'array', 'list[InputItem] | None', False, True, False, False, None, ''),
        ),
        _Body('json', 'object', 'CreateConversationBody', False, ''),
    ),
    _Op(
        'get-conversation', 'getConversation', 'conversations', 'get_conversation', 'GET /conversations/{conversation_id}', 'json',
        'Get a conversation',
        'get-conversation conversation_id=conv_123',
        (
            _Arg('conversation_id', 'conversation_id', 'conversation_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the conversation to retrieve.'),
        ),
        None,
    ),
    _Op(
        'delete-conversation', 'deleteConversation', 'conversations', 'delete_conversation', 'DELETE /conversations/{conversation_id}', 'json',
        'Delete a conversation. Items in the conversation will not be deleted.',
        'delete-conversation conversation_id=conv_123',
        (
            _Arg('conversation_id', 'conversation_id', 'conversation_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the conversation to delete.'),
        ),
        None,
    ),
    _Op(
        'update-conversation', 'updateConversation', 'conversations', 'update_conversation', 'POST /conversations/{conversation_id}', 'json',
        'Update a conversation',
        'update-conversation conversation_id=conv_123',
        (
            _Arg('conversation_id', 'conversation_id', 'conversation_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the conversation to update.'),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, 'Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.'),
        ),
        _Body('json', 'object', 'UpdateConversationBody', False, ''),
    ),
    _Op(
        'create-completion', 'createCompletion', 'completions', 'create_completion', 'POST /completions', 'json',
        'Creates a completion for the provided prompt and parameters. Returns a completion object, or a sequence of completion objects if the request is streamed.',
        "create-completion model=string prompt='<|endoftext|>'",
        (
            _Arg('model', 'model', 'model', 'field', 'string', "str | Literal['gpt-3.5-turbo-instruct', 'davinci-002', 'babbage-002']", True, False, False, False, None, 'ID of the model to use. You can use the [List models](https://api.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://api.openai.com/docs/models) for descriptions of them.'),
            _Arg('prompt', 'prompt', 'prompt', 'field', 'any', 'str | list[str] | list[int] | list[list[int]] | None', True, True, False, False, '"<|endoftext|>"', 'The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays. Note that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not specified the model will generate as if from the beginning of a new document.'),
            _Arg('best_of', 'best_of', 'best_of', 'field', 'integer', 'int | None', False, True, False, False, '1', 'Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token). Results cannot be streamed. When used with `n`, `best_of` controls the number of candidate completions and `n` specifies how many to return – `best_of` must be greater than `n`. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.'),
            _Arg('echo', 'echo', 'echo', 'field', 'boolean', 'bool | None', False, True, False, False, 'false', 'Echo back the prompt in addition to the completion'),
            _Arg('frequency_penalty', 'frequency_penalty', 'frequency_penalty', 'field', 'number', 'float | None', False, True, False, False, '0', "Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim. [See more information about frequency and presence penalties.](https://api.openai.com/docs/guides/text-generation)"),
            _Arg('logit_bias', 'logit_bias', 'logit_bias', 'field', 'object', 'dict[str, int] | None', False, True, False, False, 'null', 'Modify the likelihood of specified tokens appearing in the completion. Accepts a JSON object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated bias value from -100 to 100. You can use this [tokenizer tool](https://api.openai.com/tokenizer?view=bpe) to convert text to token IDs. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token. As an example, you can pass `{"50256": -100}` to prevent the <|endoftext|> token from being generated.'),
            _Arg('logprobs', 'logprobs', 'logprobs', 'field', 'integer', 'int | None', False, True, False, False, 'null', 'Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens. For example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API will always return the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in the response. The maximum value for `logprobs` is 5.'),
            _Arg('max_tokens', 'max_tokens', 'max_tokens', 'field', 'integer', 'int | None', False, True, False, False, '16', "The maximum number of [tokens](https://api.openai.com/tokenizer) that can be generated in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens."),
            _Arg('n', 'n', 'n', 'field', 'integer', 'int | None', False, True, False, False, '1', 'How many completions to generate for each prompt. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.'),
            _Arg('presence_penalty', 'presence_penalty', 'presence_penalty', 'field', 'number', 'float | None', False, True, False, False, '0', "Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics. [See more information about frequency and presence penalties.](https://api.openai.com/docs/guides/text-generation)"),
            _Arg('seed', 'seed', 'seed', 'field', 'integer', 'int | None', False, True, False, False, None, 'If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result. Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.'),
            _Arg('stop', 'stop', 'stop', 'field', 'any', 'StopConfiguration', False, False, False, False, 'null', 'Not supported with latest reasoning models `o3` and `o4-mini`. Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.'),
            _Arg('stream', 'stream', 'stream', 'field', 'boolean', 'bool | None', False, True, False, False, 'false', 'Whether to stream back partial progress. If set, tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).'),
            _Arg('stream_options', 'stream_options', 'stream_options', 'field', 'any', 'ChatCompletionStreamOptions', False, False, False, False, None, ''),
            _Arg('suffix', 'suffix', 'suffix', 'field', 'string', 'str | None', False, True, False, False, 'null', 'The suffix that comes after a completion of inserted text. This parameter is only supported for `gpt-3.5-turbo-instruct`.'),
            _Arg('temperature', 'temperature', 'temperature', 'field', 'number', 'float | None', False, True, False, False, '1', 'What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both.'),
            _Arg('top_p', 'top_p', 'top_p', 'field', 'number', 'float | None', False, True, False, False, '1', 'An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.'),
            _Arg('user', 'user', 'user', 'field', 'string', 'str', False, False, False, False, None, 'A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#end-user-ids).'),
        ),
        _Body('json', 'object', 'CreateCompletionRequest', False, ''),
    ),
    _Op(
        'create-embedding', 'createEmbedding', 'embeddings', 'create_embedding', 'POST /embeddings', 'json',
        'Creates an embedding vector representing the input text.',
        "create-embedding input='The quick brown fox jumped over the lazy dog' model=text-embedding-3-small",
        (
            _Arg('input', 'input', 'input', 'field', 'any', 'str | list[str] | list[int] | list[list[int]]', True, False, False, False, None, 'Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for all embedding models), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens. In addition to the per-input token limit, all embedding models enforce a maximum of 300,000 tokens summed across all inputs in a single request.'),
            _Arg('model', 'model', 'model', 'field', 'string', "str | Literal['text-embedding-ada-002', 'text-embedding-3-small', 'text-embedding-3-large']", True, False, False, False, None, 'ID of the model to use. You can use the [List models](https://api.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://api.openai.com/docs/models) for descriptions of them.'),
            _Arg('encoding_format', 'encoding_format', 'encoding_format', 'field', 'string', "Literal['float', 'base64'] | str", False, False, False, False, '"float"', 'The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/).'),
            _Arg('dimensions', 'dimensions', 'dimensions', 'field', 'integer', 'int', False, False, False, False, None, 'The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models.'),
            _Arg('user', 'user', 'user', 'field', 'string', 'str', False, False, False, False, None, 'A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#end-user-ids).'),
        ),
        _Body('json', 'object', 'CreateEmbeddingRequest', False, ''),
    ),
    _Op(
        'list-evals', 'listEvals', 'evals', 'list_evals', 'GET /evals', 'json',
        'List evaluations for a project.',
        'list-evals',
        (
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Identifier for the last eval from the previous pagination request.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'Number of evals to retrieve.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"asc"', 'Sort order for evals by timestamp. Use `asc` for ascending order or `desc` for descending order.'),
            _Arg('order_by', 'order_by', 'order_by', 'query', 'string', "Literal['created_at', 'updated_at'] | str", False, False, False, False, '"created_at"', 'Evals can be ordered by creation time or last updated time. Use `created_at` for creation time or `updated_at` for last updated time.'),
        ),
        None,
    ),
    _Op(
        'create-eval', 'createEval', 'evals', 'create_eval', 'POST /evals', 'json',
        "Create the structure of an evaluation that can be used to test a model's performance. An evaluation is a set of testing criteria and the config for a data source, which dictates the schema of the data used in the evaluation. After creating an evaluation, you can run it on different models and model parameters. We support several types of graders and datasources. For more information, see the [Evals guide](/docs/guides/evals).",
        'create-eval data_source_config:=\'{"item_schema": {}, "type": "custom"}\' testing_criteria:=\'[{"type": "label_model", "model": "string", "input": [{"role": "string", "content": "string"}], "passing_labels": ["string"], "labels": ["string"], "name": "string"}]\'',
        (
            _Arg('name', 'name', 'name', 'field', 'string', 'str', False, False, False, False, None, 'The name of the evaluation.'),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
            _Arg('data_source_config', 'data_source_config', 'data_source_config', 'field', 'object', 'CreateEvalCustomDataSourceConfig | CreateEvalLogsDataSourceConfig | CreateEvalStoredCompletionsDataSourceConfig', True, False, False, False, None, 'The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation.'),
            _Arg('testing_criteria', 'testing_criteria', 'testing_criteria', 'field', 'array', 'list[CreateEvalLabelModelGrader | GraderStringCheck | EvalGraderTextSimilarity | EvalGraderPython | EvalGraderScoreModel]', True, False, False, False, None, "A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`)."),
        ),
        _Body('json', 'object', 'CreateEvalRequest', False, ''),
    ),
    _Op(
        'get-eval', 'getEval', 'evals', 'get_eval', 'GET /evals/{eval_id}', 'json',
        'Get an evaluation by ID.',
        'get-eval eval_id=string',
        (
            _Arg('eval_id', 'eval_id', 'eval_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the evaluation to retrieve.'),
        ),
        None,
    ),
    _Op(
        'update-eval', 'updateEval', 'evals', 'update_eval', 'POST /evals/{eval_id}', 'json',
        'Update certain properties of an evaluation.',
        'update-eval eval_id=string',
        (
            _Arg('eval_id', 'eval_id', 'eval_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the evaluation to update.'),
            _Arg('name', 'name', 'name', 'field', 'string', 'str', False, False, False, False, None, 'Rename the evaluation.'),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'UpdateEvalRequest', False, 'Request to update an evaluation'),
    ),
    _Op(
        'delete-eval', 'deleteEval', 'evals', 'delete_eval', 'DELETE /evals/{eval_id}', 'json',
        'Delete an evaluation.',
        'delete-eval eval_id=string',
        (
            _Arg('eval_id', 'eval_id', 'eval_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the evaluation to delete.'),
        ),
        None,
    ),
    _Op(
        'get-eval-runs', 'getEvalRuns', 'evals', 'get_eval_runs', 'GET /evals/{eval_id}/runs', 'json',
        'Get a list of runs for an evaluation.',
        'get-eval-runs eval_id=string',
        (
            _Arg('eval_id', 'eval_id', 'eval_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the evaluation to retrieve runs for.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Identifier for the last run from the previous pagination request.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'Number of runs to retrieve.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"asc"', 'Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.'),
            _Arg('status', 'status', 'status', 'query', 'string', "Literal['queued', 'in_progress', 'completed', 'canceled', 'failed'] | str", False, False, False, False, None, 'Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.'),
        ),
        None,
    ),
    _Op(
        'create-eval-run', 'createEvalRun', 'evals', 'create_eval_run', 'POST /evals/{eval_id}/runs', 'json',
        'Kicks off a new run for a given evaluation, specifying the data source, and what model configuration to use to test. The datasource will be validated against the schema specified in the config of the evaluation.',
        'create-eval-run eval_id=string data_source:=\'{"type": "jsonl", "source": {"type": "file_content", "content": [{"item": {}}]}}\'',
        (
            _Arg('eval_id', 'eval_id', 'eval_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the evaluation to create a run for.'),
            _Arg('name', 'name', 'name', 'field', 'string', 'str', False, False, False, False, None, 'The name of the run.'),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
            _Arg('data_source', 'data_source', 'data_source', 'field', 'object', 'CreateEvalJsonlRunDataSource | CreateEvalCompletionsRunDataSource | CreateEvalResponsesRunDataSource', True, False, False, False, None, "Details about the run's data source."),
        ),
        _Body('json', 'object', 'CreateEvalRunRequest', False, ''),
    ),
    _Op(
        'get-eval-run', 'getEvalRun', 'evals', 'get_eval_run', 'GET /evals/{eval_id}/runs/{run_id}', 'json',
        'Get an evaluation run by ID.',
        'get-eval-run eval_id=string run_id=string',
        (
            _Arg('eval_id', 'eval_id', 'eval_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the evaluation to retrieve runs for.'),
            _Arg('run_id', 'run_id', 'run_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the run to retrieve.'),
        ),
        None,
    ),
    _Op(
        'cancel-eval-run', 'cancelEvalRun', 'evals', 'cancel_eval_run', 'POST /evals/{eval_id}/runs/{run_id}', 'json',
        'Cancel an ongoing evaluation run.',
        'cancel-eval-run eval_id=string run_id=string',
        (
            _Arg('eval_id', 'eval_id', 'eval_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the evaluation whose run you want to cancel.'),
            _Arg('run_id', 'run_id', 'run_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the run to cancel.'),
        ),
        None,
    ),
    _Op(
        'delete-eval-run', 'deleteEvalRun', 'evals', 'delete_eval_run', 'DELETE /evals/{eval_id}/runs/{run_id}', 'json',
        'Delete an eval run.',
        'delete-eval-run eval_id=string run_id=string',
        (
            _Arg('eval_id', 'eval_id', 'eval_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the evaluation to delete the run from.'),
            _Arg('run_id', 'run_id', 'run_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the run to delete.'),
        ),
        None,
    ),
    _Op(
        'get-eval-run-output-items', 'getEvalRunOutputItems', 'evals', 'get_eval_run_output_items', 'GET /evals/{eval_id}/runs/{run_id}/output_items', 'json',
        'Get a list of output items for an evaluation run.',
        'get-eval-run-output-items eval_id=string run_id=string',
        (
            _Arg('eval_id', 'eval_id', 'eval_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the evaluation to retrieve runs for.'),
            _Arg('run_id', 'run_id', 'run_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the run to retrieve output items for.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Identifier for the last output item from the previous pagination request.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'Number of output items to retrieve.'),
            _Arg('status', 'status', 'status', 'query', 'string', "Literal['fail', 'pass'] | str", False, False, False, False, None, 'Filter output items by status. Use `failed` to filter by failed output items or `pass` to filter by passed output items.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"asc"', 'Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.'),
        ),
        None,
    ),
    _Op(
        'get-eval-run-output-item', 'getEvalRunOutputItem', 'evals', 'get_eval_run_output_item', 'GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}', 'json',
        'Get an evaluation run output item by ID.',
        'get-eval-run-output-item eval_id=string run_id=string output_item_id=string',
        (
            _Arg('eval_id', 'eval_id', 'eval_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the evaluation to retrieve runs for.'),
            _Arg('run_id', 'run_id', 'run_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the run to retrieve.'),
            _Arg('output_item_id', 'output_item_id', 'output_item_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the output item to retrieve.'),
        ),
        None,
    ),
    _Op(
        'run-grader', 'runGrader', 'fine_tuning', 'run_grader', 'POST /fine_tuning/alpha/graders/run', 'json',
        'Run a grader.',
        'run-grader grader:=\'{"type": "string_check", "name": "string", "input": "string", "reference": "string", "operation": "eq"}\' model_sample=string',
        (
            _Arg('grader', 'grader', 'grader', 'field', 'object', 'GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderMulti', True, False, False, False, None, 'The grader used for the fine-tuning job.'),
            _Arg('item', 'item', 'item', 'field', 'object', 'dict[str, Any]', False, False, False, False, None, 'The dataset item provided to the grader. This will be used to populate the `item` namespace. See [the guide](https://api.openai.com/docs/guides/graders) for more details.'),
            _Arg('model_sample', 'model_sample', 'model_sample', 'field', 'string', 'str', True, False, False, False, None, 'The model sample to be evaluated. This value will be used to populate the `sample` namespace. See [the guide](https://api.openai.com/docs/guides/graders) for more details. The `output_json` variable will be populated if the model sample is a valid JSON string.'),
        ),
        _Body('json', 'object', 'RunGraderRequest', False, ''),
    ),
    _Op(
        'validate-grader', 'validateGrader', 'fine_tuning', 'validate_grader', 'POST /fine_tuning/alpha/graders/validate', 'json',
        'Validate a grader.',
        'validate-grader grader:=\'{"type": "string_check", "name": "string", "input": "string", "reference": "string", "operation": "eq"}\'',
        (
            _Arg('grader', 'grader', 'grader', 'field', 'object', 'GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderMulti', True, False, False, False, None, 'The grader used for the fine-tuning job.'),
        ),
        _Body('json', 'object', 'ValidateGraderRequest', False, ''),
    ),
    _Op(
        'list-fine-tuning-checkpoint-permissions', 'listFineTuningCheckpointPermissions', 'fine_tuning', 'list_fine_tuning_checkpoint_permissions', 'GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions', 'json',
        '**NOTE:** This endpoint requires an [admin API key](../admin-api-keys). Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.',
        'list-fine-tuning-checkpoint-permissions fine_tuned_model_checkpoint=ft-AF1WoRqd3aJAHsqc9NY7iL8F',
        (
            _Arg('fine_tuned_model_checkpoint', 'fine_tuned_model_checkpoint', 'fine_tuned_model_checkpoint', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the fine-tuned model checkpoint to get permissions for.'),
            _Arg('project_id', 'project_id', 'project_id', 'query', 'string', 'str', False, False, False, False, None, 'The ID of the project to get permissions for.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Identifier for the last permission ID from the previous pagination request.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '10', 'Number of permissions to retrieve.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['ascending', 'descending'] | str", False, False, False, False, '"descending"', 'The order in which to retrieve permissions.'),
        ),
        None,
    ),
    _Op(
        'create-fine-tuning-checkpoint-permission', 'createFineTuningCheckpointPermission', 'fine_tuning', 'create_fine_tuning_checkpoint_permission', 'POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions', 'json',
        '**NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys). This enables organization owners to share fine-tuned models with other projects in their organization.',
        'create-fine-tuning-checkpoint-permission fine_tuned_model_checkpoint=ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd project_ids:=\'["string"]\'',
        (
            _Arg('fine_tuned_model_checkpoint', 'fine_tuned_model_checkpoint', 'fine_tuned_model_checkpoint', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the fine-tuned model checkpoint to create a permission for.'),
            _Arg('project_ids', 'project_ids', 'project_ids', 'field', 'array', 'list[str]', True, False, False, False, None, 'The project identifiers to grant access to.'),
        ),
        _Body('json', 'object', 'CreateFineTuningCheckpointPermissionRequest', False, ''),
    ),
    _Op(
        'delete-fine-tuning-checkpoint-permission', 'deleteFineTuningCheckpointPermission', 'fine_tuning', 'delete_fine_tuning_checkpoint_permission', 'DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}', 'json',
        '**NOTE:** This endpoint requires an [admin API key](../admin-api-keys). Organization owners can use this endpoint to delete a permission for a fine-tuned model checkpoint.',
        'delete-fine-tuning-checkpoint-permission fine_tuned_model_checkpoint=ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd permission_id=cp_zc4Q7MP6XxulcVzj4MZdwsAB',
        (
            _Arg('fine_tuned_model_checkpoint', 'fine_tuned_model_checkpoint', 'fine_tuned_model_checkpoint', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the fine-tuned model checkpoint to delete a permission for.'),
            _Arg('permission_id', 'permission_id', 'permission_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the fine-tuned model checkpoint permission to delete.'),
        ),
        None,
    ),
    _Op(
        'create-fine-tuning-job', 'createFineTuningJob', 'fine_tuning', 'create_fine_tuning_job', 'POST /fine_tuning/jobs', 'json',
        'Creates a fine-tuning job which begins the process of creating a new model from a given dataset. Response includes details of the enqueued job including job status and the name of the fine-tuned models once complete. [Learn more about fine-tuning](/docs/guides/model-optimization)',
        'create-fine-tuning-job model=gpt-4o-mini training_file=file-abc123',
        (
            _Arg('model', 'model', 'model', 'field', 'string', "str | Literal['babbage-002', 'davinci-002', 'gpt-3.5-turbo', 'gpt-4o-mini']", True, False, False, False, None, 'The name of the model to fine-tune. You can select one of the [supported models](https://api.openai.com/docs/guides/fine-tuning#which-models-can-be-fine-tuned).'),
            _Arg('training_file', 'training_file', 'training_file', 'field', 'string', 'str', True, False, False, False, None, 'The ID of an uploaded file that contains training data. See [upload file](https://api.openai.com/docs/api-reference/files/create) for how to upload a file. Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose `fine-tune`. The contents of the file should differ depending on if the model uses the [chat](https://api.openai.com/docs/api-reference/fine-tuning/chat-input), [completions](https://api.openai.com/docs/api-reference/fine-tuning/completions-input) format, or if the fine-tuning method uses the [preference](https://api.openai.com/docs/api-reference/fine-tuning/preference-input) format. See the [fine-tuning guide](https://api.openai.com/docs/guides/model-optimization) for more details.'),
            _Arg('hyperparameters', 'hyperparameters', 'hyperparameters', 'field', 'object', 'CreateFineTuningJobRequestHyperparameters', False, False, False, True, None, 'The hyperparameters used for the fine-tuning job. This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.'),
            _Arg('suffix', 'suffix', 'suffix', 'field', 'string', 'str | None', False, True, False, False, 'null', 'A string of up to 64 characters that will be added to your fine-tuned model name. For example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.'),
            _Arg('validation_file', 'validation_file', 'validation_file', 'field', 'string', 'str | None', False, True, False, False, None, 'The ID of an uploaded file that contains validation data. If you provide this file, the data is used to generate validation metrics periodically during fine-tuning. These metrics can be viewed in the fine-tuning results file. The same data should not be present in both train and validation files. Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`. See the [fine-tuning guide](https://api.openai.com/docs/guides/model-optimization) for more details.'),
            _Arg('integrations', 'integrations', 'integrations', 'field', 'array', 'list[CreateFineTuningJobRequestIntegrationsItem] | None', False, True, False, False, None, 'A list of integrations to enable for your fine-tuning job.'),
            _Arg('seed', 'seed', 'seed', 'field', 'integer', 'int | None', False, True, False, False, None, 'The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce the same results, but may differ in rare cases. If a seed is not specified, one will be generated for you.'),
            _Arg('method', 'method', 'method', 'field', 'object', 'FineTuneMethod', False, False, False, False, None, 'The method used for fine-tuning.'),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'CreateFineTuningJobRequest', False, ''),
    ),
    _Op(
        'list-paginated-fine-tuning-jobs', 'listPaginatedFineTuningJobs', 'fine_tuning', 'list_paginated_fine_tuning_jobs', 'GET /fine_tuning/jobs', 'json',
        "List your organization's fine-tuning jobs",
        'list-paginated-fine-tuning-jobs',
        (
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Identifier for the last job from the previous pagination request.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'Number of fine-tuning jobs to retrieve.'),
            _Arg('metadata', 'metadata', 'metadata', 'query', 'object', 'dict[str, str] | None', False, True, False, False, None, 'Optional metadata filter. To filter, use the syntax `metadata[k]=v`. Alternatively, set `metadata=null` to indicate no metadata. (sent as metadata[key]=value)'),
        ),
        None,
    ),
    _Op(
        'retrieve-fine-tuning-job', 'retrieveFineTuningJob', 'fine_tuning', 'retrieve_fine_tuning_job', 'GET /fine_tuning/jobs/{fine_tuning_job_id}', 'json',
        'Get info about a fine-tuning job. [Learn more about fine-tuning](/docs/guides/model-optimization)',
        'retrieve-fine-tuning-job fine_tuning_job_id=ft-AF1WoRqd3aJAHsqc9NY7iL8F',
        (
            _Arg('fine_tuning_job_id', 'fine_tuning_job_id', 'fine_tuning_job_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the fine-tuning job.'),
        ),
        None,
    ),
    _Op(
        'cancel-fine-tuning-job', 'cancelFineTuningJob', 'fine_tuning', 'cancel_fine_tuning_job', 'POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel', 'json',
        'Immediately cancel a fine-tune job.',
        'cancel-fine-tuning-job fine_tuning_job_id=ft-AF1WoRqd3aJAHsqc9NY7iL8F',
        (
            _Arg('fine_tuning_job_id', 'fine_tuning_job_id', 'fine_tuning_job_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the fine-tuning job to cancel.'),
        ),
        None,
    ),
    _Op(
        'list-fine-tuning-job-checkpoints', 'listFineTuningJobCheckpoints', 'fine_tuning', 'list_fine_tuning_job_checkpoints', 'GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints', 'json',
        'List checkpoints for a fine-tuning job.',
        'list-fine-tuning-job-checkpoints fine_tuning_job_id=ft-AF1WoRqd3aJAHsqc9NY7iL8F',
        (
            _Arg('fine_tuning_job_id', 'fine_tuning_job_id', 'fine_tuning_job_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the fine-tuning job to get checkpoints for.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Identifier for the last checkpoint ID from the previous pagination request.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '10', 'Number of checkpoints to retrieve.'),
        ),
        None,
    ),
    _Op(
        'list-fine-tuning-events', 'listFineTuningEvents', 'fine_tuning', 'list_fine_tuning_events', 'GET /fine_tuning/jobs/{fine_tuning_job_id}/events', 'json',
        'Get status updates for a fine-tuning job.',
        'list-fine-tuning-events fine_tuning_job_id=ft-AF1WoRqd3aJAHsqc9NY7iL8F',
        (
            _Arg('fine_tuning_job_id', 'fine_tuning_job_id', 'fine_tuning_job_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the fine-tuning job to get events for.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Identifier for the last event from the previous pagination request.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'Number of events to retrieve.'),
        ),
        None,
    ),
    _Op(
        'pause-fine-tuning-job', 'pauseFineTuningJob', 'fine_tuning', 'pause_fine_tuning_job', 'POST /fine_tuning/jobs/{fine_tuning_job_id}/pause', 'json',
        'Pause a fine-tune job.',
        'pause-fine-tuning-job fine_tuning_job_id=ft-AF1WoRqd3aJAHsqc9NY7iL8F',
        (
            _Arg('fine_tuning_job_id', 'fine_tuning_job_id', 'fine_tuning_job_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the fine-tuning job to pause.'),
        ),
        None,
    ),
    _Op(
        'resume-fine-tuning-job', 'resumeFineTuningJob', 'fine_tuning', 'resume_fine_tuning_job', 'POST /fine_tuning/jobs/{fine_tuning_job_id}/resume', 'json',
        'Resume a fine-tune job.',
        'resume-fine-tuning-job fine_tuning_job_id=ft-AF1WoRqd3aJAHsqc9NY7iL8F',
        (
            _Arg('fine_tuning_job_id', 'fine_tuning_job_id', 'fine_tuning_job_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the fine-tuning job to resume.'),
        ),
        None,
    ),
    _Op(
        'create-batch', 'createBatch', 'batch', 'create_batch', 'POST /batches', 'json',
        'Creates and executes a batch from an uploaded file of requests',
        'create-batch input_file_id=string endpoint=/v1/responses completion_window=24h',
        (
            _Arg('input_file_id', 'input_file_id', 'input_file_id', 'field', 'string', 'str', True, False, False, False, None, 'The ID of an uploaded file that contains requests for the new batch. See [upload file](https://api.openai.com/docs/api-reference/files/create) for how to upload a file. Your input file must be formatted as a [JSONL file](https://api.openai.com/docs/api-reference/batch/request-input), and must be uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in size.'),
            _Arg('endpoint', 'endpoint', 'endpoint', 'field', 'string', "Literal['/v1/responses', '/v1/chat/completions', '/v1/embeddings', '/v1/completions', '/v1/moderations', '/v1/images/generations', '/v1/images/edits', '/v1/videos'] | str", True, False, False, False, None, 'The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding inputs across all requests in the batch.'),
            _Arg('completion_window', 'completion_window', 'completion_window', 'field', 'string', "Literal['24h']", True, False, False, False, None, 'The time frame within which the batch should be processed. Currently only `24h` is supported.'),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
            _Arg('output_expires_after', 'output_expires_after', 'output_expires_after', 'field', 'object', 'BatchFileExpirationAfter', False, False, False, False, None, 'The expiration policy for the output and/or error file that are generated for a batch.'),
        ),
        _Body('json', 'object', 'CreateBatchRequest', False, ''),
    ),
    _Op(
        'list-batches', 'listBatches', 'batch', 'list_batches', 'GET /batches', 'json',
        "List your organization's batches.",
        'list-batches',
        (
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
        ),
        None,
    ),
    _Op(
        'retrieve-batch', 'retrieveBatch', 'batch', 'retrieve_batch', 'GET /batches/{batch_id}', 'json',
        'Retrieves a batch.',
        'retrieve-batch batch_id=string',
        (
            _Arg('batch_id', 'batch_id', 'batch_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the batch to retrieve.'),
        ),
        None,
    ),
    _Op(
        'cancel-batch', 'cancelBatch', 'batch', 'cancel_batch', 'POST /batches/{batch_id}/cancel', 'json',
        'Cancels an in-progress batch. The batch will be in status `cancelling` for up to 10 minutes, before changing to `cancelled`, where it will have partial results (if any) available in the output file.',
        'cancel-batch batch_id=string',
        (
            _Arg('batch_id', 'batch_id', 'batch_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the batch to cancel.'),
        ),
        None,
    ),
    _Op(
        'list-files', 'listFiles', 'files', 'list_files', 'GET /files', 'json',
        'Returns a list of files.',
        'list-files',
        (
            _Arg('purpose', 'purpose', 'purpose', 'query', 'string', 'str', False, False, False, False, None, 'Only return files with the given purpose.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '10000', 'A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default is 10,000.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"desc"', 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
        ),
        None,
    ),
    _Op(
        'create-file', 'createFile', 'files', 'create_file', 'POST /files', 'json',
        'Upload a file that can be used across various endpoints. Individual files can be up to 512 MB, and each project can store up to 2.5 TB of files in total. There is no organization-wide storage limit. Uploads to this endpoint are rate-limited to 1,000 requests per minute per authenticated user. - The Assistants API supports files up to 2 million tokens and of specific file types. See the [Assistants Tools guide](/docs/assistants/tools) for details. - The Fine-tuning API only supports `.jsonl` files. The input also has certain required formats for fine-tuning [chat](/docs/api-reference/fine-tuning/chat-input) or [completions](/docs/api-reference/fine-tuning/completions-input) models. - The Batch API only supports `.jsonl` files up to 200 MB in size. The input also has a specific required [format](/docs/api-reference/batch/request-input). - For Retrieval or `file_search` ingestion, upload files here first. If you need to attach multiple uploaded files to the same vector store, use [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) instead of attaching them one by one. Vector store attachment has separate limits from file upload, including 2,000 attached files per minute per organization. Please [contact us](https://help.openai.com/) if you need to increase these storage limits.',
        'create-file file=@path/to/file purpose=assistants',
        (
            _Arg('file', 'file', 'file', 'field', 'file', 'file', True, False, False, False, None, 'The File object (not file name) to be uploaded.'),
            _Arg('purpose', 'purpose', 'purpose', 'field', 'string', "Literal['assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals'] | str", True, False, False, False, None, 'The intended purpose of the uploaded file. One of: - `assistants`: Used in the Assistants API - `batch`: Used in the Batch API - `fine-tune`: Used for fine-tuning - `vision`: Images used for vision fine-tuning - `user_data`: Flexible file type for any purpose - `evals`: Used for eval data sets'),
            _Arg('expires_after', 'expires_after', 'expires_after', 'field', 'object', 'FileExpirationAfter', False, False, False, False, None, 'The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.'),
        ),
        None,
    ),
    _Op(
        'delete-file', 'deleteFile', 'files', 'delete_file', 'DELETE /files/{file_id}', 'json',
        'Delete a file and remove it from all vector stores.',
        'delete-file file_id=string',
        (
            _Arg('file_id', 'file_id', 'file_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the file to use for this request.'),
        ),
        None,
    ),
    _Op(
        'retrieve-file', 'retrieveFile', 'files', 'retrieve_file', 'GET /files/{file_id}', 'json',
        'Returns information about a specific file.',
        'retrieve-file file_id=string',
        (
            _Arg('file_id', 'file_id', 'file_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the file to use for this request.'),
        ),
        None,
    ),
    _Op(
        'download-file', 'downloadFile', 'files', 'download_file', 'GET /files/{file_id}/content', 'json',
        'Returns a response containing the contents of the specified file.',
        'download-file file_id=string',
        (
            _Arg('file_id', 'file_id', 'file_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the file to use for this request.'),
        ),
        None,
    ),
    _Op(
        'create-upload', 'createUpload', 'uploads', 'create_upload', 'POST /uploads', 'json',
        'Creates an intermediate [Upload](/docs/api-reference/uploads/object) object that you can add [Parts](/docs/api-reference/uploads/part-object) to. Currently, an Upload can accept at most 8 GB in total and expires after an hour after you create it. Once you complete the Upload, we will create a [File](/docs/api-reference/files/object) object that contains all the parts you uploaded. This File is usable in the rest of our platform as a regular File object. For certain `purpose` values, the correct `mime_type` must be specified. Please refer to documentation for the [supported MIME types for your use case](/docs/assistants/tools/file-search#supported-files). For guidance on the proper filename extensions for each purpose, please follow the documentation on [creating a File](/docs/api-reference/files/create). Returns the Upload object with status `pending`.',
        'create-upload filename=string purpose=assistants bytes:=1 mime_type=string',
        (
            _Arg('filename', 'filename', 'filename', 'field', 'string', 'str', True, False, False, False, None, 'The name of the file to upload.'),
            _Arg('purpose', 'purpose', 'purpose', 'field', 'string', "Literal['assistants', 'batch', 'fine-tune', 'vision'] | str", True, False, False, False, None, 'The intended purpose of the uploaded file. See the [documentation on File purposes](https://api.openai.com/docs/api-reference/files/create#files-create-purpose).'),
            _Arg('bytes', 'bytes', 'bytes', 'field', 'integer', 'int', True, False, False, False, None, 'The number of bytes in the file you are uploading.'),
            _Arg('mime_type', 'mime_type', 'mime_type', 'field', 'string', 'str', True, False, False, False, None, 'The MIME type of the file. This must fall within the supported MIME types for your file purpose. See the supported MIME types for assistants and vision.'),
            _Arg('expires_after', 'expires_after', 'expires_after', 'field', 'object', 'FileExpirationAfter', False, False, False, False, None, 'The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.'),
        ),
        _Body('json', 'object', 'CreateUploadRequest', False, ''),
    ),
    _Op(
        'cancel-upload', 'cancelUpload', 'uploads', 'cancel_upload', 'POST /uploads/{upload_id}/cancel', 'json',
        'Cancels the Upload. No Parts may be added after an Upload is cancelled. Returns the Upload object with status `cancelled`.',
        'cancel-upload upload_id=upload_abc123',
        (
            _Arg('upload_id', 'upload_id', 'upload_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the Upload.'),
        ),
        None,
    ),
    _Op(
        'complete-upload', 'completeUpload', 'uploads', 'complete_upload', 'POST /uploads/{upload_id}/complete', 'json',
        'Completes the [Upload](/docs/api-reference/uploads/object). Within the returned Upload object, there is a nested [File](/docs/api-reference/files/object) object that is ready to use in the rest of the platform. You can specify the order of the Parts by passing in an ordered list of the Part IDs. The number of bytes uploaded upon completion must match the number of bytes initially specified when creating the Upload object. No Parts may be added after an Upload is completed. Returns the Upload object with status `completed`, including an additional `file` property containing the created usable File object.',
        'complete-upload upload_id=upload_abc123 part_ids:=\'["string"]\'',
        (
            _Arg('upload_id', 'upload_id', 'upload_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the Upload.'),
            _Arg('part_ids', 'part_ids', 'part_ids', 'field', 'array', 'list[str]', True, False, False, False, None, 'The ordered list of Part IDs.'),
            _Arg('md5', 'md5', 'md5', 'field', 'string', 'str', False, False, False, False, None, 'The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.'),
        ),
        _Body('json', 'object', 'CompleteUploadRequest', False, ''),
    ),
    _Op(
        'add-upload-part', 'addUploadPart', 'uploads', 'add_upload_part', 'POST /uploads/{upload_id}/parts', 'json',
        'Adds a [Part](/docs/api-reference/uploads/part-object) to an [Upload](/docs/api-reference/uploads/object) object. A Part represents a chunk of bytes from the file you are trying to upload. Each Part can be at most 64 MB, and you can add Parts until you hit the Upload maximum of 8 GB. It is possible to add multiple Parts in parallel. You can decide the intended order of the Parts when you [complete the Upload](/docs/api-reference/uploads/complete).',
        'add-upload-part upload_id=upload_abc123 data=@path/to/file',
        (
            _Arg('upload_id', 'upload_id', 'upload_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the Upload.'),
            _Arg('data', 'data', 'data', 'field', 'file', 'file', True, False, False, False, None, 'The chunk of bytes for this Part.'),
        ),
        None,
    ),
    _Op(
        'create-image-edit', 'createImageEdit', 'images', 'create_image_edit', 'POST /images/edits', 'json',
        'Creates an edited or extended image given one or more source images and a prompt. This endpoint supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`, `gpt-image-1-mini`, and `chatgpt-image-latest`) and `dall-e-2`. You can call this endpoint with either: - `multipart/form-data`: use binary uploads via `image` (and optional `mask`). - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`. Note that JSON requests use `images` (array) instead of the multipart `image` field.',
        'create-image-edit images:=\'[{"image_url": "https://example.com/source-image.png"}]\' prompt=\'Add a watercolor effect and keep the subject centered\'',
        (
            _Arg('model', 'model', 'model', 'field', 'string', "str | Literal['gpt-image-1.5', 'gpt-image-2', 'gpt-image-2-2026-04-21', 'gpt-image-1', 'gpt-image-1-mini', 'chatgpt-image-latest'] | None", False, True, False, False, '"gpt-image-1.5"', 'The GPT image model to use for image editing, including `gpt-image-2` and its dated snapshot `gpt-image-2-2026-04-21`.'),
            _Arg('images', 'images', 'images', 'field', 'array', 'list[ImageRefParam]', True, False, False, False, None, 'Input image references to edit. For GPT image models, you can provide up to 16 images.'),
            _Arg('mask', 'mask', 'mask', 'field', 'any', 'ImageRefParam', False, False, False, False, None, 'Reference an input image by either URL or uploaded file ID. Provide exactly one of `image_url` or `file_id`.'),
            _Arg('prompt', 'prompt', 'prompt', 'field', 'string', 'str', True, False, False, False, None, 'A text description of the desired image edit.'),
            _Arg('n', 'n', 'n', 'field', 'integer', 'int | None', False, True, False, False, '1', 'The number of edited images to generate.'),
            _Arg('quality', 'quality', 'quality', 'field', 'string', "Literal['low', 'medium', 'high', 'auto'] | str | None", False, True, False, False, '"auto"', 'Output quality for GPT image models.'),
            _Arg('input_fidelity', 'input_fidelity', 'input_fidelity', 'field', 'string', "Literal['high', 'low'] | str | None", False, True, False, False, None, 'Controls fidelity to the original input image(s).'),
            _Arg('size', 'size', 'size', 'field', 'string', "Literal['auto', '1024x1024', '1536x1024', '1024x1536'] | str | None", False, True, False, False, '"auto"', 'Requested output image size.'),
            _Arg('user', 'user', 'user', 'field', 'string', 'str', False, False, False, False, None, 'A unique identifier representing your end-user, which can help OpenAI monitor and detect abuse.'),
            _Arg('output_format', 'output_format', 'output_format', 'field', 'string', "Literal['png', 'jpeg', 'webp'] | str | None", False, True, False, False, '"png"', 'Output image format. Supported for GPT image models.'),
            _Arg('output_compression', 'output_compression', 'output_compression', 'field', 'integer', 'int | None', False, True, False, False, None, 'Compression level for `jpeg` or `webp` output.'),
            _Arg('moderation', 'moderation', 'moderation', 'field', 'string', "Literal['low', 'auto'] | str | None", False, True, False, False, '"auto"', 'Moderation level for GPT image models.'),
            _Arg('background', 'background', 'background', 'field', 'string', "Literal['transparent', 'opaque', 'auto'] | str | None", False, True, False, False, '"auto"', 'Set the background of the generated image output. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.'),
            _Arg('stream', 'stream', 'stream', 'field', 'boolean', 'bool | None', False, True, False, False, 'false', 'Stream partial image results as events.'),
            _Arg('partial_images', 'partial_images', 'partial_images', 'field', 'any', 'PartialImages', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'EditImageBodyJsonParam', False, ''),
    ),
    _Op(
        'create-image', 'createImage', 'images', 'create_image', 'POST /images/generations', 'json',
        'Creates an image given a prompt. [Learn more](/docs/guides/images).',
        "create-image prompt='A cute baby sea otter'",
        (
            _Arg('prompt', 'prompt', 'prompt', 'field', 'string', 'str', True, False, False, False, None, 'A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.'),
            _Arg('model', 'model', 'model', 'field', 'string', "str | Literal['gpt-image-1.5', 'gpt-image-2', 'gpt-image-2-2026-04-21', 'dall-e-2', 'dall-e-3', 'gpt-image-1', 'gpt-image-1-mini'] | None", False, True, False, False, '"dall-e-2"', 'The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.'),
            _Arg('n', 'n', 'n', 'field', 'integer', 'int | None', False, True, False, False, '1', 'The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.'),
            _Arg('quality', 'quality', 'quality', 'field', 'string', "Literal['standard', 'hd', 'low', 'medium', 'high', 'auto'] | str | None", False, True, False, False, '"auto"', 'The quality of the image that will be generated. - `auto` (default value) will automatically select the best quality for the given model. - `high`, `medium` and `low` are supported for the GPT image models. - `hd` and `standard` are supported for `dall-e-3`. - `standard` is the only option for `dall-e-2`.'),
            _Arg('response_format', 'response_format', 'response_format', 'field', 'string', "Literal['url', 'b64_json'] | str | None", False, True, False, False, '"url"', "The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images."),
            _Arg('output_format', 'output_format', 'output_format', 'field', 'string', "Literal['png', 'jpeg', 'webp'] | str | None", False, True, False, False, '"png"', 'The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.'),
            _Arg('output_compression', 'output_compression', 'output_compression', 'field', 'integer', 'int | None', False, True, False, False, '100', 'The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.'),
            _Arg('stream', 'stream', 'stream', 'field', 'boolean', 'bool | None', False, True, False, False, 'false', 'Generate the image in streaming mode. Defaults to `false`. See the [Image generation guide](https://api.openai.com/docs/guides/image-generation) for more information. This parameter is only supported for the GPT image models.'),
            _Arg('partial_images', 'partial_images', 'partial_images', 'field', 'any', 'PartialImages', False, False, False, False, None, ''),
            _Arg('size', 'size', 'size', 'field', 'string', "str | Literal['auto', '1024x1024', '1536x1024', '1024x1536', '256x256', '512x512', '1792x1024', '1024x1792'] | None", False, True, False, False, '"auto"', "The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`."),
            _Arg('moderation', 'moderation', 'moderation', 'field', 'string', "Literal['low', 'auto'] | str | None", False, True, False, False, '"auto"', 'Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).'),
            _Arg('background', 'background', 'background', 'field', 'string', "Literal['transparent', 'opaque', 'auto'] | str | None", False, True, False, False, '"auto"', 'Set the background of the generated image(s). This parameter is only supported for the GPT image models. Must be one of `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model will automatically determine the best background for the image. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.'),
            _Arg('style', 'style', 'style', 'field', 'string', "Literal['vivid', 'natural'] | str | None", False, True, False, False, '"vivid"', 'The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.'),
            _Arg('user', 'user', 'user', 'field', 'string', 'str', False, False, False, False, None, 'A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#end-user-ids).'),
        ),
        _Body('json', 'object', 'CreateImageRequest', False, ''),
    ),
    _Op(
        'create-image-variation', 'createImageVariation', 'images', 'create_image_variation', 'POST /images/variations', 'json',
        'Creates a variation of a given image. This endpoint only supports `dall-e-2`.',
        'create-image-variation image=@path/to/file',
        (
            _Arg('image', 'image', 'image', 'field', 'file', 'file', True, False, False, False, None, 'The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.'),
            _Arg('model', 'model', 'model', 'field', 'string', "str | Literal['dall-e-2'] | None", False, True, False, False, '"dall-e-2"', 'The model to use for image generation. Only `dall-e-2` is supported at this time.'),
            _Arg('n', 'n', 'n', 'field', 'integer', 'int | None', False, True, False, False, '1', 'The number of images to generate. Must be between 1 and 10.'),
            _Arg('response_format', 'response_format', 'response_format', 'field', 'string', "Literal['url', 'b64_json'] | str | None", False, True, False, False, '"url"', 'The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.'),
            _Arg('size', 'size', 'size', 'field', 'string', "Literal['256x256', '512x512', '1024x1024'] | str | None", False, True, False, False, '"1024x1024"', 'The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.'),
            _Arg('user', 'user', 'user', 'field', 'string', 'str', False, False, False, False, None, 'A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#end-user-ids).'),
        ),
        None,
    ),
    _Op(
        'list-models', 'listModels', 'models', 'list_models', 'GET /models', 'json',
        'Lists the currently available models, and provides basic information about each one such as the owner and availability.',
        'list-models',
        (),
        None,
    ),
    _Op(
        'retrieve-model', 'retrieveModel', 'models', 'retrieve_model', 'GET /models/{model}', 'json',
        'Retrieves a model instance, providing basic information about the model such as the owner and permissioning.',
        'retrieve-model model=gpt-4o-mini',
        (
            _Arg('model', 'model', 'model', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the model to use for this request'),
        ),
        None,
    ),
    _Op(
        'delete-model', 'deleteModel', 'models', 'delete_model', 'DELETE /models/{model}', 'json',
        'Delete a fine-tuned model. You must have the Owner role in your organization to delete a model.',
        'delete-model model=ft:gpt-4o-mini:acemeco:suffix:abc123',
        (
            _Arg('model', 'model', 'model', 'path', 'string', 'str', True, False, True, False, None, 'The model to delete'),
        ),
        None,
    ),
    _Op(
        'create-moderation', 'createModeration', 'moderations', 'create_moderation', 'POST /moderations', 'json',
        'Classifies if text and/or image inputs are potentially harmful. Learn more in the [moderation guide](/docs/guides/moderation).',
        "create-moderation input='I want to kill them.'",
        (
            _Arg('input', 'input', 'input', 'field', 'any', 'str | list[str] | list[CreateModerationRequestInputVariant3ItemVariant1 | CreateModerationRequestInputVariant3ItemVariant2]', True, False, False, False, None, 'Input (or inputs) to classify. Can be a single string, an array of strings, or an array of multi-modal input objects similar to other models.'),
            _Arg('model', 'model', 'model', 'field', 'string', "str | Literal['omni-moderation-latest', 'omni-moderation-2024-09-26', 'text-moderation-latest', 'text-moderation-stable']", False, False, False, False, '"omni-moderation-latest"', 'The content moderation model you would like to use. Learn more in [the moderation guide](https://api.openai.com/docs/guides/moderation), and learn about available models [here](https://api.openai.com/docs/models#moderation).'),
        ),
        _Body('json', 'object', 'CreateModerationRequest', False, ''),
    ),
    _Op(
        'list-audit-logs', 'list-audit-logs', 'audit_logs', 'list_audit_logs', 'GET /organization/audit_logs', 'json',
        'List user actions and configuration changes within this organization.',
        'list-audit-logs',
        (
            _Arg('effective_at', 'effective_at', 'effective_at', 'query', 'object', 'ListAuditLogsEffectiveAt', False, False, False, False, None, 'Return only events whose `effective_at` (Unix seconds) is in this range. (sent as gt=1&gte=1)'),
            _Arg('project_ids[]', 'project_ids', 'project_ids[]', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only events for these projects.'),
            _Arg('event_types[]', 'event_types', 'event_types[]', 'query', 'array', 'list[AuditLogEventType]', False, False, False, False, None, 'Return only events with a `type` in one of these values. For example, `project.created`. For all options, see the documentation for the [audit log object](https://api.openai.com/docs/api-reference/audit-logs/object).'),
            _Arg('actor_ids[]', 'actor_ids', 'actor_ids[]', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only events performed by these actors. Can be a user ID, a service account ID, or an api key tracking ID.'),
            _Arg('actor_emails[]', 'actor_emails', 'actor_emails[]', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only events performed by users with these emails.'),
            _Arg('resource_ids[]', 'resource_ids', 'resource_ids[]', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only events performed on these targets. For example, a project ID updated. For ChatGPT connector role events, use the workspace connector resource ID shown in `details.id`, such as `<workspace_id>__<connector_id>`.'),
            _Arg('tenant_only', 'tenant_only', 'tenant_only', 'query', 'boolean', 'bool', False, False, False, False, 'false', 'Return only tenant-scoped events associated with this organization. Required for tenant-scoped events such as `role.bound_to_resource` and `role.unbound_from_resource`. When `true`, all supplied event types must be tenant-scoped.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('before', 'before', 'before', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.'),
        ),
        None,
    ),
    _Op(
        'list-containers', 'ListContainers', 'default', 'list_containers', 'GET /containers', 'json',
        'List Containers Lists containers.',
        'list-containers',
        (
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"desc"', 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('name', 'name', 'name', 'query', 'string', 'str', False, False, False, False, None, 'Filter results by container name.'),
        ),
        None,
    ),
    _Op(
        'create-container', 'CreateContainer', 'default', 'create_container', 'POST /containers', 'json',
        'Create Container Creates a container.',
        'create-container',
        (
            _Arg('name', 'name', 'name', 'field', 'string', 'str', False, False, False, False, None, 'Name of the container to create.'),
            _Arg('file_ids', 'file_ids', 'file_ids', 'field', 'array', 'list[str]', False, False, False, False, None, 'IDs of files to copy to the container.'),
            _Arg('expires_after', 'expires_after', 'expires_after', 'field', 'object', 'CreateContainerBodyExpiresAfter', False, False, False, False, None, "Container expiration time in seconds relative to the 'anchor' time."),
            _Arg('skills', 'skills', 'skills', 'field', 'array', 'list[SkillReferenceParam | InlineSkillParam]', False, False, False, False, None, 'An optional list of skills referenced by id or inline data.'),
            _Arg('memory_limit', 'memory_limit', 'memory_limit', 'field', 'string', "Literal['1g', '4g', '16g', '64g'] | str", False, False, False, False, None, 'Optional memory limit for the container. Defaults to "1g".'),
            _Arg('network_policy', 'network_policy', 'network_policy', 'field', 'object', 'ContainerNetworkPolicyDisabledParam | ContainerNetworkPolicyAllowlistParam', False, False, False, False, None, 'Network access policy for the container.'),
        ),
        _Body('json', 'object', 'CreateContainerBody', False, ''),
    ),
    _Op(
        'retrieve-container', 'RetrieveContainer', 'default', 'retrieve_container', 'GET /containers/{container_id}', 'json',
        'Retrieve Container Retrieves a container.',
        'retrieve-container container_id=string',
        (
            _Arg('container_id', 'container_id', 'container_id', 'path', 'string', 'str', True, False, True, False, None, ''),
        ),
        None,
    ),
    _Op(
        'delete-container', 'DeleteContainer', 'default', 'delete_container', 'DELETE /containers/{container_id}', 'empty',
        'Delete Container Delete a container.',
        'delete-container container_id=string',
        (
            _Arg('container_id', 'container_id', 'container_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the container to delete.'),
        ),
        None,
    ),
    _Op(
        'create-container-file', 'CreateContainerFile', 'default', 'create_container_file', 'POST /containers/{container_id}/files', 'json',
        'Create a Container File You can send either a multipart/form-data request with the raw file content, or a JSON request with a file ID. Creates a container file.',
        'create-container-file container_id=string',
        (
            _Arg('container_id', 'container_id', 'container_id', 'path', 'string', 'str', True, False, True, False, None, ''),
            _Arg('file_id', 'file_id', 'file_id', 'field', 'string', 'str', False, False, False, False, None, 'Name of the file to create.'),
            _Arg('file', 'file', 'file', 'field', 'file', 'file', False, False, False, False, None, 'The File object (not file name) to be uploaded.'),
        ),
        _Body('json', 'object', 'CreateContainerFileBody', False, ''),
    ),
    _Op(
        'list-container-files', 'ListContainerFiles', 'default', 'list_container_files', 'GET /containers/{container_id}/files', 'json',
        'List Container files Lists container files.',
        'list-container-files container_id=string',
        (
            _Arg('container_id', 'container_id', 'container_id', 'path', 'string', 'str', True, False, True, False, None, ''),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"desc"', 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
        ),
        None,
    ),
    _Op(
        'retrieve-container-file', 'RetrieveContainerFile', 'default', 'retrieve_container_file', 'GET /containers/{container_id}/files/{file_id}', 'json',
        'Retrieve Container File Retrieves a container file.',
        'retrieve-container-file container_id=string file_id=string',
        (
            _Arg('container_id', 'container_id', 'container_id', 'path', 'string', 'str', True, False, True, False, None, ''),
            _Arg('file_id', 'file_id', 'file_id', 'path', 'string', 'str', True, False, True, False, None, ''),
        ),
        None,
    ),
    _Op(
        'delete-container-file', 'DeleteContainerFile', 'default', 'delete_container_file', 'DELETE /containers/{container_id}/files/{file_id}', 'empty',
        'Delete Container File Delete a container file.',
        'delete-container-file container_id=string file_id=string',
        (
            _Arg('container_id', 'container_id', 'container_id', 'path', 'string', 'str', True, False, True, False, None, ''),
            _Arg('file_id', 'file_id', 'file_id', 'path', 'string', 'str', True, False, True, False, None, ''),
        ),
        None,
    ),
    _Op(
        'retrieve-container-file-content', 'RetrieveContainerFileContent', 'default', 'retrieve_container_file_content', 'GET /containers/{container_id}/files/{file_id}/content', 'empty',
        'Retrieve Container File Content Retrieves a container file content.',
        'retrieve-container-file-content container_id=string file_id=string',
        (
            _Arg('container_id', 'container_id', 'container_id', 'path', 'string', 'str', True, False, True, False, None, ''),
            _Arg('file_id', 'file_id', 'file_id', 'path', 'string', 'str', True, False, True, False, None, ''),
        ),
        None,
    ),
    _Op(
        'admin-api-keys-list', 'admin-api-keys-list', 'default', 'admin_api_keys_list', 'GET /organization/admin_api_keys', 'json',
        'List organization API keys Retrieve a paginated list of organization admin API keys.',
        'admin-api-keys-list',
        (
            _Arg('after', 'after', 'after', 'query', 'string', 'str | None', False, True, False, False, None, 'Return keys with IDs that come after this ID in the pagination order.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"asc"', 'Order results by creation time, ascending or descending.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'Maximum number of keys to return.'),
        ),
        None,
    ),
    _Op(
        'admin-api-keys-create', 'admin-api-keys-create', 'default', 'admin_api_keys_create', 'POST /organization/admin_api_keys', 'json',
        'Create an organization admin API key Create a new admin-level API key for the organization.',
        "admin-api-keys-create name='New Admin Key'",
        (
            _Arg('name', 'name', 'name', 'field', 'string', 'str', True, False, False, False, None, ''),
            _Arg('expires_in_seconds', 'expires_in_seconds', 'expires_in_seconds', 'field', 'integer', 'int', False, False, False, False, None, 'The number of seconds until the API key expires. Omit this field for a key that does not expire.'),
        ),
        _Body('json', 'object', 'AdminApiKeysCreateRequest', False, ''),
    ),
    _Op(
        'admin-api-keys-get', 'admin-api-keys-get', 'default', 'admin_api_keys_get', 'GET /organization/admin_api_keys/{key_id}', 'json',
        'Retrieve a single organization API key Get details for a specific organization API key by its ID.',
        'admin-api-keys-get key_id=string',
        (
            _Arg('key_id', 'key_id', 'key_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the API key.'),
        ),
        None,
    ),
    _Op(
        'admin-api-keys-delete', 'admin-api-keys-delete', 'default', 'admin_api_keys_delete', 'DELETE /organization/admin_api_keys/{key_id}', 'json',
        'Delete an organization admin API key Delete the specified admin API key.',
        'admin-api-keys-delete key_id=string',
        (
            _Arg('key_id', 'key_id', 'key_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the API key to be deleted.'),
        ),
        None,
    ),
    _Op(
        'getorganizationspendlimit', 'Getorganizationspendlimit', 'default', 'getorganizationspendlimit', 'GET /organization/spend_limit', 'json',
        "Get the organization's hard spend limit.",
        'getorganizationspendlimit',
        (),
        None,
    ),
    _Op(
        'updateorganizationspendlimit', 'Updateorganizationspendlimit', 'default', 'updateorganizationspendlimit', 'POST /organization/spend_limit', 'json',
        "Create or replace the organization's hard spend limit.",
        'updateorganizationspendlimit threshold_amount:=1 currency=USD interval=month',
        (
            _Arg('threshold_amount', 'threshold_amount', 'threshold_amount', 'field', 'integer', 'int', True, False, False, False, None, 'The hard spend limit amount, in cents.'),
            _Arg('currency', 'currency', 'currency', 'field', 'string', "Literal['USD']", True, False, False, False, None, 'The currency for the threshold amount. Currently, only `USD` is supported.'),
            _Arg('interval', 'interval', 'interval', 'field', 'string', "Literal['month']", True, False, False, False, None, 'The time interval for evaluating spend against the threshold. Currently, only `month` is supported.'),
        ),
        _Body('json', 'object', 'UpdateOrganizationSpendLimitBody', False, 'Parameters for the hard spend limit you want to create or replace.'),
    ),
    _Op(
        'deleteorganizationspendlimit', 'Deleteorganizationspendlimit', 'default', 'deleteorganizationspendlimit', 'DELETE /organization/spend_limit', 'json',
        "Delete the organization's hard spend limit.",
        'deleteorganizationspendlimit',
        (),
        None,
    ),
    _Op(
        'getprojectspendlimit', 'Getprojectspendlimit', 'default', 'getprojectspendlimit', 'GET /organization/projects/{project_id}/spend_limit', 'json',
        "Get a project's hard spend limit.",
        'getprojectspendlimit project_id=proj_123',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project whose hard spend limit is being managed.'),
        ),
        None,
    ),
    _Op(
        'deleteprojectspendlimit', 'Deleteprojectspendlimit', 'default', 'deleteprojectspendlimit', 'DELETE /organization/projects/{project_id}/spend_limit', 'json',
        "Delete a project's hard spend limit.",
        'deleteprojectspendlimit project_id=proj_123',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project whose hard spend limit is being managed.'),
        ),
        None,
    ),
    _Op(
        'updateprojectspendlimit', 'Updateprojectspendlimit', 'default', 'updateprojectspendlimit', 'POST /organization/projects/{project_id}/spend_limit', 'json',
        "Create or replace a project's hard spend limit.",
        'updateprojectspendlimit project_id=proj_123 threshold_amount:=1 currency=USD interval=month',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project whose hard spend limit is being managed.'),
            _Arg('threshold_amount', 'threshold_amount', 'threshold_amount', 'field', 'integer', 'int', True, False, False, False, None, 'The hard spend limit amount, in cents.'),
            _Arg('currency', 'currency', 'currency', 'field', 'string', "Literal['USD']", True, False, False, False, None, 'The currency for the threshold amount. Currently, only `USD` is supported.'),
            _Arg('interval', 'interval', 'interval', 'field', 'string', "Literal['month']", True, False, False, False, None, 'The time interval for evaluating spend against the threshold. Currently, only `month` is supported.'),
        ),
        _Body('json', 'object', 'UpdateProjectSpendLimitBody', False, 'Parameters for the hard spend limit you want to create or replace.'),
    ),
    _Op(
        'createan-ap-ikeyforaserviceaccount', 'CreateanAPIkeyforaserviceaccount', 'default', 'createan_ap_ikeyforaserviceaccount', 'POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys', 'json',
        'Creates an API key for a service account in the project.',
        'createan-ap-ikeyforaserviceaccount project_id=string service_account_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('service_account_id', 'service_account_id', 'service_account_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the service account.'),
            _Arg('name', 'name', 'name', 'field', 'string', 'str', False, False, False, False, None, 'API key name.'),
            _Arg('scopes', 'scopes', 'scopes', 'field', 'array', 'list[str]', False, False, False, False, None, 'API key scopes.'),
        ),
        _Body('json', 'object', 'CreateProjectServiceAccountApiKeyBody', False, 'The service account API key create request payload.'),
    ),
    _Op(
        'createcontentprovenancecheck', 'Createcontentprovenancecheck', 'default', 'createcontentprovenancecheck', 'POST /content_provenance_checks', 'json',
        "Check whether an image or audio file contains known OpenAI provenance signals. [Learn more about content provenance](/api/docs/guides/content-provenance). If `not_detected`, it means the tool did not find supported signals in the uploaded file. The content could still have been generated by OpenAI if the metadata was stripped or has evidence of tampering, the watermark was degraded, it comes from a legacy generation model, or it was created before provenance signals were available. Content could also still be AI-generated by another company's model, which the tool currently does not detect.",
        'createcontentprovenancecheck',
        (
            _Arg('file', 'file', 'file', 'field', 'file', 'file', False, False, False, False, None, 'The image or audio file to check for supported OpenAI provenance signals.'),
        ),
        None,
    ),
    _Op(
        'getinputtokencounts', 'Getinputtokencounts', 'default', 'getinputtokencounts', 'POST /responses/input_tokens', 'json',
        'Returns input token counts of the request. Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.',
        'getinputtokencounts',
        (
            _Arg('model', 'model', 'model', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('input', 'input', 'input', 'field', 'any', 'str | list[InputItem] | None', False, True, False, False, None, ''),
            _Arg('previous_response_id', 'previous_response_id', 'previous_response_id', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('tools', 'tools', 'tools', 'field', 'array', 'list[Tool] | None', False, True, False, False, None, ''),
            _Arg('text', 'text', 'text', 'field', 'object', 'ResponseTextParam | None', False, True, False, False, None, ''),
            _Arg('reasoning', 'reasoning', 'reasoning', 'field', 'object', 'Reasoning | None', False, True, False, False, None, ''),
            _Arg('truncation', 'truncation', 'truncation', 'field', 'any', 'TruncationEnum', False, False, False, True, None, "The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error."),
            _Arg('instructions', 'instructions', 'instructions', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('personality', 'personality', 'personality', 'field', 'any', 'PersonalityEnum', False, False, False, False, None, "A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters."),
            _Arg('conversation', 'conversation', 'conversation', 'field', 'any', 'ConversationParam | None', False, True, False, False, None, ''),
            _Arg('tool_choice', 'tool_choice', 'tool_choice', 'field', 'any', 'ToolChoiceParam | None', False, True, False, False, None, ''),
            _Arg('parallel_tool_calls', 'parallel_tool_calls', 'parallel_tool_calls', 'field', 'boolean', 'bool | None', False, True, False, False, None, ''),
        ),
        _Body('json', 'object', 'TokenCountsBody', False, ''),
    ),
    _Op(
        'compactconversation', 'Compactconversation', 'default', 'compactconversation', 'POST /responses/compact', 'json',
        'Compact a conversation. Returns a compacted response object. Learn when and how to compact long-running conversations in the [conversation state guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).',
        'compactconversation',
        (
            _Arg('model', 'model', 'model', 'field', 'any', 'ModelIdsCompaction', False, False, False, False, None, 'Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.'),
            _Arg('input', 'input', 'input', 'field', 'any', 'str | list[InputItem] | None', False, True, False, False, None, ''),
            _Arg('previous_response_id', 'previous_response_id', 'previous_response_id', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('instructions', 'instructions', 'instructions', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('prompt_cache_key', 'prompt_cache_key', 'prompt_cache_key', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('prompt_cache_retention', 'prompt_cache_retention', 'prompt_cache_retention', 'field', 'any', 'PromptCacheRetentionEnum | None', False, True, False, False, None, ''),
            _Arg('prompt_cache_options', 'prompt_cache_options', 'prompt_cache_options', 'field', 'object', 'PromptCacheOptionsParam | None', False, True, False, False, None, ''),
            _Arg('service_tier', 'service_tier', 'service_tier', 'field', 'any', 'ServiceTierEnum | None', False, True, False, False, None, ''),
        ),
        _Body('json', 'object', 'CompactResponseMethodPublicBody', False, ''),
    ),
    _Op(
        'cancel-chat-session-method', 'CancelChatSessionMethod', 'default', 'cancel_chat_session_method', 'POST /chatkit/sessions/{session_id}/cancel', 'json',
        'Cancel an active ChatKit session and return its most recent metadata. Cancelling prevents new requests from using the issued client secret.',
        'cancel-chat-session-method session_id=cksess_123',
        (
            _Arg('session_id', 'session_id', 'session_id', 'path', 'string', 'str', True, False, True, False, None, 'Unique identifier for the ChatKit session to cancel.'),
        ),
        None,
    ),
    _Op(
        'create-chat-session-method', 'CreateChatSessionMethod', 'default', 'create_chat_session_method', 'POST /chatkit/sessions', 'json',
        'Create a ChatKit session.',
        'create-chat-session-method',
        (
            _Arg('workflow', 'workflow', 'workflow', 'field', 'object', 'WorkflowParam', False, False, False, False, None, 'Workflow that powers the session.'),
            _Arg('user', 'user', 'user', 'field', 'string', 'str', False, False, False, False, None, 'A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope.'),
            _Arg('expires_after', 'expires_after', 'expires_after', 'field', 'object', 'ExpiresAfterParam', False, False, False, False, None, 'Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes.'),
            _Arg('rate_limits', 'rate_limits', 'rate_limits', 'field', 'object', 'RateLimitsParam', False, False, False, False, None, 'Optional override for per-minute request limits. When omitted, defaults to 10.'),
            _Arg('chatkit_configuration', 'chatkit_configuration', 'chatkit_configuration', 'field', 'object', 'ChatkitConfigurationParam', False, False, False, False, None, 'Optional overrides for ChatKit runtime configuration features'),
        ),
        _Body('json', 'object', 'CreateChatSessionBody', False, ''),
    ),
    _Op(
        'list-thread-items-method', 'ListThreadItemsMethod', 'default', 'list_thread_items_method', 'GET /chatkit/threads/{thread_id}/items', 'json',
        'List items that belong to a ChatKit thread.',
        'list-thread-items-method thread_id=cthr_123',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'Identifier of the ChatKit thread whose items are requested.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Maximum number of thread items to return. Defaults to 20.'),
            _Arg('order', 'order', 'order', 'query', 'any', 'OrderEnum', False, False, False, False, None, 'Sort order for results by creation time. Defaults to `desc`.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'List items created after this thread item ID. Defaults to null for the first page.'),
            _Arg('before', 'before', 'before', 'query', 'string', 'str', False, False, False, False, None, 'List items created before this thread item ID. Defaults to null for the newest results.'),
        ),
        None,
    ),
    _Op(
        'get-thread-method', 'GetThreadMethod', 'default', 'get_thread_method', 'GET /chatkit/threads/{thread_id}', 'json',
        'Retrieve a ChatKit thread by its identifier.',
        'get-thread-method thread_id=cthr_123',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'Identifier of the ChatKit thread to retrieve.'),
        ),
        None,
    ),
    _Op(
        'delete-thread-method', 'DeleteThreadMethod', 'default', 'delete_thread_method', 'DELETE /chatkit/threads/{thread_id}', 'json',
        'Delete a ChatKit thread along with its items and stored attachments.',
        'delete-thread-method thread_id=cthr_123',
        (
            _Arg('thread_id', 'thread_id', 'thread_id', 'path', 'string', 'str', True, False, True, False, None, 'Identifier of the ChatKit thread to delete.'),
        ),
        None,
    ),
    _Op(
        'list-threads-method', 'ListThreadsMethod', 'default', 'list_threads_method', 'GET /chatkit/threads', 'json',
        'List ChatKit threads with optional pagination and user filters.',
        'list-threads-method',
        (
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Maximum number of thread items to return. Defaults to 20.'),
            _Arg('order', 'order', 'order', 'query', 'any', 'OrderEnum', False, False, False, False, None, 'Sort order for results by creation time. Defaults to `desc`.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'List items created after this thread item ID. Defaults to null for the first page.'),
            _Arg('before', 'before', 'before', 'query', 'string', 'str', False, False, False, False, None, 'List items created before this thread item ID. Defaults to null for the newest results.'),
            _Arg('user', 'user', 'user', 'query', 'string', 'str', False, False, False, False, None, 'Filter threads that belong to this user identifier. Defaults to null to return all users.'),
        ),
        None,
    ),
    _Op(
        'beta-compactconversation', 'beta_Compactconversation', 'default', 'beta_compactconversation', 'POST /responses/compact?beta=true', 'json',
        'Compact a conversation. Returns a compacted response object. Learn when and how to compact long-running conversations in the [conversation state guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).',
        'beta-compactconversation',
        (
            _Arg('model', 'model', 'model', 'field', 'any', 'BetaModelIdsCompaction', False, False, False, False, None, 'Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.'),
            _Arg('input', 'input', 'input', 'field', 'any', 'str | list[BetaInputItem] | None', False, True, False, False, None, ''),
            _Arg('previous_response_id', 'previous_response_id', 'previous_response_id', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('instructions', 'instructions', 'instructions', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('prompt_cache_key', 'prompt_cache_key', 'prompt_cache_key', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('prompt_cache_retention', 'prompt_cache_retention', 'prompt_cache_retention', 'field', 'any', 'BetaPromptCacheRetentionEnum | None', False, True, False, False, None, ''),
            _Arg('prompt_cache_options', 'prompt_cache_options', 'prompt_cache_options', 'field', 'object', 'BetaPromptCacheOptionsParam | None', False, True, False, False, None, ''),
            _Arg('service_tier', 'service_tier', 'service_tier', 'field', 'any', 'BetaServiceTierEnum | None', False, True, False, False, None, ''),
            _Arg('openai-beta', 'openai_beta', 'openai-beta', 'header', 'array', "list[Literal['responses_multi_agent=v1']]", False, False, False, False, None, 'Optional beta features to enable for this request.'),
        ),
        _Body('json', 'object', 'BetaCompactResponseMethodPublicBody', False, ''),
    ),
    _Op(
        'beta-getinputtokencounts', 'beta_Getinputtokencounts', 'default', 'beta_getinputtokencounts', 'POST /responses/input_tokens?beta=true', 'json',
        'Returns input token counts of the request. Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.',
        'beta-getinputtokencounts',
        (
            _Arg('model', 'model', 'model', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('input', 'input', 'input', 'field', 'any', 'str | list[BetaInputItem] | None', False, True, False, False, None, ''),
            _Arg('previous_response_id', 'previous_response_id', 'previous_response_id', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('tools', 'tools', 'tools', 'field', 'array', 'list[BetaTool] | None', False, True, False, False, None, ''),
            _Arg('text', 'text', 'text', 'field', 'object', 'BetaResponseTextParam | None', False, True, False, False, None, ''),
            _Arg('reasoning', 'reasoning', 'reasoning', 'field', 'object', 'BetaReasoning | None', False, True, False, False, None, ''),
            _Arg('truncation', 'truncation', 'truncation', 'field', 'any', 'BetaTruncationEnum', False, False, False, True, None, "The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error."),
            _Arg('instructions', 'instructions', 'instructions', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('personality', 'personality', 'personality', 'field', 'any', 'BetaPersonalityEnum', False, False, False, False, None, "A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters."),
            _Arg('conversation', 'conversation', 'conversation', 'field', 'any', 'BetaConversationParam | None', False, True, False, False, None, ''),
            _Arg('tool_choice', 'tool_choice', 'tool_choice', 'field', 'any', 'BetaToolChoiceParam | None', False, True, False, False, None, ''),
            _Arg('parallel_tool_calls', 'parallel_tool_calls', 'parallel_tool_calls', 'field', 'boolean', 'bool | None', False, True, False, False, None, ''),
            _Arg('openai-beta', 'openai_beta', 'openai-beta', 'header', 'array', "list[Literal['responses_multi_agent=v1']]", False, False, False, False, None, 'Optional beta features to enable for this request.'),
        ),
        _Body('json', 'object', 'BetaTokenCountsBody', False, ''),
    ),
    _Op(
        'list-organization-certificates', 'listOrganizationCertificates', 'certificates', 'list_organization_certificates', 'GET /organization/certificates', 'json',
        'List uploaded certificates for this organization.',
        'list-organization-certificates',
        (
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"desc"', 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.'),
        ),
        None,
    ),
    _Op(
        'upload-certificate', 'uploadCertificate', 'certificates', 'upload_certificate', 'POST /organization/certificates', 'json',
        'Upload a certificate to the organization. This does **not** automatically activate the certificate. Organizations can upload up to 50 certificates.',
        'upload-certificate certificate=string',
        (
            _Arg('name', 'name', 'name', 'field', 'string', 'str', False, False, False, False, None, 'An optional name for the certificate'),
            _Arg('certificate', 'certificate', 'certificate', 'field', 'string', 'str', True, False, False, False, None, 'The certificate content in PEM format'),
        ),
        _Body('json', 'object', 'UploadCertificateRequest', False, 'The certificate upload payload.'),
    ),
    _Op(
        'activate-organization-certificates', 'activateOrganizationCertificates', 'certificates', 'activate_organization_certificates', 'POST /organization/certificates/activate', 'json',
        'Activate certificates at the organization level. You can atomically and idempotently activate up to 10 certificates at a time.',
        'activate-organization-certificates certificate_ids:=\'["cert_abc"]\'',
        (
            _Arg('certificate_ids', 'certificate_ids', 'certificate_ids', 'field', 'array', 'list[str]', True, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'ToggleCertificatesRequest', False, 'The certificate activation payload.'),
    ),
    _Op(
        'deactivate-organization-certificates', 'deactivateOrganizationCertificates', 'certificates', 'deactivate_organization_certificates', 'POST /organization/certificates/deactivate', 'json',
        'Deactivate certificates at the organization level. You can atomically and idempotently deactivate up to 10 certificates at a time.',
        'deactivate-organization-certificates certificate_ids:=\'["cert_abc"]\'',
        (
            _Arg('certificate_ids', 'certificate_ids', 'certificate_ids', 'field', 'array', 'list[str]', True, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'ToggleCertificatesRequest', False, 'The certificate deactivation payload.'),
    ),
    _Op(
        'get-certificate', 'getCertificate', 'certificates', 'get_certificate', 'GET /organization/certificates/{certificate_id}', 'json',
        'Get a certificate that has been uploaded to the organization. You can get a certificate regardless of whether it is active or not.',
        'get-certificate certificate_id=string',
        (
            _Arg('certificate_id', 'certificate_id', 'certificate_id', 'path', 'string', 'str', True, False, True, False, None, 'Unique ID of the certificate to retrieve.'),
            _Arg('include', 'include', 'include', 'query', 'array', "list[Literal['content']]", False, False, False, False, None, 'A list of additional fields to include in the response. Currently the only supported value is `content` to fetch the PEM content of the certificate.'),
        ),
        None,
    ),
    _Op(
        'modify-certificate', 'modifyCertificate', 'certificates', 'modify_certificate', 'POST /organization/certificates/{certificate_id}', 'json',
        'Modify a certificate. Note that only the name can be modified.',
        'modify-certificate certificate_id=string',
        (
            _Arg('certificate_id', 'certificate_id', 'certificate_id', 'path', 'string', 'str', True, False, True, False, None, 'Unique ID of the certificate to modify.'),
            _Arg('name', 'name', 'name', 'field', 'string', 'str', False, False, False, False, None, 'The updated name for the certificate'),
        ),
        _Body('json', 'object', 'ModifyCertificateRequest', False, 'The certificate modification payload.'),
    ),
    _Op(
        'delete-certificate', 'deleteCertificate', 'certificates', 'delete_certificate', 'DELETE /organization/certificates/{certificate_id}', 'json',
        'Delete a certificate from the organization. The certificate must be inactive for the organization and all projects.',
        'delete-certificate certificate_id=string',
        (
            _Arg('certificate_id', 'certificate_id', 'certificate_id', 'path', 'string', 'str', True, False, True, False, None, 'Unique ID of the certificate to delete.'),
        ),
        None,
    ),
    _Op(
        'list-project-certificates', 'listProjectCertificates', 'certificates', 'list_project_certificates', 'GET /organization/projects/{project_id}/certificates', 'json',
        'List certificates for this project.',
        'list-project-certificates project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"desc"', 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.'),
        ),
        None,
    ),
    _Op(
        'activate-project-certificates', 'activateProjectCertificates', 'certificates', 'activate_project_certificates', 'POST /organization/projects/{project_id}/certificates/activate', 'json',
        'Activate certificates at the project level. You can atomically and idempotently activate up to 10 certificates at a time.',
        'activate-project-certificates project_id=string certificate_ids:=\'["cert_abc"]\'',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('certificate_ids', 'certificate_ids', 'certificate_ids', 'field', 'array', 'list[str]', True, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'ToggleCertificatesRequest', False, 'The certificate activation payload.'),
    ),
    _Op(
        'deactivate-project-certificates', 'deactivateProjectCertificates', 'certificates', 'deactivate_project_certificates', 'POST /organization/projects/{project_id}/certificates/deactivate', 'json',
        'Deactivate certificates at the project level. You can atomically and idempotently deactivate up to 10 certificates at a time.',
        'deactivate-project-certificates project_id=string certificate_ids:=\'["cert_abc"]\'',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('certificate_ids', 'certificate_ids', 'certificate_ids', 'field', 'array', 'list[str]', True, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'ToggleCertificatesRequest', False, 'The certificate deactivation payload.'),
    ),
    _Op(
        'usage-costs', 'usage-costs', 'usage', 'usage_costs', 'GET /organization/costs', 'json',
        'Get costs details for the organization.',
        'usage-costs start_time=1',
        (
            _Arg('start_time', 'start_time', 'start_time', 'query', 'integer', 'int', True, False, False, False, None, 'Start time (Unix seconds) of the query time range, inclusive.'),
            _Arg('end_time', 'end_time', 'end_time', 'query', 'integer', 'int', False, False, False, False, None, 'End time (Unix seconds) of the query time range, exclusive.'),
            _Arg('bucket_width', 'bucket_width', 'bucket_width', 'query', 'string', "Literal['1d']", False, False, False, False, '"1d"', 'Width of each time bucket in response. Currently only `1d` is supported, default to `1d`.'),
            _Arg('project_ids', 'project_ids', 'project_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only costs for these projects.'),
            _Arg('api_key_ids', 'api_key_ids', 'api_key_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only costs for these API keys.'),
            _Arg('group_by', 'group_by', 'group_by', 'query', 'array', "list[Literal['project_id', 'line_item', 'api_key_id'] | str]", False, False, False, False, None, 'Group the costs by the specified fields. Support fields include `project_id`, `line_item`, `api_key_id` and any combination of them.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '7', 'A limit on the number of buckets to be returned. Limit can range between 1 and 180, and the default is 7.'),
            _Arg('page', 'page', 'page', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.'),
        ),
        None,
    ),
    _Op(
        'usage-audio-speeches', 'usage-audio-speeches', 'usage', 'usage_audio_speeches', 'GET /organization/usage/audio_speeches', 'json',
        'Get audio speeches usage details for the organization.',
        'usage-audio-speeches start_time=1',
        (
            _Arg('start_time', 'start_time', 'start_time', 'query', 'integer', 'int', True, False, False, False, None, 'Start time (Unix seconds) of the query time range, inclusive.'),
            _Arg('end_time', 'end_time', 'end_time', 'query', 'integer', 'int', False, False, False, False, None, 'End time (Unix seconds) of the query time range, exclusive.'),
            _Arg('bucket_width', 'bucket_width', 'bucket_width', 'query', 'string', "Literal['1m', '1h', '1d'] | str", False, False, False, False, '"1d"', 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.'),
            _Arg('project_ids', 'project_ids', 'project_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these projects.'),
            _Arg('user_ids', 'user_ids', 'user_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these users.'),
            _Arg('api_key_ids', 'api_key_ids', 'api_key_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these API keys.'),
            _Arg('models', 'models', 'models', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these models.'),
            _Arg('group_by', 'group_by', 'group_by', 'query', 'array', "list[Literal['project_id', 'user_id', 'api_key_id', 'model'] | str]", False, False, False, False, None, 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440'),
            _Arg('page', 'page', 'page', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.'),
        ),
        None,
    ),
    _Op(
        'usage-audio-transcriptions', 'usage-audio-transcriptions', 'usage', 'usage_audio_transcriptions', 'GET /organization/usage/audio_transcriptions', 'json',
        'Get audio transcriptions usage details for the organization.',
        'usage-audio-transcriptions start_time=1',
        (
            _Arg('start_time', 'start_time', 'start_time', 'query', 'integer', 'int', True, False, False, False, None, 'Start time (Unix seconds) of the query time range, inclusive.'),
            _Arg('end_time', 'end_time', 'end_time', 'query', 'integer', 'int', False, False, False, False, None, 'End time (Unix seconds) of the query time range, exclusive.'),
            _Arg('bucket_width', 'bucket_width', 'bucket_width', 'query', 'string', "Literal['1m', '1h', '1d'] | str", False, False, False, False, '"1d"', 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.'),
            _Arg('project_ids', 'project_ids', 'project_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these projects.'),
            _Arg('user_ids', 'user_ids', 'user_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these users.'),
            _Arg('api_key_ids', 'api_key_ids', 'api_key_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these API keys.'),
            _Arg('models', 'models', 'models', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these models.'),
            _Arg('group_by', 'group_by', 'group_by', 'query', 'array', "list[Literal['project_id', 'user_id', 'api_key_id', 'model'] | str]", False, False, False, False, None, 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440'),
            _Arg('page', 'page', 'page', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.'),
        ),
        None,
    ),
    _Op(
        'usage-code-interpreter-sessions', 'usage-code-interpreter-sessions', 'usage', 'usage_code_interpreter_sessions', 'GET /organization/usage/code_interpreter_sessions', 'json',
        'Get code interpreter sessions usage details for the organization.',
        'usage-code-interpreter-sessions start_time=1',
        (
            _Arg('start_time', 'start_time', 'start_time', 'query', 'integer', 'int', True, False, False, False, None, 'Start time (Unix seconds) of the query time range, inclusive.'),
            _Arg('end_time', 'end_time', 'end_time', 'query', 'integer', 'int', False, False, False, False, None, 'End time (Unix seconds) of the query time range, exclusive.'),
            _Arg('bucket_width', 'bucket_width', 'bucket_width', 'query', 'string', "Literal['1m', '1h', '1d'] | str", False, False, False, False, '"1d"', 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.'),
            _Arg('project_ids', 'project_ids', 'project_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these projects.'),
            _Arg('group_by', 'group_by', 'group_by', 'query', 'array', "list[Literal['project_id']]", False, False, False, False, None, 'Group the usage data by the specified fields. Support fields include `project_id`.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440'),
            _Arg('page', 'page', 'page', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.'),
        ),
        None,
    ),
    _Op(
        'usage-completions', 'usage-completions', 'usage', 'usage_completions', 'GET /organization/usage/completions', 'json',
        'Get completions usage details for the organization.',
        'usage-completions start_time=1',
        (
            _Arg('start_time', 'start_time', 'start_time', 'query', 'integer', 'int', True, False, False, False, None, 'Start time (Unix seconds) of the query time range, inclusive.'),
            _Arg('end_time', 'end_time', 'end_time', 'query', 'integer', 'int', False, False, False, False, None, 'End time (Unix seconds) of the query time range, exclusive.'),
            _Arg('bucket_width', 'bucket_width', 'bucket_width', 'query', 'string', "Literal['1m', '1h', '1d'] | str", False, False, False, False, '"1d"', 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.'),
            _Arg('project_ids', 'project_ids', 'project_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these projects.'),
            _Arg('user_ids', 'user_ids', 'user_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these users.'),
            _Arg('api_key_ids', 'api_key_ids', 'api_key_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these API keys.'),
            _Arg('models', 'models', 'models', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these models.'),
            _Arg('batch', 'batch', 'batch', 'query', 'boolean', 'bool', False, False, False, False, None, 'If `true`, return batch jobs only. If `false`, return non-batch jobs only. By default, return both.'),
            _Arg('group_by', 'group_by', 'group_by', 'query', 'array', "list[Literal['project_id', 'user_id', 'api_key_id', 'model', 'batch', 'service_tier'] | str]", False, False, False, False, None, 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `batch`, `service_tier` or any combination of them.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440'),
            _Arg('page', 'page', 'page', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.'),
        ),
        None,
    ),
    _Op(
        'usage-embeddings', 'usage-embeddings', 'usage', 'usage_embeddings', 'GET /organization/usage/embeddings', 'json',
        'Get embeddings usage details for the organization.',
        'usage-embeddings start_time=1',
        (
            _Arg('start_time', 'start_time', 'start_time', 'query', 'integer', 'int', True, False, False, False, None, 'Start time (Unix seconds) of the query time range, inclusive.'),
            _Arg('end_time', 'end_time', 'end_time', 'query', 'integer', 'int', False, False, False, False, None, 'End time (Unix seconds) of the query time range, exclusive.'),
            _Arg('bucket_width', 'bucket_width', 'bucket_width', 'query', 'string', "Literal['1m', '1h', '1d'] | str", False, False, False, False, '"1d"', 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.'),
            _Arg('project_ids', 'project_ids', 'project_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these projects.'),
            _Arg('user_ids', 'user_ids', 'user_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these users.'),
            _Arg('api_key_ids', 'api_key_ids', 'api_key_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these API keys.'),
            _Arg('models', 'models', 'models', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these models.'),
            _Arg('group_by', 'group_by', 'group_by', 'query', 'array', "list[Literal['project_id', 'user_id', 'api_key_id', 'model'] | str]", False, False, False, False, None, 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440'),
            _Arg('page', 'page', 'page', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.'),
        ),
        None,
    ),
    _Op(
        'usage-file-search-calls', 'usage-file-search-calls', 'usage', 'usage_file_search_calls', 'GET /organization/usage/file_search_calls', 'json',
        'Get file search calls usage details for the organization.',
        'usage-file-search-calls start_time=1',
        (
            _Arg('start_time', 'start_time', 'start_time', 'query', 'integer', 'int', True, False, False, False, None, 'Start time (Unix seconds) of the query time range, inclusive.'),
            _Arg('end_time', 'end_time', 'end_time', 'query', 'integer', 'int', False, False, False, False, None, 'End time (Unix seconds) of the query time range, exclusive.'),
            _Arg('bucket_width', 'bucket_width', 'bucket_width', 'query', 'string', "Literal['1m', '1h', '1d'] | str", False, False, False, False, '"1d"', 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.'),
            _Arg('project_ids', 'project_ids', 'project_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these projects.'),
            _Arg('user_ids', 'user_ids', 'user_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these users.'),
            _Arg('api_key_ids', 'api_key_ids', 'api_key_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these API keys.'),
            _Arg('vector_store_ids', 'vector_store_ids', 'vector_store_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these vector stores.'),
            _Arg('group_by', 'group_by', 'group_by', 'query', 'array', "list[Literal['project_id', 'user_id', 'api_key_id', 'vector_store_id'] | str]", False, False, False, False, None, 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any combination of them.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440'),
            _Arg('page', 'page', 'page', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.'),
        ),
        None,
    ),
    _Op(
        'usage-images', 'usage-images', 'usage', 'usage_images', 'GET /organization/usage/images', 'json',
        'Get images usage details for the organization.',
        'usage-images start_time=1',
        (
            _Arg('start_time', 'start_time', 'start_time', 'query', 'integer', 'int', True, False, False, False, None, 'Start time (Unix seconds) of the query time range, inclusive.'),
            _Arg('end_time', 'end_time', 'end_time', 'query', 'integer', 'int', False, False, False, False, None, 'End time (Unix seconds) of the query time range, exclusive.'),
            _Arg('bucket_width', 'bucket_width', 'bucket_width', 'query', 'string', "Literal['1m', '1h', '1d'] | str", False, False, False, False, '"1d"', 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.'),
            _Arg('sources', 'sources', 'sources', 'query', 'array', "list[Literal['image.generation', 'image.edit', 'image.variation'] | str]", False, False, False, False, None, 'Return only usages for these sources. Possible values are `image.generation`, `image.edit`, `image.variation` or any combination of them.'),
            _Arg('sizes', 'sizes', 'sizes', 'query', 'array', "list[Literal['256x256', '512x512', '1024x1024', '1792x1792', '1024x1792'] | str]", False, False, False, False, None, 'Return only usages for these image sizes. Possible values are `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any combination of them.'),
            _Arg('project_ids', 'project_ids', 'project_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these projects.'),
            _Arg('user_ids', 'user_ids', 'user_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these users.'),
            _Arg('api_key_ids', 'api_key_ids', 'api_key_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these API keys.'),
            _Arg('models', 'models', 'models', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these models.'),
            _Arg('group_by', 'group_by', 'group_by', 'query', 'array', "list[Literal['project_id', 'user_id', 'api_key_id', 'model', 'size', 'source'] | str]", False, False, False, False, None, 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source` or any combination of them.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440'),
            _Arg('page', 'page', 'page', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.'),
        ),
        None,
    ),
    _Op(
        'usage-moderations', 'usage-moderations', 'usage', 'usage_moderations', 'GET /organization/usage/moderations', 'json',
        'Get moderations usage details for the organization.',
        'usage-moderations start_time=1',
        (
            _Arg('start_time', 'start_time', 'start_time', 'query', 'integer', 'int', True, False, False, False, None, 'Start time (Unix seconds) of the query time range, inclusive.'),
            _Arg('end_time', 'end_time', 'end_time', 'query', 'integer', 'int', False, False, False, False, None, 'End time (Unix seconds) of the query time range, exclusive.'),
            _Arg('bucket_width', 'bucket_width', 'bucket_width', 'query', 'string', "Literal['1m', '1h', '1d'] | str", False, False, False, False, '"1d"', 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.'),
            _Arg('project_ids', 'project_ids', 'project_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these projects.'),
            _Arg('user_ids', 'user_ids', 'user_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these users.'),
            _Arg('api_key_ids', 'api_key_ids', 'api_key_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these API keys.'),
            _Arg('models', 'models', 'models', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these models.'),
            _Arg('group_by', 'group_by', 'group_by', 'query', 'array', "list[Literal['project_id', 'user_id', 'api_key_id', 'model'] | str]", False, False, False, False, None, 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440'),
            _Arg('page', 'page', 'page', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.'),
        ),
        None,
    ),
    _Op(
        'usage-vector-stores', 'usage-vector-stores', 'usage', 'usage_vector_stores', 'GET /organization/usage/vector_stores', 'json',
        'Get vector stores usage details for the organization.',
        'usage-vector-stores start_time=1',
        (
            _Arg('start_time', 'start_time', 'start_time', 'query', 'integer', 'int', True, False, False, False, None, 'Start time (Unix seconds) of the query time range, inclusive.'),
            _Arg('end_time', 'end_time', 'end_time', 'query', 'integer', 'int', False, False, False, False, None, 'End time (Unix seconds) of the query time range, exclusive.'),
            _Arg('bucket_width', 'bucket_width', 'bucket_width', 'query', 'string', "Literal['1m', '1h', '1d'] | str", False, False, False, False, '"1d"', 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.'),
            _Arg('project_ids', 'project_ids', 'project_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these projects.'),
            _Arg('group_by', 'group_by', 'group_by', 'query', 'array', "list[Literal['project_id']]", False, False, False, False, None, 'Group the usage data by the specified fields. Support fields include `project_id`.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440'),
            _Arg('page', 'page', 'page', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.'),
        ),
        None,
    ),
    _Op(
        'usage-web-search-calls', 'usage-web-search-calls', 'usage', 'usage_web_search_calls', 'GET /organization/usage/web_search_calls', 'json',
        'Get web search calls usage details for the organization.',
        'usage-web-search-calls start_time=1',
        (
            _Arg('start_time', 'start_time', 'start_time', 'query', 'integer', 'int', True, False, False, False, None, 'Start time (Unix seconds) of the query time range, inclusive.'),
            _Arg('end_time', 'end_time', 'end_time', 'query', 'integer', 'int', False, False, False, False, None, 'End time (Unix seconds) of the query time range, exclusive.'),
            _Arg('bucket_width', 'bucket_width', 'bucket_width', 'query', 'string', "Literal['1m', '1h', '1d'] | str", False, False, False, False, '"1d"', 'Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.'),
            _Arg('project_ids', 'project_ids', 'project_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these projects.'),
            _Arg('user_ids', 'user_ids', 'user_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these users.'),
            _Arg('api_key_ids', 'api_key_ids', 'api_key_ids', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these API keys.'),
            _Arg('models', 'models', 'models', 'query', 'array', 'list[str]', False, False, False, False, None, 'Return only usage for these models.'),
            _Arg('context_levels', 'context_levels', 'context_levels', 'query', 'array', "list[Literal['low', 'medium', 'high'] | str]", False, False, False, False, None, 'Return only web search usage for these context levels.'),
            _Arg('group_by', 'group_by', 'group_by', 'query', 'array', "list[Literal['project_id', 'user_id', 'api_key_id', 'model', 'context_level'] | str]", False, False, False, False, None, 'Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `context_level` or any combination of them.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440'),
            _Arg('page', 'page', 'page', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.'),
        ),
        None,
    ),
    _Op(
        'retrieve-organization-data-retention', 'retrieve-organization-data-retention', 'data_retention', 'retrieve_organization_data_retention', 'GET /organization/data_retention', 'json',
        'Retrieves organization data retention controls.',
        'retrieve-organization-data-retention',
        (),
        None,
    ),
    _Op(
        'update-organization-data-retention', 'update-organization-data-retention', 'data_retention', 'update_organization_data_retention', 'POST /organization/data_retention', 'json',
        'Updates organization data retention controls.',
        'update-organization-data-retention retention_type=zero_data_retention',
        (
            _Arg('retention_type', 'retention_type', 'retention_type', 'field', 'string', "Literal['zero_data_retention', 'modified_abuse_monitoring', 'enhanced_zero_data_retention', 'enhanced_modified_abuse_monitoring'] | str", True, False, False, False, None, 'The desired organization data retention type.'),
        ),
        _Body('json', 'object', 'UpdateOrganizationDataRetentionBody', False, 'The desired organization data retention setting.'),
    ),
    _Op(
        'retrieve-project-data-retention', 'retrieve-project-data-retention', 'data_retention', 'retrieve_project_data_retention', 'GET /organization/projects/{project_id}/data_retention', 'json',
        'Retrieves project data retention controls.',
        'retrieve-project-data-retention project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to inspect.'),
        ),
        None,
    ),
    _Op(
        'update-project-data-retention', 'update-project-data-retention', 'data_retention', 'update_project_data_retention', 'POST /organization/projects/{project_id}/data_retention', 'json',
        'Updates project data retention controls.',
        'update-project-data-retention project_id=string retention_type=organization_default',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to update.'),
            _Arg('retention_type', 'retention_type', 'retention_type', 'field', 'string', "Literal['organization_default', 'none', 'zero_data_retention', 'modified_abuse_monitoring', 'enhanced_zero_data_retention', 'enhanced_modified_abuse_monitoring'] | str", True, False, False, False, None, 'The desired project data retention type.'),
        ),
        _Body('json', 'object', 'UpdateProjectDataRetentionBody', False, 'The desired project data retention setting.'),
    ),
    _Op(
        'list-groups', 'list-groups', 'groups', 'list_groups', 'GET /organization/groups', 'json',
        'Lists all groups in the organization.',
        'list-groups',
        (
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '100', 'A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"asc"', 'Specifies the sort order of the returned groups.'),
        ),
        None,
    ),
    _Op(
        'create-group', 'create-group', 'groups', 'create_group', 'POST /organization/groups', 'json',
        'Creates a new group in the organization.',
        'create-group name=string',
        (
            _Arg('name', 'name', 'name', 'field', 'string', 'str', True, False, False, False, None, 'Human readable name for the group.'),
        ),
        _Body('json', 'object', 'CreateGroupBody', False, 'Parameters for the group you want to create.'),
    ),
    _Op(
        'retrieve-group', 'retrieve-group', 'groups', 'retrieve_group', 'GET /organization/groups/{group_id}', 'json',
        'Retrieves a group.',
        'retrieve-group group_id=string',
        (
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group to retrieve.'),
        ),
        None,
    ),
    _Op(
        'update-group', 'update-group', 'groups', 'update_group', 'POST /organization/groups/{group_id}', 'json',
        "Updates a group's information.",
        'update-group group_id=string name=string',
        (
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group to update.'),
            _Arg('name', 'name', 'name', 'field', 'string', 'str', True, False, False, False, None, 'New display name for the group.'),
        ),
        _Body('json', 'object', 'UpdateGroupBody', False, 'New attributes to set on the group.'),
    ),
    _Op(
        'delete-group', 'delete-group', 'groups', 'delete_group', 'DELETE /organization/groups/{group_id}', 'json',
        'Deletes a group from the organization.',
        'delete-group group_id=string',
        (
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group to delete.'),
        ),
        None,
    ),
    _Op(
        'list-group-role-assignments', 'list-group-role-assignments', 'group_organization_role_assignments', 'list_group_role_assignments', 'GET /organization/groups/{group_id}/roles', 'json',
        'Lists the organization roles assigned to a group within the organization.',
        'list-group-role-assignments group_id=string',
        (
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group whose organization role assignments you want to list.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'A limit on the number of organization role assignments to return.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, "Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles."),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, None, 'Sort order for the returned organization roles.'),
        ),
        None,
    ),
    _Op(
        'assign-group-role', 'assign-group-role', 'group_organization_role_assignments', 'assign_group_role', 'POST /organization/groups/{group_id}/roles', 'json',
        'Assigns an organization role to a group within the organization.',
        'assign-group-role group_id=string role_id=string',
        (
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group that should receive the organization role.'),
            _Arg('role_id', 'role_id', 'role_id', 'field', 'string', 'str', True, False, False, False, None, 'Identifier of the role to assign.'),
        ),
        _Body('json', 'object', 'PublicAssignOrganizationGroupRoleBody', False, 'Identifies the organization role to assign to the group.'),
    ),
    _Op(
        'retrieve-group-role', 'retrieve-group-role', 'group_organization_role_assignments', 'retrieve_group_role', 'GET /organization/groups/{group_id}/roles/{role_id}', 'json',
        'Retrieves an organization role assigned to a group.',
        'retrieve-group-role group_id=string role_id=string',
        (
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group to inspect.'),
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the organization role to retrieve for the group.'),
        ),
        None,
    ),
    _Op(
        'unassign-group-role', 'unassign-group-role', 'group_organization_role_assignments', 'unassign_group_role', 'DELETE /organization/groups/{group_id}/roles/{role_id}', 'json',
        'Unassigns an organization role from a group within the organization.',
        'unassign-group-role group_id=string role_id=string',
        (
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group to modify.'),
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the organization role to remove from the group.'),
        ),
        None,
    ),
    _Op(
        'list-group-users', 'list-group-users', 'group_users', 'list_group_users', 'GET /organization/groups/{group_id}/users', 'json',
        'Lists the users assigned to a group.',
        'list-group-users group_id=string',
        (
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group to inspect.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '100', 'A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is 100.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. Provide the ID of the last user from the previous list response to retrieve the next page.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"desc"', 'Specifies the sort order of users in the list.'),
        ),
        None,
    ),
    _Op(
        'add-group-user', 'add-group-user', 'group_users', 'add_group_user', 'POST /organization/groups/{group_id}/users', 'json',
        'Adds a user to a group.',
        'add-group-user group_id=string user_id=string',
        (
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group to update.'),
            _Arg('user_id', 'user_id', 'user_id', 'field', 'string', 'str', True, False, False, False, None, 'Identifier of the user to add to the group.'),
        ),
        _Body('json', 'object', 'CreateGroupUserBody', False, 'Identifies the user that should be added to the group.'),
    ),
    _Op(
        'retrieve-group-user', 'retrieve-group-user', 'group_users', 'retrieve_group_user', 'GET /organization/groups/{group_id}/users/{user_id}', 'json',
        'Retrieves a user in a group.',
        'retrieve-group-user group_id=string user_id=string',
        (
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group to inspect.'),
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user to retrieve from the group.'),
        ),
        None,
    ),
    _Op(
        'remove-group-user', 'remove-group-user', 'group_users', 'remove_group_user', 'DELETE /organization/groups/{group_id}/users/{user_id}', 'json',
        'Removes a user from a group.',
        'remove-group-user group_id=string user_id=string',
        (
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group to update.'),
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user to remove from the group.'),
        ),
        None,
    ),
    _Op(
        'list-invites', 'list-invites', 'invites', 'list_invites', 'GET /organization/invites', 'json',
        'Returns a list of invites in the organization.',
        'list-invites',
        (
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
        ),
        None,
    ),
    _Op(
        'invite-user', 'inviteUser', 'invites', 'invite_user', 'POST /organization/invites', 'json',
        'Create an invite for a user to the organization. The invite must be accepted by the user before they have access to the organization.',
        'invite-user email=string role=reader',
        (
            _Arg('email', 'email', 'email', 'field', 'string', 'str', True, False, False, False, None, 'Send an email to this address'),
            _Arg('role', 'role', 'role', 'field', 'string', "Literal['reader', 'owner'] | str", True, False, False, False, None, '`owner` or `reader`'),
            _Arg('projects', 'projects', 'projects', 'field', 'array', 'list[InviteRequestProjectsItem]', False, False, False, False, None, 'An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one.'),
        ),
        _Body('json', 'object', 'InviteRequest', False, 'The invite request payload.'),
    ),
    _Op(
        'retrieve-invite', 'retrieve-invite', 'invites', 'retrieve_invite', 'GET /organization/invites/{invite_id}', 'json',
        'Retrieves an invite.',
        'retrieve-invite invite_id=string',
        (
            _Arg('invite_id', 'invite_id', 'invite_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the invite to retrieve.'),
        ),
        None,
    ),
    _Op(
        'delete-invite', 'delete-invite', 'invites', 'delete_invite', 'DELETE /organization/invites/{invite_id}', 'json',
        'Delete an invite. If the invite has already been accepted, it cannot be deleted.',
        'delete-invite invite_id=string',
        (
            _Arg('invite_id', 'invite_id', 'invite_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the invite to delete.'),
        ),
        None,
    ),
    _Op(
        'list-projects', 'list-projects', 'projects', 'list_projects', 'GET /organization/projects', 'json',
        'Returns a list of projects.',
        'list-projects',
        (
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('include_archived', 'include_archived', 'include_archived', 'query', 'boolean', 'bool', False, False, False, False, 'false', 'If `true` returns all projects including those that have been `archived`. Archived projects are not included by default.'),
        ),
        None,
    ),
    _Op(
        'create-project', 'create-project', 'projects', 'create_project', 'POST /organization/projects', 'json',
        'Create a new project in the organization. Projects can be created and archived, but cannot be deleted.',
        'create-project name=string',
        (
            _Arg('name', 'name', 'name', 'field', 'string', 'str', True, False, False, False, None, 'The friendly name of the project, this name appears in reports.'),
            _Arg('residency', 'residency', 'residency', 'field', 'any', 'PublicProjectResidency | None', False, True, False, False, None, 'Create the project with the specified residency configuration. Your organization must have access to the requested residency configuration in order to use it. See [data residency controls](https://api.openai.com/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field.'),
            _Arg('external_key_id', 'external_key_id', 'external_key_id', 'field', 'string', 'str | None', False, True, False, False, None, 'External key ID to associate with the project.'),
        ),
        _Body('json', 'object', 'ProjectCreateRequest', False, 'The project create request payload.'),
    ),
    _Op(
        'retrieve-project', 'retrieve-project', 'projects', 'retrieve_project', 'GET /organization/projects/{project_id}', 'json',
        'Retrieves a project.',
        'retrieve-project project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
        ),
        None,
    ),
    _Op(
        'modify-project', 'modify-project', 'projects', 'modify_project', 'POST /organization/projects/{project_id}', 'json',
        'Modifies a project in the organization.',
        'modify-project project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('name', 'name', 'name', 'field', 'string', 'str | None', False, True, False, False, None, 'The updated name of the project, this name appears in reports.'),
            _Arg('external_key_id', 'external_key_id', 'external_key_id', 'field', 'string', 'str | None', False, True, False, False, None, 'External key ID to associate with the project.'),
        ),
        _Body('json', 'object', 'ProjectUpdateRequest', False, 'The project update request payload.'),
    ),
    _Op(
        'list-project-api-keys', 'list-project-api-keys', 'projects', 'list_project_api_keys', 'GET /organization/projects/{project_id}/api_keys', 'json',
        'Returns a list of API keys in the project.',
        'list-project-api-keys project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('owner_project_access', 'owner_project_access', 'owner_project_access', 'query', 'string', "Literal['active', 'inactive', 'any'] | str", False, False, False, False, None, 'Filter API keys by whether the owner currently has effective access to the project. Use `active` for owners with access, `inactive` for owners without access, or `any` for all enabled project API keys. If omitted, the endpoint applies its existing membership-based visibility rules, which may exclude some enabled keys.'),
        ),
        None,
    ),
    _Op(
        'retrieve-project-api-key', 'retrieve-project-api-key', 'projects', 'retrieve_project_api_key', 'GET /organization/projects/{project_id}/api_keys/{api_key_id}', 'json',
        'Retrieves an API key in the project.',
        'retrieve-project-api-key project_id=string api_key_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('api_key_id', 'api_key_id', 'api_key_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the API key.'),
        ),
        None,
    ),
    _Op(
        'delete-project-api-key', 'delete-project-api-key', 'projects', 'delete_project_api_key', 'DELETE /organization/projects/{project_id}/api_keys/{api_key_id}', 'json',
        'Deletes an API key from the project. Returns confirmation of the key deletion, or an error if the key belonged to a service account.',
        'delete-project-api-key project_id=string api_key_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('api_key_id', 'api_key_id', 'api_key_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the API key.'),
        ),
        None,
    ),
    _Op(
        'archive-project', 'archive-project', 'projects', 'archive_project', 'POST /organization/projects/{project_id}/archive', 'json',
        'Archives a project in the organization. Archived projects cannot be used or updated.',
        'archive-project project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
        ),
        None,
    ),
    _Op(
        'retrieve-project-model-permissions', 'retrieve-project-model-permissions', 'projects', 'retrieve_project_model_permissions', 'GET /organization/projects/{project_id}/model_permissions', 'json',
        'Returns model permissions for a project.',
        'retrieve-project-model-permissions project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
        ),
        None,
    ),
    _Op(
        'update-project-model-permissions', 'update-project-model-permissions', 'projects', 'update_project_model_permissions', 'POST /organization/projects/{project_id}/model_permissions', 'json',
        'Updates model permissions for a project.',
        'update-project-model-permissions project_id=string mode=allow_list model_ids:=\'["string"]\'',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('mode', 'mode', 'mode', 'field', 'string', "Literal['allow_list', 'deny_list'] | str", True, False, False, False, None, 'The model permissions mode to apply.'),
            _Arg('model_ids', 'model_ids', 'model_ids', 'field', 'array', 'list[str]', True, False, False, False, None, 'The model IDs included in this permissions policy.'),
        ),
        _Body('json', 'object', 'ProjectModelPermissionsUpdateRequest', False, 'The project model permissions update request payload.'),
    ),
    _Op(
        'delete-project-model-permissions', 'delete-project-model-permissions', 'projects', 'delete_project_model_permissions', 'DELETE /organization/projects/{project_id}/model_permissions', 'json',
        'Deletes model permissions for a project.',
        'delete-project-model-permissions project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
        ),
        None,
    ),
    _Op(
        'list-project-rate-limits', 'list-project-rate-limits', 'projects', 'list_project_rate_limits', 'GET /organization/projects/{project_id}/rate_limits', 'json',
        'Returns the rate limits per model for a project.',
        'list-project-rate-limits project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '100', 'A limit on the number of objects to be returned. The default is 100.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('before', 'before', 'before', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.'),
        ),
        None,
    ),
    _Op(
        'update-project-rate-limits', 'update-project-rate-limits', 'projects', 'update_project_rate_limits', 'POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}', 'json',
        'Updates a project rate limit.',
        'update-project-rate-limits project_id=string rate_limit_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('rate_limit_id', 'rate_limit_id', 'rate_limit_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the rate limit.'),
            _Arg('max_requests_per_1_minute', 'max_requests_per_1_minute', 'max_requests_per_1_minute', 'field', 'integer', 'int', False, False, False, False, None, 'The maximum requests per minute.'),
            _Arg('max_tokens_per_1_minute', 'max_tokens_per_1_minute', 'max_tokens_per_1_minute', 'field', 'integer', 'int', False, False, False, False, None, 'The maximum tokens per minute.'),
            _Arg('max_images_per_1_minute', 'max_images_per_1_minute', 'max_images_per_1_minute', 'field', 'integer', 'int', False, False, False, False, None, 'The maximum images per minute. Only relevant for certain models.'),
            _Arg('max_audio_megabytes_per_1_minute', 'max_audio_megabytes_per_1_minute', 'max_audio_megabytes_per_1_minute', 'field', 'integer', 'int', False, False, False, False, None, 'The maximum audio megabytes per minute. Only relevant for certain models.'),
            _Arg('max_requests_per_1_day', 'max_requests_per_1_day', 'max_requests_per_1_day', 'field', 'integer', 'int', False, False, False, False, None, 'The maximum requests per day. Only relevant for certain models.'),
            _Arg('batch_1_day_max_input_tokens', 'batch_1_day_max_input_tokens', 'batch_1_day_max_input_tokens', 'field', 'integer', 'int', False, False, False, False, None, 'The maximum batch input tokens per day. Only relevant for certain models.'),
        ),
        _Body('json', 'object', 'ProjectRateLimitUpdateRequest', False, 'The project rate limit update request payload.'),
    ),
    _Op(
        'list-project-service-accounts', 'list-project-service-accounts', 'projects', 'list_project_service_accounts', 'GET /organization/projects/{project_id}/service_accounts', 'json',
        'Returns a list of service accounts in the project.',
        'list-project-service-accounts project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
        ),
        None,
    ),
    _Op(
        'create-project-service-account', 'create-project-service-account', 'projects', 'create_project_service_account', 'POST /organization/projects/{project_id}/service_accounts', 'json',
        'Creates a new service account in the project. By default, this also returns an unredacted API key for the service account.',
        'create-project-service-account project_id=string name=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('name', 'name', 'name', 'field', 'string', 'str', True, False, False, False, None, 'The name of the service account being created.'),
            _Arg('create_service_account_only', 'create_service_account_only', 'create_service_account_only', 'field', 'boolean', 'bool | None', False, True, False, False, None, ''),
        ),
        _Body('json', 'object', 'ProjectServiceAccountCreateRequest', False, 'The project service account create request payload.'),
    ),
    _Op(
        'retrieve-project-service-account', 'retrieve-project-service-account', 'projects', 'retrieve_project_service_account', 'GET /organization/projects/{project_id}/service_accounts/{service_account_id}', 'json',
        'Retrieves a service account in the project.',
        'retrieve-project-service-account project_id=string service_account_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('service_account_id', 'service_account_id', 'service_account_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the service account.'),
        ),
        None,
    ),
    _Op(
        'update-project-service-account', 'update-project-service-account', 'projects', 'update_project_service_account', 'POST /organization/projects/{project_id}/service_accounts/{service_account_id}', 'json',
        'Updates a service account in the project.',
        'update-project-service-account project_id=string service_account_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('service_account_id', 'service_account_id', 'service_account_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the service account.'),
            _Arg('name', 'name', 'name', 'field', 'string', 'str', False, False, False, False, None, 'The updated service account name.'),
            _Arg('role', 'role', 'role', 'field', 'string', "Literal['member', 'owner'] | str", False, False, False, False, None, 'The updated service account role.'),
        ),
        _Body('json', 'object', 'UpdateProjectServiceAccountBody', False, 'Fields to update on the service account.'),
    ),
    _Op(
        'delete-project-service-account', 'delete-project-service-account', 'projects', 'delete_project_service_account', 'DELETE /organization/projects/{project_id}/service_accounts/{service_account_id}', 'json',
        'Deletes a service account from the project. Returns confirmation of service account deletion, or an error if the project is archived (archived projects have no service accounts).',
        'delete-project-service-account project_id=string service_account_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('service_account_id', 'service_account_id', 'service_account_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the service account.'),
        ),
        None,
    ),
    _Op(
        'list-project-users', 'list-project-users', 'projects', 'list_project_users', 'GET /organization/projects/{project_id}/users', 'json',
        'Returns a list of users in the project.',
        'list-project-users project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
        ),
        None,
    ),
    _Op(
        'create-project-user', 'create-project-user', 'projects', 'create_project_user', 'POST /organization/projects/{project_id}/users', 'json',
        'Adds a user to the project. Users must already be members of the organization to be added to a project.',
        'create-project-user project_id=string role=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('user_id', 'user_id', 'user_id', 'field', 'string', 'str | None', False, True, False, False, None, 'The ID of the user.'),
            _Arg('email', 'email', 'email', 'field', 'string', 'str | None', False, True, False, False, None, 'Email of the user to add.'),
            _Arg('role', 'role', 'role', 'field', 'string', 'str', True, False, False, False, None, '`owner` or `member`'),
        ),
        _Body('json', 'object', 'ProjectUserCreateRequest', False, 'The project user create request payload.'),
    ),
    _Op(
        'retrieve-project-user', 'retrieve-project-user', 'projects', 'retrieve_project_user', 'GET /organization/projects/{project_id}/users/{user_id}', 'json',
        'Retrieves a user in the project.',
        'retrieve-project-user project_id=string user_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user.'),
        ),
        None,
    ),
    _Op(
        'modify-project-user', 'modify-project-user', 'projects', 'modify_project_user', 'POST /organization/projects/{project_id}/users/{user_id}', 'json',
        "Modifies a user's role in the project.",
        'modify-project-user project_id=string user_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user.'),
            _Arg('role', 'role', 'role', 'field', 'string', 'str | None', False, True, False, False, None, '`owner` or `member`'),
        ),
        _Body('json', 'object', 'ProjectUserUpdateRequest', False, 'The project user update request payload.'),
    ),
    _Op(
        'delete-project-user', 'delete-project-user', 'projects', 'delete_project_user', 'DELETE /organization/projects/{project_id}/users/{user_id}', 'json',
        'Deletes a user from the project. Returns confirmation of project user deletion, or an error if the project is archived (archived projects have no users).',
        'delete-project-user project_id=string user_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user.'),
        ),
        None,
    ),
    _Op(
        'list-project-groups', 'list-project-groups', 'project_groups', 'list_project_groups', 'GET /organization/projects/{project_id}/groups', 'json',
        'Lists the groups that have access to a project.',
        'list-project-groups project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to inspect.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of project groups to return. Defaults to 20.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next page.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"asc"', 'Sort order for the returned groups.'),
        ),
        None,
    ),
    _Op(
        'add-project-group', 'add-project-group', 'project_groups', 'add_project_group', 'POST /organization/projects/{project_id}/groups', 'json',
        'Grants a group access to a project.',
        'add-project-group project_id=string group_id=string role=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to update.'),
            _Arg('group_id', 'group_id', 'group_id', 'field', 'string', 'str', True, False, False, False, None, 'Identifier of the group to add to the project.'),
            _Arg('role', 'role', 'role', 'field', 'string', 'str', True, False, False, False, None, 'Identifier of the project role to grant to the group.'),
        ),
        _Body('json', 'object', 'InviteProjectGroupBody', False, 'Identifies the group and role to assign to the project.'),
    ),
    _Op(
        'retrieve-project-group', 'retrieve-project-group', 'project_groups', 'retrieve_project_group', 'GET /organization/projects/{project_id}/groups/{group_id}', 'json',
        "Retrieves a project's group.",
        'retrieve-project-group project_id=string group_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to inspect.'),
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group to retrieve.'),
            _Arg('group_type', 'group_type', 'group_type', 'query', 'string', "Literal['group', 'tenant_group'] | str", False, False, False, False, '"group"', 'The type of group to retrieve.'),
        ),
        None,
    ),
    _Op(
        'remove-project-group', 'remove-project-group', 'project_groups', 'remove_project_group', 'DELETE /organization/projects/{project_id}/groups/{group_id}', 'json',
        "Revokes a group's access to a project.",
        'remove-project-group project_id=string group_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to update.'),
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group to remove from the project.'),
        ),
        None,
    ),
    _Op(
        'retrieve-project-hosted-tool-permissions', 'retrieve-project-hosted-tool-permissions', 'hosted_tools', 'retrieve_project_hosted_tool_permissions', 'GET /organization/projects/{project_id}/hosted_tool_permissions', 'json',
        'Returns hosted tool permissions for a project.',
        'retrieve-project-hosted-tool-permissions project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
        ),
        None,
    ),
    _Op(
        'update-project-hosted-tool-permissions', 'update-project-hosted-tool-permissions', 'hosted_tools', 'update_project_hosted_tool_permissions', 'POST /organization/projects/{project_id}/hosted_tool_permissions', 'json',
        'Updates hosted tool permissions for a project.',
        'update-project-hosted-tool-permissions project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('file_search', 'file_search', 'file_search', 'field', 'object', 'HostedToolPermissionUpdate | None', False, True, False, False, None, 'The file search permission update.'),
            _Arg('web_search', 'web_search', 'web_search', 'field', 'object', 'HostedToolPermissionUpdate | None', False, True, False, False, None, 'The web search permission update.'),
            _Arg('image_generation', 'image_generation', 'image_generation', 'field', 'object', 'HostedToolPermissionUpdate | None', False, True, False, False, None, 'The image generation permission update.'),
            _Arg('mcp', 'mcp', 'mcp', 'field', 'object', 'HostedToolPermissionUpdate | None', False, True, False, False, None, 'The MCP permission update.'),
            _Arg('code_interpreter', 'code_interpreter', 'code_interpreter', 'field', 'object', 'HostedToolPermissionUpdate | None', False, True, False, False, None, 'The code interpreter permission update.'),
        ),
        _Body('json', 'object', 'ProjectHostedToolPermissionsUpdateRequest', False, 'The project hosted tool permissions update request payload.'),
    ),
    _Op(
        'list-project-spend-alerts', 'list-project-spend-alerts', 'spend_alerts', 'list_project_spend_alerts', 'GET /organization/projects/{project_id}/spend_alerts', 'json',
        'Lists project spend alerts.',
        'list-project-spend-alerts project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to inspect.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'A limit on the number of spend alerts to return. Defaults to 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"asc"', 'Sort order for the returned spend alerts.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.'),
            _Arg('before', 'before', 'before', 'query', 'string', 'str', False, False, False, False, None, 'Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.'),
        ),
        None,
    ),
    _Op(
        'create-project-spend-alert', 'create-project-spend-alert', 'spend_alerts', 'create_project_spend_alert', 'POST /organization/projects/{project_id}/spend_alerts', 'json',
        'Creates a project spend alert.',
        'create-project-spend-alert project_id=string threshold_amount:=0 currency=USD interval=month notification_channel:=\'{"type": "email", "recipients": ["string"]}\'',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to update.'),
            _Arg('threshold_amount', 'threshold_amount', 'threshold_amount', 'field', 'integer', 'int', True, False, False, False, None, 'The alert threshold amount, in cents.'),
            _Arg('currency', 'currency', 'currency', 'field', 'string', "Literal['USD']", True, False, False, False, None, 'The currency for the threshold amount.'),
            _Arg('interval', 'interval', 'interval', 'field', 'string', "Literal['month']", True, False, False, False, None, 'The time interval for evaluating spend against the threshold.'),
            _Arg('notification_channel', 'notification_channel', 'notification_channel', 'field', 'object', 'SpendAlertNotificationChannel', True, False, False, False, None, 'Email notification settings for a spend alert.'),
        ),
        _Body('json', 'object', 'CreateSpendAlertBody', False, 'Parameters for the project spend alert you want to create.'),
    ),
    _Op(
        'retrieve-project-spend-alert', 'retrieve-project-spend-alert', 'spend_alerts', 'retrieve_project_spend_alert', 'GET /organization/projects/{project_id}/spend_alerts/{alert_id}', 'json',
        'Retrieves a project spend alert.',
        'retrieve-project-spend-alert project_id=string alert_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('alert_id', 'alert_id', 'alert_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the spend alert to retrieve.'),
        ),
        None,
    ),
    _Op(
        'update-project-spend-alert', 'update-project-spend-alert', 'spend_alerts', 'update_project_spend_alert', 'POST /organization/projects/{project_id}/spend_alerts/{alert_id}', 'json',
        'Updates a project spend alert.',
        'update-project-spend-alert project_id=string alert_id=string threshold_amount:=0 currency=USD interval=month notification_channel:=\'{"type": "email", "recipients": ["string"]}\'',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to update.'),
            _Arg('alert_id', 'alert_id', 'alert_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the spend alert to update.'),
            _Arg('threshold_amount', 'threshold_amount', 'threshold_amount', 'field', 'integer', 'int', True, False, False, False, None, 'The alert threshold amount, in cents.'),
            _Arg('currency', 'currency', 'currency', 'field', 'string', "Literal['USD']", True, False, False, False, None, 'The currency for the threshold amount.'),
            _Arg('interval', 'interval', 'interval', 'field', 'string', "Literal['month']", True, False, False, False, None, 'The time interval for evaluating spend against the threshold.'),
            _Arg('notification_channel', 'notification_channel', 'notification_channel', 'field', 'object', 'SpendAlertNotificationChannel', True, False, False, False, None, 'Email notification settings for a spend alert.'),
        ),
        _Body('json', 'object', 'CreateSpendAlertBody', False, 'Fields to update on the project spend alert.'),
    ),
    _Op(
        'delete-project-spend-alert', 'delete-project-spend-alert', 'spend_alerts', 'delete_project_spend_alert', 'DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}', 'json',
        'Deletes a project spend alert.',
        'delete-project-spend-alert project_id=string alert_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to update.'),
            _Arg('alert_id', 'alert_id', 'alert_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the spend alert to delete.'),
        ),
        None,
    ),
    _Op(
        'list-organization-spend-alerts', 'list-organization-spend-alerts', 'spend_alerts', 'list_organization_spend_alerts', 'GET /organization/spend_alerts', 'json',
        'Lists organization spend alerts.',
        'list-organization-spend-alerts',
        (
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'A limit on the number of spend alerts to return. Defaults to 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"asc"', 'Sort order for the returned spend alerts.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.'),
            _Arg('before', 'before', 'before', 'query', 'string', 'str', False, False, False, False, None, 'Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.'),
        ),
        None,
    ),
    _Op(
        'create-organization-spend-alert', 'create-organization-spend-alert', 'spend_alerts', 'create_organization_spend_alert', 'POST /organization/spend_alerts', 'json',
        'Creates an organization spend alert.',
        'create-organization-spend-alert threshold_amount:=0 currency=USD interval=month notification_channel:=\'{"type": "email", "recipients": ["string"]}\'',
        (
            _Arg('threshold_amount', 'threshold_amount', 'threshold_amount', 'field', 'integer', 'int', True, False, False, False, None, 'The alert threshold amount, in cents.'),
            _Arg('currency', 'currency', 'currency', 'field', 'string', "Literal['USD']", True, False, False, False, None, 'The currency for the threshold amount.'),
            _Arg('interval', 'interval', 'interval', 'field', 'string', "Literal['month']", True, False, False, False, None, 'The time interval for evaluating spend against the threshold.'),
            _Arg('notification_channel', 'notification_channel', 'notification_channel', 'field', 'object', 'SpendAlertNotificationChannel', True, False, False, False, None, 'Email notification settings for a spend alert.'),
        ),
        _Body('json', 'object', 'CreateSpendAlertBody', False, 'Parameters for the organization spend alert you want to create.'),
    ),
    _Op(
        'retrieve-organization-spend-alert', 'retrieve-organization-spend-alert', 'spend_alerts', 'retrieve_organization_spend_alert', 'GET /organization/spend_alerts/{alert_id}', 'json',
        'Retrieves an organization spend alert.',
        'retrieve-organization-spend-alert alert_id=string',
        (
            _Arg('alert_id', 'alert_id', 'alert_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the spend alert to retrieve.'),
        ),
        None,
    ),
    _Op(
        'update-organization-spend-alert', 'update-organization-spend-alert', 'spend_alerts', 'update_organization_spend_alert', 'POST /organization/spend_alerts/{alert_id}', 'json',
        'Updates an organization spend alert.',
        'update-organization-spend-alert alert_id=string threshold_amount:=0 currency=USD interval=month notification_channel:=\'{"type": "email", "recipients": ["string"]}\'',
        (
            _Arg('alert_id', 'alert_id', 'alert_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the spend alert to update.'),
            _Arg('threshold_amount', 'threshold_amount', 'threshold_amount', 'field', 'integer', 'int', True, False, False, False, None, 'The alert threshold amount, in cents.'),
            _Arg('currency', 'currency', 'currency', 'field', 'string', "Literal['USD']", True, False, False, False, None, 'The currency for the threshold amount.'),
            _Arg('interval', 'interval', 'interval', 'field', 'string', "Literal['month']", True, False, False, False, None, 'The time interval for evaluating spend against the threshold.'),
            _Arg('notification_channel', 'notification_channel', 'notification_channel', 'field', 'object', 'SpendAlertNotificationChannel', True, False, False, False, None, 'Email notification settings for a spend alert.'),
        ),
        _Body('json', 'object', 'CreateSpendAlertBody', False, 'Fields to update on the organization spend alert.'),
    ),
    _Op(
        'delete-organization-spend-alert', 'delete-organization-spend-alert', 'spend_alerts', 'delete_organization_spend_alert', 'DELETE /organization/spend_alerts/{alert_id}', 'json',
        'Deletes an organization spend alert.',
        'delete-organization-spend-alert alert_id=string',
        (
            _Arg('alert_id', 'alert_id', 'alert_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the spend alert to delete.'),
        ),
        None,
    ),
    _Op(
        'list-roles', 'list-roles', 'roles', 'list_roles', 'GET /organization/roles', 'json',
        'Lists the roles configured for the organization.',
        'list-roles',
        (
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '1000', 'A limit on the number of roles to return. Defaults to 1000.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, "Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles."),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"asc"', 'Sort order for the returned roles.'),
        ),
        None,
    ),
    _Op(
        'create-role', 'create-role', 'roles', 'create_role', 'POST /organization/roles', 'json',
        'Creates a custom role for the organization.',
        'create-role role_name=string permissions:=\'["string"]\'',
        (
            _Arg('role_name', 'role_name', 'role_name', 'field', 'string', 'str', True, False, False, False, None, 'Unique name for the role.'),
            _Arg('permissions', 'permissions', 'permissions', 'field', 'array', 'list[str]', True, False, False, False, None, 'Permissions to grant to the role.'),
            _Arg('description', 'description', 'description', 'field', 'string', 'str | None', False, True, False, False, None, 'Optional description of the role.'),
        ),
        _Body('json', 'object', 'PublicCreateOrganizationRoleBody', False, 'Parameters for the role you want to create.'),
    ),
    _Op(
        'retrieve-role', 'retrieve-role', 'roles', 'retrieve_role', 'GET /organization/roles/{role_id}', 'json',
        'Retrieves an organization role.',
        'retrieve-role role_id=string',
        (
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the role to retrieve.'),
        ),
        None,
    ),
    _Op(
        'update-role', 'update-role', 'roles', 'update_role', 'POST /organization/roles/{role_id}', 'json',
        'Updates an existing organization role.',
        'update-role role_id=string',
        (
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the role to update.'),
            _Arg('permissions', 'permissions', 'permissions', 'field', 'array', 'list[str] | None', False, True, False, False, None, 'Updated set of permissions for the role.'),
            _Arg('description', 'description', 'description', 'field', 'string', 'str | None', False, True, False, False, None, 'New description for the role.'),
            _Arg('role_name', 'role_name', 'role_name', 'field', 'string', 'str | None', False, True, False, False, None, 'New name for the role.'),
        ),
        _Body('json', 'object', 'PublicUpdateOrganizationRoleBody', False, 'Fields to update on the role.'),
    ),
    _Op(
        'delete-role', 'delete-role', 'roles', 'delete_role', 'DELETE /organization/roles/{role_id}', 'json',
        'Deletes a custom role from the organization.',
        'delete-role role_id=string',
        (
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the role to delete.'),
        ),
        None,
    ),
    _Op(
        'list-project-roles', 'list-project-roles', 'roles', 'list_project_roles', 'GET /projects/{project_id}/roles', 'json',
        'Lists the roles configured for a project.',
        'list-project-roles project_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to inspect.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '1000', 'A limit on the number of roles to return. Defaults to 1000.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, "Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles."),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"asc"', 'Sort order for the returned roles.'),
        ),
        None,
    ),
    _Op(
        'create-project-role', 'create-project-role', 'roles', 'create_project_role', 'POST /projects/{project_id}/roles', 'json',
        'Creates a custom role for a project.',
        'create-project-role project_id=string role_name=string permissions:=\'["string"]\'',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to update.'),
            _Arg('role_name', 'role_name', 'role_name', 'field', 'string', 'str', True, False, False, False, None, 'Unique name for the role.'),
            _Arg('permissions', 'permissions', 'permissions', 'field', 'array', 'list[str]', True, False, False, False, None, 'Permissions to grant to the role.'),
            _Arg('description', 'description', 'description', 'field', 'string', 'str | None', False, True, False, False, None, 'Optional description of the role.'),
        ),
        _Body('json', 'object', 'PublicCreateOrganizationRoleBody', False, 'Parameters for the project role you want to create.'),
    ),
    _Op(
        'retrieve-project-role', 'retrieve-project-role', 'roles', 'retrieve_project_role', 'GET /projects/{project_id}/roles/{role_id}', 'json',
        'Retrieves a project role.',
        'retrieve-project-role project_id=string role_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project.'),
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the role to retrieve.'),
        ),
        None,
    ),
    _Op(
        'update-project-role', 'update-project-role', 'roles', 'update_project_role', 'POST /projects/{project_id}/roles/{role_id}', 'json',
        'Updates an existing project role.',
        'update-project-role project_id=string role_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to update.'),
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the role to update.'),
            _Arg('permissions', 'permissions', 'permissions', 'field', 'array', 'list[str] | None', False, True, False, False, None, 'Updated set of permissions for the role.'),
            _Arg('description', 'description', 'description', 'field', 'string', 'str | None', False, True, False, False, None, 'New description for the role.'),
            _Arg('role_name', 'role_name', 'role_name', 'field', 'string', 'str | None', False, True, False, False, None, 'New name for the role.'),
        ),
        _Body('json', 'object', 'PublicUpdateOrganizationRoleBody', False, 'Fields to update on the project role.'),
    ),
    _Op(
        'delete-project-role', 'delete-project-role', 'roles', 'delete_project_role', 'DELETE /projects/{project_id}/roles/{role_id}', 'json',
        'Deletes a custom role from a project.',
        'delete-project-role project_id=string role_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to update.'),
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the role to delete.'),
        ),
        None,
    ),
    _Op(
        'list-users', 'list-users', 'users', 'list_users', 'GET /organization/users', 'json',
        'Lists all of the users in the organization.',
        'list-users',
        (
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('emails', 'emails', 'emails', 'query', 'array', 'list[str]', False, False, False, False, None, 'Filter by the email address of users.'),
        ),
        None,
    ),
    _Op(
        'retrieve-user', 'retrieve-user', 'users', 'retrieve_user', 'GET /organization/users/{user_id}', 'json',
        'Retrieves a user by their identifier.',
        'retrieve-user user_id=string',
        (
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user.'),
        ),
        None,
    ),
    _Op(
        'modify-user', 'modify-user', 'users', 'modify_user', 'POST /organization/users/{user_id}', 'json',
        "Modifies a user's role in the organization.",
        'modify-user user_id=string',
        (
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user.'),
            _Arg('role', 'role', 'role', 'field', 'string', 'str | None', False, True, False, False, None, '`owner` or `reader`'),
            _Arg('role_id', 'role_id', 'role_id', 'field', 'string', 'str | None', False, True, False, False, None, 'Role ID to assign to the user.'),
            _Arg('technical_level', 'technical_level', 'technical_level', 'field', 'string', 'str | None', False, True, False, False, None, 'Technical level metadata.'),
            _Arg('developer_persona', 'developer_persona', 'developer_persona', 'field', 'string', 'str | None', False, True, False, False, None, 'Developer persona metadata.'),
        ),
        _Body('json', 'object', 'UserRoleUpdateRequest', False, 'The new user role to modify. This must be one of `owner` or `member`.'),
    ),
    _Op(
        'delete-user', 'delete-user', 'users', 'delete_user', 'DELETE /organization/users/{user_id}', 'json',
        'Deletes a user from the organization.',
        'delete-user user_id=string',
        (
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user.'),
        ),
        None,
    ),
    _Op(
        'list-user-role-assignments', 'list-user-role-assignments', 'user_organization_role_assignments', 'list_user_role_assignments', 'GET /organization/users/{user_id}/roles', 'json',
        'Lists the organization roles assigned to a user within the organization.',
        'list-user-role-assignments user_id=string',
        (
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user to inspect.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'A limit on the number of organization role assignments to return.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, "Cursor for pagination. Provide the value from the previous response's `next` field to continue listing organization roles."),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, None, 'Sort order for the returned organization roles.'),
        ),
        None,
    ),
    _Op(
        'assign-user-role', 'assign-user-role', 'user_organization_role_assignments', 'assign_user_role', 'POST /organization/users/{user_id}/roles', 'json',
        'Assigns an organization role to a user within the organization.',
        'assign-user-role user_id=string role_id=string',
        (
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user that should receive the organization role.'),
            _Arg('role_id', 'role_id', 'role_id', 'field', 'string', 'str', True, False, False, False, None, 'Identifier of the role to assign.'),
        ),
        _Body('json', 'object', 'PublicAssignOrganizationGroupRoleBody', False, 'Identifies the organization role to assign to the user.'),
    ),
    _Op(
        'retrieve-user-role', 'retrieve-user-role', 'user_organization_role_assignments', 'retrieve_user_role', 'GET /organization/users/{user_id}/roles/{role_id}', 'json',
        'Retrieves an organization role assigned to a user.',
        'retrieve-user-role user_id=string role_id=string',
        (
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user to inspect.'),
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the organization role to retrieve for the user.'),
        ),
        None,
    ),
    _Op(
        'unassign-user-role', 'unassign-user-role', 'user_organization_role_assignments', 'unassign_user_role', 'DELETE /organization/users/{user_id}/roles/{role_id}', 'json',
        'Unassigns an organization role from a user within the organization.',
        'unassign-user-role user_id=string role_id=string',
        (
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user to modify.'),
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the organization role to remove from the user.'),
        ),
        None,
    ),
    _Op(
        'list-project-group-role-assignments', 'list-project-group-role-assignments', 'project_group_role_assignments', 'list_project_group_role_assignments', 'GET /projects/{project_id}/groups/{group_id}/roles', 'json',
        'Lists the project roles assigned to a group within a project.',
        'list-project-group-role-assignments project_id=string group_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to inspect.'),
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group to inspect.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'A limit on the number of project role assignments to return.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, "Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles."),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, None, 'Sort order for the returned project roles.'),
        ),
        None,
    ),
    _Op(
        'assign-project-group-role', 'assign-project-group-role', 'project_group_role_assignments', 'assign_project_group_role', 'POST /projects/{project_id}/groups/{group_id}/roles', 'json',
        'Assigns a project role to a group within a project.',
        'assign-project-group-role project_id=string group_id=string role_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to update.'),
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group that should receive the project role.'),
            _Arg('role_id', 'role_id', 'role_id', 'field', 'string', 'str', True, False, False, False, None, 'Identifier of the role to assign.'),
        ),
        _Body('json', 'object', 'PublicAssignOrganizationGroupRoleBody', False, 'Identifies the project role to assign to the group.'),
    ),
    _Op(
        'retrieve-project-group-role', 'retrieve-project-group-role', 'project_group_role_assignments', 'retrieve_project_group_role', 'GET /projects/{project_id}/groups/{group_id}/roles/{role_id}', 'json',
        'Retrieves a project role assigned to a group.',
        'retrieve-project-group-role project_id=string group_id=string role_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to inspect.'),
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group to inspect.'),
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project role to retrieve for the group.'),
        ),
        None,
    ),
    _Op(
        'unassign-project-group-role', 'unassign-project-group-role', 'project_group_role_assignments', 'unassign_project_group_role', 'DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id}', 'json',
        'Unassigns a project role from a group within a project.',
        'unassign-project-group-role project_id=string group_id=string role_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to modify.'),
            _Arg('group_id', 'group_id', 'group_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the group whose project role assignment should be removed.'),
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project role to remove from the group.'),
        ),
        None,
    ),
    _Op(
        'list-project-user-role-assignments', 'list-project-user-role-assignments', 'project_user_role_assignments', 'list_project_user_role_assignments', 'GET /projects/{project_id}/users/{user_id}/roles', 'json',
        'Lists the project roles assigned to a user within a project.',
        'list-project-user-role-assignments project_id=string user_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to inspect.'),
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user to inspect.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'A limit on the number of project role assignments to return.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, "Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles."),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, None, 'Sort order for the returned project roles.'),
        ),
        None,
    ),
    _Op(
        'assign-project-user-role', 'assign-project-user-role', 'project_user_role_assignments', 'assign_project_user_role', 'POST /projects/{project_id}/users/{user_id}/roles', 'json',
        'Assigns a project role to a user within a project.',
        'assign-project-user-role project_id=string user_id=string role_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to update.'),
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user that should receive the project role.'),
            _Arg('role_id', 'role_id', 'role_id', 'field', 'string', 'str', True, False, False, False, None, 'Identifier of the role to assign.'),
        ),
        _Body('json', 'object', 'PublicAssignOrganizationGroupRoleBody', False, 'Identifies the project role to assign to the user.'),
    ),
    _Op(
        'retrieve-project-user-role', 'retrieve-project-user-role', 'project_user_role_assignments', 'retrieve_project_user_role', 'GET /projects/{project_id}/users/{user_id}/roles/{role_id}', 'json',
        'Retrieves a project role assigned to a user.',
        'retrieve-project-user-role project_id=string user_id=string role_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to inspect.'),
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user to inspect.'),
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project role to retrieve for the user.'),
        ),
        None,
    ),
    _Op(
        'unassign-project-user-role', 'unassign-project-user-role', 'project_user_role_assignments', 'unassign_project_user_role', 'DELETE /projects/{project_id}/users/{user_id}/roles/{role_id}', 'json',
        'Unassigns a project role from a user within a project.',
        'unassign-project-user-role project_id=string user_id=string role_id=string',
        (
            _Arg('project_id', 'project_id', 'project_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project to modify.'),
            _Arg('user_id', 'user_id', 'user_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the user whose project role assignment should be removed.'),
            _Arg('role_id', 'role_id', 'role_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the project role to remove from the user.'),
        ),
        None,
    ),
    _Op(
        'create-realtime-call', 'create-realtime-call', 'realtime', 'create_realtime_call', 'POST /realtime/calls', 'binary',
        'Create a new Realtime API call over WebRTC and receive the SDP answer needed to complete the peer connection.',
        'create-realtime-call sdp=string',
        (
            _Arg('sdp', 'sdp', 'sdp', 'field', 'string', 'str', True, False, False, False, None, 'WebRTC Session Description Protocol (SDP) offer generated by the caller.'),
            _Arg('session', 'session', 'session', 'field', 'object', 'RealtimeSessionCreateRequestGA', False, False, False, False, None, 'Optional session configuration to apply before the realtime session is created. Use the same parameters you would send in a [`create client secret`](https://api.openai.com/docs/api-reference/realtime-sessions/create-realtime-client-secret) request.'),
        ),
        None,
    ),
    _Op(
        'accept-realtime-call', 'accept-realtime-call', 'realtime', 'accept_realtime_call', 'POST /realtime/calls/{call_id}/accept', 'empty',
        'Accept an incoming SIP call and configure the realtime session that will handle it.',
        'accept-realtime-call call_id=string type=realtime',
        (
            _Arg('call_id', 'call_id', 'call_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier for the call provided in the [`realtime.call.incoming`](https://api.openai.com/docs/api-reference/webhook-events/realtime/call/incoming) webhook.'),
            _Arg('type', 'type', 'type', 'field', 'string', "Literal['realtime']", True, False, False, False, None, 'The type of session to create. Always `realtime` for the Realtime API.'),
            _Arg('output_modalities', 'output_modalities', 'output_modalities', 'field', 'array', "list[Literal['text', 'audio'] | str]", False, False, False, False, '["audio"]', 'The set of modalities the model can respond with. It defaults to `["audio"]`, indicating that the model will respond with audio plus a transcript. `["text"]` can be used to make the model respond with text only. It is not possible to request both `text` and `audio` at the same time.'),
            _Arg('model', 'model', 'model', 'field', 'string', "str | Literal['gpt-realtime', 'gpt-realtime-1.5', 'gpt-realtime-2', 'gpt-realtime-2.1', 'gpt-realtime-2.1-mini', 'gpt-realtime-2025-08-28', 'gpt-4o-realtime-preview', 'gpt-4o-realtime-preview-2024-10-01', 'gpt-4o-realtime-preview-2024-12-17', 'gpt-4o-realtime-preview-2025-06-03', 'gpt-4o-mini-realtime-preview', 'gpt-4o-mini-realtime-preview-2024-12-17', 'gpt-realtime-mini', 'gpt-realtime-mini-2025-10-06', 'gpt-realtime-mini-2025-12-15', 'gpt-audio-1.5', 'gpt-audio-mini', 'gpt-audio-mini-2025-10-06', 'gpt-audio-mini-2025-12-15']", False, False, False, False, None, 'The Realtime model used for this session.'),
            _Arg('instructions', 'instructions', 'instructions', 'field', 'string', 'str', False, False, False, False, None, 'The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior. Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.'),
            _Arg('audio', 'audio', 'audio', 'field', 'object', 'RealtimeSessionCreateRequestGAAudio', False, False, False, False, None, 'Configuration for input and output audio.'),
            _Arg('include', 'include', 'include', 'field', 'array', "list[Literal['item.input_audio_transcription.logprobs']]", False, False, False, False, None, 'Additional fields to include in server outputs. `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.'),
            _Arg('tracing', 'tracing', 'tracing', 'field', 'any', "Literal['auto'] | RealtimeSessionCreateRequestGATracingTracingConfiguration | None", False, True, False, False, 'null', 'Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once tracing is enabled for a session, the configuration cannot be modified. `auto` will create a trace for the session with default values for the workflow name, group id, and metadata.'),
            _Arg('tools', 'tools', 'tools', 'field', 'array', 'list[RealtimeFunctionTool | MCPTool]', False, False, False, False, None, 'Tools available to the model.'),
            _Arg('tool_choice', 'tool_choice', 'tool_choice', 'field', 'any', 'ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP', False, False, False, False, '"auto"', 'How the model chooses tools. Provide one of the string modes or force a specific function/MCP tool.'),
            _Arg('parallel_tool_calls', 'parallel_tool_calls', 'parallel_tool_calls', 'field', 'boolean', 'bool', False, False, False, False, None, 'Whether the model may call multiple tools in parallel. Only supported by reasoning Realtime models such as `gpt-realtime-2`.'),
            _Arg('reasoning', 'reasoning', 'reasoning', 'field', 'object', 'RealtimeReasoning', False, False, False, False, None, 'Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.'),
            _Arg('max_output_tokens', 'max_output_tokens', 'max_output_tokens', 'field', 'any', "int | Literal['inf']", False, False, False, False, None, 'Maximum number of output tokens for a single assistant response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit output tokens, or `inf` for the maximum available tokens for a given model. Defaults to `inf`.'),
            _Arg('truncation', 'truncation', 'truncation', 'field', 'any', 'RealtimeTruncation', False, False, False, False, None, "When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs. Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost. Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate. Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit."),
            _Arg('prompt', 'prompt', 'prompt', 'field', 'any', 'Prompt', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'RealtimeSessionCreateRequestGA', False, 'Session configuration to apply before the caller is bridged to the model.'),
    ),
    _Op(
        'hangup-realtime-call', 'hangup-realtime-call', 'realtime', 'hangup_realtime_call', 'POST /realtime/calls/{call_id}/hangup', 'empty',
        'End an active Realtime API call, whether it was initiated over SIP or WebRTC.',
        'hangup-realtime-call call_id=string',
        (
            _Arg('call_id', 'call_id', 'call_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier for the call. For SIP calls, use the value provided in the [`realtime.call.incoming`](https://api.openai.com/docs/api-reference/webhook-events/realtime/call/incoming) webhook. For WebRTC sessions, reuse the call ID returned in the `Location` header when creating the call with [`POST /v1/realtime/calls`](https://api.openai.com/docs/api-reference/realtime/create-call).'),
        ),
        None,
    ),
    _Op(
        'refer-realtime-call', 'refer-realtime-call', 'realtime', 'refer_realtime_call', 'POST /realtime/calls/{call_id}/refer', 'empty',
        'Transfer an active SIP call to a new destination using the SIP REFER verb.',
        'refer-realtime-call call_id=string target_uri=tel:+14155550123',
        (
            _Arg('call_id', 'call_id', 'call_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier for the call provided in the [`realtime.call.incoming`](https://api.openai.com/docs/api-reference/webhook-events/realtime/call/incoming) webhook.'),
            _Arg('target_uri', 'target_uri', 'target_uri', 'field', 'string', 'str', True, False, False, False, None, 'URI that should appear in the SIP Refer-To header. Supports values like `tel:+14155550123` or `sip:agent@example.com`.'),
        ),
        _Body('json', 'object', 'RealtimeCallReferRequest', False, 'Destination URI for the REFER request.'),
    ),
    _Op(
        'reject-realtime-call', 'reject-realtime-call', 'realtime', 'reject_realtime_call', 'POST /realtime/calls/{call_id}/reject', 'empty',
        'Decline an incoming SIP call by returning a SIP status code to the caller.',
        'reject-realtime-call call_id=string',
        (
            _Arg('call_id', 'call_id', 'call_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier for the call provided in the [`realtime.call.incoming`](https://api.openai.com/docs/api-reference/webhook-events/realtime/call/incoming) webhook.'),
            _Arg('status_code', 'status_code', 'status_code', 'field', 'integer', 'int', False, False, False, False, None, 'SIP response code to send back to the caller. Defaults to `603` (Decline) when omitted.'),
        ),
        _Body('json', 'object', 'RealtimeCallRejectRequest', False, 'Provide an optional SIP status code. When omitted the API responds with `603 Decline`.'),
    ),
    _Op(
        'create-realtime-client-secret', 'create-realtime-client-secret', 'realtime', 'create_realtime_client_secret', 'POST /realtime/client_secrets', 'json',
        'Create a Realtime client secret with an associated session configuration. Client secrets are short-lived tokens that can be passed to a client app, such as a web frontend or mobile client, which grants access to the Realtime API without leaking your main API key. You can configure a custom TTL for each client secret. You can also attach session configuration options to the client secret, which will be applied to any sessions created using that client secret, but these can also be overridden by the client connection. [Learn more about authentication with client secrets over WebRTC](/docs/guides/realtime-webrtc). Returns the created client secret and the effective session object. The client secret is a string that looks like `ek_1234`.',
        'create-realtime-client-secret',
        (
            _Arg('expires_after', 'expires_after', 'expires_after', 'field', 'object', 'RealtimeCreateClientSecretRequestExpiresAfter', False, False, False, False, None, 'Configuration for the client secret expiration. Expiration refers to the time after which a client secret will no longer be valid for creating sessions. The session itself may continue after that time once started. A secret can be used to create multiple sessions until it expires.'),
            _Arg('session', 'session', 'session', 'field', 'object', 'RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA', False, False, False, False, None, 'Session configuration to use for the client secret. Choose either a realtime session or a transcription session.'),
        ),
        _Body('json', 'object', 'RealtimeCreateClientSecretRequest', False, 'Create a client secret with the given session configuration.'),
    ),
    _Op(
        'create-realtime-session', 'create-realtime-session', 'realtime', 'create_realtime_session', 'POST /realtime/sessions', 'json',
        'Create an ephemeral API token for use in client-side applications with the Realtime API. Can be configured with the same session parameters as the `session.update` client event. It responds with a session object, plus a `client_secret` key which contains a usable ephemeral API token that can be used to authenticate browser clients for the Realtime API. Returns the created Realtime session object, plus an ephemeral key.',
        'create-realtime-session client_secret:=\'{"value": "string", "expires_at": 1}\'',
        (
            _Arg('client_secret', 'client_secret', 'client_secret', 'field', 'object', 'RealtimeSessionCreateRequestClientSecret', True, False, False, False, None, 'Ephemeral key returned by the API.'),
            _Arg('modalities', 'modalities', 'modalities', 'field', 'array', "list[Literal['text', 'audio'] | str]", False, False, False, False, None, 'The set of modalities the model can respond with. To disable audio, set this to ["text"].'),
            _Arg('instructions', 'instructions', 'instructions', 'field', 'string', 'str', False, False, False, False, None, 'The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior. Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.'),
            _Arg('voice', 'voice', 'voice', 'field', 'any', 'VoiceIdsOrCustomVoice', False, False, False, False, None, 'The voice the model uses to respond. Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during the session once the model has responded with audio at least once.'),
            _Arg('input_audio_format', 'input_audio_format', 'input_audio_format', 'field', 'string', 'str', False, False, False, False, None, 'The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.'),
            _Arg('output_audio_format', 'output_audio_format', 'output_audio_format', 'field', 'string', 'str', False, False, False, False, None, 'The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.'),
            _Arg('input_audio_transcription', 'input_audio_transcription', 'input_audio_transcription', 'field', 'object', 'RealtimeSessionCreateRequestInputAudioTranscription', False, False, False, False, None, 'Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously and should be treated as rough guidance rather than the representation understood by the model.'),
            _Arg('speed', 'speed', 'speed', 'field', 'number', 'float', False, False, False, False, '1', "The speed of the model's spoken response. 1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress."),
            _Arg('tracing', 'tracing', 'tracing', 'field', 'any', "Literal['auto'] | RealtimeSessionCreateRequestTracingTracingConfiguration", False, False, False, False, None, 'Configuration options for tracing. Set to null to disable tracing. Once tracing is enabled for a session, the configuration cannot be modified. `auto` will create a trace for the session with default values for the workflow name, group id, and metadata.'),
            _Arg('turn_detection', 'turn_detection', 'turn_detection', 'field', 'object', 'RealtimeSessionCreateRequestTurnDetection', False, False, False, False, None, 'Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.'),
            _Arg('tools', 'tools', 'tools', 'field', 'array', 'list[RealtimeSessionCreateRequestToolsItem]', False, False, False, False, None, 'Tools (functions) available to the model.'),
            _Arg('tool_choice', 'tool_choice', 'tool_choice', 'field', 'string', 'str', False, False, False, False, None, 'How the model chooses tools. Options are `auto`, `none`, `required`, or specify a function.'),
            _Arg('temperature', 'temperature', 'temperature', 'field', 'number', 'float', False, False, False, False, None, 'Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.'),
            _Arg('max_response_output_tokens', 'max_response_output_tokens', 'max_response_output_tokens', 'field', 'any', "int | Literal['inf']", False, False, False, False, None, 'Maximum number of output tokens for a single assistant response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit output tokens, or `inf` for the maximum available tokens for a given model. Defaults to `inf`.'),
            _Arg('truncation', 'truncation', 'truncation', 'field', 'any', 'RealtimeTruncation', False, False, False, False, None, "When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs. Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost. Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate. Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit."),
            _Arg('prompt', 'prompt', 'prompt', 'field', 'any', 'Prompt', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'RealtimeSessionCreateRequest', False, 'Create an ephemeral API key with the given session configuration.'),
    ),
    _Op(
        'create-realtime-transcription-session', 'create-realtime-transcription-session', 'realtime', 'create_realtime_transcription_session', 'POST /realtime/transcription_sessions', 'json',
        'Create an ephemeral API token for use in client-side applications with the Realtime API specifically for realtime transcriptions. Can be configured with the same session parameters as the `transcription_session.update` client event. It responds with a session object, plus a `client_secret` key which contains a usable ephemeral API token that can be used to authenticate browser clients for the Realtime API. Returns the created Realtime transcription session object, plus an ephemeral key.',
        'create-realtime-transcription-session',
        (
            _Arg('turn_detection', 'turn_detection', 'turn_detection', 'field', 'object', 'RealtimeTranscriptionSessionCreateRequestTurnDetection', False, False, False, False, None, 'Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.'),
            _Arg('input_audio_noise_reduction', 'input_audio_noise_reduction', 'input_audio_noise_reduction', 'field', 'object', 'RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction', False, False, False, False, 'null', 'Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.'),
            _Arg('input_audio_format', 'input_audio_format', 'input_audio_format', 'field', 'string', "Literal['pcm16', 'g711_ulaw', 'g711_alaw'] | str", False, False, False, False, '"pcm16"', 'The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`. For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate, single channel (mono), and little-endian byte order.'),
            _Arg('input_audio_transcription', 'input_audio_transcription', 'input_audio_transcription', 'field', 'object', 'AudioTranscription', False, False, False, False, None, 'Configuration for input audio transcription. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.'),
            _Arg('include', 'include', 'include', 'field', 'array', "list[Literal['item.input_audio_transcription.logprobs']]", False, False, False, False, None, 'The set of items to include in the transcription. Current available items are: `item.input_audio_transcription.logprobs`'),
        ),
        _Body('json', 'object', 'RealtimeTranscriptionSessionCreateRequest', False, 'Create an ephemeral API key with the given session configuration.'),
    ),
    _Op(
        'create-realtime-translation-client-secret', 'create-realtime-translation-client-secret', 'realtime', 'create_realtime_translation_client_secret', 'POST /realtime/translations/client_secrets', 'json',
        'Create a Realtime translation client secret with an associated translation session configuration. Client secrets are short-lived tokens that can be passed to a client app, such as a web frontend or mobile client, which grants access to the Realtime Translation API without leaking your main API key. You can configure a custom TTL for each client secret. Returns the created client secret and the effective translation session object. The client secret is a string that looks like `ek_1234`.',
        'create-realtime-translation-client-secret session:=\'{"model": "string"}\'',
        (
            _Arg('expires_after', 'expires_after', 'expires_after', 'field', 'object', 'RealtimeTranslationClientSecretCreateRequestExpiresAfter', False, False, False, False, None, 'Configuration for the client secret expiration. Expiration refers to the time after which a client secret will no longer be valid for creating sessions. The session itself may continue after that time once started. A secret can be used to create multiple sessions until it expires.'),
            _Arg('session', 'session', 'session', 'field', 'object', 'RealtimeTranslationSessionCreateRequest', True, False, False, False, None, 'Realtime translation session configuration. Translation sessions stream source audio in and translated audio plus transcript deltas out continuously.'),
        ),
        _Body('json', 'object', 'RealtimeTranslationClientSecretCreateRequest', False, 'Create a client secret with the given translation session configuration.'),
    ),
    _Op(
        'create-response', 'createResponse', 'responses', 'create_response', 'POST /responses', 'json',
        "Creates a model response. Provide [text](/docs/guides/text) or [image](/docs/guides/images) inputs to generate [text](/docs/guides/text) or [JSON](/docs/guides/structured-outputs) outputs. Have the model call your own [custom code](/docs/guides/function-calling) or use built-in [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search) to use your own data as input for the model's response.",
        'create-response',
        (
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
            _Arg('top_logprobs', 'top_logprobs', 'top_logprobs', 'field', 'integer', 'int', False, False, False, False, None, 'An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. In some cases, the number of returned tokens may be fewer than requested.'),
            _Arg('temperature', 'temperature', 'temperature', 'field', 'number', 'float | None', False, True, False, False, None, ''),
            _Arg('top_p', 'top_p', 'top_p', 'field', 'number', 'float | None', False, True, False, False, None, ''),
            _Arg('user', 'user', 'user', 'field', 'string', 'str', False, False, False, True, None, 'This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better bucketing similar requests and to help OpenAI detect and prevent abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#safety-identifiers).'),
            _Arg('safety_identifier', 'safety_identifier', 'safety_identifier', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('prompt_cache_key', 'prompt_cache_key', 'prompt_cache_key', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('prompt_cache_retention', 'prompt_cache_retention', 'prompt_cache_retention', 'field', 'string', "Literal['in_memory', '24h'] | str | None", False, True, False, True, None, ''),
            _Arg('prompt_cache_options', 'prompt_cache_options', 'prompt_cache_options', 'field', 'object', 'PromptCacheOptionsParam', False, False, False, False, None, 'Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://api.openai.com/docs/guides/prompt-caching) for current details.'),
            _Arg('previous_response_id', 'previous_response_id', 'previous_response_id', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('model', 'model', 'model', 'field', 'any', 'ModelIdsResponses', False, False, False, False, None, 'Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.'),
            _Arg('background', 'background', 'background', 'field', 'boolean', 'bool | None', False, True, False, False, None, ''),
            _Arg('max_tool_calls', 'max_tool_calls', 'max_tool_calls', 'field', 'integer', 'int | None', False, True, False, False, None, ''),
            _Arg('text', 'text', 'text', 'field', 'object', 'ResponseTextParam', False, False, False, False, None, 'Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more: - [Text inputs and outputs](https://api.openai.com/docs/guides/text) - [Structured Outputs](https://api.openai.com/docs/guides/structured-outputs)'),
            _Arg('tools', 'tools', 'tools', 'field', 'array', 'list[Tool]', False, False, False, False, None, "An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter. We support the following categories of tools: - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web search](https://api.openai.com/docs/guides/tools-web-search) or [file search](https://api.openai.com/docs/guides/tools-file-search). Learn more about [built-in tools](https://api.openai.com/docs/guides/tools). - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors such as Google Drive and SharePoint. Learn more about [MCP Tools](https://api.openai.com/docs/guides/tools-connectors-mcp). - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your own code with strongly typed arguments and outputs. Learn more about [function calling](https://api.openai.com/docs/guides/function-calling). You can also use custom tools to call your own code."),
            _Arg('tool_choice', 'tool_choice', 'tool_choice', 'field', 'any', 'ToolChoiceParam', False, False, False, False, None, 'How the model should select which tool (or tools) to use when generating a response. See the `tools` parameter to see how to specify which tools the model can call.'),
            _Arg('prompt', 'prompt', 'prompt', 'field', 'any', 'Prompt', False, False, False, False, None, ''),
            _Arg('service_tier', 'service_tier', 'service_tier', 'field', 'any', 'ServiceTierResponses', False, False, False, False, None, ''),
            _Arg('truncation', 'truncation', 'truncation', 'field', 'string', "Literal['auto', 'disabled'] | str | None", False, True, False, True, None, ''),
            _Arg('reasoning', 'reasoning', 'reasoning', 'field', 'object', 'Reasoning | None', False, True, False, False, None, ''),
            _Arg('input', 'input', 'input', 'field', 'any', 'InputParam', False, False, False, False, None, 'Text, image, or file inputs to the model, used to generate a response. Learn more: - [Text inputs and outputs](https://api.openai.com/docs/guides/text) - [Image inputs](https://api.openai.com/docs/guides/images) - [File inputs](https://api.openai.com/docs/guides/pdf-files) - [Conversation state](https://api.openai.com/docs/guides/conversation-state) - [Function calling](https://api.openai.com/docs/guides/function-calling)'),
            _Arg('include', 'include', 'include', 'field', 'array', 'list[IncludeEnum] | None', False, True, False, False, None, ''),
            _Arg('parallel_tool_calls', 'parallel_tool_calls', 'parallel_tool_calls', 'field', 'boolean', 'bool | None', False, True, False, False, None, ''),
            _Arg('store', 'store', 'store', 'field', 'boolean', 'bool | None', False, True, False, False, None, ''),
            _Arg('instructions', 'instructions', 'instructions', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('moderation', 'moderation', 'moderation', 'field', 'object', 'ModerationParam | None', False, True, False, False, None, ''),
            _Arg('stream', 'stream', 'stream', 'field', 'boolean', 'bool | None', False, True, False, False, None, ''),
            _Arg('stream_options', 'stream_options', 'stream_options', 'field', 'any', 'ResponseStreamOptions', False, False, False, False, None, ''),
            _Arg('conversation', 'conversation', 'conversation', 'field', 'any', 'ConversationParam | None', False, True, False, False, None, ''),
            _Arg('context_management', 'context_management', 'context_management', 'field', 'array', 'list[ContextManagementParam] | None', False, True, False, False, None, ''),
            _Arg('max_output_tokens', 'max_output_tokens', 'max_output_tokens', 'field', 'integer', 'int | None', False, True, False, False, None, ''),
        ),
        _Body('json', 'object', 'CreateResponse', False, ''),
    ),
    _Op(
        'get-response', 'getResponse', 'responses', 'get_response', 'GET /responses/{response_id}', 'json',
        'Retrieves a model response with the given ID.',
        'get-response response_id=resp_677efb5139a88190b512bc3fef8e535d',
        (
            _Arg('response_id', 'response_id', 'response_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the response to retrieve.'),
            _Arg('include', 'include', 'include', 'query', 'array', 'list[IncludeEnum]', False, False, False, False, None, 'Additional fields to include in the response. See the `include` parameter for Response creation above for more information.'),
            _Arg('stream', 'stream', 'stream', 'query', 'boolean', 'bool', False, False, False, False, None, 'If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](https://api.openai.com/docs/api-reference/responses-streaming) for more information.'),
            _Arg('starting_after', 'starting_after', 'starting_after', 'query', 'integer', 'int', False, False, False, False, None, 'The sequence number of the event after which to start streaming.'),
            _Arg('include_obfuscation', 'include_obfuscation', 'include_obfuscation', 'query', 'boolean', 'bool', False, False, False, False, None, 'When true, stream obfuscation will be enabled. Stream obfuscation adds random characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you trust the network links between your application and the OpenAI API.'),
        ),
        None,
    ),
    _Op(
        'delete-response', 'deleteResponse', 'responses', 'delete_response', 'DELETE /responses/{response_id}', 'empty',
        'Deletes a model response with the given ID.',
        'delete-response response_id=resp_677efb5139a88190b512bc3fef8e535d',
        (
            _Arg('response_id', 'response_id', 'response_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the response to delete.'),
        ),
        None,
    ),
    _Op(
        'cancel-response', 'cancelResponse', 'responses', 'cancel_response', 'POST /responses/{response_id}/cancel', 'json',
        'Cancels a model response with the given ID. Only responses created with the `background` parameter set to `true` can be cancelled. [Learn more](/docs/guides/background).',
        'cancel-response response_id=resp_677efb5139a88190b512bc3fef8e535d',
        (
            _Arg('response_id', 'response_id', 'response_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the response to cancel.'),
        ),
        None,
    ),
    _Op(
        'list-input-items', 'listInputItems', 'responses', 'list_input_items', 'GET /responses/{response_id}/input_items', 'json',
        'Returns a list of input items for a given response.',
        'list-input-items response_id=string',
        (
            _Arg('response_id', 'response_id', 'response_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the response to retrieve input items for.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, None, 'The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'An item ID to list items after, used in pagination.'),
            _Arg('include', 'include', 'include', 'query', 'array', 'list[IncludeEnum]', False, False, False, False, None, 'Additional fields to include in the response. See the `include` parameter for Response creation above for more information.'),
        ),
        None,
    ),
    _Op(
        'beta-create-response', 'beta_createResponse', 'responses', 'beta_create_response', 'POST /responses?beta=true', 'json',
        "Creates a model response. Provide [text](/docs/guides/text) or [image](/docs/guides/images) inputs to generate [text](/docs/guides/text) or [JSON](/docs/guides/structured-outputs) outputs. Have the model call your own [custom code](/docs/guides/function-calling) or use built-in [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search) to use your own data as input for the model's response.",
        'beta-create-response',
        (
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'BetaMetadata', False, False, False, False, None, ''),
            _Arg('top_logprobs', 'top_logprobs', 'top_logprobs', 'field', 'integer', 'int', False, False, False, False, None, 'An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. In some cases, the number of returned tokens may be fewer than requested.'),
            _Arg('temperature', 'temperature', 'temperature', 'field', 'number', 'float | None', False, True, False, False, None, ''),
            _Arg('top_p', 'top_p', 'top_p', 'field', 'number', 'float | None', False, True, False, False, None, ''),
            _Arg('user', 'user', 'user', 'field', 'string', 'str', False, False, False, True, None, 'This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better bucketing similar requests and to help OpenAI detect and prevent abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#safety-identifiers).'),
            _Arg('safety_identifier', 'safety_identifier', 'safety_identifier', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('prompt_cache_key', 'prompt_cache_key', 'prompt_cache_key', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('prompt_cache_retention', 'prompt_cache_retention', 'prompt_cache_retention', 'field', 'string', "Literal['in_memory', '24h'] | str | None", False, True, False, True, None, ''),
            _Arg('prompt_cache_options', 'prompt_cache_options', 'prompt_cache_options', 'field', 'object', 'BetaPromptCacheOptionsParam', False, False, False, False, None, 'Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://api.openai.com/docs/guides/prompt-caching) for current details.'),
            _Arg('previous_response_id', 'previous_response_id', 'previous_response_id', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('model', 'model', 'model', 'field', 'any', 'BetaModelIdsResponses', False, False, False, False, None, 'Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.'),
            _Arg('background', 'background', 'background', 'field', 'boolean', 'bool | None', False, True, False, False, None, ''),
            _Arg('max_tool_calls', 'max_tool_calls', 'max_tool_calls', 'field', 'integer', 'int | None', False, True, False, False, None, ''),
            _Arg('text', 'text', 'text', 'field', 'object', 'BetaResponseTextParam', False, False, False, False, None, 'Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more: - [Text inputs and outputs](https://api.openai.com/docs/guides/text) - [Structured Outputs](https://api.openai.com/docs/guides/structured-outputs)'),
            _Arg('tools', 'tools', 'tools', 'field', 'any', 'BetaToolsArray', False, False, False, False, None, "An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter. We support the following categories of tools: - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web search](https://api.openai.com/docs/guides/tools-web-search) or [file search](https://api.openai.com/docs/guides/tools-file-search). Learn more about [built-in tools](https://api.openai.com/docs/guides/tools). - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors such as Google Drive and SharePoint. Learn more about [MCP Tools](https://api.openai.com/docs/guides/tools-connectors-mcp). - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your own code with strongly typed arguments and outputs. Learn more about [function calling](https://api.openai.com/docs/guides/function-calling). You can also use custom tools to call your own code."),
            _Arg('tool_choice', 'tool_choice', 'tool_choice', 'field', 'any', 'BetaToolChoiceParam', False, False, False, False, None, 'How the model should select which tool (or tools) to use when generating a response. See the `tools` parameter to see how to specify which tools the model can call.'),
            _Arg('prompt', 'prompt', 'prompt', 'field', 'any', 'BetaPrompt', False, False, False, False, None, ''),
            _Arg('service_tier', 'service_tier', 'service_tier', 'field', 'any', 'BetaServiceTierResponses', False, False, False, False, None, ''),
            _Arg('truncation', 'truncation', 'truncation', 'field', 'string', "Literal['auto', 'disabled'] | str | None", False, True, False, True, None, ''),
            _Arg('reasoning', 'reasoning', 'reasoning', 'field', 'object', 'BetaReasoning | None', False, True, False, False, None, ''),
            _Arg('input', 'input', 'input', 'field', 'any', 'BetaInputParam', False, False, False, False, None, 'Text, image, or file inputs to the model, used to generate a response. Learn more: - [Text inputs and outputs](https://api.openai.com/docs/guides/text) - [Image inputs](https://api.openai.com/docs/guides/images) - [File inputs](https://api.openai.com/docs/guides/pdf-files) - [Conversation state](https://api.openai.com/docs/guides/conversation-state) - [Function calling](https://api.openai.com/docs/guides/function-calling)'),
            _Arg('include', 'include', 'include', 'field', 'array', 'list[BetaIncludeEnum] | None', False, True, False, False, None, ''),
            _Arg('parallel_tool_calls', 'parallel_tool_calls', 'parallel_tool_calls', 'field', 'boolean', 'bool | None', False, True, False, False, None, ''),
            _Arg('store', 'store', 'store', 'field', 'boolean', 'bool | None', False, True, False, False, None, ''),
            _Arg('instructions', 'instructions', 'instructions', 'field', 'string', 'str | None', False, True, False, False, None, ''),
            _Arg('moderation', 'moderation', 'moderation', 'field', 'object', 'BetaModerationParam | None', False, True, False, False, None, ''),
            _Arg('stream', 'stream', 'stream', 'field', 'boolean', 'bool | None', False, True, False, False, None, ''),
            _Arg('stream_options', 'stream_options', 'stream_options', 'field', 'any', 'BetaResponseStreamOptions', False, False, False, False, None, ''),
            _Arg('conversation', 'conversation', 'conversation', 'field', 'any', 'BetaConversationParam | None', False, True, False, False, None, ''),
            _Arg('context_management', 'context_management', 'context_management', 'field', 'array', 'list[BetaContextManagementParam] | None', False, True, False, False, None, ''),
            _Arg('max_output_tokens', 'max_output_tokens', 'max_output_tokens', 'field', 'integer', 'int | None', False, True, False, False, None, ''),
            _Arg('multi_agent', 'multi_agent', 'multi_agent', 'field', 'object', 'BetaMultiAgentParam | None', False, True, False, False, None, ''),
            _Arg('openai-beta', 'openai_beta', 'openai-beta', 'header', 'array', "list[Literal['responses_multi_agent=v1']]", False, False, False, False, None, 'Optional beta features to enable for this request.'),
        ),
        _Body('json', 'object', 'BetaCreateResponse', False, ''),
    ),
    _Op(
        'beta-get-response', 'beta_getResponse', 'responses', 'beta_get_response', 'GET /responses/{response_id}?beta=true', 'json',
        'Retrieves a model response with the given ID.',
        'beta-get-response response_id=resp_677efb5139a88190b512bc3fef8e535d',
        (
            _Arg('response_id', 'response_id', 'response_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the response to retrieve.'),
            _Arg('include', 'include', 'include', 'query', 'array', 'list[BetaIncludeEnum]', False, False, False, False, None, 'Additional fields to include in the response. See the `include` parameter for Response creation above for more information.'),
            _Arg('stream', 'stream', 'stream', 'query', 'boolean', 'bool', False, False, False, False, None, 'If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](https://api.openai.com/docs/api-reference/responses-streaming) for more information.'),
            _Arg('starting_after', 'starting_after', 'starting_after', 'query', 'integer', 'int', False, False, False, False, None, 'The sequence number of the event after which to start streaming.'),
            _Arg('include_obfuscation', 'include_obfuscation', 'include_obfuscation', 'query', 'boolean', 'bool', False, False, False, False, None, 'When true, stream obfuscation will be enabled. Stream obfuscation adds random characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you trust the network links between your application and the OpenAI API.'),
            _Arg('openai-beta', 'openai_beta', 'openai-beta', 'header', 'array', "list[Literal['responses_multi_agent=v1']]", False, False, False, False, None, 'Optional beta features to enable for this request.'),
        ),
        None,
    ),
    _Op(
        'beta-delete-response', 'beta_deleteResponse', 'responses', 'beta_delete_response', 'DELETE /responses/{response_id}?beta=true', 'empty',
        'Deletes a model response with the given ID.',
        'beta-delete-response response_id=resp_677efb5139a88190b512bc3fef8e535d',
        (
            _Arg('response_id', 'response_id', 'response_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the response to delete.'),
            _Arg('openai-beta', 'openai_beta', 'openai-beta', 'header', 'array', "list[Literal['responses_multi_agent=v1']]", False, False, False, False, None, 'Optional beta features to enable for this request.'),
        ),
        None,
    ),
    _Op(
        'beta-cancel-response', 'beta_cancelResponse', 'responses', 'beta_cancel_response', 'POST /responses/{response_id}/cancel?beta=true', 'json',
        'Cancels a model response with the given ID. Only responses created with the `background` parameter set to `true` can be cancelled. [Learn more](/docs/guides/background).',
        'beta-cancel-response response_id=resp_677efb5139a88190b512bc3fef8e535d',
        (
            _Arg('response_id', 'response_id', 'response_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the response to cancel.'),
            _Arg('openai-beta', 'openai_beta', 'openai-beta', 'header', 'array', "list[Literal['responses_multi_agent=v1']]", False, False, False, False, None, 'Optional beta features to enable for this request.'),
        ),
        None,
    ),
    _Op(
        'beta-list-input-items', 'beta_listInputItems', 'responses', 'beta_list_input_items', 'GET /responses/{response_id}/input_items?beta=true', 'json',
        'Returns a list of input items for a given response.',
        'beta-list-input-items response_id=string',
        (
            _Arg('response_id', 'response_id', 'response_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the response to retrieve input items for.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, None, 'The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'An item ID to list items after, used in pagination.'),
            _Arg('include', 'include', 'include', 'query', 'array', 'list[BetaIncludeEnum]', False, False, False, False, None, 'Additional fields to include in the response. See the `include` parameter for Response creation above for more information.'),
            _Arg('openai-beta', 'openai_beta', 'openai-beta', 'header', 'array', "list[Literal['responses_multi_agent=v1']]", False, False, False, False, None, 'Optional beta features to enable for this request.'),
        ),
        None,
    ),
    _Op(
        'list-vector-stores', 'listVectorStores', 'vector_stores', 'list_vector_stores', 'GET /vector_stores', 'json',
        'Returns a list of vector stores.',
        'list-vector-stores',
        (
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"desc"', 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('before', 'before', 'before', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.'),
        ),
        None,
    ),
    _Op(
        'create-vector-store', 'createVectorStore', 'vector_stores', 'create_vector_store', 'POST /vector_stores', 'json',
        'Create a vector store.',
        'create-vector-store',
        (
            _Arg('file_ids', 'file_ids', 'file_ids', 'field', 'array', 'list[str]', False, False, False, False, None, 'A list of [File](https://api.openai.com/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.'),
            _Arg('name', 'name', 'name', 'field', 'string', 'str', False, False, False, False, None, 'The name of the vector store.'),
            _Arg('description', 'description', 'description', 'field', 'string', 'str', False, False, False, False, None, "A description for the vector store. Can be used to describe the vector store's purpose."),
            _Arg('expires_after', 'expires_after', 'expires_after', 'field', 'object', 'VectorStoreExpirationAfter', False, False, False, False, None, 'The expiration policy for a vector store.'),
            _Arg('chunking_strategy', 'chunking_strategy', 'chunking_strategy', 'field', 'object', 'AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam', False, False, False, False, None, 'The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty.'),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'CreateVectorStoreRequest', False, ''),
    ),
    _Op(
        'get-vector-store', 'getVectorStore', 'vector_stores', 'get_vector_store', 'GET /vector_stores/{vector_store_id}', 'json',
        'Retrieves a vector store.',
        'get-vector-store vector_store_id=string',
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store to retrieve.'),
        ),
        None,
    ),
    _Op(
        'modify-vector-store', 'modifyVectorStore', 'vector_stores', 'modify_vector_store', 'POST /vector_stores/{vector_store_id}', 'json',
        'Modifies a vector store.',
        'modify-vector-store vector_store_id=string',
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store to modify.'),
            _Arg('name', 'name', 'name', 'field', 'string', 'str | None', False, True, False, False, None, 'The name of the vector store.'),
            _Arg('expires_after', 'expires_after', 'expires_after', 'field', 'object', 'VectorStoreExpirationAfter | None', False, True, False, False, None, ''),
            _Arg('metadata', 'metadata', 'metadata', 'field', 'any', 'Metadata', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'UpdateVectorStoreRequest', False, ''),
    ),
    _Op(
        'delete-vector-store', 'deleteVectorStore', 'vector_stores', 'delete_vector_store', 'DELETE /vector_stores/{vector_store_id}', 'json',
        'Delete a vector store.',
        'delete-vector-store vector_store_id=string',
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store to delete.'),
        ),
        None,
    ),
    _Op(
        'create-vector-store-file-batch', 'createVectorStoreFileBatch', 'vector_stores', 'create_vector_store_file_batch', 'POST /vector_stores/{vector_store_id}/file_batches', 'json',
        'Create a vector store file batch. The maximum number of files in a single batch request is 2000. Vector store file attach requests are rate limited per vector store (300 requests per minute across both this endpoint and `/vector_stores/{vector_store_id}/files`). For ingesting multiple files into the same vector store, this batch endpoint is recommended.',
        'create-vector-store-file-batch vector_store_id=vs_abc123',
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store for which to create a File Batch.'),
        ),
        _Body('json', 'any', 'CreateVectorStoreFileBatchRequest', True, ''),
    ),
    _Op(
        'get-vector-store-file-batch', 'getVectorStoreFileBatch', 'vector_stores', 'get_vector_store_file_batch', 'GET /vector_stores/{vector_store_id}/file_batches/{batch_id}', 'json',
        'Retrieves a vector store file batch.',
        'get-vector-store-file-batch vector_store_id=vs_abc123 batch_id=vsfb_abc123',
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store that the file batch belongs to.'),
            _Arg('batch_id', 'batch_id', 'batch_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the file batch being retrieved.'),
        ),
        None,
    ),
    _Op(
        'cancel-vector-store-file-batch', 'cancelVectorStoreFileBatch', 'vector_stores', 'cancel_vector_store_file_batch', 'POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel', 'json',
        'Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as possible.',
        'cancel-vector-store-file-batch vector_store_id=string batch_id=string',
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store that the file batch belongs to.'),
            _Arg('batch_id', 'batch_id', 'batch_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the file batch to cancel.'),
        ),
        None,
    ),
    _Op(
        'list-files-in-vector-store-batch', 'listFilesInVectorStoreBatch', 'vector_stores', 'list_files_in_vector_store_batch', 'GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files', 'json',
        'Returns a list of vector store files in a batch.',
        'list-files-in-vector-store-batch vector_store_id=string batch_id=string',
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store that the files belong to.'),
            _Arg('batch_id', 'batch_id', 'batch_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the file batch that the files belong to.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"desc"', 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('before', 'before', 'before', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.'),
            _Arg('filter', 'filter', 'filter', 'query', 'string', "Literal['in_progress', 'completed', 'failed', 'cancelled'] | str", False, False, False, False, None, 'Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.'),
        ),
        None,
    ),
    _Op(
        'list-vector-store-files', 'listVectorStoreFiles', 'vector_stores', 'list_vector_store_files', 'GET /vector_stores/{vector_store_id}/files', 'json',
        'Returns a list of vector store files.',
        'list-vector-store-files vector_store_id=string',
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store that the files belong to.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, '20', 'A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.'),
            _Arg('order', 'order', 'order', 'query', 'string', "Literal['asc', 'desc'] | str", False, False, False, False, '"desc"', 'Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.'),
            _Arg('before', 'before', 'before', 'query', 'string', 'str', False, False, False, False, None, 'A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.'),
            _Arg('filter', 'filter', 'filter', 'query', 'string', "Literal['in_progress', 'completed', 'failed', 'cancelled'] | str", False, False, False, False, None, 'Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.'),
        ),
        None,
    ),
    _Op(
        'create-vector-store-file', 'createVectorStoreFile', 'vector_stores', 'create_vector_store_file', 'POST /vector_stores/{vector_store_id}/files', 'json',
        'Create a vector store file by attaching a [File](/docs/api-reference/files) to a [vector store](/docs/api-reference/vector-stores/object). This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with `/vector_stores/{vector_store_id}/file_batches`. For uploading multiple files to the same vector store, use the file batches endpoint to reduce request volume.',
        'create-vector-store-file vector_store_id=vs_abc123 file_id=string',
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store for which to create a File.'),
            _Arg('file_id', 'file_id', 'file_id', 'field', 'string', 'str', True, False, False, False, None, 'A [File](https://api.openai.com/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](https://api.openai.com/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests.'),
            _Arg('chunking_strategy', 'chunking_strategy', 'chunking_strategy', 'field', 'any', 'ChunkingStrategyRequestParam', False, False, False, False, None, 'The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.'),
            _Arg('attributes', 'attributes', 'attributes', 'field', 'any', 'VectorStoreFileAttributes', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'CreateVectorStoreFileRequest', False, ''),
    ),
    _Op(
        'get-vector-store-file', 'getVectorStoreFile', 'vector_stores', 'get_vector_store_file', 'GET /vector_stores/{vector_store_id}/files/{file_id}', 'json',
        'Retrieves a vector store file.',
        'get-vector-store-file vector_store_id=vs_abc123 file_id=file-abc123',
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store that the file belongs to.'),
            _Arg('file_id', 'file_id', 'file_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the file being retrieved.'),
        ),
        None,
    ),
    _Op(
        'delete-vector-store-file', 'deleteVectorStoreFile', 'vector_stores', 'delete_vector_store_file', 'DELETE /vector_stores/{vector_store_id}/files/{file_id}', 'json',
        'Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the [delete file](/docs/api-reference/files/delete) endpoint.',
        'delete-vector-store-file vector_store_id=string file_id=string',
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store that the file belongs to.'),
            _Arg('file_id', 'file_id', 'file_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the file to delete.'),
        ),
        None,
    ),
    _Op(
        'update-vector-store-file-attributes', 'updateVectorStoreFileAttributes', 'vector_stores', 'update_vector_store_file_attributes', 'POST /vector_stores/{vector_store_id}/files/{file_id}', 'json',
        'Update attributes on a vector store file.',
        "update-vector-store-file-attributes vector_store_id=vs_abc123 file_id=file-abc123 attributes:='{}'",
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store the file belongs to.'),
            _Arg('file_id', 'file_id', 'file_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the file to update attributes.'),
            _Arg('attributes', 'attributes', 'attributes', 'field', 'any', 'VectorStoreFileAttributes', True, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'UpdateVectorStoreFileAttributesRequest', False, ''),
    ),
    _Op(
        'retrieve-vector-store-file-content', 'retrieveVectorStoreFileContent', 'vector_stores', 'retrieve_vector_store_file_content', 'GET /vector_stores/{vector_store_id}/files/{file_id}/content', 'json',
        'Retrieve the parsed contents of a vector store file.',
        'retrieve-vector-store-file-content vector_store_id=vs_abc123 file_id=file-abc123',
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store.'),
            _Arg('file_id', 'file_id', 'file_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the file within the vector store.'),
        ),
        None,
    ),
    _Op(
        'search-vector-store', 'searchVectorStore', 'vector_stores', 'search_vector_store', 'POST /vector_stores/{vector_store_id}/search', 'json',
        'Search a vector store for relevant chunks based on a query and file attributes filter.',
        'search-vector-store vector_store_id=vs_abc123 query=string',
        (
            _Arg('vector_store_id', 'vector_store_id', 'vector_store_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the vector store to search.'),
            _Arg('query', 'query', 'query', 'field', 'any', 'str | list[str]', True, False, False, False, None, 'A query string for a search'),
            _Arg('rewrite_query', 'rewrite_query', 'rewrite_query', 'field', 'boolean', 'bool', False, False, False, False, 'false', 'Whether to rewrite the natural language query for vector search.'),
            _Arg('max_num_results', 'max_num_results', 'max_num_results', 'field', 'integer', 'int', False, False, False, False, '10', 'The maximum number of results to return. This number should be between 1 and 50 inclusive.'),
            _Arg('filters', 'filters', 'filters', 'field', 'object', 'ComparisonFilter | CompoundFilter', False, False, False, False, None, 'A filter to apply based on file attributes.'),
            _Arg('ranking_options', 'ranking_options', 'ranking_options', 'field', 'object', 'VectorStoreSearchRequestRankingOptions', False, False, False, False, None, 'Ranking options for search.'),
        ),
        _Body('json', 'object', 'VectorStoreSearchRequest', False, ''),
    ),
    _Op(
        'create-video', 'createVideo', 'videos', 'create_video', 'POST /videos', 'json',
        'Create a new video generation job from a prompt and optional reference assets.',
        'create-video',
        (
            _Arg('model', 'model', 'model', 'field', 'any', 'VideoModel', False, False, False, False, None, 'The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.'),
            _Arg('prompt', 'prompt', 'prompt', 'field', 'string', 'str', False, False, False, False, None, 'Text prompt that describes the video to generate.'),
            _Arg('input_reference', 'input_reference', 'input_reference', 'field', 'object', 'ImageRefParam2', False, False, False, False, None, 'Optional reference object that guides generation. Provide exactly one of `image_url` or `file_id`.'),
            _Arg('seconds', 'seconds', 'seconds', 'field', 'any', 'VideoSeconds', False, False, False, False, None, 'Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.'),
            _Arg('size', 'size', 'size', 'field', 'any', 'VideoSize', False, False, False, False, None, 'Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.'),
        ),
        _Body('json', 'object', 'CreateVideoJsonBody', False, ''),
    ),
    _Op(
        'list-videos', 'ListVideos', 'videos', 'list_videos', 'GET /videos', 'json',
        'List recently generated videos for the current project.',
        'list-videos',
        (
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Number of items to retrieve'),
            _Arg('order', 'order', 'order', 'query', 'any', 'OrderEnum', False, False, False, False, None, 'Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Identifier for the last item from the previous pagination request'),
        ),
        None,
    ),
    _Op(
        'create-video-character', 'CreateVideoCharacter', 'videos', 'create_video_character', 'POST /videos/characters', 'json',
        'Create a character from an uploaded video.',
        'create-video-character',
        (
            _Arg('video', 'video', 'video', 'field', 'file', 'file', False, False, False, False, None, 'Video file used to create a character.'),
            _Arg('name', 'name', 'name', 'field', 'string', 'str', False, False, False, False, None, 'Display name for this API character.'),
        ),
        None,
    ),
    _Op(
        'get-video-character', 'GetVideoCharacter', 'videos', 'get_video_character', 'GET /videos/characters/{character_id}', 'json',
        'Fetch a character.',
        'get-video-character character_id=char_123',
        (
            _Arg('character_id', 'character_id', 'character_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the character to retrieve.'),
        ),
        None,
    ),
    _Op(
        'create-video-edit', 'CreateVideoEdit', 'videos', 'create_video_edit', 'POST /videos/edits', 'json',
        'Create a new video generation job by editing a source video or existing generated video.',
        'create-video-edit',
        (
            _Arg('video', 'video', 'video', 'field', 'object', 'VideoReferenceInputParam', False, False, False, False, None, 'Reference to the completed video to edit.'),
            _Arg('prompt', 'prompt', 'prompt', 'field', 'string', 'str', False, False, False, False, None, 'Text prompt that describes how to edit the source video.'),
        ),
        _Body('json', 'object', 'CreateVideoEditJsonBody', False, ''),
    ),
    _Op(
        'create-video-extend', 'CreateVideoExtend', 'videos', 'create_video_extend', 'POST /videos/extensions', 'json',
        'Create an extension of a completed video.',
        'create-video-extend',
        (
            _Arg('video', 'video', 'video', 'field', 'object', 'VideoReferenceInputParam', False, False, False, False, None, 'Reference to the completed video to extend.'),
            _Arg('prompt', 'prompt', 'prompt', 'field', 'string', 'str', False, False, False, False, None, 'Updated text prompt that directs the extension generation.'),
            _Arg('seconds', 'seconds', 'seconds', 'field', 'any', 'VideoSeconds', False, False, False, False, None, 'Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).'),
        ),
        _Body('json', 'object', 'CreateVideoExtendJsonBody', False, ''),
    ),
    _Op(
        'get-video', 'GetVideo', 'videos', 'get_video', 'GET /videos/{video_id}', 'json',
        'Fetch the latest metadata for a generated video.',
        'get-video video_id=video_123',
        (
            _Arg('video_id', 'video_id', 'video_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the video to retrieve.'),
        ),
        None,
    ),
    _Op(
        'delete-video', 'DeleteVideo', 'videos', 'delete_video', 'DELETE /videos/{video_id}', 'json',
        'Permanently delete a completed or failed video and its stored assets.',
        'delete-video video_id=video_123',
        (
            _Arg('video_id', 'video_id', 'video_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the video to delete.'),
        ),
        None,
    ),
    _Op(
        'retrieve-video-content', 'RetrieveVideoContent', 'videos', 'retrieve_video_content', 'GET /videos/{video_id}/content', 'json',
        'Download the generated video bytes or a derived preview asset. Streams the rendered video content for the specified video job.',
        'retrieve-video-content video_id=video_123',
        (
            _Arg('video_id', 'video_id', 'video_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the video whose media to download.'),
            _Arg('variant', 'variant', 'variant', 'query', 'any', 'VideoContentVariant', False, False, False, False, None, 'Which downloadable asset to return. Defaults to the MP4 video.'),
        ),
        None,
    ),
    _Op(
        'create-video-remix', 'CreateVideoRemix', 'videos', 'create_video_remix', 'POST /videos/{video_id}/remix', 'json',
        'Create a remix of a completed video using a refreshed prompt.',
        'create-video-remix video_id=video_123',
        (
            _Arg('video_id', 'video_id', 'video_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the completed video to remix.'),
            _Arg('prompt', 'prompt', 'prompt', 'field', 'string', 'str', False, False, False, False, None, 'Updated text prompt that directs the remix generation.'),
        ),
        _Body('json', 'object', 'CreateVideoRemixBody', False, ''),
    ),
    _Op(
        'create-skill', 'CreateSkill', 'skills', 'create_skill', 'POST /skills', 'json',
        'Create a new skill.',
        'create-skill',
        (
            _Arg('files', 'files', 'files', 'field', 'file', 'list[file] | file', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'CreateSkillBody', False, ''),
    ),
    _Op(
        'list-skills', 'ListSkills', 'skills', 'list_skills', 'GET /skills', 'json',
        'List all skills for the current project.',
        'list-skills',
        (
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Number of items to retrieve'),
            _Arg('order', 'order', 'order', 'query', 'any', 'OrderEnum', False, False, False, False, None, 'Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'Identifier for the last item from the previous pagination request'),
        ),
        None,
    ),
    _Op(
        'delete-skill', 'DeleteSkill', 'skills', 'delete_skill', 'DELETE /skills/{skill_id}', 'json',
        'Delete a skill by its ID.',
        'delete-skill skill_id=skill_123',
        (
            _Arg('skill_id', 'skill_id', 'skill_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the skill to delete.'),
        ),
        None,
    ),
    _Op(
        'get-skill', 'GetSkill', 'skills', 'get_skill', 'GET /skills/{skill_id}', 'json',
        'Get a skill by its ID.',
        'get-skill skill_id=skill_123',
        (
            _Arg('skill_id', 'skill_id', 'skill_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the skill to retrieve.'),
        ),
        None,
    ),
    _Op(
        'update-skill-default-version', 'UpdateSkillDefaultVersion', 'skills', 'update_skill_default_version', 'POST /skills/{skill_id}', 'json',
        'Update the default version pointer for a skill.',
        'update-skill-default-version skill_id=skill_123',
        (
            _Arg('skill_id', 'skill_id', 'skill_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the skill.'),
            _Arg('default_version', 'default_version', 'default_version', 'field', 'string', 'str', False, False, False, False, None, 'The skill version number to set as default.'),
        ),
        _Body('json', 'object', 'SetDefaultSkillVersionBody', False, ''),
    ),
    _Op(
        'get-skill-content', 'GetSkillContent', 'skills', 'get_skill_content', 'GET /skills/{skill_id}/content', 'json',
        'Download a skill zip bundle by its ID.',
        'get-skill-content skill_id=skill_123',
        (
            _Arg('skill_id', 'skill_id', 'skill_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the skill to download.'),
        ),
        None,
    ),
    _Op(
        'create-skill-version', 'CreateSkillVersion', 'skills', 'create_skill_version', 'POST /skills/{skill_id}/versions', 'json',
        'Create a new immutable skill version.',
        'create-skill-version skill_id=skill_123',
        (
            _Arg('skill_id', 'skill_id', 'skill_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the skill to version.'),
            _Arg('files', 'files', 'files', 'field', 'file', 'list[file] | file', False, False, False, False, None, ''),
            _Arg('default', 'default', 'default', 'field', 'boolean', 'bool', False, False, False, False, None, 'Whether to set this version as the default.'),
        ),
        _Body('json', 'object', 'CreateSkillVersionBody', False, ''),
    ),
    _Op(
        'list-skill-versions', 'ListSkillVersions', 'skills', 'list_skill_versions', 'GET /skills/{skill_id}/versions', 'json',
        'List skill versions for a skill.',
        'list-skill-versions skill_id=skill_123',
        (
            _Arg('skill_id', 'skill_id', 'skill_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the skill.'),
            _Arg('limit', 'limit', 'limit', 'query', 'integer', 'int', False, False, False, False, None, 'Number of versions to retrieve.'),
            _Arg('order', 'order', 'order', 'query', 'any', 'OrderEnum', False, False, False, False, None, 'Sort order of results by version number.'),
            _Arg('after', 'after', 'after', 'query', 'string', 'str', False, False, False, False, None, 'The skill version ID to start after.'),
        ),
        None,
    ),
    _Op(
        'get-skill-version', 'GetSkillVersion', 'skills', 'get_skill_version', 'GET /skills/{skill_id}/versions/{version}', 'json',
        'Get a specific skill version.',
        'get-skill-version skill_id=skill_123 version=string',
        (
            _Arg('skill_id', 'skill_id', 'skill_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the skill.'),
            _Arg('version', 'version', 'version', 'path', 'string', 'str', True, False, True, False, None, 'The version number to retrieve.'),
        ),
        None,
    ),
    _Op(
        'delete-skill-version', 'DeleteSkillVersion', 'skills', 'delete_skill_version', 'DELETE /skills/{skill_id}/versions/{version}', 'json',
        'Delete a skill version.',
        'delete-skill-version skill_id=skill_123 version=string',
        (
            _Arg('skill_id', 'skill_id', 'skill_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the skill.'),
            _Arg('version', 'version', 'version', 'path', 'string', 'str', True, False, True, False, None, 'The skill version number.'),
        ),
        None,
    ),
    _Op(
        'get-skill-version-content', 'GetSkillVersionContent', 'skills', 'get_skill_version_content', 'GET /skills/{skill_id}/versions/{version}/content', 'json',
        'Download a skill version zip bundle.',
        'get-skill-version-content skill_id=skill_123 version=string',
        (
            _Arg('skill_id', 'skill_id', 'skill_id', 'path', 'string', 'str', True, False, True, False, None, 'The identifier of the skill.'),
            _Arg('version', 'version', 'version', 'path', 'string', 'str', True, False, True, False, None, 'The skill version number.'),
        ),
        None,
    ),
)
# fmt: on

LOCATIONS = {
    "path": "path",
    "query": "query",
    "header": "header",
    "cookie": "cookie",
    "field": "body field",
}
KINDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "array": "a JSON array",
    "object": "a JSON object",
    "file": "a file",
    "any": "a JSON value",
}
PLACEHOLDERS = {
    "string": "TEXT",
    "integer": "INTEGER",
    "number": "NUMBER",
    "boolean": "true|false",
    "array": "JSON-ARRAY",
    "object": "JSON-OBJECT",
    "file": "@FILE",
    "any": "JSON",
}
PLAIN_TYPES = frozenset(
    {
        "str",
        "int",
        "float",
        "bool",
        "file",
        "bytes",
        "Any",
        "list[Any]",
        "dict[str, Any]",
    }
)
INTEGER = re.compile(r"[+-]?[0-9]+")
NO_BODY: Any = object()


class UsageError(Exception):
    """A mistake on the command line: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _escape(text: str) -> str:
    """argparse %-formats help and usage strings."""
    return text.replace("%", "%%")


def _prog() -> str:
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return (
        name
        if name and name not in ("__main__.py", "-c", "-m")
        else f"python -m {PACKAGE}"
    )


def _width() -> int:
    return max(40, min(shutil.get_terminal_size((100, 24)).columns, 100) - 2)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, got {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(
            f"expected a positive number of seconds, got {text!r}"
        )
    return value


def _operations_help() -> str:
    width = _width()
    column = max(len(op.cli) for op in OPERATIONS) if OPERATIONS else 0
    lines = ["operations (the operationId is accepted too):"]
    for attr, tag, description in GROUPS:
        lines.append("")
        lines.append(
            textwrap.shorten(
                f"{tag}: {description}" if description else tag,
                width,
                placeholder="...",
            )
        )
        for op in OPERATIONS:
            if op.group == attr:
                summary = textwrap.shorten(
                    op.doc, max(20, width - column - 4), placeholder="..."
                )
                lines.append(f"  {op.cli.ljust(column)}  {summary}")
    return "\n".join(lines)


def _parser(prog: str) -> _Parser:
    parser = _Parser(
        prog=_escape(prog),
        usage=_escape(
            f"{prog} [options] <operation> [key=value | key:=json | key=@file ...]"
        ),
        description=_operations_help(),
        epilog=(
            f"Run `{prog} <operation> --help` for an operation's parameters.\n"
            "Exit status: 0 success, 1 API error, 2 usage error, 3 connection error or timeout."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=False,
        allow_abbrev=False,
    )
    parser.add_argument("words", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument(
        "-h",
        "--help",
        action="store_true",
        help="show this help; after an operation, its parameters",
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help=_escape(
            f"the API's base URL (default: ${BASE_URL_ENV}, else {DEFAULT_BASE_URL})"
        ),
    )
    parser.add_argument("--token", metavar="TOKEN", help=_escape(TOKEN_HELP))
    parser.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_seconds,
        help="request timeout in seconds (default: 60)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="print the request to stderr, secrets redacted",
    )
    parser.add_argument(
        "-i",
        "--include",
        action="store_true",
        help="print the status line and response headers first",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the response body to FILE as received",
    )
    parser.add_argument(
        "--body",
        metavar="@FILE|-",
        help="the whole request body: @file.json, - for stdin, or inline JSON",
    )
    parser.add_argument(
        "--version", action="store_true", help="print the client version"
    )
    return parser


def _suggest(word: str, choices: dict[str, str]) -> str:
    """` (did you mean 'x'?)` for the closest choice (keys are matched, values shown), or ''."""
    import difflib

    lowered = {c.lower(): shown for c, shown in choices.items()}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1)
    return f" (did you mean {lowered[close[0]]!r}?)" if close else ""


def _find(word: str, prog: str) -> _Op:
    for op in OPERATIONS:
        if word in (op.cli, op.operation_id, op.method):
            return op
    names = {op.operation_id: op.cli for op in OPERATIONS} | {
        op.cli: op.cli for op in OPERATIONS
    }
    hint = _suggest(word, names)
    raise UsageError(
        f"unknown operation {word!r}{hint}; run `{prog} --help` to list them"
    )


def _expected(kind: str, type_doc: str) -> str:
    phrase = KINDS.get(kind, "a value")
    return phrase if type_doc in PLAIN_TYPES else f"{phrase} ({type_doc})"


def _syntax(arg: _Arg) -> str:
    """How the help shows an argument: `=` for text (and parameters), `:=` for typed JSON."""
    if arg.location != "field" and arg.kind == "array":
        return f"{arg.key}=VALUE (repeatable)"
    if arg.kind in ("string", "file") or (
        arg.location != "field" and arg.kind in ("integer", "number", "boolean")
    ):
        return f"{arg.key}={PLACEHOLDERS[arg.kind]}"
    return f"{arg.key}:={PLACEHOLDERS.get(arg.kind, 'JSON')}"


def _is_kind(value: object, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


def _shown(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def _read_text(where: str, path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except FileNotFoundError:
        raise UsageError(f"{where}: file not found: {path!r}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{where}: {path!r} is not UTF-8 text") from None
    except OSError as exc:
        raise UsageError(
            f"{where}: cannot read {path!r} ({exc.strerror or exc})"
        ) from None


def _file(where: str, path: str) -> Any:
    """A file to upload: checked now, opened by the client when it sends the request."""
    if path == "-":
        return ("stdin", sys.stdin.buffer.read())
    if not os.path.isfile(path):
        raise UsageError(f"{where}: file not found: {path!r}")
    if not os.access(path, os.R_OK):
        raise UsageError(f"{where}: cannot read {path!r} (permission denied)")
    return pathlib.Path(path)


def _from_text(where: str, arg: _Arg, text: str) -> Any:
    """A `key=value` value, converted to the argument's JSON type."""
    if arg.kind == "integer" and INTEGER.fullmatch(text.strip()):
        return int(text)
    if arg.kind == "number":
        if INTEGER.fullmatch(text.strip()):
            return int(text)
        try:
            number = float(text)
        except ValueError:
            pass
        else:
            if math.isfinite(number):
                return number
    if arg.kind == "boolean":
        flag = text.strip().lower()
        if flag in ("true", "1", "yes", "on"):
            return True
        if flag in ("false", "0", "no", "off"):
            return False
    if arg.kind == "array":
        return [text]
    if arg.kind == "object":
        raise UsageError(
            f"{where} expects {_expected(arg.kind, arg.type_doc)}: pass it as {arg.key}:=JSON"
        )
    if arg.kind in ("string", "any"):
        return text
    raise UsageError(
        f"{where} expects {_expected(arg.kind, arg.type_doc)}, got {_shown(text)}"
    )


def _value(op: _Op, arg: _Arg, sep: str, text: str) -> Any:
    where = f"{op.cli}: {arg.key}"
    if arg.kind == "file":
        if sep != "=" or not text.startswith("@"):
            raise UsageError(
                f"{where} expects a file: pass {arg.key}=@PATH ({arg.key}=@- reads stdin)"
            )
        return _file(where, text[1:])
    if text.startswith("@"):
        text = _read_text(where, text[1:])
    if sep == "=":
        return _from_text(where, arg, text)
    try:
        value = json.loads(text)
    except ValueError:
        raise UsageError(
            f"{where}: {_shown(text)} is not valid JSON (after ':=')"
        ) from None
    if value is None and arg.nullable:
        return None
    if not _is_kind(value, arg.kind):
        raise UsageError(
            f"{where} expects {_expected(arg.kind, arg.type_doc)}, got {_shown(text)}"
        )
    return value


def _read_body(op: _Op, body: _Body, text: str) -> Any:
    where = f"{op.cli}: --body"
    if body.media == "binary" or body.kind == "file":
        if text in ("-", "@-"):
            return sys.stdin.buffer.read()
        if text.startswith("@"):
            return _file(where, text[1:])
        raise UsageError(f"{where} takes @FILE, or - for stdin")
    if text == "-":
        raw = sys.stdin.read()
    elif text.startswith("@"):
        raw = _read_text(where, text[1:])
    else:
        raw = text
    if body.media == "text":
        return raw
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise UsageError(f"{where}: not valid JSON ({exc})") from None
    if not _is_kind(value, body.kind):
        raise UsageError(f"{where} expects {_expected(body.kind, body.type_doc)}")
    return value


def _split(op: _Op, item: str) -> tuple[str, str, str]:
    eq = item.find("=")
    if eq > 0 and item[eq - 1] == ":":
        key, sep = item[: eq - 1], ":="
    else:
        key, sep = item[:eq], "="
    if eq < 0 or not key:
        raise UsageError(
            f"{op.cli}: expected key=value, key:=json or key=@file, got {_shown(item)}"
        )
    return key, sep, item[eq + 1 :]


def _prepare(
    op: _Op, items: Sequence[str], body_text: str | None, prog: str
) -> tuple[list[Any], dict[str, Any]]:
    """The method's positional and keyword arguments, or a UsageError before anything is sent."""
    by_key = {a.key: a for a in op.args}
    for a in op.args:
        by_key.setdefault(a.name, a)
    values: dict[str, Any] = {}
    for item in items:
        key, sep, text = _split(op, item)
        arg = by_key.get(key)
        if arg is None:
            hint = _suggest(key, {a.key: a.key for a in op.args})
            raise UsageError(
                f"{op.cli}: unknown parameter {key!r}{hint}; run `{prog} {op.cli} --help`"
            )
        value = _value(op, arg, sep, text)
        if arg.name in values:
            if not (
                arg.kind == "array"
                and sep == "="
                and isinstance(values[arg.name], list)
            ):
                raise UsageError(f"{op.cli}: {arg.key} is given twice")
            value = values[arg.name] + value
        values[arg.name] = value
    body: Any = NO_BODY
    has_fields = any(a.location == "field" for a in op.args)
    if body_text is not None:
        if op.body is None:
            raise UsageError(
                f"{op.cli} takes no --body"
                + ("; pass its fields as key=value" if has_fields else "")
            )
        body = _read_body(op, op.body, body_text)
    for a in op.args:
        if (
            a.required
            and a.name not in values
            and not (a.location == "field" and body is not NO_BODY)
        ):
            raise UsageError(
                f"{op.cli}: missing required parameter {a.key} ({LOCATIONS[a.location]}, {_expected(a.kind, a.type_doc)}): pass {_syntax(a)}"
            )
    if op.body is not None and op.body.required and body is NO_BODY and not has_fields:
        raise UsageError(
            f"{op.cli}: missing the request body ({_expected(op.body.kind, op.body.type_doc)}): pass --body @FILE or --body -"
        )
    positional = [values.pop(a.name) for a in op.args if a.positional]
    if body is not NO_BODY:
        fields = {
            a.wire: values.pop(a.name)
            for a in op.args
            if a.location == "field" and a.name in values
        }
        if fields:
            if not isinstance(body, dict):
                raise UsageError(
                    f"{op.cli}: body fields given as key=value need --body to be a JSON object"
                )
            body = {**body, **fields}
        values["body"] = body
    return positional, values


def _op_help(op: _Op, prog: str) -> str:
    width = _width()

    def para(text: str, indent: str = "") -> list[str]:
        wrapped = textwrap.wrap(
            text,
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_on_hyphens=False,
            break_long_words=False,  # a URL stays whole, however narrow the terminal
        )
        return wrapped or [indent.rstrip()]

    required = [_syntax(a) for a in op.args if a.required]
    if (
        op.body is not None
        and op.body.required
        and not any(a.location == "field" for a in op.args)
    ):
        required.append("--body @FILE")
    optional = " [key=value ...]" if len(required) < len(op.args) else ""
    lines = [f"usage: {' '.join([prog, op.cli, *required])}{optional} [options]", ""]
    lines += para(op.doc)
    lines += [
        "",
        f"{op.http}  (operationId {op.operation_id}; Python: client.{op.group}.{op.method})",
        "",
    ]
    if op.args or op.body is not None:
        lines.append("parameters:")
    else:
        lines.append("This operation takes no parameters.")
    for a in op.args:
        notes = [
            LOCATIONS[a.location],
            a.type_doc,
            "required" if a.required else "optional",
        ]
        if a.default is not None:
            notes.append(f"default {a.default}")
        if a.deprecated:
            notes.append("deprecated")
        lines.append(f"  {_syntax(a)}")
        lines += para(
            "; ".join(notes) + (". " + a.description if a.description else ""), "      "
        )
    if op.body is not None:
        fields = any(a.location == "field" for a in op.args)
        what = (
            "the whole request body; fields given as key=value are merged into it"
            if fields
            else "the request body"
        )
        notes = [
            what,
            op.body.type_doc,
            "required" if op.body.required and not fields else "optional",
        ]
        lines.append(
            "  --body @FILE|-"
            + ("|JSON" if op.body.media not in ("binary", "text") else "")
        )
        lines += para(
            "; ".join(notes)
            + (". " + op.body.description if op.body.description else ""),
            "      ",
        )
    lines += ["", "example:", f"  {prog} {op.example}", ""]
    lines += para(
        f"Global options (base URL, credentials, timeout, --verbose, --include, --output): see `{prog} --help`."
    )
    return "\n".join(lines) + "\n"


def _fail(text: str) -> None:
    print(text, file=sys.stderr)


def _redacted(name: str, value: str) -> str:
    lowered = name.lower()
    if lowered not in SECRET_HEADERS:
        return value
    scheme, space, _ = value.partition(" ")
    return (
        f"{scheme} REDACTED"
        if space and lowered.endswith("authorization")
        else "REDACTED"
    )


def _show_request(request: httpx.Request) -> None:
    url = request.url
    if any(k in SECRET_QUERY for k in url.params):
        url = url.copy_with(
            params=[
                (k, "REDACTED" if k in SECRET_QUERY else v)
                for k, v in url.params.multi_items()
            ]
        )
    _fail(f"> {request.method} {url}")
    for raw_name, raw_value in request.headers.raw:
        name = raw_name.decode("latin-1")
        _fail(f"> {name}: {_redacted(name, raw_value.decode('latin-1'))}")
    try:
        content = request.content
    except httpx.RequestNotRead:
        _fail(
            f"> [streamed body, {request.headers.get('content-length', 'unknown')} bytes]"
        )
        return
    if content:
        ctype = request.headers.get("content-type", "")
        readable = (
            "json" in ctype
            or "x-www-form-urlencoded" in ctype
            or ctype.startswith("text/")
        )
        _fail(">")
        _fail(
            content.decode("utf-8", "replace")
            if readable
            else f"[{len(content)} bytes of {ctype or 'data'}]"
        )


def _show_response(response: httpx.Response) -> None:
    _fail(f"< {response.http_version} {response.status_code} {response.reason_phrase}")
    for raw_name, raw_value in response.headers.raw:
        name = raw_name.decode("latin-1")
        _fail(f"< {name}: {_redacted(name, raw_value.decode('latin-1'))}")


def _error_body(content: bytes) -> str:
    try:
        return json.dumps(
            json.loads(content), ensure_ascii=False, separators=(",", ":")
        )
    except ValueError:
        return content.decode("utf-8", "replace").strip()


def _write(
    op: _Op, response: ApiResponse[Any], include: bool, output: str | None
) -> None:
    raw = response.raw
    out = sys.stdout
    if include:
        out.write(f"{raw.http_version} {raw.status_code} {raw.reason_phrase}\n")
        for name, value in raw.headers.raw:
            out.write(f"{name.decode('latin-1')}: {value.decode('latin-1')}\n")
        out.write("\n")
    if op.returns == "sse":  # one JSON line per event, as they arrive
        target = (
            open(output, "w", encoding="utf-8") if output is not None else out
        )  # noqa: SIM115
        try:
            for event in response.data:
                target.write(
                    json.dumps(
                        jsonable(event), ensure_ascii=False, separators=(",", ":")
                    )
                    + "\n"
                )
                target.flush()
        finally:
            if target is not out:
                target.close()
        return
    if output is not None:
        with open(output, "wb") as fh:
            fh.write(raw.content)
        return
    if op.returns == "binary":
        out.flush()
        out.buffer.write(raw.content)
        out.buffer.flush()
        return
    if not raw.content:
        return
    if op.returns == "json":
        try:
            data = json.loads(raw.content)
        except ValueError:
            pass
        else:
            pretty = out.isatty()
            text = json.dumps(
                data,
                ensure_ascii=False,
                indent=2 if pretty else None,
                separators=None if pretty else (",", ":"),
            )
            out.write(text + "\n")
            return
    text = raw.text
    out.write(text if text.endswith("\n") else text + "\n")


def _run(
    op: _Op, positional: list[Any], keywords: dict[str, Any], ns: argparse.Namespace
) -> int:
    timeout = ns.timeout if ns.timeout is not None else DEFAULT_TIMEOUT
    hooks: dict[str, list[Any]] = {
        "request": [_show_request],
        "response": [_show_response],
    }
    http_client = (
        httpx.Client(timeout=timeout, follow_redirects=True, event_hooks=hooks)
        if ns.verbose
        else None
    )
    token = ns.token or None
    client = Client(
        base_url=ns.base_url or None,
        api_key_auth=token,
        admin_api_key_auth=token,
        timeout=timeout,
        http_client=http_client,
    )
    try:
        method = getattr(getattr(client, op.group), op.method + "_with_http_info")
        response: ApiResponse[Any] = method(*positional, **keywords)
        _write(op, response, ns.include, ns.output)
    except ApiStatusError as exc:
        _fail(f"error: {exc.message}")
        detail = _error_body(exc.body)
        if detail:
            _fail(detail)
        return 1
    except ApiTimeoutError as exc:
        _fail(
            f"error: {op.cli}: {exc.message} ({client.base_url}); try a larger --timeout"
        )
        return 3
    except ApiConnectionError as exc:
        _fail(
            f"error: {op.cli}: {exc.message} to {client.base_url}; check --base-url or ${BASE_URL_ENV}"
        )
        return 3
    except ApiError as exc:
        _fail(f"error: {op.cli}: {exc.message}")
        return 1
    except pydantic.ValidationError as exc:
        first = exc.errors()[0] if exc.error_count() else {"loc": (), "msg": "invalid"}
        where = ".".join(str(p) for p in first["loc"])
        _fail(
            f"error: {op.operation_id}: the response does not match the API description ({where}: {first['msg']})"
        )
        return 1
    except OSError as exc:
        _fail(f"error: {op.cli}: {exc.strerror or exc}: {exc.filename!r}")
        return 2
    finally:
        client.close()
        if http_client is not None:
            http_client.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run one operation from the command line; returns the exit status."""
    prog = _prog()
    try:
        parser = _parser(prog)
        ns = parser.parse_intermixed_args(argv)
        if ns.version:
            print(f"{PACKAGE} {__version__}")
            return 0
        if not ns.words:
            if ns.help:
                sys.stdout.write(parser.format_help())
                return 0
            raise UsageError(f"no operation given; run `{prog} --help` to list them")
        op = _find(ns.words[0], prog)
        if ns.help:
            sys.stdout.write(_op_help(op, prog))
            return 0
        positional, keywords = _prepare(op, ns.words[1:], ns.body, prog)
        if op.returns == "binary" and ns.output is None and sys.stdout.isatty():
            raise UsageError(
                f"{op.cli} returns binary data: pass --output FILE or redirect stdout"
            )
    except UsageError as exc:
        _fail(f"error: {exc}")
        return 2
    try:
        return _run(op, positional, keywords, ns)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
