"""Tests of the Group users operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.group_member_user import GroupMemberUser
from openai_client.models.group_user_assignment import GroupUserAssignment
from openai_client.models.group_user_deleted_resource import GroupUserDeletedResource
from openai_client.models.user_list_resource import UserListResource


def test_list_group_users(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [{"id": "string", "name": "string", "email": "string"}],
            "has_more": True,
            "next": "string",
        },
    )
    result = call(lambda client: client.group_users.list_group_users(group_id="string"))
    mock.expect("GET", "/organization/groups/string/users")
    mock.check(result, UserListResource)


def test_add_group_user(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "group.user", "user_id": "string", "group_id": "string"},
    )
    result = call(
        lambda client: client.group_users.add_group_user(
            group_id="string", user_id="string"
        )
    )
    mock.expect("POST", "/organization/groups/string/users")
    mock.check(result, GroupUserAssignment)


def test_retrieve_group_user(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "name": "string",
            "email": "string",
            "picture": "string",
            "is_service_account": True,
            "user_type": "user",
        },
    )
    result = call(
        lambda client: client.group_users.retrieve_group_user(
            group_id="string", user_id="string"
        )
    )
    mock.expect("GET", "/organization/groups/string/users/string")
    mock.check(result, GroupMemberUser)


def test_remove_group_user(call, mock):
    mock.respond(
        200, "application/json", {"object": "group.user.deleted", "deleted": True}
    )
    result = call(
        lambda client: client.group_users.remove_group_user(
            group_id="string", user_id="string"
        )
    )
    mock.expect("DELETE", "/organization/groups/string/users/string")
    mock.check(result, GroupUserDeletedResource)
