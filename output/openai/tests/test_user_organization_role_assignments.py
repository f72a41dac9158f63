"""Tests of the User organization role assignments operations, generated from the API
description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.assigned_role_details import AssignedRoleDetails
from openai_client.models.deleted_role_assignment_resource import (
    DeletedRoleAssignmentResource,
)
from openai_client.models.role_list_resource import RoleListResource
from openai_client.models.user_role_assignment import UserRoleAssignment


def test_list_user_role_assignments(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "id": "string",
                    "name": "string",
                    "permissions": ["string"],
                    "resource_type": "string",
                    "predefined_role": True,
                    "description": "string",
                    "created_at": 1,
                    "updated_at": 1,
                    "created_by": "string",
                    "created_by_user_obj": {},
                    "metadata": {},
                    "assignment_sources": [
                        {"principal_id": "string", "principal_type": "string"}
                    ],
                }
            ],
            "has_more": True,
            "next": "string",
        },
    )
    result = call(
        lambda client: client.user_organization_role_assignments.list_user_role_assignments(
            user_id="string"
        )
    )
    mock.expect("GET", "/organization/users/string/roles")
    mock.check(result, RoleListResource)


def test_assign_user_role(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "user.role",
            "user": {"object": "organization.user", "id": "string", "added_at": 1},
            "role": {
                "object": "role",
                "id": "string",
                "name": "string",
                "description": "string",
                "permissions": ["string"],
                "resource_type": "string",
                "predefined_role": True,
            },
        },
    )
    result = call(
        lambda client: client.user_organization_role_assignments.assign_user_role(
            user_id="string", role_id="string"
        )
    )
    mock.expect("POST", "/organization/users/string/roles")
    mock.check(result, UserRoleAssignment)


def test_retrieve_user_role(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "name": "string",
            "permissions": ["string"],
            "resource_type": "string",
            "predefined_role": True,
            "description": "string",
            "created_at": 1,
            "updated_at": 1,
            "created_by": "string",
            "created_by_user_obj": {},
            "metadata": {},
            "assignment_sources": [
                {"principal_id": "string", "principal_type": "string"}
            ],
        },
    )
    result = call(
        lambda client: client.user_organization_role_assignments.retrieve_user_role(
            user_id="string", role_id="string"
        )
    )
    mock.expect("GET", "/organization/users/string/roles/string")
    mock.check(result, AssignedRoleDetails)


def test_unassign_user_role(call, mock):
    mock.respond(200, "application/json", {"object": "string", "deleted": True})
    result = call(
        lambda client: client.user_organization_role_assignments.unassign_user_role(
            user_id="string", role_id="string"
        )
    )
    mock.expect("DELETE", "/organization/users/string/roles/string")
    mock.check(result, DeletedRoleAssignmentResource)
