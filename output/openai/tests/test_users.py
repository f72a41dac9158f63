"""Tests of the Users operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.user import User
from openai_client.models.user_delete_response import UserDeleteResponse
from openai_client.models.user_list_response import UserListResponse


def test_list_users(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [{"object": "organization.user", "id": "string", "added_at": 1}],
            "has_more": True,
        },
    )
    result = call(lambda client: client.users.list_users())
    mock.expect("GET", "/organization/users")
    mock.check(result, UserListResponse)


def test_retrieve_user(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "organization.user", "id": "string", "added_at": 1},
    )
    result = call(lambda client: client.users.retrieve_user(user_id="string"))
    mock.expect("GET", "/organization/users/string")
    mock.check(result, User)


def test_modify_user(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "organization.user", "id": "string", "added_at": 1},
    )
    result = call(lambda client: client.users.modify_user(user_id="string"))
    mock.expect("POST", "/organization/users/string")
    mock.check(result, User)


def test_delete_user(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "organization.user.deleted", "id": "string", "deleted": True},
    )
    result = call(lambda client: client.users.delete_user(user_id="string"))
    mock.expect("DELETE", "/organization/users/string")
    mock.check(result, UserDeleteResponse)
