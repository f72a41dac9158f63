"""Tests of the Roles operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.public_role_list_resource import PublicRoleListResource
from openai_client.models.role import Role
from openai_client.models.role_deleted_resource import RoleDeletedResource


def test_list_roles(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "role",
                    "id": "string",
                    "name": "string",
                    "description": "string",
                    "permissions": ["string"],
                    "resource_type": "string",
                    "predefined_role": True,
                }
            ],
            "has_more": True,
            "next": "string",
        },
    )
    result = call(lambda client: client.roles.list_roles())
    mock.expect("GET", "/organization/roles")
    mock.check(result, PublicRoleListResource)


def test_create_role(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "role",
            "id": "string",
            "name": "string",
            "description": "string",
            "permissions": ["string"],
            "resource_type": "string",
            "predefined_role": True,
        },
    )
    result = call(
        lambda client: client.roles.create_role(
            role_name="string", permissions=["string"]
        )
    )
    mock.expect("POST", "/organization/roles")
    mock.check(result, Role)


def test_retrieve_role(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "role",
            "id": "string",
            "name": "string",
            "description": "string",
            "permissions": ["string"],
            "resource_type": "string",
            "predefined_role": True,
        },
    )
    result = call(lambda client: client.roles.retrieve_role(role_id="string"))
    mock.expect("GET", "/organization/roles/string")
    mock.check(result, Role)


def test_update_role(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "role",
            "id": "string",
            "name": "string",
            "description": "string",
            "permissions": ["string"],
            "resource_type": "string",
            "predefined_role": True,
        },
    )
    result = call(lambda client: client.roles.update_role(role_id="string"))
    mock.expect("POST", "/organization/roles/string")
    mock.check(result, Role)


def test_delete_role(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "role.deleted", "id": "string", "deleted": True},
    )
    result = call(lambda client: client.roles.delete_role(role_id="string"))
    mock.expect("DELETE", "/organization/roles/string")
    mock.check(result, RoleDeletedResource)


def test_list_project_roles(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "role",
                    "id": "string",
                    "name": "string",
                    "description": "string",
                    "permissions": ["string"],
                    "resource_type": "string",
                    "predefined_role": True,
                }
            ],
            "has_more": True,
            "next": "string",
        },
    )
    result = call(lambda client: client.roles.list_project_roles(project_id="string"))
    mock.expect("GET", "/projects/string/roles")
    mock.check(result, PublicRoleListResource)


def test_create_project_role(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "role",
            "id": "string",
            "name": "string",
            "description": "string",
            "permissions": ["string"],
            "resource_type": "string",
            "predefined_role": True,
        },
    )
    result = call(
        lambda client: client.roles.create_project_role(
            project_id="string", role_name="string", permissions=["string"]
        )
    )
    mock.expect("POST", "/projects/string/roles")
    mock.check(result, Role)


def test_retrieve_project_role(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "role",
            "id": "string",
            "name": "string",
            "description": "string",
            "permissions": ["string"],
            "resource_type": "string",
            "predefined_role": True,
        },
    )
    result = call(
        lambda client: client.roles.retrieve_project_role(
            project_id="string", role_id="string"
        )
    )
    mock.expect("GET", "/projects/string/roles/string")
    mock.check(result, Role)


def test_update_project_role(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "role",
            "id": "string",
            "name": "string",
            "description": "string",
            "permissions": ["string"],
            "resource_type": "string",
            "predefined_role": True,
        },
    )
    result = call(
        lambda client: client.roles.update_project_role(
            project_id="string", role_id="string"
        )
    )
    mock.expect("POST", "/projects/string/roles/string")
    mock.check(result, Role)


def test_delete_project_role(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "role.deleted", "id": "string", "deleted": True},
    )
    result = call(
        lambda client: client.roles.delete_project_role(
            project_id="string", role_id="string"
        )
    )
    mock.expect("DELETE", "/projects/string/roles/string")
    mock.check(result, RoleDeletedResource)
