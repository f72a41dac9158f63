"""Tests of the Project groups operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.project_group import ProjectGroup
from openai_client.models.project_group_deleted_resource import (
    ProjectGroupDeletedResource,
)
from openai_client.models.project_group_list_resource import ProjectGroupListResource


def test_list_project_groups(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "project.group",
                    "project_id": "string",
                    "group_id": "string",
                    "group_name": "string",
                    "group_type": "group",
                    "created_at": 1,
                }
            ],
            "has_more": True,
            "next": "string",
        },
    )
    result = call(
        lambda client: client.project_groups.list_project_groups(project_id="string")
    )
    mock.expect("GET", "/organization/projects/string/groups")
    mock.check(result, ProjectGroupListResource)


def test_add_project_group(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "project.group",
            "project_id": "string",
            "group_id": "string",
            "group_name": "string",
            "group_type": "group",
            "created_at": 1,
        },
    )
    result = call(
        lambda client: client.project_groups.add_project_group(
            project_id="string", group_id="string", role="string"
        )
    )
    mock.expect("POST", "/organization/projects/string/groups")
    mock.check(result, ProjectGroup)


def test_retrieve_project_group(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "project.group",
            "project_id": "string",
            "group_id": "string",
            "group_name": "string",
            "group_type": "group",
            "created_at": 1,
        },
    )
    result = call(
        lambda client: client.project_groups.retrieve_project_group(
            project_id="string", group_id="string"
        )
    )
    mock.expect("GET", "/organization/projects/string/groups/string")
    mock.check(result, ProjectGroup)


def test_remove_project_group(call, mock):
    mock.respond(
        200, "application/json", {"object": "project.group.deleted", "deleted": True}
    )
    result = call(
        lambda client: client.project_groups.remove_project_group(
            project_id="string", group_id="string"
        )
    )
    mock.expect("DELETE", "/organization/projects/string/groups/string")
    mock.check(result, ProjectGroupDeletedResource)
