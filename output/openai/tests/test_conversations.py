"""Tests of the Conversations operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.conversation_item import ConversationItem
from openai_client.models.conversation_item_list import ConversationItemList
from openai_client.models.conversation_resource import ConversationResource
from openai_client.models.deleted_conversation_resource import (
    DeletedConversationResource,
)


def test_create_conversation_items(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "type": "message",
                    "id": "string",
                    "status": "in_progress",
                    "role": "unknown",
                    "content": [{"type": "input_text", "text": "string"}],
                }
            ],
            "has_more": True,
            "first_id": "string",
            "last_id": "string",
        },
    )
    result = call(
        lambda client: client.conversations.create_conversation_items(
            conversation_id="conv_123", items=[{"role": "user", "content": "string"}]
        )
    )
    mock.expect("POST", "/conversations/conv_123/items")
    mock.check(result, ConversationItemList)


def test_list_conversation_items(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "type": "message",
                    "id": "string",
                    "status": "in_progress",
                    "role": "unknown",
                    "content": [{"type": "input_text", "text": "string"}],
                }
            ],
            "has_more": True,
            "first_id": "string",
            "last_id": "string",
        },
    )
    result = call(
        lambda client: client.conversations.list_conversation_items(
            conversation_id="conv_123"
        )
    )
    mock.expect("GET", "/conversations/conv_123/items")
    mock.check(result, ConversationItemList)


def test_get_conversation_item(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "type": "message",
            "id": "string",
            "status": "in_progress",
            "role": "unknown",
            "content": [{"type": "input_text", "text": "string"}],
        },
    )
    result = call(
        lambda client: client.conversations.get_conversation_item(
            conversation_id="conv_123", item_id="msg_abc"
        )
    )
    mock.expect("GET", "/conversations/conv_123/items/msg_abc")
    mock.check(result, ConversationItem)


def test_delete_conversation_item(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "conversation", "metadata": None, "created_at": 1},
    )
    result = call(
        lambda client: client.conversations.delete_conversation_item(
            conversation_id="conv_123", item_id="msg_abc"
        )
    )
    mock.expect("DELETE", "/conversations/conv_123/items/msg_abc")
    mock.check(result, ConversationResource)


def test_create_conversation(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "conversation", "metadata": None, "created_at": 1},
    )
    result = call(lambda client: client.conversations.create_conversation())
    mock.expect("POST", "/conversations")
    mock.check(result, ConversationResource)


def test_get_conversation(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "conversation", "metadata": None, "created_at": 1},
    )
    result = call(
        lambda client: client.conversations.get_conversation(conversation_id="conv_123")
    )
    mock.expect("GET", "/conversations/conv_123")
    mock.check(result, ConversationResource)


def test_delete_conversation(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "conversation.deleted", "deleted": True, "id": "string"},
    )
    result = call(
        lambda client: client.conversations.delete_conversation(
            conversation_id="conv_123"
        )
    )
    mock.expect("DELETE", "/conversations/conv_123")
    mock.check(result, DeletedConversationResource)


def test_update_conversation(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "conversation", "metadata": None, "created_at": 1},
    )
    result = call(
        lambda client: client.conversations.update_conversation(
            conversation_id="conv_123"
        )
    )
    mock.expect("POST", "/conversations/conv_123")
    mock.check(result, ConversationResource)
