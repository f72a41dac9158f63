"""Tests of the Groups operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.group_deleted_resource import GroupDeletedResource
from openai_client.models.group_list_resource import GroupListResource
from openai_client.models.group_resource_with_success import GroupResourceWithSuccess
from openai_client.models.group_response import GroupResponse


def test_list_groups(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "id": "string",
                    "name": "string",
                    "created_at": 1,
                    "is_scim_managed": True,
                    "group_type": "group",
                }
            ],
            "has_more": True,
            "next": "string",
        },
    )
    result = call(lambda client: client.groups.list_groups())
    mock.expect("GET", "/organization/groups")
    mock.check(result, GroupListResource)


def test_create_group(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "name": "string",
            "created_at": 1,
            "is_scim_managed": True,
            "group_type": "group",
        },
    )
    result = call(lambda client: client.groups.create_group(name="string"))
    mock.expect("POST", "/organization/groups")
    mock.check(result, GroupResponse)


def test_retrieve_group(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "name": "string",
            "created_at": 1,
            "is_scim_managed": True,
            "group_type": "group",
        },
    )
    result = call(lambda client: client.groups.retrieve_group(group_id="string"))
    mock.expect("GET", "/organization/groups/string")
    mock.check(result, GroupResponse)


def test_update_group(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "name": "string", "created_at": 1, "is_scim_managed": True},
    )
    result = call(
        lambda client: client.groups.update_group(group_id="string", name="string")
    )
    mock.expect("POST", "/organization/groups/string")
    mock.check(result, GroupResourceWithSuccess)


def test_delete_group(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "group.deleted", "id": "string", "deleted": True},
    )
    result = call(lambda client: client.groups.delete_group(group_id="string"))
    mock.expect("DELETE", "/organization/groups/string")
    mock.check(result, GroupDeletedResource)
